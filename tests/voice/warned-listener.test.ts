import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "warn" with the one warned after it and then a preposition: "over" gives the occasion of the warning, in the
 * narrator's words, and nothing is reported ("Iran police chief warns Mousavi over unrest"); "about", "of" or
 * "against" give what the warning is about, in the speaker's terms, and the one warned stays the outlet's word
 * ("Moscow Police Warn Activists About Navalny’s March 26 Rally"). "warn" with "that", an infinitive, or a
 * preposition at once still reports. Grown on tests/fixtures/voice-probe21 (Reuters on Trend, RFE/RL).
 */

/** Trend (Reuters copy), https://en.trend.az/iran/1491652.html (voice-probe21). */
const TREND = [
  'Iran police chief warns Mousavi over unrest',
  'Iran\'s police chief has warned opposition leader Mirhossein Mousavi that officers will "decisively confront" any further unrest over a disputed presidential vote, Iranian newspapers reported on Sunday, according to Reuters.',
].join('\n');

describe('the one warned and the occasion of a warning are the outlet\'s words', () => {
  it('"Iran police chief warns Mousavi over unrest" (Reuters on Trend)', () => {
    expect(voiceOf(TREND, 'unrest', 'en').voice).toBe('outlet');
    expect(voiceOf(TREND, 'Mousavi', 'en').voice).toBe('outlet');
  });

  it('"Moscow Police Warn Activists About Navalny’s March 26 Rally": the one warned (RFE/RL)', () => {
    // https://www.rferl.org/a/moscow-police-warn-navalny-rally/28387301.html
    const s = 'Moscow Police Warn Activists About Navalny’s March 26 Rally';
    expect(voiceOf(s, 'Activists', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'March 26 Rally', 'en').voice).toBe('attributed');
  });
});

describe('"warn" that reports what was warned', () => {
  it('"has warned opposition leader Mirhossein Mousavi that officers will …" (Reuters on Trend)', () => {
    expect(voiceOf(TREND, 'any further unrest', 'en').voice).toBe('attributed');
  });

  it('"Iran police chief warns against illegal gatherings": no one warned named (get2vote, Press TV)', () => {
    // https://get2vote.wordpress.com/2009/06/20/iran-police-chief-warns-against-illegal-gatherings/
    const s = 'Iran police chief warns against illegal gatherings';
    expect(voiceOf(s, 'illegal gatherings', 'en').voice).toBe('attributed');
  });
});
