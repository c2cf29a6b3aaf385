import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "In his words," opening an English sentence gives what follows as the last speaker's, as "In his opinion," does
 * (agency copy translated from Russian, "По его словам"); it does not set off the last word of the sentence before
 * it, as "…, in his words" after a word does. Grown on tests/fixtures/voice-probe21 (TASS on Hand of Moscow).
 */

/** Hand of Moscow (TASS copy), https://handofmoscow.com/2020/07/08/vucic-has-accused-foreign-intelligence-services-in-the-protests-in-belgrade/ (voice-probe21). */
const TASS = 'Vucic said that the police responded only after the protesters seized the hall of the Parliament, and during a clash with law enforcement officers used knives, stones and Molotov cocktails. In his words, to understand the situation, including the search for the guilty among the foreign special services, will be the Serbian police.';

describe('"In his words," opening a sentence attributes it', () => {
  it('the search for the guilty among the foreign special services is the president\'s account (TASS)', () => {
    const v = voiceOf(TASS, 'the guilty among the foreign special services', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.cue).toBe('In his words');
  });

  it('the last words of the sentence before it are not set off by it', () => {
    const v = voiceOf(TASS, 'Molotov cocktails', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.distanced).toBe(false);
  });
});
