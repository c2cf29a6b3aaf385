import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * منتقداً / منتقدةً (criticising) after a comma carries on the last speaker's statement, as مشيراً، معتبراً and
 * مؤكداً do: "دعا الشيخ غزال إلى الفيدرالية …، منتقداً استخدام السلطة للتحريض الطائفي" — what he criticised is his
 * charge, not the outlet's. The feminine منتقدة, like the other feminine forms, is an adjective right after the
 * word it describes (أصوات منتقدة للحكومة) unless what it governs follows at once (participle-adjective.ts); the
 * plural noun منتقدوه / منتقديه (his critics) is no participle. Grown on tests/fixtures/voice-probe32 (Al-Araby
 * Al-Jadeed on the Alawite protests of November 2025).
 */

/** Al-Araby Al-Jadeed, 25 November 2025 (voice-probe32), the summary bullet. */
// https://www.alaraby.co.uk/politics/%D9%85%D8%B8%D8%A7%D9%87%D8%B1%D8%A7%D8%AA-%D9%81%D9%8A-%D8%A7%D9%84%D9%84%D8%A7%D8%B0%D9%82%D9%8A%D8%A9-%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D9%8B-%D8%B9%D9%84%D9%89-%D8%A3%D8%AD%D8%AF%D8%A7%D8%AB-%D8%AD%D9%85%D8%B5-%D9%88%D9%85%D8%B7%D8%A7%D9%84%D8%A8%D8%A9-%D8%A8%D8%A7%D9%84%D9%84%D8%A7%D9%85%D8%B1%D9%83%D8%B2%D9%8A%D8%A9
const ALARABY =
  '- تخللت المظاهرات مناوشات مع مؤيدين للحكومة، وامتدت الاحتجاجات إلى جبلة، حيث طالب المتظاهرون بالحماية والإفراج عن المعتقلين، في ظل استنفار أمني واسع. - دعا الشيخ غزال إلى الفيدرالية واللامركزية السياسية، منتقداً استخدام السلطة للتحريض الطائفي، ومؤكداً على ضرورة الاعتصامات السلمية لوقف العنف ومواجهة الإرهاب.';

describe('منتقداً carries on the last speaker\'s statement', () => {
  it('"…، منتقداً استخدام السلطة للتحريض الطائفي" is the sheikh\'s charge (Al-Araby Al-Jadeed)', () => {
    const v = voiceOf(ALARABY, 'للتحريض الطائفي', 'ar');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('الشيخ');
    expect(voiceOf(ALARABY, 'استخدام السلطة', 'ar').voice).toBe('attributed');
  });

  it('the narration before the speaker stays the outlet\'s', () => {
    expect(voiceOf(ALARABY, 'مناوشات مع مؤيدين للحكومة', 'ar').voice).toBe('outlet');
    expect(voiceOf(ALARABY, 'في ظل استنفار أمني واسع', 'ar').voice).toBe('outlet');
  });
});

describe('counter-examples: the critics named, no participle', () => {
  it('"لكن منتقديه يؤكدون انه سيُهزم …": his critics are the subject of their own verb (Al-Hayat, AFP)', () => {
    // https://sauress.com/alhayat/213746 (tests/fixtures/devset/belarus-2010)
    const s = 'وأفادت آخر استطلاعات للرأي بأن لوكاتشنكو سيحصل على 75 في المئة من الأصوات من الجولة الاولى، لكن منتقديه يؤكدون انه سيُهزم اذا كان الاقتراع ديموقراطياً.';
    const v = voiceOf(s, 'سيُهزم', 'ar');
    expect(v.voice).toBe('attributed');
    expect(v.cue).not.toMatch(/منتقد/u);
  });
});
