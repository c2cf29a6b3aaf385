import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "This was stated by X" (This / That; was / is / has been; stated, said,
 * reported, announced, declared) right after a sentence, in the same
 * paragraph, names who said that sentence: it is X's report, attributed as
 * a report closing its sentence would be. The sentence after it, and one
 * with no such citation, stay the outlet's. Grown on the development set's
 * English wrong voices (georgia-2024-new izvestia-rustaveli); the ninth
 * probe's "This was reported by the Mongolian news agency Sonin." reads
 * the same way (its annotation accepts either voice).
 */

const IZVESTIA = 'https://en.iz.ru/en/1800862/2024-12-03/kobakhidze-says-opposition-attempts-stage-maidan-georgia-have-failed';
const PARAGRAPH = 'Another attempt by the opposition to organize a revolution in Georgia and implement the Ukrainian Maidan scenario in the country has failed again. This was stated by Prime Minister Irakli Kobakhidze at a briefing on Tuesday, December 3.';

describe('"This was stated by …" gives the sentence before it to the speaker', () => {
  it(`"Another attempt by the opposition to organize a revolution … has failed again. This was stated by Prime Minister Irakli Kobakhidze" (${IZVESTIA})`, () => {
    const v = voiceOf(PARAGRAPH, 'attempt by the opposition to organize a revolution', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('Prime Minister Irakli Kobakhidze');
    expect(voiceOf(PARAGRAPH, 'the Ukrainian Maidan scenario', 'en').voice).toBe('attributed');
  });
});

describe('it reaches no further than the sentence before it', () => {
  it(`the next paragraph's narrative stays the outlet's (${IZVESTIA})`, () => {
    const text = [
      PARAGRAPH,
      "Protests related to the suspension of negotiations on European integration and the opposition's disagreement with the results of parliamentary elections in Georgia have been going on for several days. The night before, Georgian security forces used tear gas to disperse demonstrators in the center of Tbilisi.",
    ].join('\n');
    expect(voiceOf(text, 'used tear gas to disperse demonstrators', 'en').voice).toBe('outlet');
  });

  it('"In Ulaanbaatar on December 5, protesters broke into the Government Palace because of the theft of coal." with no citation after it stays the outlet\'s (MYC News, Mongolia 2022, in the ninth probe)', () => {
    // https://myc.news/en/novosti_mira/v_stolice_mongolii_protestuyushie_vorvalis_v_zdanie_pravitelstva
    const s = 'In Ulaanbaatar on December 5, protesters broke into the Government Palace because of the theft of coal.';
    expect(voiceOf(s, 'protesters broke into the Government Palace', 'en').voice).toBe('outlet');
  });
});
