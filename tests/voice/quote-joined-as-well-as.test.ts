import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * 'chanting, “Syria is ours and does not belong to the Assads,” as well as,
 * “Leave now Bashar,”': a short quotation joined by "as well as" (with or
 * without its comma) to the quotation right before it belongs to whoever
 * said that one, as one joined by "and" does — not the outlet's scare quote.
 * Grown on the twenty-fourth voice probe (tests/fixtures/voice-probe24/).
 * The words after the quotations stay the outlet's, and the first quotation
 * keeps its own reading.
 */

describe('a quotation joined by "as well as" to a quoted one is the same speaker\'s', () => {
  it('chanting, “Syria is ours …,” as well as, “Leave now Bashar,” (TRT World, Suwayda 2020, in the twenty-fourth probe)', () => {
    // https://www.trtworld.com/article/12739030
    const s = 'Videos show the crowd marching through a market chanting, “Syria is ours and does not belong to the Assads,” as well as, “Leave now Bashar,” and other anti-Assad slogans.';
    const v = voiceOf(s, 'Leave now Bashar', 'en');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
  });
});

describe('counter-examples: the words around the quotations keep their own voice', () => {
  it('"and other anti-Assad slogans" after them is the outlet\'s; the first quotation is quoted (TRT World, Suwayda 2020)', () => {
    // https://www.trtworld.com/article/12739030
    const s = 'Videos show the crowd marching through a market chanting, “Syria is ours and does not belong to the Assads,” as well as, “Leave now Bashar,” and other anti-Assad slogans.';
    expect(voiceOf(s, 'other anti-Assad slogans', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'Syria is ours and does not belong to the Assads', 'en').voice).toBe('quoted');
  });
});
