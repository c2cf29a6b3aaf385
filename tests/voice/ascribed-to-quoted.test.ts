import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "ونسب الشرقاوي أعمال العنف … إلى «مثيري شغب»": a short quotation right
 * after the إلى of a verb of ascribing (نسب، عزا، أرجع) that opens its clause
 * is the cause in the ascriber's words, as a charge after a word of accusing
 * is, not the outlet's scare quote.
 */

// https://sauress.com/aljazirah/1102223222 (Al-Jazirah, AFP copy, Morocco, 21 February 2011; voice probe 20)
const ALJAZIRAH = 'وفي تصريح صحافي، أعلن الشرقاوي من جهة أخرى توقيف 120 شخصاً، إضافة إلى قاصرين لم يحدد عددهم. ونسب الشرقاوي أعمال العنف في عدد من المدن وبينها الحسيمة إلى «مثيري شغب».';

// Counter-examples: a quotation after إلى with no verb of ascribing stays as it was read.
// https://akhbararabia.net/2019/10/26/ (Akhbar Arabia, Lebanon 2019; development set, lebanon-2019)
const AKHBARARABIA = 'وكان اليوم التاسع للاحتجاجات، الجمعة، شهد تهديد الأمين العام لـ”حزب الله” حسن نصرالله بأن ميليشياته هي “الطرف الأقوى” في لبنان، وتلويحه بجر البلاد إلى “حرب أهلية”';

describe('a short quotation after the إلى of a verb of ascribing', () => {
  it('is the ascriber’s words', () => {
    const v = voiceOf(ALJAZIRAH, 'مثيري شغب');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
  });

  it('counter-example: after إلى with no verb of ascribing, a scare quote', () => {
    const v = voiceOf(AKHBARARABIA, 'حرب أهلية');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });
});
