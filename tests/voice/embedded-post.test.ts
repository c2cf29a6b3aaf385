import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A post a page embeds (a tweet copied with its signature, "— Alec Luhn (@ASLuhn) May 5, 2018", on its line or the
 * line below) is its author's words, a quotation without marks, as a block quotation is: the page's own sentences
 * before and after it stay the page's. A post whose signature the text does not hold (a line ending with its picture
 * link alone) names no author, may be the outlet's own account's, and stays the page's. Grown on
 * tests/fixtures/voice-probe28.
 */

/** Republic Buzz (The Week), http://republicbuzz.com/russian-protesters-denounce-putins-inauguration-down-with-the-tsar (voice-probe28). */
const REPUBLICBUZZ = [
  'Thousands of demonstrators turned out to protest Russian President Vladimir Putin’s upcoming inauguration in Moscow on Saturday. Gathering in Pushkin Square at the city center, they were met by police in riot gear who promptly arrested opposition leader Alexei Navalny.',
  'Another month, another @Navalny arrest. The opposition leaderhas been detained at the protests ahead of Putin’s re-inauguration',
  '— Alec Luhn (@ASLuhn) May 5, 2018',
  'An estimated 1,000 protesters have been arrested in Moscow and other cities with about 90 anti-Putin rallies, including Saint Petersburg and Krasnoyarsk, a city in Siberia.',
].join('\n');

/** AFP copy, http://139.162.250.215/russia-holds-first-funerals-for-victims-of-shopping-mall-blaze/2 (voice-probe28). */
const AFP = [
  'While Putin was at the scene in Kemerovo, he did not come onto the square to meet the protesters, but talked to a group of locals separately.',
  '“Will you tell us how many children died?!” Russia’s response to horrific shopping mall blaze at Kemerovo is prompting more questions than answers… https://t.co/MfJDy9Pi9i pic.twitter.com/pcT3jKVi3j',
].join('\n');

/** Sputnik on Kyrgyzstan 2020 (tests/fixtures/devset/kyrgyzstan-2020/007-sputnik-bishkek.txt): a post signed on its own line, no space before the dash. */
const SPUTNIK = [
  'Now, the police are driving people back from the central square, using stun grenades and tear gas. They also transferred water cannons to the scene.',
  'Kyrgyzstan: Looks like riot police have cleared the square in Bishkek pic.twitter.com/TY7rzkRtJx— Peter Leonard (@Peter__Leonard) October 5, 2020',
].join('\n');

describe('an embedded post is its author\'s words', () => {
  it('a post signed on the line below (Alec Luhn on Republic Buzz)', () => {
    expect(voiceOf(REPUBLICBUZZ, 'another @Navalny arrest', 'en').voice).toBe('quoted');
    expect(voiceOf(REPUBLICBUZZ, 'detained at the protests', 'en').voice).toBe('quoted');
  });

  it('a post signed on its own line (Peter Leonard on Sputnik)', () => {
    expect(voiceOf(SPUTNIK, 'cleared the square', 'en').voice).toBe('quoted');
    expect(voiceOf(SPUTNIK, 'driving people back', 'en').voice).toBe('outlet');
  });

  it('not a post whose signature the text does not hold (AFP copy)', () => {
    expect(voiceOf(AFP, 'horrific shopping mall blaze', 'en').voice).toBe('outlet');
  });

  it('the page\'s own sentences around the post stay the page\'s', () => {
    expect(voiceOf(REPUBLICBUZZ, 'promptly arrested opposition leader', 'en').voice).toBe('outlet');
    expect(voiceOf(REPUBLICBUZZ, 'anti-Putin rallies', 'en').voice).toBe('outlet');
    expect(voiceOf(AFP, 'meet the protesters', 'en').voice).toBe('outlet');
  });
});
