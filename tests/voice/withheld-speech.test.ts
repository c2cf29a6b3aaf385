import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "The United States and the European Union have stopped short of explicitly condemning the unprecedented use of
 * firepower against opposition demonstrators, saying that …": a speech withheld ("stopped short of condemning",
 * "refrained from criticising", "declined to condemn") reports nothing, so what it names is the outlet's words, not
 * the speaker's. One adverb in -ly may stand between ("explicitly", "directly"). Grown on armenia-2008's wrong voices
 * (Eurasia Daily Monitor's "use of firepower" and "opposition demonstrators" read as attributed by "condemning").
 */

describe('a speech withheld reports nothing', () => {
  it('stopped short of explicitly condemning the unprecedented use of firepower against opposition demonstrators (Eurasia Daily Monitor, Armenia 2008)', () => {
    // https://jamestown.org/program/bloody-crackdown-ends-armenian-post-election-unrest-for-now/
    const s = 'The United States and the European Union have stopped short of explicitly condemning the unprecedented use of firepower against opposition demonstrators, saying that both the Armenian authorities and Ter-Petrosian are responsible for the violence.';
    expect(voiceOf(s, 'opposition demonstrators', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'use of firepower', 'en').voice).toBe('outlet');
    // the clause after "saying that" is still the governments' words
    expect(voiceOf(s, 'the violence', 'en').voice).toBe('attributed');
  });

  it('declined to directly condemn the behaviour of its own students (AFP via Jotman, the 2008 torch relay)', () => {
    // http://jotman.blogspot.com/2008/04/china-foreign-ministry-will-not-condemn.html
    const s = 'China, which has repeatedly denounced anti-Chinese mayhem in earlier legs of the torch relay, declined to directly condemn the behaviour of its own students when invited to do so by journalists at a briefing in Beijing.';
    expect(voiceOf(s, 'its own students', 'en').voice).toBe('outlet');
  });
});

describe('counter-examples: a speech made still reports', () => {
  it('has repeatedly denounced anti-Chinese mayhem (an adverb without a withholding verb before it)', () => {
    // http://jotman.blogspot.com/2008/04/china-foreign-ministry-will-not-condemn.html
    const s = 'China, which has repeatedly denounced anti-Chinese mayhem in earlier legs of the torch relay, declined to directly condemn the behaviour of its own students when invited to do so by journalists at a briefing in Beijing.';
    expect(voiceOf(s, 'mayhem', 'en').voice).toBe('attributed');
  });

  it('condemning the violence but stopping short of holding the Egyptian government responsible (Foreign Policy, Egypt 2011)', () => {
    // https://foreignpolicy.com/2011/02/02/white-house-condemns-egypt-violence/
    const s = 'White House spokesman Robert Gibbs has issued the following statements on the bloodshed in Tahrir Square, condemning the violence but stopping short of holding the Egyptian government responsible for it:';
    expect(voiceOf(s, 'the violence', 'en').voice).toBe('attributed');
  });
});
