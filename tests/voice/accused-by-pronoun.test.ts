import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A verb of accusing with the accused in its object pronoun (اتهمه،
 * اتهمهم، اتهموهم، تتهمهم، يتهمونه …) reports its charge as the bare verb
 * does (اتهم الحكومة بـ…): the charge, from its بـ, is the accuser's; the
 * speaker named after a past form (واتهمهم المحققون بـ…) is the outlet's
 * words; a plural form with its pronoun (واتهموهم) agrees with a subject
 * named before, never with the charge after it. Grown on the twenty-ninth
 * voice probe (tests/fixtures/voice-probe29/), whose first pass read the
 * investigators' charge as the outlet's words. The verbal noun with its
 * pronoun (لاتهامهم بإثارة الشغب) reports nothing.
 */

describe('a verb of accusing with its object pronoun reports the charge', () => {
  it('وحرر المحققون دعاوى جنائية … واتهموهم بتنظيم اضطرابات (People\'s Daily Arabic, Xinhua, Moscow 2019, in the twenty-ninth probe)', () => {
    // http://arabic.peopledaily.com.cn/n3/2019/0814/c31663-9605846.html
    const s = 'وحرر المحققون دعاوى جنائية ضد العديد من الأفراد واتهموهم بتنظيم اضطرابات مدنية شاملة لهم.';
    const v = voiceOf(s, 'تنظيم اضطرابات مدنية شاملة');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).not.toBe('بتنظيم');
    expect(voiceOf(s, 'دعاوى جنائية').voice).toBe('outlet');
  });

  it('على خلفية بلاغات تتهمهم بالتحريض على العنف (Arabs Today, UPI, Egypt 2013)', () => {
    // https://arabstoday.net/37/السلطات-المصرية-تبدأ-التحقيق-مع-معارضين-متهمين-بالتحريض-على-العنف
    const s = 'بدأ مكتب النائب العام المصري، الثلاثاء، تحقيقات مع عدد من نشطاء المعارضة في البلاد على خلفية بلاغات تتهمهم بالتحريض على العنف.';
    expect(voiceOf(s, 'التحريض على العنف').voice).toBe('attributed');
  });

  it('حول بلاغات تتهمه وآخرين … بتهديد الأمن القومي (Arabs Today, UPI, Egypt 2013)', () => {
    // https://arabstoday.net/37/السلطات-المصرية-تبدأ-التحقيق-مع-معارضين-متهمين-بالتحريض-على-العنف
    const s = 'وبدأ المحققون في المكتب الفني للنائب العام المصري، التحقيق مع الناشط المعارض، علاء عبد الفتاح، حول بلاغات تتهمه وآخرين من قادة ونشطاء المعارضة في مصر بتهديد الأمن القومي والتحريض على العنف وإحراق وتدمير مقار جماعة الإخوان المسلمين.';
    expect(voiceOf(s, 'تهديد الأمن القومي').voice).toBe('attributed');
  });
});

describe('counter-examples', () => {
  it('the verbal noun with its pronoun reports nothing: لاتهامهم بإثارة الشغب (Sada El Balad, Egypt 2014)', () => {
    // https://www.elbalad.news/779632
    const s = 'قرر محمد عبدالودود رئيس نيابة قسم ثانٍ بالزقازيق بإشراف المستشار أحمد دعبس المحامي العام لنيابات جنوب الشرقية اليوم الأحد، حبس 18 من أنصار الإخوان من بينهم 6 طلاب بجامعة الزقازيق 15 يومًا على ذمة التحقيقات، لاتهامهم بإثارة الشغب.';
    expect(voiceOf(s, 'إثارة الشغب').voice).toBe('outlet');
  });

  it('the words before the verb stay the outlet\'s (the same sentence)', () => {
    // http://arabic.peopledaily.com.cn/n3/2019/0814/c31663-9605846.html (the same charge, the verb before its speaker)
    const s = 'وحرر المحققون دعاوى جنائية ضد العديد من الأفراد واتهموهم بتنظيم اضطرابات مدنية شاملة لهم.';
    expect(voiceOf(s, 'العديد من الأفراد').voice).toBe('outlet');
  });
});
