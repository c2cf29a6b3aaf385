import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "X is confident that …" gives the clause as X's view, as "believing that" does: the holder is the speaker, and
 * what follows "that" is attributed. Without "that" ("is confident of victory") nothing is reported. Grown on the
 * twenty-third voice probe (tests/fixtures/voice-probe23/), where TASS relayed the Kremlin spokesman's view of the
 * Khabarovsk rallies.
 */

describe('"is confident that" reports the holder\'s view', () => {
  it('"Kremlin spokesman Dmitry Peskov is confident that the rallies … serve as a nutrient for pseudo-oppositionists and troublemakers." (TASS, Russia 2020, in the twenty-third probe)', () => {
    // https://tass.com/politics/1182015
    const s =
      'MOSCOW, July 24. /TASS/. Kremlin spokesman Dmitry Peskov is confident that the rallies in the Khabarovsk Region were not organized abroad but they serve as a nutrient for pseudo-oppositionists and troublemakers.';
    for (const term of ['were not organized abroad', 'pseudo-oppositionists and troublemakers']) {
      const v = voiceOf(s, term, 'en');
      expect(v.voice, term).toBe('attributed');
      expect(v.speaker, term).toBe('Kremlin spokesman Dmitry Peskov');
    }
  });
});

describe('not without "that"', () => {
  it('"The ANC is confident of victory ahead of its Siyanxoba rally …": the rally stays the outlet\'s (News Note, South Africa 2019)', () => {
    // https://newsnote.co.za/anc-victory-is-certain-mbalula/
    const s = 'The ANC is confident of victory ahead of its Siyanxoba rally scheduled for FNB stadium on Saturday.';
    expect(voiceOf(s, 'its Siyanxoba rally', 'en').voice).toBe('outlet');
  });
});
