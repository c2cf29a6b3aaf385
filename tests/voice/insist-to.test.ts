import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "insist to" with an infinitive persists in doing a thing ("the terrorists groups still insist to refuse the
 * settlement"): no report opens, and the subject is no speaker. "insisted that …" still reports, and "insisted on"
 * is read as before. Grown on the twenty-third voice probe (tests/fixtures/voice-probe23/), where SANA's English
 * made the "terrorists groups" the speakers of SANA's own "external support".
 */

describe('"insist to" reports nothing', () => {
  it('"the terrorists groups still insist to refuse the settlement … based on external support" (SANA, Syria 2021, in the twenty-third probe)', () => {
    // https://sana.sy/en/?p=245977
    const s =
      'Daraa,SANA- After  one month of  settlement efforts to end the control of  terrorists over civilians in Daraa al-Balad and to give the priority to preserving the bloods of locals and maintaining the safety and security ,the terrorists groups still insist to refuse  the settlement and hand over their weapons  based on external  support to foil  all the efforts exerted  by the government.';
    const v = voiceOf(s, 'external  support', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.speaker).toBeNull();
  });
});

describe('"insisted that" still reports', () => {
  it('"Maduro insisted that the military remains loyal to him." (National Post, Venezuela 2019, in the development set)', () => {
    // https://nationalpost.com/news/world/armed-soldiers-and-venezuelans-are-taking-to-the-streets-after-juan-guaido-called-for-an-uprising (venezuela-2019)
    const s = 'Maduro insisted that the military remains loyal to him.';
    const v = voiceOf(s, 'the military remains loyal', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('Maduro');
  });
});
