import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * 'رفع متظاهرون أردنيون، وسط العاصمة عمان، مطالب ب "إسقاط النظام"': a
 * short quotation right after the بـ of a noun of demanding (مطالب،
 * مطالبة، المطالبة، مطالبات) is what is demanded, in the demanders' words,
 * as it is after the verb طالبوا — not the outlet's scare quote. A
 * quotation after a بـ that no noun of demanding governs stays the
 * outlet's. Grown on the eighteenth voice probe
 * (tests/fixtures/voice-probe18/), whose first pass read the protesters'
 * demand as a scare quote.
 */

describe('a demand quoted after the بـ of a noun of demanding', () => {
  it('رفع متظاهرون أردنيون، وسط العاصمة عمان، مطالب ب "إسقاط النظام" (Hespress, Jordan 2012, in the eighteenth probe)', () => {
    // https://maghress.com/hespress/66256
    const s = 'رفع متظاهرون أردنيون، وسط العاصمة عمان، مطالب ب "إسقاط النظام".. وذلك عقب مظاهرات خرجت بعدد من مناطق البلاد احتجاجا على زيادات طالت أسعار المحروقات.';
    expect(voiceOf(s, 'إسقاط النظام').voice).toBe('quoted');
    expect(voiceOf(s, 'متظاهرون أردنيون').voice).toBe('outlet');
  });

  it('تحركات شبه يومية في الشارع بدأت تركز حاليا على المطالبة ب"اطلاق سراح السجناء" (Lakome, Morocco 2017, in the second probe)', () => {
    // https://maghress.com/lakome/58133
    const s = 'وتشهد مدينة الحسيمة ومدينة امزورن المجاورة تحركات شبه يومية في الشارع بدأت تركز حاليا على المطالبة ب"اطلاق سراح السجناء".';
    expect(voiceOf(s, 'اطلاق سراح السجناء').voice).toBe('quoted');
  });
});

describe('counter-examples', () => {
  it('a quotation after a بـ that no noun of demanding governs stays a scare quote: تداعيات “اقتحام” مجلس الأمة ب”القوة” (Al-Sharq, Kuwait 2011, in the eighteenth probe)', () => {
    // https://sauress.com/alsharq/16656
    const s = 'يعقد مجلس الوزراء الكويتي جلسة استثنائية، برئاسة أمير البلاد الشيخ صباح الأحمد الصباح، لبحث تداعيات “اقتحام” مجلس الأمة ب”القوة” من قبل عدد من المتظاهرين المناوئين لرئيس الوزراء الشيخ ناصر المحمد الصباح.';
    expect(voiceOf(s, 'القوة').voice).toBe('outlet');
  });
});
