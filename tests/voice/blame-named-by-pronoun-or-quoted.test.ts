import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "التي حمّلها المتظاهرون مسؤولية استمرار مأساتهم"، "حمَّل مشاركون في
 * المظاهرات «حماس» المسؤولية عن أوامر الإخلاء": a verb of holding
 * responsible reports the blame also when a pronoun on the verb names the
 * one blamed (حمّلها، حمّلوه، يحمّلونهم) and when the one blamed stands in
 * quotation marks; the speaker and the one blamed stay the outlet's words.
 * The same letters without مسؤولية or سبب after them are "carried"
 * (يحملون الهراوات، ويحملون الدروع) and report nothing. Grown on the
 * sixteenth voice probe (tests/fixtures/voice-probe16/), whose first pass
 * left Asharq Al-Awsat's blame the outlet's.
 */

describe('a verb of holding responsible with a pronoun or a quoted name for the one blamed', () => {
  it('… في حين حمَّل مشاركون في المظاهرات «حماس» المسؤولية عن أوامر الإخلاء … (Asharq Al-Awsat, Gaza 2025, in the sixteenth probe)', () => {
    // https://aawsat.com/node/5125679
    const s = 'في حين حمَّل مشاركون في المظاهرات «حماس» المسؤولية عن أوامر الإخلاء، على خلفية إطلاق عناصرها صواريخ من مناطق قريبة من البلدة باتجاه المستوطنات الإسرائيلية.';
    expect(voiceOf(s, 'المسؤولية عن أوامر الإخلاء').voice).toBe('attributed');
    expect(voiceOf(s, 'في المظاهرات').voice).toBe('outlet');
  });

  it('… لحركة "حماس"، التي حمّلها المتظاهرون مسؤولية استمرار مأساتهم … (Al Ain News, Gaza 2025, in the sixteenth probe)', () => {
    // https://al-ain.com/article/north-gaza-hamas-stop-war
    const s = 'ووُصِفَت المظاهرات بأنها الأكبر منذ بداية الحرب، ولم تخلُ من انتقادات شديدة لحركة "حماس"، التي حمّلها المتظاهرون مسؤولية استمرار مأساتهم التي لم يشهد قطاع غزة مثيلًا لها من قبل.';
    expect(voiceOf(s, 'مسؤولية استمرار مأساتهم').voice).toBe('attributed');
    expect(voiceOf(s, 'المتظاهرون').voice).toBe('outlet');
  });
});

describe('counter-examples: carried, not blamed', () => {
  it('كما حاول أنصار حزب الله وهم يحملون الهراوات مهاجمة المتظاهرين … (Alsumaria, Lebanon 2019, development set)', () => {
    // https://www.alsumaria.tv/news/%D8%AF%D9%88%D9%84%D9%8A%D8%A7%D8%AA/322886/
    const s = 'كما حاول أنصار حزب الله وهم يحملون الهراوات مهاجمة المتظاهرين، فما كان من بعض الناس إلا الرد والقيام بإلقاء الحجارة والعصي، ما هدد بتحويل الاحتجاجات السلمية حتى الآن إلى العنف، قبل أن تتدخل قوات مكافحة الشغب التي فصلت بين الجانبين.';
    expect(voiceOf(s, 'مهاجمة المتظاهرين').voice).toBe('outlet');
    expect(voiceOf(s, 'الاحتجاجات السلمية').voice).toBe('outlet');
  });
});
