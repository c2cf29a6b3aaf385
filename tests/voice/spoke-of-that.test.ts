import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "وتحدثت وسائل إعلام عراقية عن أن مسلحين …": تحدث عن followed by a
 * complementiser (عن أن، عن أنه) reports a clause as قال إن does; the media
 * before عن are the speaker. تحدث with a topic only (عن اعتقال …، عن وقف
 * إطلاق نار) still reports nothing: what was spoken of may be the outlet's
 * own wording. Before, تحدث was no reporting word at all, and the clause after
 * عن أن was left to the outlet.
 */

// https://www.innlb.com/news/article/924075 (INN Lebanon, the killing of Ihab al-Wazni, Karbala, May 2021; voice probe 25)
const INNLB = 'وتحدثت وسائل إعلام عراقية عن أن مسلحين مجهولين أطلقوا النار على الوزني أمام منزله في كربلاء، وذلك في امتداد لمسلسل الاغتيالات الذي طال ناشطين عراقيين يعملون على تنسيق التحركات الاحتجاجية ضد السلطات العراقية ونفوذ الميليشيات المسلحة منذ عامين، وذهب ضحتها أكثر من 560 ناشطاً بحسب ما تقول السلطات العراقية.';

// Counter-examples.
// https://sarahanews.com/article/%d9%84%d8%a8%d9%86%d8%a7%d9%86-%d8%b3%d9%82%d9%88%d8%b7-%d8%ac%d8%b1%d8%ad%d9%89-%d9%88%d9%85%d8%b5%d8%a7%d8%a8%d9%8a%d9%86.html
// (Saraha News, Lebanon 2019; development set, lebanon-2019): تحدث عن with a topic, no أن.
const SARAHA = 'وقالت وسائل إعلام إن القوى الأمنية عملت على إخلاء ساحة رياض الصلح من المتظاهرين، بإطلاق قنابل الغاز، وخراطيم المياه، كما عملت على ملاحقتهم وضربهم بالهراوات، فيما تحدث متظاهرون عن اعتقال عدد منهم.';
// https://www.aljazeera.net/politics/2021/8/13/ (Al Jazeera Net, Daraa 2021; voice probe 22): a topic spoken of, and a عن أن
// beyond the verb's reach is not its complement.
const ALJAZEERA = 'وتتحدث وسائل إعلام تابعة للنظام عن وقف إطلاق نار نفذته قوات النظام -بطلب من الجانب الروسي- لإتاحة الفرصة لإتمام اتفاق يقضي بتسليم المقاتلين سلاحهم ونقل الرافضين للتسوية إلى شمالي سوريا.';

describe('تحدث عن أن: spoke of it that …', () => {
  it('reports the clause after عن أن; the media before it are named by the outlet', () => {
    const v = voiceOf(INNLB, 'أطلقوا النار');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('وسائل إعلام عراقية');
    expect(voiceOf(INNLB, 'وسائل إعلام').voice).toBe('outlet');
  });

  it('counter-examples: a topic spoken of, with no أن, is read as before', () => {
    expect(voiceOf(SARAHA, 'اعتقال').speaker).not.toBe('متظاهرون');
    expect(voiceOf(SARAHA, 'متظاهرون').voice).toBe('outlet');
    expect(voiceOf(ALJAZEERA, 'وقف إطلاق نار').voice).toBe('outlet');
    expect(voiceOf(ALJAZEERA, 'الرافضين للتسوية').voice).toBe('outlet');
  });
});
