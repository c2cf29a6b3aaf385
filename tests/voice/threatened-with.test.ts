import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * هدد بـ (threatened with) names what the speaker threatened, as توعد بـ
 * does: from the بـ of the threatened thing on, the words are the speaker's;
 * the speaker and the ones threatened are the outlet's. Without that بـ, or
 * with ما as its subject ("ما هدد بتحويل الاحتجاجات إلى العنف", which
 * threatened to turn), a thing endangers a thing and nobody speaks. Grown on
 * the twenty-fifth voice probe (tests/fixtures/voice-probe25/).
 */

describe('هدد بـ reports what was threatened', () => {
  it('"وهدد الحرس الثوري الإيراني المتظاهرين المناهضين للحكومة بالرد بقبضة من حديد" (Al-Hurriyat via Sudaress, BBC copy, Iran 2018, in the twenty-fifth probe)', () => {
    // https://www.sudaress.com/hurriyat/234521
    const s = 'وهدد الحرس الثوري الإيراني المتظاهرين المناهضين للحكومة بالرد بقبضة من حديد إذا استمرت الاحتجاجات السياسية.';
    const v = voiceOf(s, 'بقبضة من حديد', 'ar');
    expect(v.voice).toBe('attributed');
    // The speaker's words run on to the بـ: the ones threatened are not told apart from the speaker's name yet.
    expect(v.speaker?.startsWith('الحرس الثوري الإيراني')).toBe(true);
    expect(voiceOf(s, 'المتظاهرين المناهضين للحكومة', 'ar').voice).toBe('outlet');
  });
});

describe('a thing that threatens reports nothing', () => {
  it('"… ما هدد بتحويل الاحتجاجات السلمية حتى الآن إلى العنف" (Al Sumaria, Lebanon 2019, in the development set)', () => {
    // https://www.alsumaria.tv/news/دوليات/322886/
    const s = 'كما حاول أنصار حزب الله وهم يحملون الهراوات مهاجمة المتظاهرين، فما كان من بعض الناس إلا الرد والقيام بإلقاء الحجارة والعصي، ما هدد بتحويل الاحتجاجات السلمية حتى الآن إلى العنف، قبل أن تتدخل قوات مكافحة الشغب التي فصلت بين الجانبين';
    expect(voiceOf(s, 'العنف', 'ar').voice).toBe('outlet');
  });
});
