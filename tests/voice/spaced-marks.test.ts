import {describe, expect, it} from 'vitest';
import {findQuotes} from '../../src/voice/quotes.js';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A straight or curly quotation mark that touches no word — a space before it and a space or a closing punctuation
 * after it, as agency copy and Arabic web pages often type them (" تالة ", ” أحداث …”, 'خطيرة ".') — closes the
 * quotation of its family still open, and else opens one when a space follows it. Before, a straight mark between a
 * space and a full stop was no mark (the quotation it should close ran on to the paragraph's end, so the agency's own
 * closing sentence read as quoted), and a curly mark between spaces was none either (the quotation it opened read as
 * the outlet's words). Grown on tests/fixtures/devset/tunisia-2010.
 */

/** Algérie Presse Service (via Djazairess), https://djazairess.com/aps/100910, the interior ministry's account of Thala. */
const APS =
  'أعلنت مصادر تونسية رسمية يوم الأحد ان احداث شغب وعنف وقعت مساء أمس السبت بين أجهزة الامن التونسية ومتظاهرين بمدينة " تالة " الواقعة بولاية القصرين. و أبرزت وزارة الداخلية التونسية ان تلك الاصطدامات أسفرت عن " مقتل اثنين من المهاجمين وإصابة 8 منهم بجروح متفاوتة فيما أصيب العديد من أعوان الأمن بحروق وجروح مختلفة منهم ثلاثة في حالة خطيرة ". وتجدر الاشارة إلى ان عدة مدن تونسية تشهد منذ ثلاثة أسابيع سلسلة من أحداث الشغب والعنف تخللتها مواجهات بين المتظاهرين وق';

/** Doualia, https://www.doualia.com/2011/01/10/ben-ali-a-appele-par-ses-forces-de-securite-contre-la-tunisie/ (Ben Ali's speech of 10 January 2011). */
const DOUALIA =
  'و رأى ساكن قصر قرطاج أن ما جرى في عدة مدن تونسية ” أحداث وراءها أياد لم تتورع عن توريط أبنائنا من التلاميذ والشباب العاطل فيها. أياد تحث على الشغب والخروج إلى الشارع بنشر شعارات اليأس الكاذبة وافتعال الأخبار الزائفة استغلت بدون أخلاق حدثا أسفنا له جميعا وحالة يأس نتفهمها كانت جدت بسيدى بوزيد منذ أسبوعين”.';

/** Nahrain Net, https://nahrainnet.net/?p=56997 (iraq-2019-new). */
const NAHRAIN = 'ولكن تم حرف التظاهرات عن اتجاهها من خلال ما بات يعرف في العراق ب ” الجوكر الامريكي ” الذي استهدف مهاجمة مقرات فصائل الحشد الشعبي';

/** Latest News South Africa (Reuters), https://www.latestnewssouthafrica.com/2020/10/06/protesters-stormed-kyrgyz-government-buildings-and-announced-that-it-had-seized-power-the-president-denounced-a-coup/ (kyrgyzstan-2020). */
const BISHKEK = 'The Moscow embassy in Bishkek on Tuesday called for ” a legal solution” to the crisis.';

/** Al-Mesryoon (via Masress), https://www.masress.com/almesryoon/510387 (ukraine-2014): a closing mark after a space with no quotation open. */
const MESRYOON =
  'وقال يانوكوفيتش، الذي اختفى منذ 23 فبراير الجاري، :" إنه يستمر رئيسا شرعيا لأوكرانيا ، ويطالب روسيا بتأمين حياته وحياة أنصاره من العصابات المسلحة التي استولت على السلطة ". وتتكهن مصادر روسية بأن يانوكوفيتش قد وصل إلى الأراضبي الروسية';

const quoted = (text: string): string[] => findQuotes(text, {start: 0, end: text.length}).map((q) => text.slice(q.start, q.end));

describe('a straight mark between a space and a full stop closes the quotation open', () => {
  it('the ministry\'s words run from " مقتل to خطيرة ", and the agency\'s closing sentence is its own (APS)', () => {
    expect(quoted(APS)).toEqual([
      'تالة',
      'مقتل اثنين من المهاجمين وإصابة 8 منهم بجروح متفاوتة فيما أصيب العديد من أعوان الأمن بحروق وجروح مختلفة منهم ثلاثة في حالة خطيرة',
    ]);
    expect(voiceOf(APS, 'المهاجمين', 'ar').voice).toBe('quoted');
    expect(voiceOf(APS, 'أحداث الشغب', 'ar').voice).toBe('outlet');
    expect(voiceOf(APS, 'بين المتظاهرين', 'ar').voice).toBe('outlet');
  });
});

describe('a curly mark set off by spaces opens or closes as a straight one does', () => {
  it('” opening Ben Ali\'s words, closed by ” after أسبوعين (Doualia)', () => {
    expect(quoted(DOUALIA)).toHaveLength(1);
    expect(voiceOf(DOUALIA, 'الشغب', 'ar').voice).toBe('quoted');
  });

  it('” … ” around a name between spaces is one quotation (Nahrain Net)', () => {
    expect(quoted(NAHRAIN)).toEqual(['الجوكر الامريكي']);
  });

  it('” opening after "called for" is closed by the ” after the words (Reuters, via Latest News South Africa)', () => {
    expect(quoted(BISHKEK)).toEqual(['a legal solution']);
  });
});

describe('what stays as it was', () => {
  it('a straight mark between a space and a full stop with no quotation open opens nothing (Al-Mesryoon)', () => {
    expect(voiceOf(MESRYOON, 'مصادر روسية', 'ar').voice).not.toBe('quoted');
    expect(quoted(MESRYOON).some((q) => q.includes('وتتكهن'))).toBe(false);
  });

  it('curly marks that touch their words pair as before (Doualia: مدانون بارتكاب “عمل ارهابي”.)', () => {
    const s = 'قال الرئيس التونسي زين العابدين بن علي في كلمة أذاعها التلفزيون ان الضالعين في الاشتباكات الدامية مع الشرطة خلال الايام الماضية مدانون بارتكاب “عمل ارهابي”.';
    expect(quoted(s)).toEqual(['عمل ارهابي']);
  });

  it('straight marks between spaces pair as before (" تالة ")', () => {
    expect(quoted(APS)[0]).toBe('تالة');
  });
});
