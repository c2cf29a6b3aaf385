import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "…، كما أفاد شهود عيان في المكان": a report that closes its sentence with
 * كما (as) before its verb named كما as the speaker, so witnesses closing a
 * sentence were not seen as informants, and a closing report's speaker was
 * the word "as". كما before a closing verb is no subject; the speaker is
 * the noun phrase after the verb, as in "…، قال شهود".
 */

describe('كما before a verb closing the sentence is no speaker', () => {
  it('"…، كما أفاد شهود عيان في المكان": witnesses vouch for the facts, whose wording stays the outlet\'s (Radio Sawa, Tunisia 2011)', () => {
    // http://www.radiosawa.com/a/40565.html
    const s = 'رمى متظاهرون صباح الاثنين حجارة وقوارير بلاستيكية على عناصر شرطة مكافحة الشغب الذين ردوا بقنابل الغاز المسيل للدموع أمام مقر الحكومة التونسية المؤقتة، كما أفاد شهود عيان في المكان.';
    expect(voiceOf(s, 'حجارة وقوارير').voice).toBe('outlet');
    expect(voiceOf(s, 'بقنابل الغاز').voice).toBe('outlet');
  });

  it('"…، كما يقول موظفون في الم…": the staff, not كما, speak (Elaph, Libya 2011, grown-on devset)', () => {
    // https://elaph.com/amp/Web/news/2011/2/634318.html (libya-2011-new/004-elaph-mercenaries)
    const s = 'وفي مطار الأبرق على الطريق بين مدينتي درنة والبيضاء حيث كان القتال شرسًا، أرسل نظام القذافي طائرتين محملتين بالمرتزقة الأجانب ليل الأربعاء لمقاتلة المحتجين، كما يقول موظفون في الم';
    const v = voiceOf(s, 'بالمرتزقة الأجانب');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toMatch(/^موظفون/u);
  });
});

describe('counter-examples', () => {
  it('an official closing the sentence still voices it: "…، حسب ما قال مسؤول في الشرطة" (Al-Watan, Egypt 2016)', () => {
    // https://alwatan.kuwait.tt/articledetails.aspx?id=476091
    const s = 'أطلقت الشرطة المصرية الغاز المسيل للدموع في القاهرة اليوم لتفريق عشرات المتظاهرين المحتجين على اتفاق مثير للجدل يمنح السعودية السيادة على جزيرتين في مضيق تيران، حسب ما قال مسؤول في الشرطة.';
    expect(voiceOf(s, 'لتفريق عشرات المتظاهرين').voice).toBe('attributed');
  });

  it('كما opening a report keeps its speaker before the verb: "…، كما يسميها السكان، الى سجن مؤقت" is the residents\' name (Elaph, Libya 2011, grown-on devset)', () => {
    // https://elaph.com/amp/Web/news/2011/2/634318.html (libya-2011-new/004-elaph-mercenaries)
    const s = 'توقف التلامذة عن الدوام وتحولت المدرسة في ظل الأوضاع التي تسود المناطق الشرقية من ليبيا أو "ليبيا الحرة"، كما يسميها السكان، الى سجن مؤقت يضم نحو 200 شخص يُشتبه بأنهم من مرتزقة نظام القذافي.';
    expect(voiceOf(s, 'مرتزقة نظام القذافي').voice).toBe('outlet');
  });
});
