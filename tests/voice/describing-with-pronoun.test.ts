import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * 'قانون المالية الذي تصفه المعارضة بـ"الجائر"': a present-tense verb of
 * describing with its object pronoun (يصفه، تصفها، يصفونهم …), its subject
 * and its بـ give the quoted label as the describer's words, as ووصفوه
 * بـ"الجزار" does — not the outlet's scare quote. A quotation after a بـ
 * with no verb of describing before it stays the outlet's. Grown on the
 * eighteenth voice probe (tests/fixtures/voice-probe18/), whose first pass
 * read the opposition's label as the outlet's scare quote.
 */

describe('a label quoted after a present-tense verb of describing with its pronoun', () => {
  it('ضد قانون المالية الذي تصفه المعارضة بـ"الجائر" وتدعو إلى إسقاطه (Deutsche Welle Arabic, Tunisia 2018, in the eighteenth probe)', () => {
    // https://amp.dw.com/ar/%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D8%AA-%D9%85%D8%AA%D9%88%D8%A7%D8%B5%D9%84%D8%A9-%D9%81%D9%8A-%D8%AA%D9%88%D9%86%D8%B3-%D9%88%D8%A3%D9%83%D8%AB%D8%B1-%D9%85%D9%86-%D9%85%D8%A7%D8%A6%D8%AA%D9%8A-%D9%85%D9%88%D9%82%D9%88%D9%81/a-42092632
    const s = 'أكثر من مائتي شخص تمّ توقيفهم من قبل السلطات التونسية متهمين بالقيام بعمليات نهب وتخريب خلال المظاهرات المستمرة في تونس ضد قانون المالية الذي تصفه المعارضة بـ"الجائر" وتدعو إلى إسقاطه.';
    const v = voiceOf(s, 'الجائر');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(true);
    expect(voiceOf(s, 'المظاهرات المستمرة').voice).toBe('outlet');
  });
});

describe('counter-examples', () => {
  it('a quotation after a بـ with no verb of describing before it stays a scare quote: لبحث تداعيات “اقتحام” مجلس الأمة ب”القوة” (Al-Sharq, Kuwait 2011, in the eighteenth probe)', () => {
    // https://sauress.com/alsharq/16656
    const s = 'يعقد مجلس الوزراء الكويتي جلسة استثنائية، برئاسة أمير البلاد الشيخ صباح الأحمد الصباح، لبحث تداعيات “اقتحام” مجلس الأمة ب”القوة” من قبل عدد من المتظاهرين المناوئين لرئيس الوزراء الشيخ ناصر المحمد الصباح.';
    expect(voiceOf(s, 'القوة').voice).toBe('outlet');
    expect(voiceOf(s, 'اقتحام').voice).toBe('outlet');
  });
});
