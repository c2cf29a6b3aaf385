import {describe, expect, it} from 'vitest';
import {voiceOf, voiceOfLines} from '../support/voice-of-lines.js';

/*
 * "In his opinion, …", "In his assessment, …", "In her view, …" (his, her,
 * their) at the head of a sentence give what follows as the last speaker's
 * view, as "according to him" would: attributed, to that speaker. Not "in
 * my opinion" (the writer's own), and a sentence after a report with no
 * such phrase stays the outlet's. Grown on the development set's English
 * wrong voices (ukraine-2014 nahnews-lavrov, georgia-2024-new
 * izvestia-rustaveli).
 */

describe('"In his opinion, …" gives the sentence to the last speaker', () => {
  it('"In his opinion, Russia cannot characterize it anything else but an attempt to coup-d’etat" (Nahnews, Ukraine 2014)', () => {
    // https://nahnews.org/30657-russias-foreign-minister-called-the-ukrainian-clashes-a-coup-detat-attempt
    const text = [
      'Russian Foreign Minister Sergey Lavrov said that the recent events in Ukraine are the attempt of violent seizure of power.',
      'In his opinion, Russia cannot characterize it anything else but an attempt to coup-d’etat and a violent seizure of power.',
    ].join('\n');
    const v = voiceOf(text, 'an attempt to coup-d’etat', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('Russian Foreign Minister Sergey Lavrov');
  });

  it('"In his assessment, the protests in the country are an attempt to rock the situation" (Izvestia, Georgia 2024)', () => {
    // https://en.iz.ru/en/1800862/2024-12-03/kobakhidze-says-opposition-attempts-stage-maidan-georgia-have-failed
    const text = [
      'Kremlin spokesman Dmitry Peskov called the events in Georgia its internal affair. In his assessment, the protests in the country are an attempt to rock the situation and resemble the events of the Ukrainian Maidan.',
    ].join('\n');
    expect(voiceOf(text, 'an attempt to rock the situation', 'en').voice).toBe('attributed');
    expect(voiceOf(text, 'the protests in the country', 'en').voice).toBe('attributed');
  });
});

describe('without such a phrase the next sentence stays the outlet\'s', () => {
  it('"Protests related to the suspension of negotiations … have been going on for several days" after a report (Izvestia, Georgia 2024)', () => {
    // https://en.iz.ru/en/1800862/2024-12-03/kobakhidze-says-opposition-attempts-stage-maidan-georgia-have-failed
    const text = [
      'The Prime Minister stressed that the organizers of the protests will not be able to escape responsibility',
      "Protests related to the suspension of negotiations on European integration and the opposition's disagreement with the results of parliamentary elections in Georgia have been going on for several days. The night before, Georgian security forces used tear gas to disperse demonstrators in the center of Tbilisi.",
    ].join('\n');
    expect(voiceOf(text, 'Protests related to the suspension', 'en').voice).toBe('outlet');
    expect(voiceOf(text, 'used tear gas to disperse demonstrators', 'en').voice).toBe('outlet');
    expect(voiceOfLines(text, 'en').regions.some((r) => r.cue.toLowerCase().startsWith('in '))).toBe(false);
  });
});
