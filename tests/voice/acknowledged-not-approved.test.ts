import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "أقر الرئيس الإيراني إبراهيم رئيسي إصلاحات الدعم" (approved the subsidy
 * reforms) passes a measure, in the outlet's words; أقرّ reports only as
 * "acknowledged, admitted": with a complementiser or with the بـ of what is
 * admitted after it in its clause ("أقرت بوجود ثغرة"، "أقر بأن …"). Grown on the thirty-sixth voice probe
 * (tests/fixtures/voice-probe36/), whose first pass gave the subsidy reform
 * to the president as his words.
 */

describe('أقر with a thing approved reports nothing; with its بـ or a clause it reports an admission', () => {
  it('أقر الرئيس الإيراني إبراهيم رئيسي إصلاحات الدعم (Watana Al-Youm, Iran May 2022, in the thirty-sixth probe)', () => {
    // https://watananews.com/190055
    const s = 'وفي وقت سابق من الشهر الجاري، أقر الرئيس الإيراني إبراهيم رئيسي إصلاحات الدعم بهدف السيطرة على أسعار السلع الأساسية في محاولة للتخفيف من تأثير ارتفاع أسعار القمح العالمية، والعقوبات الأمريكية على الاقتصاد الإيراني.';
    expect(voiceOf(s, 'إصلاحات الدعم').voice).toBe('outlet');
  });

  it('بعد أن أقر المشرعون مشروع قانون لزيادة الضرائب (Eilm, Kenya 2024, in the tenth probe)', () => {
    // https://eilm.atspace.tv/انظر-احتجاجات-كينيا-في-نيروبي.html
    const s = 'اندلعت أعمال عنف في كينيا، الثلاثاء، حيث اشتبك متظاهرون مع ضباط الشرطة في الشوارع واقتحموا مبنى البرلمان الوطني بعد أن أقر المشرعون مشروع قانون لزيادة الضرائب.';
    expect(voiceOf(s, 'مشروع قانون لزيادة الضرائب').voice).toBe('outlet');
  });

  it('counter-example: "لكنها أقرت بوجود ثغرة في قوائم الناخبين" still reports an admission (Husna FM, Myanmar 2021, in the tenth probe)', () => {
    // https://husna.fm/عربي-و-دولي/انقلاب-عسكري-في-ميانمار-يقود-لاعتقال-الرئيس-وقادة-الحزب
    const s = 'فيما نفت مفوضية الانتخابات المحلية مزاعم التزوير، مؤكدة أن الاقتراع كان حرًّا ونزيهًا وذا مصداقية، لكنها أقرت بوجود ثغرة في قوائم الناخبين.';
    expect(voiceOf(s, 'ثغرة في قوائم الناخبين').voice).toBe('attributed');
  });
});
