import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "This was stated by X" after a sentence makes that sentence X's report; so does its active form, a speaker, a verb
 * of saying and "this", then a listener, a setting or the end: "Attempts are being made to destabilize the situation
 * in the Republic of Dagestan from outside, including through pro-Ukraine Telegram channels. Sergey Melikov, the head
 * of Dagestan, republic within Russia, told this to reporters on Monday." (News.am). "reported this story from …" (a
 * correspondent's sign-off) names no statement. Grown on tests/fixtures/voice-probe31.
 */

describe('"X told this to reporters" cites the sentence before', () => {
  it('the attempts to destabilize Dagestan are the head of Dagestan\'s words (News.am)', () => {
    // https://news.am/eng/news/789668.html
    const s = 'Attempts are being made to destabilize the situation in the Republic of Dagestan from outside, including through pro-Ukraine Telegram channels. Sergey Melikov, the head of Dagestan, republic within Russia, told this to reporters on Monday.';
    expect(voiceOf(s, 'destabilize the situation in the Republic of Dagestan', 'en')).toMatchObject({voice: 'attributed', speaker: 'Sergey Melikov, the head of Dagestan, republic within Russia', cue: 'told'});
  });

  it('"reported this story from Hong Kong" is a sign-off: the sentence before stays as it was (CGTN America)', () => {
    // https://america.cgtn.com/2014/11/26/hong-kong-police-arrest-key-protesters-clear-site (voice-probe21)
    const s = 'A total of 148 people have been arrested on Tuesday and Wednesday as Hong Kong’s police assisted bailiffs clearing the occupying area in Mong Kok, according to the police. CCTV’s Li Jiejun reported this story from Hong Kong.';
    expect(voiceOf(s, 'clearing the occupying area', 'en').speaker).not.toBe('CCTV’s Li Jiejun');
  });
});
