import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Arabic reporting verbs and the participles that continue them (قال، أقر،
 * نقل، ذكر، مطالبة …) are matched behind و / ف, and behind ل before a present
 * tense (ليؤكد: "so as to affirm"), but never behind ب / ك or the article:
 * there the same letters are a noun or a name — نمر باقر النمر (a cleric's
 * name read as ب + أقر, "admitted"), وكرات الثلج (snowballs, read as و + ك +
 * رأت, "saw"), بنقل (by moving), للمطالبة (to demand), بالذكر. Each of those
 * made the rest of its sentence someone's speech. Grown on saudi-arabia-2011
 * (El Khabar), whose protests were given to the cleric as his words.
 */

describe('a verb cue never stands behind ب / ك or the article', () => {
  it('نمر باقر النمر is a name, not "admitted" (El Khabar via Djazairess, Qatif 2012)', () => {
    // https://djazairess.com/elkhabar/295123
    const s = 'خلف اعتقال قوات الأمن السعودية رجل الدين نمر باقر النمر ليلة أول امس، موجة من الاحتجاجات بالقطيف والعوامية، حاولت قوات الأمن صدها، ما أسفر عن مقتل شخصين وجرح عشرة آخرين وفق ما ذكرته تقارير إعلامية.';
    const v = voiceOf(s, 'الاحتجاجات');
    expect(v.voice).toBe('outlet');
    expect(v.cue).toBeNull();
  });

  it('وكرات الثلج are snowballs, not "and she saw" (Masrawy via Masress, Minsk 2010)', () => {
    // https://www.masress.com/masrawy/3362053
    const s = 'ورشق بعض المحتجين الشرطة بالحجارة وكرات الثلج.';
    expect(voiceOf(s, 'الثلج').cue).toBeNull();
  });

  it('بنقل is "by moving", not "reported" (Sputnik Arabic, Venezuela 2019)', () => {
    // https://sarabic.ae/20190327/%D8%B1%D9%88%D8%B3%D9%8A%D8%A7-%D9%81%D9%86%D8%B2%D9%88%D9%8A%D9%84%D8%A7-%D8%B9%D8%B3%D9%83%D8%B1%D9%8A%D9%88%D9%86-%D9%85%D8%B3%D8%A7%D8%B9%D8%AF%D8%A9-1040052151.html
    const s = 'ورغم أن الخبراء العسكريين الروس لم يأتوا إلى فنزويلا للمشاركة في أي عملية عسكرية إلا أن أعداء فنزويلا وصفوا ذلك بنقل قوات عسكرية.';
    expect(voiceOf(s, 'قوات عسكرية').cue).not.toBe('بنقل');
  });
});

describe('counter-examples: the verbs behind و still report', () => {
  it('وداعياً "…" continues the speaker (As-Safir, Beirut 2015)', () => {
    // https://669799.jbimx0apk.asia/index.php/categories/articles-and-news/item/3397-بدنا-نحاسب-تدعو-لمواصلة-التحرك-ولمحاكمة-المعتدين-على-المتظاهرين
    const s = 'وأكد مروّة أنه سيرفع "دعوى على كلّ الّذين اعتدوا علينا بالضرب"، مشيراً إلى "توثيق الكاميرات لكل الّذين اعتدوا"، وداعياً "كل الّذين تعرضوا للضرب إلى الإقدام على هذه الخطوة".';
    const v = voiceOf(s, 'الإقدام');
    expect(v.cue).toBe('وداعياً');
    expect(v.speaker).toBe('مروّة');
  });

  it('وذكر مراسل لرويترز … ان الشرطة ضربت الناس بالهراوات (Masrawy via Masress, Minsk 2010)', () => {
    // https://www.masress.com/masrawy/3362053
    const s = 'وذكر مراسل لرويترز في موقع الاحتجاج ان شرطة مكافحة الشغب تدخلت وضربت الناس بالهراوات.';
    expect(voiceOf(s, 'بالهراوات').voice).toBe('attributed');
  });
});
