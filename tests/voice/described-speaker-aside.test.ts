import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "وقال المتظاهرون، الذين أطلقوا صفارات وسخرية، إنهم …": in Arabic
 * verb–subject order what was said begins at إن / أن, and the speaker's name
 * stays the outlet's — but a relative clause set off by commas right after
 * the speaker stopped the speaker phrase at its first comma, so the outlet's
 * description of the speaker was read as what the speaker said. Now a
 * relative clause (الذي، التي، الذين …) between commas after a VS speaker,
 * closed by a comma and the report's إن / أن (or a colon and a quotation
 * mark before it), is the outlet's; what was said begins at the إن / أن.
 * Grown on the eighth voice probe (tests/fixtures/voice-probe8/); the same
 * construction stands in the Ukrainian grown-on folder of the development set.
 */

describe('a described VS speaker: the description is the outlet\'s, the report begins at إن', () => {
  it('وقال المتظاهرون، الذين أطلقوا صفارات وسخرية، إنهم غاضبون … (Sharq Times, Serbia 2024, in the eighth probe)', () => {
    // https://sharqtimes.com/world/ (الطلاب الصرب يتظاهرون ضد الحكومة)
    const s = 'وقال المتظاهرون، الذين أطلقوا صفارات وسخرية، إنهم غاضبون من أن تلفزيون RTS يبث مزاعم فوتشيتش بأن الغرب حصل على أموال للطلاب لتنظيم احتجاجات في محاولة للإطاحة بحكومته.';
    expect(voiceOf(s, 'الذين أطلقوا صفارات وسخرية').voice).toBe('outlet');
    const v = voiceOf(s, 'مزاعم فوتشيتش');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('المتظاهرون');
  });

  it('وقال أحد منظمي الاحتجاج، الذي غطى وجهه ورفض الكشف عن اسمه خوفا من الانتقام، إن … (Egy Press, Haiti 2025, in the eighth probe)', () => {
    // https://egy-press.com/103771
    const s = 'وقال أحد منظمي الاحتجاج، الذي غطى وجهه ورفض الكشف عن اسمه خوفا من الانتقام، إن هدف المظاهرة هو “الاستيلاء على مكتب رئيس الوزراء وحرق مكتب المجلس الرئاسي الانتقالي في هايتي”.';
    expect(voiceOf(s, 'خوفا من الانتقام').voice).toBe('outlet');
    expect(voiceOf(s, 'الاستيلاء على مكتب رئيس الوزراء').voice).toBe('quoted');
  });

  it('وقال يانوكوفيتش، الذي اختفى منذ 23 فبراير الجاري، :" إنه … (Al-Mesryoon, Ukraine 2014, grown-on devset)', () => {
    // https://www.masress.com/almesryoon/510387 (ukraine-2014/007-almesryoon-yanukovych)
    const s = 'وقال يانوكوفيتش، الذي اختفى منذ 23 فبراير الجاري، :" إنه يستمر رئيسا شرعيا لأوكرانيا ، ويطالب روسيا بتأمين حياته وحياة أنصاره من العصابات المسلحة التي استولت على السلطة ".';
    expect(voiceOf(s, 'الذي اختفى منذ 23 فبراير').voice).toBe('outlet');
    expect(voiceOf(s, 'العصابات المسلحة').voice).not.toBe('outlet');
  });
});

describe('counter-examples', () => {
  it('a comma relative after the announced object is no speaker\'s description: أعلنت قوات الحرس الرئاسي …، احتجاز الرئيس … واعتقال وزير الداخلية، الذي يعيش … (Matn News, Niger 2023)', () => {
    // https://matnnews.com/122363
    const s = 'أعلنت قوات الحرس الرئاسي في النيجر، اليوم الأربعاء، احتجاز الرئيس محمد بازوم واعتقال وزير الداخلية، الذي يعيش بالقرب من مقر القصر الرئاسي في النيجر.';
    expect(voiceOf(s, 'احتجاز الرئيس محمد بازوم').voice).not.toBe('outlet');
  });

  it('a relative clause with no commas keeps its old reading: أعلن العسكريون الذين قاموا بانقلاب في الغابون اليوم، وضع الرئيس … "قيد الإقامة الجبرية …" (Marsal Qatar, Gabon 2023)', () => {
    // https://marsalqatar.qa/post/38618/
    const s = 'أعلن العسكريون الذين قاموا بانقلاب في الغابون اليوم، وضع الرئيس المنتخب علي بونغو أونديمبا "قيد الإقامة الجبرية محاطا بعائلته وأطبائه".';
    expect(voiceOf(s, 'قاموا بانقلاب').voice).toBe('outlet');
    expect(voiceOf(s, 'قيد الإقامة الجبرية محاطا').voice).toBe('quoted');
  });
});
