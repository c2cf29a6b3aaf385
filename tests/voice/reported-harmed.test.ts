import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A passive "reported" right before a word of harm ("were reported killed",
 * "have been reported injured") with no one named hedges a fact of the
 * outlet's own account: no report opens, and the words around it stay the
 * outlet's. A named source ("according to …", "X reported that …") still
 * attributes. Grown on the development set's English wrong voices in the
 * eleventh voice probe's round (tests/fixtures/voice-probe11/README.md).
 */

describe('"were reported killed" opens no report', () => {
  it('at least three people were reported killed in two separate arson attacks (RT, Chile 2019, in the development set)', () => {
    // https://www.rt.com/news/471382-chile-curfew-violence-death/
    const s = 'The death toll from the unrest in the meantime increased, after firefighters found five more bodies in the basement of a looted and burnt-out warehouse. Earlier, at least three people were reported killed in two separate arson attacks on supermarkets.';
    const v = voiceOf(s, 'arson attacks', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.cue).toBeNull();
  });
});

describe('counter-examples: a named source still attributes', () => {
  it('Four people were reported killed in the fighting, according to Iranian state-run Press TV (CNN via Report on Arrakis, Iran 2009, in the first probe)', () => {
    // http://reportonarrakis.blogspot.com/2009/12/several-killed-300-arrested-in-tehran.html
    const s = 'Four people were reported killed in the fighting, according to Iranian state-run Press TV.';
    expect(voiceOf(s, 'the fighting', 'en').voice).toBe('attributed');
  });

  it('The state broadcaster reported that the shooting has damaged the government palace (Nigerian Tracker, Guinea-Bissau 2022, in the eleventh probe)', () => {
    // https://nigeriantracker.com/2022/02/01/attempted-coup-in-guinea-bissau/amp/
    const s = 'The state broadcaster reported that the shooting has damaged the government palace, which is located close to the airport, and that “invaders” are holding government officials.';
    expect(voiceOf(s, 'the shooting has damaged the government palace', 'en').voice).toBe('attributed');
  });
});
