import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Arabic reporting verbs are listed with their object pronouns (اعتبرها، اعتبرته); the verb of describing now is too
 * (وصفتها، وصفها، وصفوه، يصفها …): "وصفتها المعارضة … بأنها لم تكن حرة أو نزيهة" gives what the opposition said of the
 * vote, as "ووصفت الولايات المتحدة نتيجة الانتخابات بأنها غير شرعية" did. Grown on Belarus 2020 told by a sixth set of
 * outlets (tests/fixtures/devset/belarus-2020-sixth, Al-Yaum's dpa copy).
 */

describe('وصفتها … بأنها …: the speaker\'s description', () => {
  it('«وصفتها المعارضة والقوى العالمية والمراقبون الدولية بأنها لم تكن حرة أو نزيهة» (Al-Yaum, dpa, Belarus 2020, in the development set)', () => {
    // https://www.alyaum.com/ampArticle/6288832
    const s = 'يُذكر أن مينسك تشهد مظاهرات حاشدة كل أسبوع ضد لوكاشينكو منذ إجراء الانتخابات الرئاسية في التاسع من أغسطس الماضي، وصفتها المعارضة والقوى العالمية والمراقبون الدولية بأنها لم تكن حرة أو نزيهة.';
    expect(voiceOf(s, 'لم تكن حرة أو نزيهة', 'ar').voice).toBe('attributed');
    expect(voiceOf(s, 'مظاهرات حاشدة', 'ar').voice).toBe('outlet');
  });
});

describe('counter-examples: the distancing «ما وصفته» stays a marker', () => {
  it('«بعد ما وصفته روسيا بدسائس أوكرانية وغربية»: the label distanced, the words after the comma the outlet\'s (Al-Ahram, Belarus 2020, in the development set)', () => {
    // https://gate.ahram.org.eg/daily/news/203479/115/774356/ (belarus-2020-fourth)
    const s = 'فى توقيت مواكب لتراجع الخلافات مع موسكو بعد ما وصفته روسيا بدسائس أوكرانية وغربية استهدفت الوقيعة بين البلدين من جانب، والتمهيد للإطاحة بالكسندر لوكاشينكو القابض على دفة السلطة هناك منذ 1994.';
    expect(voiceOf(s, 'دسائس أوكرانية', 'ar').distanced).toBe(true);
    expect(voiceOf(s, 'للإطاحة', 'ar').distanced).toBe(false);
  });
});
