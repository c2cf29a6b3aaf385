import {describe, expect, it} from 'vitest';
import {findQuotes} from '../../src/voice/quotes.js';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Algerian papers quote with two straight apostrophes (''كذا'') where others
 * write " or « »: the pair is one quotation mark, and what it encloses is the
 * speaker's words.
 */

const quoted = (text: string): string[] => findQuotes(text, {start: 0, end: text.length}).map((q) => text.slice(q.start, q.end));

// https://djazairess.com/elkhabar/295123 (El Khabar, AFP copy, Saudi Arabia 2011–12)
const EL_KHABAR =
  "وقال ناشطون لوكالة الأنباء الفرنسية إن ''اكبر الشاخوري من بلدة العوامية ومحمد الفلفل من القطيف قتلا، في القطيف احتجاجا على قيام السلطات باعتقال الشيخ نمر باقر النمر''. وأكدت المصادر ''إصابة نحو عشرة من المتظاهرين برصاص قوات الأمن''.";
// https://djazairess.com/annasr/12338 (An-Nasr, Libya 2011)
const AN_NASR =
  "وأكد أنهم سيقاتلون حتى آخر طلقة وآخر رجل، ومؤكدا بالقول '' دربنا آلاف الشباب، وسنحيا ونموت في ليبيا، ولن نفرط في شبر واحد من ليبيا وندعها لقمة سائغة لعصابات وبلطجية ومتعاطي مخدرات''. و لم يتردد نجل القذافي الذي لا يتولى أي منصب رسمي، في التهديد باللجوء إلى السلاح";

describe('a pair of apostrophes quotes as one mark', () => {
  it('opens and closes a quotation, whose words exclude both apostrophes', () => {
    expect(quoted(EL_KHABAR)).toEqual([
      'اكبر الشاخوري من بلدة العوامية ومحمد الفلفل من القطيف قتلا، في القطيف احتجاجا على قيام السلطات باعتقال الشيخ نمر باقر النمر',
      'إصابة نحو عشرة من المتظاهرين برصاص قوات الأمن',
    ]);
    expect(quoted(AN_NASR)).toEqual(['دربنا آلاف الشباب، وسنحيا ونموت في ليبيا، ولن نفرط في شبر واحد من ليبيا وندعها لقمة سائغة لعصابات وبلطجية ومتعاطي مخدرات']);
  });

  it('makes the words inside the speaker\'s own', () => {
    expect(voiceOf(EL_KHABAR, 'المتظاهرين').voice).toBe('quoted');
    expect(voiceOf(AN_NASR, 'لعصابات').voice).toBe('quoted');
    expect(voiceOf(AN_NASR, 'بلطجية').voice).toBe('quoted');
  });

  it('leaves a single apostrophe an apostrophe', () => {
    // https://news.cgtn.com/news/2020-08-19/China-s-UN-envoy-stresses-no-foreign-interference-in-Belarus-affairs-T4Itx0Jc0o/index.html (CGTN)
    expect(quoted("China's Ministry of Foreign Affairs (MOFA) said on Wednesday that China respects Belarus' sovereignty and its people's choice in handling the political instability, while reaffirming China's high-level partnership with Belarus.")).toEqual([]);
  });
});
