import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A statement set out as a block quotation over several paragraphs: one mark
 * opens it at the start of its first paragraph, the paragraphs after it carry
 * none, and it closes (if the page shows it) at the end of its last. Quotations
 * are found paragraph by paragraph, so before this the paragraphs after the
 * first were the outlet's own words. The English way of carrying a quotation
 * on (an opening mark at every paragraph) and quotations closed in their own
 * paragraph are read as before.
 */

// https://www.armenianclub.com/2008/03/02/ra-police-weapons-were-to-be-distributed-to-the-strikers/ (the Armenian
// police's statement of 1 March 2008, development set armenia-2008; its hard-wrapped lines joined as the loader joins
// them). The excerpt stops inside the statement: no closing mark.
const POLICE = [
  "The Police of the Republic of Armenia issued a statement today, which reads in part:",
  "\"Following the presidential elections of February 19 Levon Ter-Petrosyan and his team started a sitting strike at the Opera Square and initiated everyday illegal demonstrations and rallies with the objective to destabilize the situation in the capital.",
  "Provocative statements and calls were voiced during the demonstrations. Despite the numerous warnings of the Police that these actions were illegal, they continued severely breaking the public order and endangered the security of the society.",
  "According to live data on February 29, a great quantity of weapons, grenades, explosives, metallic sticks and bludgeons was to be distributed to the strikers. There was information that provocative actions were to be undertaken in the capital on March 1st, mass disorders were to be incited. The National Security Service received similar operative data.",
  "To confiscate these weapons and stabilize the situation the Police called on strikers to allow carrying out corresponding search. This call was unexpectedly followed by an attack against policemen. The strikers started throwing stones, pieces of wood, metallic sticks and bottles with flammable materials. The aggressiveness of the lawbreakers was increasing.",
  "Deriving from the unpredictability of the situation and the nature of the violations of law, the decision was made to undertake corresponding measures within the limits of law. The strikers started showing resistance with thrust and sharp weapons, metallic sticks.",
  "Several policemen were wounded as a result of the clash. They were",
  "Part of the organizers and participants of the disorder were taken to Police departments. Several were arrested. Some of the organizers escaped. The Police are searching for the participants and inciters of the disorders.",
  "Invest",
].join('\n');

// https://mediacoalition.ge/en/amnesty-international-demonstraciis-darbevisas-adamianis-uflebata-darghvevebi-shemzaravia
// (Media Coalition, Georgia 2024, on Amnesty International's briefing; development set georgia-2024-new): a quotation of
// the report opened by a mark at its line's start, carried over hard-wrapped lines the loader leaves apart, closed at
// the end of the last.
const AMNESTY = [
  'Full version of the report.',
  '”Over 50',
  'journalists have been reported injured, have had their equipment destroyed by the police and',
  'otherwise prevented from carrying out their professional activities, despite clearly identifying',
  'themselves as journalists with jackets, press badges, and equipment.”',
  'Amnesty International report',
].join('\n');

// Counter-examples.
// https://www.pendletoday.co.uk/news/crime/chief-constable-speaks-of-his-anger-and-disappointment-after-four-burnley-police-vehicles-damaged-by-firework-yobs-3447936
// (Pendle Today, 2021): a quotation carried on the English way, a mark opening every paragraph.
const PENDLE = [
  'He explained: "It makes me incredibly sad, angry and disappointed that people feel they can behave in this way towards my officers and the emergency services in general.',
  '“The events of last night were totally inexcusable and show an utter lack of respect for emergency service workers who are going above and beyond day in and day out to keep our communities safe.',
  '“Police officers are human beings and many of them live in the communities that they police and protect. They do not come to work to be abused and physically attacked by a small minority of disrespectful people who clearly have no respect for the authorities or indeed the communities that they live in.',
].join('\n');
// http://arabic.peopledaily.com.cn/n3/2019/0816/c31664-9606724.html (People's Daily Arabic, development set hong-kong-2019, 006): a list of headlines whose
// first opens a quotation it never closes; the next line's first mark opens another: no block quotation.
const HEADLINES = [
  '"سور الصين العظيم تحت الماء يظهر مرة أخرى',
  'مطعم بتشونغ تشينغ يقدم الأطباق للزبائن عبر "السكك الحديدية الخفيفة"',
  'أول هاتف من الجيل الخامس يدخل السوق الصينية بسعر 4999 يوانا',
].join('\n');
// https://democrats-foreignaffairs.house.gov/press-releases?ID=2B300CCB-2282-42E0-92F5-C5F81477CAD9 (House Committee on
// Foreign Affairs, 2020): a statement announced by a colon and closed in its own paragraph; the line after is the page's.
const ENGEL = [
  'Washington—Representative Eliot L. Engel, Chairman of the House Committee on Foreign Affairs, today made the following statement:',
  '“Mr. Pack’s office informed the Committee last night that he intended to back out on his commitment to appear at a hearing on September 24. His office failed to provide any reasonable alternative dates and his excuse for breaking his commitment is not acceptable. Today the Committee has issued a subpoena to compel Mr. Pack’s testimony on the originally agreed-upon date.”',
  'The Committee has issued a subpoena.',
].join('\n');

describe('a statement set out as a block quotation over several paragraphs', () => {
  it('quotes every paragraph after an announced opener when no mark follows to the end of the excerpt', () => {
    expect(voiceOf(POLICE, 'sitting strike', 'en').voice).toBe('quoted');
    expect(voiceOf(POLICE, 'breaking the public order', 'en').voice).toBe('quoted');
    expect(voiceOf(POLICE, 'lawbreakers', 'en').voice).toBe('quoted');
    expect(voiceOf(POLICE, 'inciters', 'en').voice).toBe('quoted');
    // The line that announces the statement is the page's own.
    expect(voiceOf(POLICE, 'issued a statement', 'en').voice).toBe('outlet');
  });

  it('ends the quotation at the mark that closes it, paragraphs later', () => {
    expect(voiceOf(AMNESTY, 'equipment destroyed by the police', 'en').voice).toBe('quoted');
    expect(voiceOf(AMNESTY, 'press badges', 'en').voice).toBe('quoted');
    expect(voiceOf(AMNESTY, 'Amnesty International report', 'en').voice).toBe('outlet');
  });

  it('leaves quotations carried on the English way, and those closed in their paragraph, as they were', () => {
    expect(voiceOf(PENDLE, 'utter lack of respect', 'en').voice).toBe('quoted');
    expect(voiceOf(PENDLE, 'small minority of disrespectful people', 'en').voice).toBe('quoted');
    expect(voiceOf(ENGEL, 'issued a subpoena', 'en', 1).voice).toBe('outlet');
    expect(voiceOf(HEADLINES, 'يقدم الأطباق').voice).toBe('outlet');
    expect(voiceOf(HEADLINES, 'أول هاتف').voice).toBe('outlet');
  });
});
