import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "في إطار تحقيقات في قضايا "فساد وإرهاب""، "الموقوف … بتهم على صلة
 * بـ"الفساد" و"الإرهاب"": a short quotation after a word of charging is the
 * charge in the accusers' words, not the outlet's scare quote — also after
 * قضية / قضايا (the cases charged) and when the charge word stands four
 * words back ("بتهم على صلة بـ"). A short quotation with no word of charging
 * before it is still the outlet's scare quote. Grown on the sixteenth voice
 * probe (tests/fixtures/voice-probe16/), whose first pass set off both
 * charges as the outlet's.
 */

describe('a quotation after a word of charging is the charge in the accusers\' words', () => {
  it('… في إطار تحقيقات في قضايا "فساد وإرهاب" … (CNN Arabic, Turkey 2025, in the sixteenth probe)', () => {
    // https://www.daily8.com/article/905dbfd0568237c55f3fddf1d92e53c2
    const s = 'واعتقلت السلطات إمام أوغلو وهو منافس سياسي رئيسي للرئيس رجب طيب أردوغان، الأربعاء، في إطار تحقيقات في قضايا "فساد وإرهاب"، كما صدرت أوامر اعتقال بحق حوالي 100 شخص آخرين على صلة برئيس البلدية، بمن فيهم مستشاره الصحفي، مراد أونغون، وفقًا لوكالة أنباء "الأناضول" الحكومية، الأربعاء.';
    const v = voiceOf(s, 'فساد وإرهاب');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
  });

  it('… الموقوف منذ الأربعاء بتهم على صلة بـ"الفساد" و"الإرهاب" … (Akhbar Al-Balad, Turkey 2025, in the sixteenth probe)', () => {
    // https://albaladnews.net/article/422423
    const s = 'أعلن زعيم حزب المعارضة الرئيسي في تركياأوزغور أوزيل أن 300 ألف متظاهر تجمعوا في إسطنبول مساء الجمعة لدعم رئيس بلدية المدينة أكرم إمام أوغلو، الموقوف منذ الأربعاء بتهم على صلة بـ"الفساد" و"الإرهاب"، وبينما حذر الرئيس التركي رجب طيب أردوغان من محاولة إثارة الفوضى في الشوارع، أقيل نقيب محامي اسطنبول وأعضاء  مجلس النقابة القانوني بتهمة "الدعاية الإرهابية ونشر معلومات خاطئة" من مناصبهم.';
    const v = voiceOf(s, 'الفساد');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
  });
});

describe('counter-examples: no word of charging, still a scare quote', () => {
  it('… وتصنيفها كـ “عملاء أجانب”. (Aleppo News, Georgia 2024, development set)', () => {
    // https://alepponews.net/17914
    const s = 'وينص مشروع القانون المثير للجدل، الذي يسمى رسمياً “قانون شفافية التأثير الأجنبي”، على وضع قائمة للمنظمات غير الحكومية ووسائل الإعلام والجهات التي تتلقى تمويلا من دول أجنبية، وتصنيفها كـ “عملاء أجانب”.';
    const v = voiceOf(s, 'عملاء أجانب');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });
});
