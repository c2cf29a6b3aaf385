import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "وكانت السلطات القضائية قد هددت المضربين، في وقت سابق، بـ"عقوبة شديدة"": بـ
 * written apart before a quotation, after a verb of threatening, vowing or
 * calling for, is the بـ of what was threatened — the quotation is the
 * speaker's words, whatever noun it opens with (the verbal nouns that open
 * a threat or a demand unquoted are listed apart: بالرد، برحيل …). A بـ
 * before a quotation with no such verb leaves the quotation to the outlet.
 * Grown on the thirty-sixth voice probe (tests/fixtures/voice-probe36/),
 * whose first pass set the judiciary's threat off as the outlet's scare
 * quote.
 */

describe('a quotation after the بـ of a threat is the speaker\'s words', () => {
  it('هددت المضربين، في وقت سابق، بـ"عقوبة شديدة" (Iran International Arabic, Iran 2018, in the thirty-sixth probe)', () => {
    // https://old.iranintl.com/ar/%D8%A5%D9%8A%D8%B1%D8%A7%D9%86/%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%AA%D8%B9%D8%AF-%D8%A8%D8%AA%D9%88%D9%81%D9%8A%D8%B1-%D8%A7%D9%84%D8%A3%D9%85%D9%86-%D9%84%D8%B3%D8%A7%D8%A6%D9%82%D9%8A-%D8%A7%D9%84%D8%B4%D8%A7%D8%AD%D9%86%D8%A7%D8%AA
    const s = 'ووفقًا لموقع "هرانا" فقد تم القبض على ما لا يقل عن 244 شخصًا على خلفية إضراب أصحاب الشاحنات وسائقيها. وكانت السلطات القضائية قد هددت المضربين، في وقت سابق، بـ"عقوبة شديدة".';
    const v = voiceOf(s, 'عقوبة شديدة');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
  });

  it('counter-example: "ومؤيدو النظام يحتفلون بـ “البيادة”" — celebrating, no threat (Mada Masr, Egypt 2016, in the eighteenth probe)', () => {
    // https://www.madamasr.com/ar/2016/04/25/feature/سياسة/الأمن-يعتقل-العشرات-ويُفرق-تظاهرات-ال/
    const s = 'الأمن يعتقل العشرات ويُفرق تظاهرات “الأرض” بالخرطوش والغاز.. ومؤيدو النظام يحتفلون بـ “البيادة” وعلم السعودية';
    expect(voiceOf(s, 'البيادة').voice).toBe('outlet');
  });

  it('counter-example: "أعراض خسارة انتخابات العراق تظهر بـ"المنطقة الخضراء"" (Mqalty, Iraq 2021, in the twenty-second probe)', () => {
    // https://mqalty.net/أعراض-خسارة-انتخابات-العراق-تظهر-بـا/
    const s = 'أعراض خسارة انتخابات العراق تظهر بـ"المنطقة الخضراء"';
    expect(voiceOf(s, 'المنطقة الخضراء').voice).toBe('outlet');
  });
});
