import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * أنحى باللائمة على (laid the blame on) reports a charge as اتهم does: the
 * blame and the one blamed are the speaker's words, the speaker named between
 * the verb and باللائمة is the outlet's. أنحى reports only with باللائمة or
 * باللوم after it, before any punctuation. Grown on the twenty-fifth voice
 * probe (tests/fixtures/voice-probe25/).
 */

describe('أنحى باللائمة على', () => {
  it('"وأنحت السلطات الإيرانية باللائمة في مقتل متظاهرين اثنين على عملاء أجانب ومحرضين" (Al-Hurriyat via Sudaress, BBC copy, Iran 2018, in the twenty-fifth probe)', () => {
    // https://www.sudaress.com/hurriyat/234521
    const s = 'وتفيد الأنباء بمقتل متظاهرين جراء إطلاق النار عليهم في وقت متأخر من يوم أمس في مدينة عزة جنوبي البلاد. وأنحت السلطات الإيرانية باللائمة في مقتل متظاهرين اثنين على عملاء أجانب ومحرضين بين المتظاهرين ونفت أن تكون قوات الأمن قد اطلقت النار.';
    const v = voiceOf(s, 'عملاء أجانب ومحرضين', 'ar');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('السلطات الإيرانية');
  });

  it('"بينما تعترف الحكومة فقط ب 46 قتيلاً وتنحي باللائمة في ذلك على "إجراميين"" keeps the quoted labels the government\'s (SPA via Sauress, Nicaragua 2018)', () => {
    // https://sauress.com/spa/1777492
    const s = 'وتقول جماعات حقوقية إن حصيلة القتلى جراء العنف تصل إلى 215 شخصًا إلى جانب 1400 مصاب، بينما تعترف الحكومة فقط ب 46 قتيلاً وتنحي باللائمة في ذلك على "إجراميين" و"أشخاص لهم أجندات سياسية"';
    expect(voiceOf(s, 'إجراميين', 'ar').voice).toBe('quoted');
  });
});
