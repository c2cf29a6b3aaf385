import {describe, expect, it} from 'vitest';
import {poles} from './paraphrase-cases.js';

/*
 * A protest held without a permit is still named a protest: "an unsanctioned
 * march", "unauthorised protests", «مظاهرة غير مرخصة» count for the protest
 * pole, as every development-set gold that meets the construction reads them
 * (belarus-2010, belarus-2020, hong-kong-2019, and the Russia 2011–12 folder
 * annotated blind this round). Wire copy writes "unsanctioned rally" as a fact
 * of the permit. The protest named as an offence stays the threat: "an
 * unlawful assembly", "illegal gathering", the penal codes' تجمهر. Every
 * sentence is real, quoted word for word from the page whose address it
 * carries.
 */

type Sentence = readonly [url: string, language: 'ar' | 'en', sentence: string];

/** The words that say a protest had no permit. */
const NO_PERMIT = /unsanctioned|unauthori[sz]ed|غير مرخص/iu;

const withoutAPermit: readonly (readonly [...Sentence, expected: string])[] = [
  // tests/fixtures/devset/belarus-2010 (RFE/RL via GlobalSecurity)
  ['https://www.globalsecurity.org/wmd/library/news/belarus/belarus-110427-rferl01.htm', 'en', 'In a courtroom packed with onlookers, including the ambassadors of Sweden and Hungary as well as U.S. and Russian diplomats, Sannikau listened quietly as an official read out charges that he organized mass disorder by repeatedly urging unsanctioned protests and then leading the December 19 rally itself.', 'event/protest=protests'],
  // tests/fixtures/voice-probe13 (UrduPoint carrying Sputnik)
  ['https://www.urdupoint.com/en/world/moscow-police-starts-pushing-away-protesters-1155991.html', 'en', 'On January 23, multiple unauthorized protests took place across Russia, instigated by supporters of Russian opposition figure Alexey Navalny.', 'event/protest=protests'],
  // tests/lexicon/police-killing-and-violence-patterns.test.ts (Al-Thawra)
  ['https://thawra.sy/?p=260756', 'ar', 'وأصيب ضابط في الشرطة الروسية في وقت سابق اليوم بعد الاعتداء عليه خلال مظاهرة غير مرخصة لأنصار نافالني في مدينة سان بطرسبورغ.', 'event/protest=مظاهرة'],
  // tests/fixtures/voice-probe (Ennahar via Djazairess)
  ['https://djazairess.com/ennahar/786120', 'ar', 'ووضح المديرية العامة للأمن الوطني، في بيان لها، أن قواتها سجلت مسيرات غير مرخصة بأحد شوارع العاصمة.', 'event/protest=مسيرات'],
];

const namedAnOffence: readonly (readonly [...Sentence, expected: string])[] = [
  ['http://occupypeace.blogspot.com/2011/11/unlawful-assembly-at-protest-legal-info.html', 'en', 'An unlawful assembly was declared and people were given 10 minutes to clear the area.', 'event/threat=unlawful assembly'],
  ['https://www.masress.com/moheet/2100542', 'ar', 'وجهت نيابة قصر النيل، برئاسة المستشار سمير حسن، تهمة التجمهر والبلطجة وخرق قانون التظاهر لعضو حركة 6 إبريل المتهم "محمد. ع".', 'event/threat=التجمهر'],
];

describe('a protest without a permit is still the protest', () => {
  for (const [url, language, sentence, expected] of withoutAPermit) {
    it(`${expected} (${new URL(url).hostname})`, () => {
      const found = poles(sentence, language);
      expect(found).toContain(expected);
      // "charges that he organized mass disorder" is the charge's threat; the permit's words are in none.
      expect(found.filter((p) => p.startsWith('event/threat') && NO_PERMIT.test(p))).toEqual([]);
    });
  }
});

describe('counter-examples: the protest named as an offence stays the threat', () => {
  for (const [url, language, sentence, expected] of namedAnOffence) {
    it(`${expected} (${new URL(url).hostname})`, () => {
      expect(poles(sentence, language)).toContain(expected);
    });
  }
});
