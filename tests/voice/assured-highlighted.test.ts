import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "assured", "highlighted", "underlined" and "underscored" give a leader's
 * or a paper's point as theirs, as "stressed" does. Events and polls bring
 * things to light too, and say nothing: after a subject with an event noun
 * (protests, calls … for justice, a poll) "highlighted" reports nothing.
 * Grown on the thirteenth voice probe (tests/fixtures/voice-probe13/), whose
 * Cuban state agency and radio gave Díaz-Canel's and Granma's words so.
 */

describe('a point assured or highlighted is the speaker\'s', () => {
  it('"Cuban President Miguel Díaz-Canel assured that riots that took place last July 11 were part of a deliberate plan" (Prensa Latina, Cuba 2021, in the thirteenth probe)', () => {
    // https://plenglish.com/?p=124163
    const s = "Havana, Jul 15 (Prensa Latina) Cuban President Miguel Díaz-Canel assured that riots that took place last July 11 were part of a deliberate plan still in process, whose causes are being analyzed by the country's top leadership.";
    expect(voiceOf(s, 'riots that took place last July 11', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'a deliberate plan still in process', 'en').voice).toBe('attributed');
  });

  it('"The newspaper highlighted as causes the intensification of the blockade … and the incitement and financing" (Radio Reloj, Cuba 2021, in the thirteenth probe)', () => {
    // https://www.radioreloj.cu/news/national-news/cuba-denounces-us-responsibility-in-2021-riots/
    const s = 'The newspaper highlighted as causes the intensification of the blockade in the context of Covid-19 and the incitement and financing from US territory individuals and groups to commit violations of the law, which included acts of violence, robbery, assault and aggression.';
    expect(voiceOf(s, 'the intensification of the blockade', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'the incitement and financing', 'en').voice).toBe('attributed');
  });

  it('"He highlighted the misuse of social networks and said they were causing violence" (Pulse Headlines, Iran December 2017, in the first probe)', () => {
    // https://www.pulseheadlines.com/iranian-government-warns-protesters-pay-price/69465/
    const s = 'Iranian Interior Minister Rahmani Fazli issued the warning after the demonstrations throughout the nation turned deadly. He highlighted the misuse of social networks and said they were causing violence.';
    expect(voiceOf(s, 'the misuse of social networks', 'en').voice).toBe('attributed');
  });
});

describe('events and polls that bring a thing to light say nothing', () => {
  it('"The renewed protests and calls for justice highlighted the ongoing struggle for democracy" (Pennsylvania Express, Bangladesh 2024)', () => {
    // https://pennsylvaniaexpres.com/2024/08/03/bangladesh-continues-to-face-protests-following-deadly-crackdown/
    const s = 'The renewed protests and calls for justice highlighted the ongoing struggle for democracy and transparency in the region.';
    expect(voiceOf(s, 'the ongoing struggle for democracy', 'en').voice).toBe('outlet');
  });

  it('"The poll, which surveyed 3,375 adults, underscores widespread anxiety over the nation\'s deepening divisions" (RT, USA 2025)', () => {
    // https://main.d358xbzettaslu.amplifyapp.com/en/hashtag/unrest
    const s = "The poll, which surveyed 3,375 adults, underscores widespread anxiety over the nation's deepening divisions.";
    expect(voiceOf(s, 'widespread anxiety', 'en').voice).toBe('outlet');
  });
});
