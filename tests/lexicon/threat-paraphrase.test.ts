import {describe, expect, it} from 'vitest';
import {framingMatches} from './lexicon-matches.js';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * The unrest told as a threat to the state's order (issue 9, paraphrase
 * breadth): overthrowing the legitimate government (en.event.overthrow-legitimate)
 * and a coup against a named legitimacy (ar.event.coup-on-named-legitimacy).
 * Real sentences of stored pages on other events than the devset's held-out ones.
 *
 * Destabilisation wording (زعزعة الأمن والاستقرار، to destabilize the
 * situation) was tried and dropped: the seeds' gold leaves it unannotated
 * (three mentions, seed precision 0.936 -> 0.919), so the sentences it was
 * checked on stay here as counter-examples.
 */

const cases: Case[] = [
  // Madagascar, 2025: the president on the protests
  ['https://news-pravda.com/world/2025/10/03/1742670.html', 'en', 'According to Radzuelina, the goal of the protest organizers is to destabilize the situation and overthrow the legitimate government.', 'en.event.overthrow-legitimate=overthrow the legitimate government'],
  // Egypt, December 2012: the Brotherhood's line on the protests at the presidential palace
  ['http://www.almoslim.net/node/175048', 'ar', 'يصر من يلقبون أنفسهم بالقوى الثورية في مصر والتي هي في حقيقة الأمر خليط من القوى الليبرالية والعلمانية من جهة وقوى من فلول النظام السابق من جهة أخرى على الانقلاب على شرعية أول رئيس مدني إسلامي منتخب وإحداث فوضى في البلاد', 'ar.event.coup-on-named-legitimacy=الانقلاب على شرعية أول'],
];

const counters: Counter[] = [
  // a leader's overthrow told as history
  ['http://en.worldpeoplenews.com/news/human-rights/2022-07/43204', 'en', 'The protests in the capital Khartoum and elsewhere, marked the third anniversary of the major demonstrations that led to the overthrow of long-term leader, Omar al-Bashir.', 'en.event.overthrow-legitimate'],
];

/** Sentences the dropped destabilisation entries were checked on: no event/threat mention for the destabilising words. */
const destabilising: readonly (readonly [url: string, language: 'ar' | 'en', sentence: string, words: string])[] = [
  // Egypt, 2019: the interior ministry on calls to protest
  ['https://ksaplayers.com/Ksahome/NewsDetial/?nid=17183362', 'ar', 'قالت وزارة الداخلية المصرية، اليوم الخميس، إنها ستتصدى بكل ”حسم وقوة“ لدعوات تهدف إلى زعزعة الاستقرار في البلاد.', 'زعزعة'],
  // Iraq: a commentator on a plan to bring the protests back
  ['https://al-mawqef.com/?p=14720', 'ar', 'وأوضح الضاري أن “التحركات الأميركية والخليجية لا تستهدف الحكومة فقط، بل تسعى لخلخلة أمن واستقرار البلاد ككل، تمهيداً لإعادة رسم المشهد السياسي', 'خلخلة'],
  // Moldova, 2022: the interior minister on anti-government protests
  ['https://censor.net/en/news/3378686/in_moldova_antigovernment_protests_authorities_say_that_russian_federation_is_behind_them', 'en', 'Protests in Moldova are planned by pro-Russian forces to destabilize the situation in the country.', 'destabilize'],
  // Dominican Republic, 2017: the interior minister on the Green March
  ['https://dr1.com/news/2017/04/25/minister-claims-green-movement-wishes-to-destabilize-the-government', 'en', 'He warned these individuals and groups to reflect upon their actions and discontinue the destabilization plans that would only lead to anarchy and disorder from which no good would come.', 'destabilization'],
];

describe('the unrest as a threat to the state\'s order (paraphrase breadth)', () => {
  runCases(cases);
  runCounters(counters);

  for (const [url, language, sentence, words] of destabilising) {
    it(`leaves "${words}" unlabelled, as the seeds' gold does (${new URL(url).hostname})`, () => {
      const threat = framingMatches(sentence, language).filter((m) => m.concept === 'event' && m.pole === 'threat');
      expect(threat.some((m) => m.text.includes(words))).toBe(false);
    });
  }
});
