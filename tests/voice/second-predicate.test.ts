import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * After a verb of urging or vowing and its infinitive ("urged citizens to
 * evacuate the streets", "vowed to stand firm"), "and" with a past tense and
 * its object ("and arrested several armed men", "and appointed a new army
 * chief") is a second predicate of the same subject: what the speaker did,
 * told by the narrator, not part of what was urged or vowed. The report
 * ends before that "and". An infinitive that goes on in the base form ("to
 * remain calm and wait for …"), a past form right before "and" ("those
 * arrested and detained"), a relative inside the infinitive's clause, or a
 * second verb of saying ("and said …", left to its own cue) do not end it.
 * Grown on the seventeenth voice probe (tests/fixtures/voice-probe17/).
 */

describe('a second predicate after an infinitive of urging or vowing is the narrator\'s', () => {
  it('"he vowed to stand firm and appointed a new army chief who ordered troops to stand down" (Westside People, AP, Bolivia 2024, in the seventeenth probe)', () => {
    // https://westsidepeoplemag.com/bolivia-attempted-a-coup-troops-and-armored-vehicles-withdraw-from-the-presidential-palace/
    const s = 'LA PAZ, Bolivia (AP) — Armored vehicles stormed the doors of the Bolivian government palace Wednesday in an apparent coup attempt against President Luis Arce, but he vowed to stand firm and appointed a new army chief who ordered troops to stand down.';
    expect(voiceOf(s, 'stand firm', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'ordered troops to stand down', 'en').voice).toBe('outlet');
  });

  it('"The army urged citizens to evacuate the streets and arrested several armed men" (Arab News Japan, Lebanon 2021, in the seventeenth probe)', () => {
    // https://www.arabnews.jp/en/middle-east/article_57283/
    const s = 'The clashes ended at around 3 p.m. The army urged citizens to evacuate the streets and arrested several armed men.';
    expect(voiceOf(s, 'evacuate the streets', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'arrested several armed men', 'en').voice).toBe('outlet');
  });
});

describe('what goes on with the infinitive stays what was urged', () => {
  it('"urged the population to remain calm and wait for the official results" (Prensa Latina, Mozambique 2025, in the fifteenth probe)', () => {
    // https://plenglish.com/news/2025/01/09/police-dispersed-attempted-riot-in-mozambiques-capital
    const s = 'Before the vote, Mondlane threatened to paralyze the country with a general strike if he did not win, but his call was not heeded; instead, Mozambican President Felipe Nyusi and candidate Chapo urged the population to remain calm and wait for the official results.';
    expect(voiceOf(s, 'wait for the official results', 'en').voice).toBe('attributed');
  });

  it('"Lavrov urged both sides to halt their fighting and head to the negotiating table" (Antiwar.com, Yemen 2015)', () => {
    // https://news.antiwar.com/2015/04/06/saudis-continue-to-block-yemen-aid-fights-as-russia-urges-ceasefire/
    const s = 'Lavrov urged both sides to halt their fighting and head to the negotiating table, insisting there was no way the UN Security Council could unilaterally declare the Saudi war justified without a dialogue even attempted.';
    expect(voiceOf(s, 'halt their fighting', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'head to the negotiating table', 'en').voice).toBe('attributed');
  });

  it('"told the Belarus president to honor agreements with Moscow and press ahead with constitutional reforms" (Pars Today, Belarus 2020)', () => {
    // https://parstoday.ir/en/news/world-i129964-russia_slams_west_for_interfering%E2%80%99_in_belarus_internal_affairs
    const s = 'Elsewhere in his remarks, Lavrov told the Belarus president to honor agreements with Moscow and press ahead with constitutional reforms to defuse the months-long turmoil.';
    expect(voiceOf(s, 'the months-long turmoil', 'en').voice).toBe('attributed');
  });

  it('"called on the army to intervene quickly to detain the perpetrators and called on their supporters to remain calm" (Al Arabiya English, Reuters, Lebanon 2021, in the seventeenth probe)', () => {
    // https://english.alarabiya.net/News/middle-east/2021/10/14/Snipers-on-roofs-fired-at-protesters-in-Beirut-aimed-at-their-heads-Statement
    const s = 'In a statement, the parties called on the army to intervene quickly to detain the perpetrators and called on their supporters to remain calm.';
    expect(voiceOf(s, 'detain the perpetrators', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'remain calm', 'en').voice).toBe('attributed');
  });
});
