import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "Overall, he said, the police continue to act professionally …": a report
 * set off by commas after the sentence's first word alone closes no clause
 * said (one word is none); what was said follows the aside, as after
 * "However, he said, …". A clause of several words before the aside is
 * still what the aside governs, and what follows its second comma the
 * narrator's. Grown on the twenty-sixth voice probe
 * (tests/fixtures/voice-probe26/), where Kenya's interior minister's
 * paraphrased statement was read as the outlet's.
 */

describe('one word before an aside: what was said follows it', () => {
  it('"Overall, he said, the police continue to act professionally …" (Kahawa Tungu, Kenya 2024, in the twenty-sixth probe)', () => {
    // https://kahawatungu.com/cs-kindiki-demands-end-of-violence-in-protests-against-govt/
    const s =
      'Overall, he said, the police continue to act professionally and with restraint in the management of extremely provocative situations that arise in the course of the violent riots.';
    for (const term of ['act professionally and with restraint', 'extremely provocative situations', 'the violent riots']) {
      const v = voiceOf(s, term, 'en');
      expect(v.voice).toBe('attributed');
      expect(v.speaker).toBe('he');
    }
  });
});

describe('counter-examples: a clause before the aside is what it governs', () => {
  it('"Thirteen innocent civilians were burned or stabbed to death, he said, citing …" (China.org.cn, China 2008, in the twenty-first probe)', () => {
    // http://www.china.org.cn/china/local/2008-03/17/content_12834713.htm
    const s = 'Thirteen innocent civilians were burned or stabbed to death, he said, citing two cases of what he described as brutality.';
    expect(voiceOf(s, 'Thirteen innocent civilians', 'en').voice).toBe('attributed');
  });

  it('"… in the capital Caracas, Padrino said, adding …" (Nhan Dan, Xinhua, Venezuela 2019, in the development set)', () => {
    // https://en.nhandan.vn/world/item/7423302-venezuelan-gov-t-thwarts-attempted-coup.html (venezuela-2019-new)
    const s =
      'The "intelligence" work allowed the army to follow rebel soldiers as they entered the main thoroughfare of Altamira, in an effort to take over the La Carlota military base in the capital Caracas, Padrino said, adding that the scale of the rebellion as "very small" and "insignificant."';
    const v = voiceOf(s, 'rebel soldiers', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('Padrino');
  });
});
