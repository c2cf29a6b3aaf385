import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * 'ونقلت إذاعة "شمس إف أم" التونسية، اليوم السبت 13 يناير 2018، عن الناطق
 * الرسمي باسم وزارة الداخلية … قوله إن …': a time or a place set off by
 * commas (opened by a time word or a preposition) may stand between the
 * medium that relays and the عن of its source; the relay still reports what
 * the source said. Without its عن a transmission verb still carries, and a
 * comma followed by anything else still ends the search for the source.
 * Grown on the eighteenth voice probe (tests/fixtures/voice-probe18/),
 * whose first pass left the spokesman's whole report to the outlet.
 */

describe('a time set off by commas between a relaying medium and its source', () => {
  it('ونقلت إذاعة "شمس إف أم" التونسية، اليوم السبت 13 يناير 2018، عن الناطق … قوله إن … (Telexpresse, Tunisia 2018, in the eighteenth probe)', () => {
    // https://maghress.com/telexpresse/81318
    const s = 'ونقلت إذاعة "شمس إف أم" التونسية، اليوم السبت 13 يناير 2018، عن الناطق الرسمي باسم وزارة الداخلية خليفة الشيباني قوله إن العدد الإجمالي للموقوفين منذ بداية الأحداث الأخيرة، والتحركات الليلية في عدد من المناطق بلغ 773 شخصاً، لافتاً إلى أن كل الموقوفين متهمين بقضايا سرقة ونهب وسلب وقطع طرقات.';
    const v = voiceOf(s, 'للموقوفين');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('الناطق الرسمي باسم وزارة الداخلية خليفة الشيباني');
    expect(voiceOf(s, 'الأحداث الأخيرة').voice).toBe('attributed');
    expect(voiceOf(s, 'والتحركات الليلية').voice).toBe('attributed');
  });
});

describe('counter-examples', () => {
  it('a transmission verb that carries, its comma followed by no aside: نقل معتقلي " الحراك " الموقوفين، لمقر الفرقة الوطنية … (Chamal Post, Morocco 2017, in the tenth probe)', () => {
    // https://maghress.com/chamalpost/17043
    const s = 'أقدمت السلطات الأمنية بالحسيمة على نقل معتقلي " الحراك " الموقوفين، لمقر الفرقة الوطنية للشرطة القضائية بالدار البيضاء للتحقيق معهم على خلفية التهم التي وجهها لهم الوكيل العام.';
    expect(voiceOf(s, 'التهم التي وجهها لهم الوكيل العام').voice).toBe('outlet');
  });

  it('a comma after the thing carried, then a clause of time with no عن: نقل المسؤولين المعتقلين إلى أماكن مجهولة، تزامناً مع وقوع تظاهرات حاشدة … (Akhbaar24, Mali 2020, in the fourth probe)', () => {
    // https://akhbaar24.com/ampArticle/505580/mailto%3Arevenue%40srmg.com
    const s = 'وتخلل الانقلاب العسكري في مالي نقل المسؤولين المعتقلين إلى أماكن مجهولة، تزامناً مع وقوع تظاهرات حاشدة في وسط العاصمة، حيث تم سماع دوي إطلاق نار كثيف وسط غياب أجهزة الأمن.';
    expect(voiceOf(s, 'تظاهرات حاشدة').voice).toBe('outlet');
  });
});
