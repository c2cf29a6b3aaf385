import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A bracket inside a quotation that the outlet signs ("… - TASS)") is the outlet's gloss on the speaker's words, not
 * the speaker's: TASS explains "Banderites" inside the head of Dagestan's quotation. An unsigned bracket ("[Telegram]",
 * "(Friday)") is the speaker's or a bracket of the quotation, and its words stay quoted. Grown on
 * tests/fixtures/voice-probe31.
 */

/** TASS, https://tass.com/politics/1698831 (voice-probe31). */
const TASS = "According to Melikov, one of the Telegram channels that has been issuing appeals for Dagestani residents to attend rallies is controlled from abroad. \"Today we received absolutely reliable information that the 'Morning of Dagestan' [Telegram] channel is managed and regulated from the territory of Ukraine - by traitors, Banderites (radical Ukrainian nationalist followers of Stepan Bandera - TASS),\" the head of the region added.";

/** Counter-example: Globe Live Media, https://globelivemedia.com/world/colombia/two-civilians-killed-and-four-policemen-injured-after-new-riots-in-cali/ (voice-probe26). */
const GLOBE = '“Throughout the day (Friday) we had the presence of protesters who wanted to block the road again,” said General León Montes.';

describe('a signed gloss inside a quotation is the outlet\'s', () => {
  it('TASS\'s explanation of "Banderites" is TASS\'s; the head of the region\'s words stay his (TASS)', () => {
    expect(voiceOf(TASS, 'radical Ukrainian nationalist followers', 'en').voice).toBe('outlet');
    expect(voiceOf(TASS, 'traitors, Banderites', 'en').voice).toBe('quoted');
  });

  it('an unsigned bracket stays inside the quotation (Globe Live Media)', () => {
    expect(voiceOf(GLOBE, 'Friday', 'en').voice).toBe('quoted');
    expect(voiceOf(GLOBE, 'protesters who wanted to block the road', 'en').voice).toBe('quoted');
  });
});
