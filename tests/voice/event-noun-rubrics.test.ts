import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "سقوط ألفا كوندي: العقيد مامادي دومبويا ، الرجل القوي الجديد لكوناكري": an
 * Arabic headline headed by an event's verbal noun (سقوط، مقتل، اغتيال،
 * اعتقال، محاولة، إضراب …) files the item under that event, as "انقلاب
 * بوركينا فاسو:" and "احتجاجات …:" already did; no one speaks. Grown on the
 * eighth voice probe (tests/fixtures/voice-probe8/).
 *
 * Tried and dropped: a country heading an Arabic headline ("الإكوادور: إعلان
 * حالة الطوارئ …", "السنغال: مقتل أشخاص …") as a rubric. It raised the fourth,
 * fifth and eighth probes but lowered the first, whose "إيران: إلقاء القبض على
 * 16 عنصراً من مثيري الشغب" gives the arrest and its wording to the state: in
 * Arabic a country's name before a colon is often its government speaking.
 */

describe('an event noun heading a headline is a rubric', () => {
  it('سقوط ألفا كوندي: … الرجل القوي الجديد لكوناكري (Aswat 24, Guinea 2021, in the eighth probe)', () => {
    // https://aswat24.com/ (غينيا: من هو الرجل القوي الذي أسقط الرئيس ألفا كوندي ؟)
    const s = 'سقوط ألفا كوندي: العقيد مامادي دومبويا ، الرجل القوي الجديد لكوناكري\nاستيقظ الغينيون صباح اليوم الأحد على نيران متقطعة بأسلحة آلية وأسلحة ثقيلة.';
    const v = voiceOf(s, 'الرجل القوي الجديد');
    expect(v.voice).toBe('outlet');
    expect(v.speaker).toBeNull();
  });
});

describe('counter-examples: a speaker before the colon still speaks', () => {
  it('الداخلية المصرية: فض اعتصامي "رابعة والنهضة" قريبا (Al-Nas News, in the third probe)', () => {
    // https://alnasnews.com.jo/online/?p=14505
    const s = 'الداخلية المصرية: فض اعتصامي "رابعة والنهضة" قريبا';
    expect(voiceOf(s, 'فض اعتصامي').voice).toBe('attributed');
  });

  it('إيران: إلقاء القبض على 16 عنصراً من مثيري الشغب في طهران (Al Mayadeen, in the first probe): a country is not a rubric', () => {
    // https://almayadeentv.com/news/politics/إيران--إلقاء-القبض-على-16-عنصرا-من-مثيري-الشغب-في-طهران
    const s = 'إيران: إلقاء القبض على 16 عنصراً من مثيري الشغب في طهران';
    expect(voiceOf(s, 'مثيري الشغب').voice).toBe('attributed');
  });
});
