import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A named speaker's report closing its clause right before an agency's
 * report closing the sentence ("…, X stated on October 30, Mehr News Agency
 * reported."): the agency cites the speaker, and the words are the speaker's,
 * not the outlet's as they are under an agency's report alone.
 */

describe('a speaker cited by the agency that closes the sentence', () => {
  it('"…, the Supreme Leader of Iran Ayatollah Ali Khamenei stated on October 30, Mehr News Agency reported." (Rossa Primavera, Iraq 2019, in the development set)', () => {
    const s = 'Intelligence services of Western countries and Israel are inciting the protests in Lebanon and Iraq with the financial support from Middle Eastern countries, the Supreme Leader of Iran Ayatollah Ali Khamenei stated on October 30, Mehr News Agency reported.';
    const v = voiceOf(s, 'financial support from Middle Eastern countries', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('the Supreme Leader of Iran Ayatollah Ali Khamenei');
  });

  it('a lower-case subject is no title: the report looks back over four words only', () => {
    const s = 'Crowds gathered in the square, and many of the protesters who had come from the suburbs said on Sunday, witnesses reported.';
    expect(voiceOf(s, 'Crowds gathered', 'en').voice).not.toBe('attributed');
  });
});
