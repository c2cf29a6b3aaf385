import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Verbs of confirming and revealing whose subject is not a speaker:
 *
 * - "هذه التطورات تؤكد أن …": a subject opened by a demonstrative (هذا،
 *   هذه التطورات، تلك الأحداث), first in its sentence and set before a
 *   present-tense verb of confirming or revealing, is the outlet's own
 *   reasoning about what it has told; what follows is the outlet's.
 * - "إذ تُوضح كيف يمكن القيام بانقلاب مدني …": a verb of making clear or
 *   revealing followed at once by كيف / لماذا / مدى shows something, as
 *   "show" does in English; it reports no one's words.
 *
 * Both were read as reports with no speaker in the development set's
 * grown-on Iraqi and Ukrainian folders (subjects that are not speakers,
 * تؤكد، تُوضح).
 */

describe('a demonstrative subject before تؤكد is no speaker', () => {
  it('هذه التطورات تؤكد أن الازمة … وبين عملاء أمريكا الذين يقودون مشروع الفوضى (Al-Saymar, Iraq 2019, grown-on devset)', () => {
    // https://saymar.org/?p=95102 (iraq-2019-new/001-saymar-baghdad)
    const s = 'هذه التطورات تؤكد أن الازمة في العراق دخلت مراحل الحسم الاخيرة، وبلغت مرحلة كسر العظم بين الشارع الوطني العراقي المطالب باصلاحات وبين عملاء أمريكا الذين يقودون مشروع الفوضى واسقاط الدولة.';
    expect(voiceOf(s, 'عملاء أمريكا').voice).toBe('outlet');
    expect(voiceOf(s, 'مشروع الفوضى').voice).toBe('outlet');
  });
});

describe('a verb of making clear followed by كيف shows, it does not report', () => {
  it('إذ تُوضح كيف يمكن القيام بانقلاب مدني … بدعم أجنبي (Ahmed Bensaada, Ukraine 2014, grown-on devset)', () => {
    // http://ahmedbensaada.com/ (ukraine-2014-new/002-bensaada-maidan)
    const s = 'تعتبر حركة الاحتجاج "تحت إسم "أورومايدن"" التي عاشتها أوكرانيا مؤخرًا مثيرة للاهتمام من عدة نواحٍ. إذ تُوضح كيف يمكن القيام بانقلاب مدني ضد حكومة منتخبة ديمقراطياً بنجاح بدعم أجنبي ودون تدخل عسكري.';
    expect(voiceOf(s, 'بانقلاب مدني').voice).toBe('outlet');
    expect(voiceOf(s, 'بدعم أجنبي').voice).toBe('outlet');
  });
});

describe('a noun of facts before يؤكد is no speaker, and "but" ends an object verb\'s object', () => {
  it('غير أن الواقع على الأرض يؤكد أن الفوضى تستمر … after an opposition demand (Euronews Arabic, Kyrgyzstan 2010, grown-on devset)', () => {
    // http://arabic.euronews.com/2010/04/07/violent-overthrow-of-kyrgyzstan-government-reported (kyrgyzstan-2010/003-euronews-bishkek2010)
    const s = 'ثورة أم انقلاب أم فوضى. فالمعارضة طالبت الرئيس بالإعتكاف والحكومة بالإستقالة غير أن الواقع على الأرض يؤكد أن الفوضى تستمر في قرغيزستان.';
    expect(voiceOf(s, 'الفوضى').voice).toBe('outlet');
  });

  it('ولعلّ التاريخ القريب يؤكد هذا الواقع، فدانييل أورتيغا … التي أطاحت بحكم عملاء واشنطن (Al-Akhbar, Nicaragua 2018, grown-on devset)', () => {
    // https://al-akhbar.com/World/251431/ (nicaragua-2018/001-alakhbar-contra)
    const s = 'ولعلّ التاريخ القريب يؤكد هذا الواقع، فدانييل أورتيغا، القيادي في جبهة التحرير الوطني الساندينية الثورية التي أطاحت بحكم عملاء واشنطن من عائلة سوموزا عام 1979، كان نفسه موضع استهداف في حقبة الثمانينيات.';
    expect(voiceOf(s, 'عملاء واشنطن').voice).toBe('outlet');
  });
});

describe('counter-examples', () => {
  it('"لكن" inside a reported clause does not end it: وأكد أن الشباب خرجوا …، لكن قوى تخريبية اندست وسطهم (Okaz, Sudan 2019, grown-on devset)', () => {
    // https://sauress.com/okaz/1700432 (sudan-2019-new/003-okaz-sudan)
    const s = 'وأكد أن الشباب خرجوا للتعبير عن أنفسهم، لكن قوى تخريبية اندست وسطهم لنشر الفوضى.';
    expect(voiceOf(s, 'قوى تخريبية').voice).toBe('attributed');
  });

  it('"غير أن" inside what a source pointed to does not end it: وأشارت … إلى أن قوات الأمن حاولت …، غير أن المتظاهرين استمروا (APS, Tunisia 2010, grown-on devset)', () => {
    // https://djazairess.com/aps/100910 (tunisia-2010/001-aps-djazairess-thala)
    const s = 'وأشارت نفس مصادر وزارة الداخلية إلى أن قوات الأمن حاولت التصدي للمتظاهرين باستعمال "العديد من التحذيرات والانذارات " غير أن المتظاهرين استمروا في هجوماتهم على مقرات الهيئات الحكومية.';
    expect(voiceOf(s, 'المتظاهرين').voice).toBe('attributed');
  });

  it('"هذا وأفادت …" is a formula for "moreover": the agency still reports (Al-Alam, Lebanon 2019, grown-on devset)', () => {
    // https://www.alalam.ir/news/4521456/ (lebanon-2019/001-alalam-beirut)
    const s = 'هذا وأفادت الوكالة الوطنية للإعلام بأنّ الإدارات الرسمية في سراي حلبا والمصالح المستقلة والبلديات في كلّ البلدات العكارية شهدت حضور الموظّفين.';
    expect(voiceOf(s, 'الإدارات الرسمية').voice).toBe('attributed');
  });

  it('a past verb after a demonstrative subject of people still reports: موضحاً أن تلك العناصر اعترفت … بقتل المتظاهرين (Okaz, Sudan 2019, grown-on devset)', () => {
    // https://sauress.com/okaz/1700432 (sudan-2019-new/003-okaz-sudan)
    const s = 'وكشف اعتقال عناصر تابعة لحركة متمردة في دارفور، موضحاً أن تلك العناصر اعترفت خلال التحقيقات بقتل المتظاهرين.';
    expect(voiceOf(s, 'بقتل المتظاهرين').voice).toBe('attributed');
  });

  it('a verb of making clear with its speaker before أن still reports: وأوضح مسؤولون أمنيون أن … مداهمات (Asharq, Pakistan 2025, in the tenth probe)', () => {
    // https://asharq.com/politics/147399/
    const s = 'وأوضح مسؤولون أمنيون أن نحو 120 من المعتقلين أُوقفوا خلال مداهمات نفذت ليلاً، فيما اعتُقل الباقون أثناء مظاهرات في لاهور، عاصمة إقليم البنجاب.';
    expect(voiceOf(s, 'خلال مداهمات').voice).toBe('attributed');
  });
});
