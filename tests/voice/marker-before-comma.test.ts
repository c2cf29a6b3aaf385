import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A distancing marker that names its speaker (بما وصفوه، what he called)
 * sets off the words after it in its own clause only: a comma between the
 * marker and a term ends its reach ("بالتنديد بما وصفوه ممارساتها
 * الإجرامية، وأحرقوا بعض الحواجز": the burning is the outlet's account).
 * Grown on the thirty-fourth voice probe (tests/fixtures/voice-probe34/).
 */

describe('the describers\' words end at the comma', () => {
  it('ورد الأهالي … بالتنديد بما وصفوه ممارساتها الإجرامية، وأحرقوا بعض الحواجز والمقرات (Al-Alam, Manbij 2021)', () => {
    // https://alalam.ir/news/5626353/
    const s = 'ورد الأهالي على قرارات قسد وإجراءاتها بالتنديد بما وصفوه ممارساتها الإجرامية، وأحرقوا بعض الحواجز والمقرات لها، في المنطقة، لا سيما عند أطراف قرية الياسطي وقطعوا الطريق الدولية عند قرية الكرسان بريف المدينة.';
    const burnt = voiceOf(s, 'وأحرقوا بعض الحواجز والمقرات');
    expect(burnt.voice).toBe('outlet');
    expect(burnt.distanced).toBe(false);
  });
});

describe('counter-examples: inside the marker\'s clause the words stay the describers\'', () => {
  it('بما وصفوه ممارساتها الإجرامية: right after the marker (Al-Alam, Manbij 2021)', () => {
    // https://alalam.ir/news/5626353/
    const s = 'ورد الأهالي على قرارات قسد وإجراءاتها بالتنديد بما وصفوه ممارساتها الإجرامية، وأحرقوا بعض الحواجز والمقرات لها، في المنطقة، لا سيما عند أطراف قرية الياسطي وقطعوا الطريق الدولية عند قرية الكرسان بريف المدينة.';
    const v = voiceOf(s, 'ممارساتها الإجرامية');
    expect(v.voice).toBe('attributed');
    expect(v.distanced).toBe(true);
  });

  it('مرددين هتافات مؤيدة للرئيس المعزول ومندده لما وصفوه بالانقلاب العسكري (Al-Ahram Gate via Masress, Egypt 2013)', () => {
    // https://www.masress.com/ahramgate/374556
    const s = 'وخرجت المسيرة من أمام محطة أتوبيسات شرق الدلتا، حتى الشوارع الداخلية، مرددين هتافات مؤيدة للرئيس المعزول ومندده لما وصفوه بالانقلاب العسكري.';
    const v = voiceOf(s, 'الانقلاب العسكري');
    expect(v.distanced).toBe(true);
    expect(v.voice).not.toBe('outlet');
  });
});
