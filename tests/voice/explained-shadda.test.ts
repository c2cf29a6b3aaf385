import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * بيّن (explained) reports as أوضح does, but its letters unvowelled are بين
 * (between). Written with its shadda ("وبيّن الناطق باسم الداخلية، أن …")
 * it is taken as the verb; بين without a shadda never reports
 * (src/voice/explained-shadda.ts). Grown on the twenty-seventh voice probe
 * (tests/fixtures/voice-probe27/).
 */

describe('بيّن with its shadda reports', () => {
  it('وبيّن الناطق باسم الداخلية، أن هدف بعض هذه التحركات … أعمال إجرامية (Al-Diwan, Tunisia 2021)', () => {
    // https://aldiywan.ly/2021/01/18/%D8%AA%D8%B2%D8%A7%D9%85%D9%86%D9%8B%D8%A7-%D9%85%D8%B9-%D8%A7%D9%84%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D8%AA-%D8%A7%D9%84%D8%AF%D8%A7%D8%AE%D9%84%D9%8A%D8%A9-%D8%A7%D9%84%D8%AA%D9%88%D9%86/
    const s = 'وبيّن الناطق باسم الداخلية، أن هدف بعض هذه التحركات يتمثل في تشتيت التمركز الأمني، من خلال استهداف قوات الأمن والحرس الوطنيَين، وارتكاب أعمال إجرامية ضدهما، مشيرا إلى أن العناصر الأمنية تصدت لهذه التحركات بإجراءات قانونية بالتنسيق مع النيابة العمومية.';
    const v = voiceOf(s, 'هذه التحركات');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('الناطق باسم الداخلية');
    expect(voiceOf(s, 'أعمال إجرامية').voice).toBe('attributed');
  });
});

describe('counter-examples: بين without a shadda is "between"', () => {
  it('اندلاع مواجهات مساء الخميس، بين المحتجين ورجال الأمن (UTV, Jordan 2022)', () => {
    // https://utviraq.net/43071
    const s = 'شهدت محافظة معان، جنوب الأردن، صباح الجمعة، هدوءاً نسبياً، بعد اندلاع مواجهات مساء الخميس، بين المحتجين ورجال الأمن، عقب محاولات إغلاق شوارع بالإطارات المشتعلة.';
    expect(voiceOf(s, 'المحتجين').voice).toBe('outlet');
    expect(voiceOf(s, 'محاولات إغلاق شوارع').voice).toBe('outlet');
  });

  it('وبين أصحاب الشاحنات المستقلين: "and between" opens no report (UTV, Jordan 2022)', () => {
    // https://utviraq.net/43071
    const s = 'ويواصل أصحاب الشاحنات في عدة محافظات أردنية، إضرابهم لليوم الثاني عشر على التوالي، لكن بشكل متقطع، ما بين أصحاب الشركات الذين عاد بعضهم للعمل، وبين أصحاب الشاحنات المستقلين المستمرين بإضرابهم.';
    expect(voiceOf(s, 'المستمرين بإضرابهم').voice).toBe('outlet');
  });
});
