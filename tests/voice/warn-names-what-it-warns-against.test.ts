import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "warn" names what it warns against, as "urge" and "vow" name theirs: the
 * object ends at a circumstance ("as anti-government protests enter day 6")
 * or a comma, and the rest of the sentence is the outlet's. "warned that …"
 * reports a clause, and so does "warned on Friday that …": a short setting
 * of time or place between the verb and its "that" leaves the verb a report
 * of what follows, the participle after its comma included. Grown on
 * sudan-2019-new (Reuters' headline on The News Nigeria).
 */

describe('what is warned against ends at a circumstance', () => {
  it('"Sudan’s Bashir warns against incitement as anti-government protests enter day 6" (The News Nigeria, Reuters, Sudan 2018)', () => {
    // https://www.thenewsnigeria.com.ng/2018/12/sudans-bashir-warns-against-incitement-as-anti-government-protests-enter-day-6/
    const s = 'Sudan’s Bashir warns against incitement as anti-government protests enter day 6';
    expect(voiceOf(s, 'anti-government protests', 'en').voice).toBe('outlet');
  });
});

describe('counter-example: "warned on Friday that" reports a clause', () => {
  it('"Hezbollah … warned on Friday that a power vacuum could tip the country into civil war, suggesting that adversaries … were seeking to exploit an unprecedented wave of demonstrations" (Small Wars Journal, Reuters, Lebanon 2019)', () => {
    // https://smallwarsjournal.com/blog/hezbollah-warns-chaos-civil-war-lebanon
    const s = "Lebanon's Hezbollah movement warned on Friday that a power vacuum could tip the country into civil war, suggesting that adversaries including the United States and Israel were seeking to exploit an unprecedented wave of demonstrations to provoke conflict.";
    expect(voiceOf(s, 'civil war', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'exploit an unprecedented wave of demonstrations', 'en').voice).toBe('attributed');
  });
});
