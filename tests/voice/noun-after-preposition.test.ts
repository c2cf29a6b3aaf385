import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Right after a preposition (despite, amid, after, of, with, by …) an
 * English reporting word is a noun: "despite calls by Ansarullah
 * revolutionaries", "amid calls by opposition leader Juan Guaido" name
 * the calls; nobody is reported, and the words are the outlet's. A gerund
 * ("by saying that …") and a noun that reports its clause ("amid claims
 * that …") still report. Grown on the development set's wrong voices
 * (yemen-2015).
 */

describe('calls, reports, warnings after a preposition are nouns', () => {
  it('"refused to reconsider the decision despite calls by Ansarullah revolutionaries" (http://www.presstv.ir/Detail/2015/03/29/403878/Yemenis-urge-end-to-Saudi-invasion)', () => {
    const s = 'Hadi stepped down in January and refused to reconsider the decision despite calls by Ansarullah revolutionaries.';
    expect(voiceOf(s, 'Ansarullah revolutionaries', 'en').voice).toBe('outlet');
  });

  it('"smearing it with paint and throwing bottles … despite calls by organizers to remain calm" (https://kyma.com/news/2024/11/05/protesters-in-serbia-throw-paint-in-anger-over-deadly-canopy-collapse/)', () => {
    const s = 'The protesters surrounded the building in central Novi Sad, smearing it with paint and throwing bottles and other objects despite calls by organizers to remain calm.';
    expect(voiceOf(s, 'throwing bottles and other objects', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'The protesters surrounded the building', 'en').voice).toBe('outlet');
  });
});

describe('a gerund or a noun with its "that" still reports', () => {
  it('"The police reacted by saying that it would not tolerate any illegal demonstration" (https://moztimes.com/en/blog/police-fires-tear-gas-to-interrupt-press-conference-given-by-opposition-presidential-candidate/)', () => {
    const s = 'The police reacted by saying that it would not tolerate any illegal demonstration.';
    expect(voiceOf(s, 'any illegal demonstration', 'en').voice).toBe('attributed');
  });

  it('"The deaths came amid claims that a military brigade in Benghazi had fallen to the people" (https://www.aljazeera.com/news/2011/02/19/libya-forces-open-fire-at-funeral/)', () => {
    const s = 'The deaths came amid claims that a military brigade in Benghazi had fallen to the people.';
    expect(voiceOf(s, 'had fallen to the people', 'en').voice).toBe('attributed');
  });
});
