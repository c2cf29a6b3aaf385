import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * In English too, a short quotation right after a word of chanting,
 * shouting or demanding (chant, shout, demand, cry, scream, yell) or the
 * name of a slogan — up to three words before its opening mark, in the same
 * clause — is the words someone says, quoted, not the outlet's scare quote,
 * though no reporting verb the cues know governs it. A short quotation with
 * no such word near it stays a scare quote. Grown on the ninth voice probe
 * (tests/fixtures/voice-probe9/), where three such quotations were read as
 * the outlet's; the third probe's "shouts of" came right with them.
 */

describe('a short quotation after a word of chanting or demanding is someone\'s words', () => {
  it('chanting, “resign” and “mafia,” (Daily Times 247, Bulgaria 2020, in the ninth probe)', () => {
    // https://dailytimes247.com/60-arrested-as-bulgarias-largest-anti-government-protest-in-2-months-descends-into-violence-video
    const s = 'The protest outside the parliament building started peacefully, with people carrying Bulgarian flags and chanting, “resign” and “mafia,” referring to the PM’s alleged ties to the country’s influential oligarchs.';
    const resign = voiceOf(s, 'resign', 'en');
    expect(resign.voice).toBe('quoted');
    expect(resign.distanced).toBe(false);
    expect(voiceOf(s, 'mafia', 'en').voice).toBe('quoted');
  });

  it('to demand "justice" (Verity, Mongolia 2022, in the ninth probe)', () => {
    // https://verity.news/story/2022/mongolia-protesters-try-to-storm-state-palace
    const s = 'On Monday, thousands of people defied freezing temperatures in Mongolia\'s capital, Ulaanbaatar, to demand "justice" against alleged corruption in the country\'s coal industry and soaring inflation, as well as the dissolution of parliament.';
    expect(voiceOf(s, 'justice', 'en').voice).toBe('quoted');
  });

  it('There were shouts of "Boluarte, murderer" (The Writers Town, Peru 2023, in the third probe)', () => {
    // https://thewriterstown.com/news/world-latin-america-64399219
    const s = 'There were shouts of "Boluarte, murderer", referring to the dozens of Peruvians who have been killed in confrontations with the police.';
    expect(voiceOf(s, 'Boluarte, murderer', 'en').voice).toBe('quoted');
  });
});

describe('a short quotation with no such word near it stays a scare quote', () => {
  it('What is a “coup”? (the Mike Campbell Foundation, Zimbabwe 2017, in the fourth probe)', () => {
    // http://www.mikecampbellfoundationresources.com/page/what-is-a-coup
    const v = voiceOf('What is a “coup”?', 'coup', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });

  it('"protests demanding his ouster and United States’ concern over “credible reports”": the word of demanding stands too far back (SCMP, Sudan 2019)', () => {
    // https://www.scmp.com/news/world/africa/article/2179550/sudan-leader-omar-hassan-ahmed-bashir-defies-calls-step-down-amid
    const s = 'Sudan’s embattled president, Omar Hassan Ahmed Bashir, has remained defiant in the face of nationwide protests demanding his ouster and United States’ concern over “credible reports” that his security forces had killed more than three dozen demonstrators.';
    const v = voiceOf(s, 'credible reports', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });
});
