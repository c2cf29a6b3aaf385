import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "govt." is an abbreviation, not a sentence's end, also after a hyphen: "Tehran saw no anti-govt. rally: Police"
 * (Press TV) is one headline whose claim the police make, not "Tehran saw no anti-govt." and a headline "rally:
 * Police" too short to name a source. A sentence that ends in a whole word still ends there. Grown on
 * tests/fixtures/voice-probe31.
 */

describe('"anti-govt." does not end the headline', () => {
  it('the rally denied is the police\'s claim (Press TV)', () => {
    // http://www.presstv.ir/detail/166215.html
    const s = 'Tehran saw no anti-govt. rally: Police\nThe Iranian police say there have been no anti-government gatherings in the capital Tehran, refuting some foreign media reports suggesting one person was killed during a demonstration.';
    expect(voiceOf(s, 'no anti-govt. rally', 'en')).toMatchObject({voice: 'attributed', speaker: 'Police'});
  });

  it('a sentence ending in "government." still ends: the blame in the next one is the outlet\'s (TRT World)', () => {
    // https://trt.global/world/article/13110334 (voice-probe13)
    const s = 'Sunday marks two years since rogue elements in the Turkish military unsuccessfully tried to overthrow the government. Behind the coup was the Fetullah Terrorist Organisation (FETO). But the people of Turkey defeated them.';
    expect(voiceOf(s, 'Behind the coup', 'en').voice).toBe('outlet');
  });
});
