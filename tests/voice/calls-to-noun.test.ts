import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "Bashir defies calls to step down amid widespread protests": "calls" after
 * an inflected word (a verb of its own: defies, rejected, ignored) and
 * before "to" is the plural noun — appeals to do a thing — as "reports of"
 * and "claims of" are, not a verb reporting what follows; the headline stays
 * the outlet's. "X calls on Y to …" still reports. Grown on the development
 * set's English wrong voices in the eleventh voice probe's round
 * (tests/fixtures/voice-probe11/README.md).
 */

describe('"defies calls to …": the noun', () => {
  it('Sudan leader … Bashir defies calls to step down amid widespread protests (South China Morning Post, Sudan 2018, in the development set)', () => {
    // https://www.scmp.com/news/world/africa/article/2179550/sudan-leader-omar-hassan-ahmed-bashir-defies-calls-step-down-amid
    const s = 'Sudan leader Omar Hassan Ahmed Bashir defies calls to step down amid widespread protests';
    const v = voiceOf(s, 'widespread protests', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.cue).toBeNull();
  });
});

describe('counter-example: the verb', () => {
  it('Advocates calls on mayors in every city to de-escalate …: an appeal, in the speaker\'s words (Advocates for Youth)', () => {
    // https://advocatesforyouth.org/statement/advocatescallsoncities
    const s = 'Advocates calls on mayors in every city to de-escalate and refrain from using police violence to put down those calling for an end to police violence.';
    const v = voiceOf(s, 'refrain from using police violence', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('Advocates');
  });
});
