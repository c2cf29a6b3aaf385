import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "what he refers to as colored revolution": "refer to as" after "what" and
 * a speaker names, as "what he calls" does, and distances the words after
 * it as that speaker's. "refer to" without "as" names nothing ("referred to
 * the protests that were held after …"). Grown on the twenty-sixth voice
 * probe (tests/fixtures/voice-probe26/), where Vucic's "colored revolution"
 * was read as attributed but not set off.
 */

describe('"what <speaker> refers to as" distances the words it names', () => {
  it('"declared victory over what he refers to as colored revolution" (Republika, Serbia 2025, in the twenty-sixth probe)', () => {
    // https://english.republika.mk/balkans/large-protest-gathering-in-belgrade-vucic-declares-victory-over-the-colored-revolution/
    const s = 'Hundreds of thousands of citizens protested today in downtown Belgrade, but Serbian President Aleksandar Vucic still declared victory over what he refers to as colored revolution.';
    const v = voiceOf(s, 'colored revolution', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.distanced).toBe(true);
  });
});

describe('counter-examples', () => {
  it('"referred to the protests that were held after …": no "as", no label (Greek City Times, Pakistan 2023, in the second probe)', () => {
    // https://greekcitytimes.com/2023/05/15/pakistan-army-declares-events-unfolded-after-imran-khans-arrest-on-may-9-as-black-chapter/
    const s = 'The ISPR in a statement issued in Urdu on Wednesday referred to the protests that were held after the arrest of former Pakistan Prime Minister Imran Khan.';
    expect(voiceOf(s, 'the protests', 'en').distanced).toBe(false);
  });

  it('"Hundreds of thousands of citizens protested": the words before the marker are not set off (Republika, in the twenty-sixth probe)', () => {
    // https://english.republika.mk/balkans/large-protest-gathering-in-belgrade-vucic-declares-victory-over-the-colored-revolution/
    const s = 'Hundreds of thousands of citizens protested today in downtown Belgrade, but Serbian President Aleksandar Vucic still declared victory over what he refers to as colored revolution.';
    expect(voiceOf(s, 'citizens protested', 'en').distanced).toBe(false);
  });
});
