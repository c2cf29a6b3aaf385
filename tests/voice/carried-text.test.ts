import {describe, expect, it} from 'vitest';
import {carriedText} from '../../src/voice/carried-text.js';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A page that carries a speech or a statement whole after a short line announcing it ("Here is the full text of the
 * address:", "Full text:", «فيما يلي نص حديث الرئيس:») gives the speaker's words from the next paragraph to its end:
 * they are a report of the speaker's (attributed), not the page's own, though no verb governs each sentence. Grown on
 * tests/fixtures/devset/tunisia-2010 (Ben Ali's address of 10 January 2011 as African Manager carries it).
 */

/** African Manager, https://en.africanmanager.com/president-ben-ali-addresses-tunisian-people/ (tunisia-2010). */
const ADDRESS_10_JANUARY = [
  'President Zine el Abidine Ben Ali made, on Monday afternoon, an address to Tunisian people which was broadcast by national “Tunisie 7” and “Tunisie 21” TV channels and by public and private radio channels.',
  'Here is the full text of the address:',
  '“In the Name of God, the Merciful, the Compassionate”',
  'Fellow citizens,',
  'I address you today, inside the country and abroad, following the troubles and acts of vandalism that took place in some villages and cities in a number of interior regions, causing damage to public and private properties.',
  'These violent, sometimes bloody events, which caused deaths among civilians and injuries among security officers, were perpetrated by hooded gangs that attacked, at night, public institutions and even citizens in their houses. This is an intolerable act of terrorism.',
].join('\n');

/** African Manager, https://en.africanmanager.com/president-ben-alis-address-to-the-tunisian-people/ (the address of 13 January 2011). */
const ADDRESS_13_JANUARY = [
  'President Zine El Abidine Ben Ali delivered, on Thursday evening, an address to the Tunisian people which was broadcast by the national “Tunis-7” and “Tunisie-21” TV channels and the public and private radio stations.',
  'Here follows the full text of the address:',
  '“In the name of God, the Merciful, the Compassionate',
  'Dear fellow citizens,',
  'I have understood you. I have understood you all: the jobless, the needy, the politician and all those who are claiming more freedom. I understood you, I understood you well. The only thing is that the events which are taking place in our country are not part of us. Destruction is not part of the Tunisian traditions. We, the civilised and tolerant Tunisians.',
].join('\n');

/** Al-Bab, https://al-bab.com/documents-section/tunisia-speech-president-ben-ali (the speech of 27 December 2010, tunisia-2010). */
const SPEECH_27_DECEMBER = [
  'In the face of growing protests against his authoritarian rule, President Zine el Abidine Ben Ali delivered a seven-minute speech to the Tunisian people on 27 December 2010. A video was alsoposted on Facebook.',
  '27 December 2010',
  'Full text:',
  'In the Name of God, the Merciful, the Compassionate',
  'Fellow citizens,',
  'I have been following with anxiety and concern the events that took place over the recent days in Sidi Bouzid.',
  'While these events were triggered by one social case, of which we understand the circumstances and psychological factors and whose consequences are regrettable, the exaggerated turn that these events have taken, as a result of their political manipulation by some sides who do not wish good to the homeland and resort to some foreign television channels which broadcast false and unchecked allegations, requires from us to clarify some issues.',
].join('\n');

/** egkw.com, http://old.egkw.com/ArticleDetail.aspx?id=1287 (Mubarak's new-year address). */
const MUBARAK = [
  'وجه الرئيس محمد حسني مبارك أمس كلمة لتهنئة الأمة المصرية بمناسبة العامين الهجري والميلادي الجديدين.. وتحدث الرئيس عن العام الماضي الذي كان مليئا بالتحديات, كما تحدث عن العام الجديد.',
  'فيما يلي نص حديث الرئيس:',
  'أتحدث إليكم في مطلع عام هجري وميلادي جديد.. أتوجه بصادق تمنياتي لكل مصري ومصرية علي امتداد أرض الوطن.. ولأبناء مصر المغتربين في الخارج وعائلاتهم.',
  'أتحدث إليكم جميعا.. حديثا من القلب.. نودع عاما مضي.. بكل ما شهده من أحداث وأزمات وصعاب.. ونستقبل عاما جديدا, نتطلع لأن يحمل كل الخير لمصر وشعبها وأمتها وللعالم من حولنا.',
  'نودع عاما حافلا وصعبا, لنا ولمنطقتنا وللعالم, استمرت خلاله الأزمة الحادة لركود الاقتصاد الدولي, طالت بتداعياتها الدول المتقدمة والنامية علي السواء, ووضعت الجميع أمام تحديات وخيارات صعبة.',
].join('\n');

/** Breitbart, https://www.breitbart.com/politics/2020/05/31/ag-barr-antifa-violence-is-domestic-terrorism-and-will-be-treat-accordingly/ (usa-2020). */
const BARR = [
  'These violent groups seek to divide, Barr continued, warning that federal law enforcement actions will be “directed at apprehending and charging the violent radical agitators who have hijacked peaceful protest and are engaged in violations of federal law.”',
  'Full statement:',
  'With the rioting that is occurring in many of our cities around the country, the voices of peaceful and legitimate protests have been hijacked by violent radical elements. Groups of outside radicals and agitators are exploiting the situation to pursue their own separate, violent, and extremist agenda.',
].join('\n');

describe('the words after a line announcing a full text are its author\'s', () => {
  it('Ben Ali\'s address of 10 January after "Here is the full text of the address:" (African Manager)', () => {
    for (const term of ['acts of vandalism', 'hooded gangs', 'act of terrorism']) expect(voiceOf(ADDRESS_10_JANUARY, term, 'en').voice).toBe('attributed');
  });

  it('his address of 13 January after "Here follows the full text of the address:" (African Manager)', () => {
    expect(voiceOf(ADDRESS_13_JANUARY, 'Destruction', 'en').voice).toBe('attributed');
  });

  it('his speech of 27 December after "Full text:" (Al-Bab)', () => {
    expect(voiceOf(SPEECH_27_DECEMBER, 'foreign television channels', 'en').voice).toBe('attributed');
  });

  it('Barr\'s statement after "Full statement:" (Breitbart)', () => {
    for (const term of ['rioting', 'violent radical elements', 'outside radicals and agitators']) expect(voiceOf(BARR, term, 'en').voice).toBe('attributed');
  });

  it('Mubarak\'s address after «فيما يلي نص حديث الرئيس:», three paragraphs on (egkw.com)', () => {
    expect(voiceOf(MUBARAK, 'الأزمة الحادة', 'ar').voice).toBe('attributed');
  });
});

describe('what stays as it was', () => {
  it('the page\'s own introduction before the announcing line stays its own (Al-Bab, African Manager)', () => {
    expect(voiceOf(SPEECH_27_DECEMBER, 'protests', 'en').voice).toBe('outlet');
    expect(voiceOf(ADDRESS_10_JANUARY, 'public and private radio channels', 'en').voice).toBe('outlet');
  });

  it('a line that ends with a colon but announces no text carries nothing (Orinoco Tribune, chile-2019)', () => {
    const text = [
      'Here are some photos that show what happened and testimonials on Twitter:',
      'The mayor of the Metropolitan Region of Santiago, Karla Rubilar, has confirmed at least three dead in a fire in a supermarket.',
      'There is a new trend in social media today in which social movements are proposing a National Constituent Assembly.',
    ].join('\n');
    expect(carriedText(text, lines(text, 'en'))).toBeNull();
    expect(voiceOf(text, 'social movements', 'en').voice).toBe('outlet');
  });

  it('"Kobakhidze believes that:" announces his views, not a text carried to the end (JAMnews, georgia-2024)', () => {
    const text = [
      'Kobakhidze believes that:',
      '● Behind the protests were the United National Movement and the opposition in general, also called the “global war party”.',
    ].join('\n');
    expect(carriedText(text, lines(text, 'en'))).toBeNull();
  });

  it('a contact block\'s "Address:" is no address carried (BelTA via the Kopyl district site, belarus-2010)', () => {
    const text = ['Address:', '223927, Minsk region,', 'Kopyl, Lenin square, 6'].join('\n');
    expect(carriedText(text, lines(text, 'en'))).toBeNull();
  });

  it('a headline naming a full text, its colon inside the line, carries nothing (Al-Magales)', () => {
    const text = [
      'النص الكامل لكلمة «السيسي»: مصر أنجزت القناة في ظروف عصيبة وسننتصر على اﻹرهاب',
      'ألقى الرئيس عبدالفتاح السيسي، خطابا في حفل افتتاح قناة السويس الجديدة، استهله بكلمة مرتجلة خرج بها عن نص الخطاب الرسمي.',
    ].join('\n');
    expect(carriedText(text, lines(text, 'ar'))).toBeNull();
  });
});

function lines(text: string, language: 'ar' | 'en') {
  const paragraphs: {start: number; end: number; language: 'ar' | 'en'}[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({start: at, end: at + line.length, language});
    at += line.length + 1;
  }
  return paragraphs;
}
