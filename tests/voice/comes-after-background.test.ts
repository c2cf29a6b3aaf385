import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "أكد جيش ميانمار أنه سيطر على البلاد …، ويأتي ذلك بعد تصاعد التوترات …":
 * "and this comes after …" (ويأتي ذلك، وجاء ذلك، وتأتي هذه …) is the
 * narrator setting what was reported in its background, as يذكر أن is; the
 * report ends at the comma before it. Grown on the tenth voice probe
 * (tests/fixtures/voice-probe10/), whose first pass read the outlet's
 * background as the army's statement.
 */

describe('ويأتي ذلك after a comma ends the report before it', () => {
  it('أكد جيش ميانمار أنه سيطر …، ويأتي ذلك بعد تصاعد التوترات … (Akhbar Al-Sharq, Myanmar 2021, in the tenth probe)', () => {
    // https://www.akhbar-sharq.com/news/706
    const s = 'أكد جيش ميانمار أنه سيطر على البلاد عقب اعتقال الزعيمة أونغ سان سوتشي وقادة سياسيين آخرين، في الساعات الأولى من صباح الإثنين، ويأتي ذلك بعد تصاعد التوترات بين الحكومة المدنية والجيش في أعقاب انتخابات متنازع عليها.';
    expect(voiceOf(s, 'سيطر على البلاد').voice).toBe('attributed');
    expect(voiceOf(s, 'تصاعد التوترات').voice).toBe('outlet');
    expect(voiceOf(s, 'انتخابات متنازع عليها').voice).toBe('outlet');
  });
});

describe('counter-examples', () => {
  it('جاءت inside what was said, with no comma and no ذلك, is the speaker\'s: مشيراً إلى أن حملة الإعتقالات جاءت رداً على تزوير الانتخابات (Akhbar Al-Sharq)', () => {
    // https://www.akhbar-sharq.com/news/706
    const s = 'وعقب ساعات من الاعتقالات.. أعلن التلفزيون التابع للجيش إعلان حالة الطوارئ لمدة عام، وتسليم السلطة لقائد الجيش "مين أونج هلاينج"، مشيراً إلى أن حملة الإعتقالات جاءت رداً على تزوير الانتخابات.';
    expect(voiceOf(s, 'تزوير الانتخابات').voice).toBe('attributed');
  });

  it('ذلك after another verb does not end the report: قالت وزارة الداخلية … ان الدعوة … أمر غير مسموح به وستقوم الأجهزة الأمنية باتخاذ كافة التدابير لمنع ذلك … (Al-Wakeel News, Jordan)', () => {
    // https://alwakeelnews.com/Section_1/ (بيان وتحذير عاجل صادر عن وزارة الداخلية)
    const s = 'قالت وزارة الداخلية ، اليوم الخميس ، ان الدعوة للتجمهر والتظاهر في مناطق الأغوار والحدود أمر غير مسموح به وستقوم الأجهزة الأمنية باتخاذ كافة التدابير لمنع ذلك حرصا على سلامة المواطنين .';
    expect(voiceOf(s, 'للتجمهر والتظاهر').voice).toBe('attributed');
    expect(voiceOf(s, 'حرصا على سلامة المواطنين').voice).toBe('attributed');
  });
});
