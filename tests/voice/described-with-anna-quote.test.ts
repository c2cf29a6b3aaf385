import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A short quotation that a verb of describing gives with its بـ is the
 * describer's label (ووصفوه بـ"الجزار"); so is one right after بأنّ with its
 * pronoun (ووصفها بأنها "فتنة"), not the outlet's scare quote. An unquoted
 * term after بأنها stays what it was: reported, and not set off. Grown on the
 * twenty-fifth voice probe (tests/fixtures/voice-probe25/).
 */

describe('a quotation right after بأنها is the describer\'s label', () => {
  it('"وأدان خامنئي تلك الاضطرابات ووصفها بأنها "فتنة"." (Dar al-Hilal, Reuters copy, Iran 2018, in the twenty-fifth probe)', () => {
    // https://darelhilal.com/Print/306734.aspx
    const s = 'وسقط أغلب القتلى في تلك الأقاليم. وكان تدخل الحرس الثوري أساسيا في قمع انتفاضة في 2009 قتل خلالها عشرات المتظاهرين، وأدان خامنئي تلك الاضطرابات ووصفها بأنها "فتنة".';
    expect(voiceOf(s, 'فتنة', 'ar').voice).toBe('quoted');
  });
});

describe('an unquoted term after بأنها is reported, not set off', () => {
  it('"ووصفت الولايات المتحدة نتيجة الانتخابات الرئاسية بأنها غير شرعية" (Al-Wafd via Masress, Belarus 2010)', () => {
    // https://www.masress.com/alwafd/6687
    const s = 'تم اعتقال 7 من مرشحي المعارضة التسعة للانتخابات مساء الأحد الماضي في مينسك بعد قمع مظاهرة ضمت آلاف المعارضين المنددين بالتزوير في الانتخابات التي فاز بها لوكاشنكو بفترة رئاسة رابعة، ووصفت الولاياتالمتحدة نتيجة الانتخابات الرئاسية بأنها غير شرعية';
    expect(voiceOf(s, 'غير شرعية', 'ar')).toMatchObject({voice: 'attributed', distanced: false});
  });
});
