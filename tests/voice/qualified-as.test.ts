import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "qualify … as" and "characterize … as" describe, as "describe … as" does:
 * a short quotation given with their "as" ('Events qualified as “alarming
 * and annoying” by the Prime Minister') is the describer's label, quoted,
 * not the outlet's scare quote. "qualify for" names no label. Grown on the
 * seventh voice probe's English errors in the eleventh probe's round
 * (tests/fixtures/voice-probe11/README.md).
 */

describe('"qualified as “…”" labels', () => {
  it('Events qualified as “alarming and annoying” by the Prime Minister (Axadle Times, Eswatini 2021, in the seventh probe)', () => {
    // https://axadletimes.com/the-kingdom-of-eswatini-introduces-a-curfew.html
    const s = 'Events qualified as “alarming and annoying” by the Prime Minister in a press release published on Tuesday night.';
    expect(voiceOf(s, 'alarming and annoying', 'en').voice).toBe('quoted');
  });
});

describe('counter-example', () => {
  it('parties that failed to qualify for the parliament: no label, the outlet\'s words (Sputnik, Kyrgyzstan 2020, in the development set)', () => {
    // https://sputniknews.com/world/202010051080673768-bishkek-police-begin-dispersing-protesters-use-stun-grenades-tear-gas/
    const s = 'The protesters support parties that failed to qualify for the parliament in the recent election, demanding to cancel the results of the elections and to re-vote.';
    const v = voiceOf(s, 'The protesters', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(false);
  });
});
