import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * The plural participle متهمين after a narrated sentence, naming whom it
 * accuses (متهمين إياها بـ، متهمين حاكم المقاطعة بـ), gives the charge to
 * the sentence's subject, as the singular متهماً does: "حيث شارك المئات في
 * الهتافات المناهضة للهيئة وقيادتها، متهمين إياها بالتضييق على الحريات" —
 * the curbs on freedoms are the protesters' charge, not the outlet's
 * account. The same word is the passive "accused" when its charge follows
 * at once with بـ (معارضين متهمين بالتحريض، توقيفهم … متهمين بالقيام
 * بعمليات نهب): then it reports nothing. Grown on the thirtieth voice probe
 * (tests/fixtures/voice-probe30/), whose first pass read the protesters'
 * charge as the outlet's words.
 */

// https://syrianewsagency.net/breaking/53270 (Syria News Agency, Idlib, spring 2024; voice probe 30)
const SNA =
  'رفع المتظاهرون شعارات تطالب بإسقاط الجولاني، وإطلاق سراح المعتقلين من سجون الهيئة. وشهدت مظاهرات حاشدة في عدة مدن، منها بنش وأريحا وقورقانيا وكفرتخاريم وأطمة وأرمناز، حيث شارك المئات في الهتافات المناهضة للهيئة وقيادتها، متهمين إياها بالتضييق على الحريات والقيام باعتقالات تعسفية.';

describe('متهمين naming whom it accuses gives the charge to the sentence\'s subject', () => {
  it('متهمين إياها بالتضييق على الحريات (Syria News Agency, in the thirtieth probe)', () => {
    expect(voiceOf(SNA, 'بالتضييق على الحريات').voice).toBe('attributed');
    expect(voiceOf(SNA, 'باعتقالات تعسفية').voice).toBe('attributed');
  });

  it('متهمين حاكم مقاطعة عرفات بمغالطة السلطات الإدارية (Zahraa Info, Mauritania)', () => {
    // https://zahraainfo.com/node/505
    const s = 'تظاهر عدد من سكان الأحياء الشعبية متهمين حاكم مقاطعة عرفات بمغالطة السلطات الإدارية، ومنح قطعهم لبعض الأئمة والنافذين بتقاريره المزورة كما يقولون.';
    expect(voiceOf(s, 'بمغالطة السلطات الإدارية').voice).toBe('attributed');
  });
});

describe('counter-examples', () => {
  it('the narrated sentence before it stays the outlet\'s (the same passage)', () => {
    expect(voiceOf(SNA, 'الهتافات المناهضة للهيئة').voice).toBe('outlet');
  });

  it('the passive with its charge at once reports nothing: معارضين متهمين بالتحريض على العنف (Arabs Today, UPI, Egypt 2013)', () => {
    // https://arabstoday.net/37/السلطات-المصرية-تبدأ-التحقيق-مع-معارضين-متهمين-بالتحريض-على-العنف (the page's headline, as its address spells it)
    const s = 'السلطات المصرية تبدأ التحقيق مع معارضين متهمين بالتحريض على العنف';
    expect(voiceOf(s, 'التحريض على العنف').voice).toBe('outlet');
  });

  it('nor after a passive verb of arrest: توقيفهم … متهمين بالقيام بعمليات نهب وتخريب (Deutsche Welle Arabic, Tunisia 2018)', () => {
    // https://amp.dw.com/ar/%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D8%AA-%D9%85%D8%AA%D9%88%D8%A7%D8%B5%D9%84%D8%A9-%D9%81%D9%8A-%D8%AA%D9%88%D9%86%D8%B3-%D9%88%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-%D9%85%D8%A7%D8%A6%D8%AA%D9%8A-%D9%85%D9%88%D9%82%D9%88%D9%81/a-42092632 (as in describing-with-pronoun.test.ts)
    const s = 'أكثر من مائتي شخص تمّ توقيفهم من قبل السلطات التونسية متهمين بالقيام بعمليات نهب وتخريب خلال المظاهرات المستمرة في تونس ضد قانون المالية الذي تصفه المعارضة بـ"الجائر" وتدعو إلى إسقاطه.';
    expect(voiceOf(s, 'بعمليات نهب وتخريب').voice).toBe('outlet');
  });
});
