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

describe('counter-examples', () => {
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
