import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "وحمّل المحتجون حكومة رئيس الوزراء بنيامين نتنياهو سبب تدهور الوضع",
 * "حملت الرئاسة الأوكرانية المتظاهرين مسؤولية اندلاع أعمال …": an Arabic
 * verb of holding responsible (حمّل، حمّلت، حمّلوا، يحمّل) reports the
 * blame, which begins at مسؤولية or سبب after the one blamed; the speaker
 * and the one blamed stay the outlet's words. The same letters are
 * "carried" (حمل المتظاهرون لافتات) and "bore" (تحمل المسؤولية): without
 * مسؤولية or سبب after an object they report nothing. After a verb that
 * agrees with its subject (حملوا) the one blamed is never taken for the
 * speaker. Grown on the fourteenth voice probe
 * (tests/fixtures/voice-probe14/), whose first pass left both blames in
 * Al-Waght's passage the outlet's.
 */

describe('a verb of holding responsible reports the blame', () => {
  it('وحمّل المحتجون حكومة رئيس الوزراء بنيامين نتنياهو سبب تدهور الوضع … (Al-Waght, Israel 2023, in the fourteenth probe)', () => {
    // http://alwaght.net/ar/News/241632
    const s = 'وحمّل المحتجون حكومة رئيس الوزراء بنيامين نتنياهو سبب تدهور الوضع الامني والقضائي والاقتصادي وطالبوا بمحاسبتها .';
    const blame = voiceOf(s, 'تدهور الوضع الامني');
    expect(blame.voice).toBe('attributed');
    expect(blame.speaker).toBe('المحتجون');
    expect(voiceOf(s, 'المحتجون').voice).toBe('outlet');
  });

  it('… كما حملوا حكومة نتنياهو مسؤولية الانقسام الحاد …: the one blamed is not the speaker (Al-Waght, Israel 2023, in the fourteenth probe)', () => {
    // http://alwaght.net/ar/News/241632
    const s = 'وتحرك المحتجون بشارع كابلان وسط تل أبيب، ورفعوا شعارات ضد خطط الحكومة لإضعاف جهاز القضاء وتقويض المحكمة العليا كما حملوا حكومة نتنياهو مسؤولية الانقسام الحاد في الشارع الإسرائيلي والمخاطرة بمستقبل الكيان.';
    const blame = voiceOf(s, 'مسؤولية الانقسام الحاد');
    expect(blame.voice).toBe('attributed');
    expect(blame.speaker).not.toBe('حكومة نتنياهو');
  });

  it('من جهتها، حملت الرئاسة الأوكرانية المتظاهرين مسؤولية اندلاع أعمال … (Euronews Arabic, Ukraine 2014, development set)', () => {
    // http://arabic.euronews.com/2014/02/20/sniper-fire-brings-disturbing-new-dimension-to-ukraine-violence
    const s = 'من جهتها، حملت الرئاسة الأوكرانية المتظاهرين مسؤولية اندلاع أعمال قائلة إنهم استعانوا بقناصة، ما أدى إلى وقوع اشتباكات مع قوات الأمن.';
    expect(voiceOf(s, 'اندلاع أعمال').voice).toBe('attributed');
    expect(voiceOf(s, 'المتظاهرين').voice).toBe('outlet');
  });
});

describe('counter-examples', () => {
  it('carried: وحمل المتظاهرون لافتة تحمل صورة … (Youm7, Israel 2023, in the fourteenth probe)', () => {
    // https://www.youm7.com/story/2023/3/4/للأسبوع-التاسع-على-التوالى-عشرات-الآلاف-فى-شوارع-إسرائيل-ضد/6103908
    const s = 'وحمل المتظاهرون لافتة تحمل صورة "وزير الأمن الداخلى" فى حكومة نتنياهو المتطرف ايتمار بن جفير، ووزير المالية المتطرف بتسلئيل سموتريتش، وخلفها صورة لحرق بلدة "حوارة" على أيدى المستوطنين.';
    expect(voiceOf(s, 'المتظاهرون').voice).toBe('outlet');
    expect(voiceOf(s, 'لحرق بلدة').voice).toBe('outlet');
  });

  it('bore the responsibility: … تصريحات القيادات الأمنية بشأن تحمل المسؤولية، وأعربوا عن … (Indonesia Alyoum, Indonesia, in the fifth probe)', () => {
    // https://indonesiaalyoum.com/%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D8%AA-%D9%85%D9%82%D8%B1-%D8%A8%D8%B1%D9%8A%D9%85%D9%88%D8%A8-%D8%AC%D8%A7%D9%83%D8%B1%D8%AA%D8%A7
    const s = '- رفض المحتجون تصريحات القيادات الأمنية بشأن تحمل المسؤولية، وأعربوا عن عدم ثقتهم في تطبيق القانون بعد الحادثة المؤلمة.';
    expect(voiceOf(s, 'المحتجون').voice).toBe('outlet');
  });
});
