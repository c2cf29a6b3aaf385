import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * An event noun right before a bare "reported" (no "were") is a passive with its auxiliary dropped: the event is
 * what was reported, by no one named, and the rest of the sentence is the outlet's account
 * (src/voice/event-reported.ts). A reporter before "reported" still speaks. Grown on tests/fixtures/voice-probe35.
 */

/** Iran Freedom, https://iranfreedom.org/en/iran-protests/2022/05/iran-protests-intense-protests-continue-in-khuzestan-over-economic-grievances/33491/ (voice-probe35). */
const IRAN_FREEDOM = 'Protests also reported from Shadegan where people blocked roads with burning tires.';

/** Maclean's (Times of London copy), https://www.macleans.ca/general/security-forces-in-iran-fire-on-protesters/ */
const MACLEANS = 'One opposition website reported the police shot at the crowd after failing to disperse them with batons and tear gas.';

describe('"Protests (also) reported from …": nobody is named as speaking', () => {
  it('the relative after the place is the outlet\'s (Iran Freedom)', () => {
    expect(voiceOf(IRAN_FREEDOM, 'blocked roads with burning tires', 'en').voice).toBe('outlet');
  });

  it('a reporter before "reported" still reports what follows (Maclean\'s)', () => {
    expect(voiceOf(MACLEANS, 'shot at the crowd', 'en').voice).toBe('attributed');
  });
});
