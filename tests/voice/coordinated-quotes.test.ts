import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A short quotation joined by "and" (و، وإلى، وبـ / and, or, a comma) to
 * the quotation just before it is said by whoever said that one: when the
 * first is someone's words, so is the second, not the outlet's scare quote.
 * Grown on the fourth voice probe (tests/fixtures/voice-probe4/).
 */

describe('a quotation joined to a quoted one is quoted too', () => {
  it('شعارات داعية إلى "حل البرلمان" وإلى "المحاسبة" (Ultra Tunisia, Tunisia 2021, in the fourth probe)', () => {
    const s = 'ورفع مساندو سعيّد شعارات داعية إلى "حل البرلمان" وإلى "المحاسبة"، بينما رفع معارضوه شعارات تنادي باحترام الدستور والشرعية، وسط أجواء متشنجة.';
    expect(voiceOf(s, 'حل البرلمان', 'ar').voice).toBe('quoted');
    expect(voiceOf(s, 'المحاسبة', 'ar').voice).toBe('quoted');
  });

  it('بتهمة "الخيانة العظمى" و"تقويض أمن" البلاد (RIM Today, Niger 2023, in the fourth probe)', () => {
    const s = 'وفي وقت سابق، هدد المجلس العسكري بتقديم بازوم للقضاء ومحاكمته بتهمة "الخيانة العظمى" و"تقويض أمن" البلاد في حال تدخلت الدول المجاورة عسكريا.';
    expect(voiceOf(s, 'الخيانة العظمى', 'ar').voice).toBe('quoted');
    expect(voiceOf(s, 'تقويض أمن', 'ar').voice).toBe('quoted');
  });
});

describe('what stays a scare quote', () => {
  it('a quotation joined to a scare quote is a scare quote (made-up)', () => {
    const s = 'تحدثت الصحف عن "الفوضى" و"التخريب" في العاصمة.';
    const v = voiceOf(s, 'التخريب', 'ar');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });

  it('two quotations with a word between them are not joined (Al-Madayin Post, Sudan 2021, in the fourth probe)', () => {
    const s = 'وبشر البرهان بسودان “جديد” يتمتع “بالحرية والعدالة”.';
    expect(voiceOf(s, 'بالحرية والعدالة', 'ar').voice).toBe('outlet');
  });

  it('a quotation on the next line is not joined to the last one of the line before', () => {
    const s = 'ورفع المتظاهرون شعارات تدعو إلى "حل البرلمان"\n"المحاسبة"';
    expect(voiceOf(s, 'المحاسبة', 'ar').voice).toBe('outlet');
  });
});
