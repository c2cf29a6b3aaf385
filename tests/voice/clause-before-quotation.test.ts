import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * An English verb of saying followed by a subject and a verb of its own
 * before a quotation ("said some people used “…” to direct mobs …") does
 * not introduce that quotation: the quotation is met inside the reported
 * clause, and the words after it are still what was said. A word in -ed
 * right after the verb of saying is an adjective of the addressee or of
 * the subject ("told assembled reporters"), not that clause's verb. Grown
 * on the nineteenth voice probe (tests/fixtures/voice-probe19/), where
 * Xinhua's copy gave the Xinjiang police's account.
 */

describe('a quotation inside a reported clause', () => {
  it('"said some people used "a number of telephones outside the country" to direct mobs in Xinjiang to stage the violence" (the Chinese embassy in Syria, Xinhua, China 2009, in the nineteenth probe)', () => {
    // http://sy.chineseembassy.org/eng/xwfb/t573069.htm
    const s =
      'An unidentified spokesman of the Xinjiang regional department of public security said some people used "a number of telephones outside the country" to direct mobs in Xinjiang to stage the violence.';
    expect(voiceOf(s, 'to direct mobs', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'to stage the violence', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'a number of telephones', 'en').voice).toBe('quoted');
  });
});

describe('a quotation the verb introduces', () => {
  it('"told Arab News that “…” but the violence continued" ends the report at the closing mark (Arab News Japan, Lebanon 2021, in the seventeenth probe)', () => {
    // https://www.arabnews.jp/en/middle-east/article_57283/
    const s =
      'A military source told Arab News that “calls were immediately made to contain the situation and prevent an escalation” but the violence continued despite the army’s threats to “open fire against any armed person on the road.”';
    expect(voiceOf(s, 'the violence continued', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'prevent an escalation', 'en').voice).toBe('quoted');
  });
});
