import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A short quotation right after the name of a written slogan — a phrase, a
 * placard, a banner, a poster, graffiti, a hashtag, a motto — or after
 * "reading" is the crowd's words, as after "chanting" or "slogans", not the
 * outlet's scare quote. Grown on the fifteenth voice probe
 * (tests/fixtures/voice-probe15/), where a two-word slogan sprayed on
 * parliament's walls read as a scare quote.
 */

describe('a slogan named as such is quoted', () => {
  it('"Protesters spray-painted phrases like “KP Choor”, …" (Republic World, Nepal 2025, in the fifteenth probe)', () => {
    // https://www.republicworld.com/world-news/visual-of-what-protestors-wrote-on-the-parliament-building-in-nepal
    const s = 'Kathmandu: Protesters spray-painted phrases like “KP Choor”, “The Government Gen-Z”, and “Gen Z Will Not Be Silenced” on the Parliament walls. Banners also read “We Are Not Your Subjects” and “Nepal Deserves Better”, reflecting deep frustration with government censorship and corruption.';
    const choor = voiceOf(s, 'KP Choor', 'en');
    expect(choor.voice).toBe('quoted');
    expect(choor.distanced).toBe(false);
    expect(voiceOf(s, 'The Government Gen-Z', 'en').voice).toBe('quoted');
    expect(voiceOf(s, 'deep frustration with government censorship and corruption', 'en').voice).toBe('outlet');
  });

  it('"The protesters carried banners reading “Stop the war on Yemen.”" (Press TV, Yemen 2015, in the development set)', () => {
    // http://www.presstv.ir/Detail/2015/03/29/403878/Yemenis-urge-end-to-Saudi-invasion
    const s = 'The protesters carried banners reading “Stop the war on Yemen.” Some held posters showing children who have fallen victim to the Saudi bombardments.';
    expect(voiceOf(s, 'Stop the war on Yemen', 'en').voice).toBe('quoted');
  });
});

describe('a short quotation with no slogan named stays a scare quote', () => {
  it('"What is a “coup”?" (Mike Campbell Foundation, Zimbabwe 2017, in the fourth probe)', () => {
    // http://www.mikecampbellfoundationresources.com/page/what-is-a-coup
    const v = voiceOf('What is a “coup”?\nWhat is a Coup? Robert Mugabe ‘Safe and Sound’ as Zimbabwe Military Targets ‘Criminals’ in Government', 'coup', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });

  it('"Some held posters showing children …": a poster named with no quotation after it voices nothing (Press TV, Yemen 2015)', () => {
    // http://www.presstv.ir/Detail/2015/03/29/403878/Yemenis-urge-end-to-Saudi-invasion
    const s = 'Some held posters showing children who have fallen victim to the Saudi bombardments.';
    expect(voiceOf(s, 'fallen victim to the Saudi bombardments', 'en').voice).toBe('outlet');
  });
});
