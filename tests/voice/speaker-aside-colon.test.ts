import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "وقال أوزيل، وهو زعيم حزب الشعب الجمهوري أمام مبنى بلدية إسطنبول حيث تجمع
 * محتجون: "نحن 300 ألف شخص"": an aside after a VS speaker that opens with
 * وهو / وهي or a relative pronoun may close at the colon that opens what was
 * said, as it closes at a comma and إن; the aside is the outlet's words.
 * وهو inside someone's quotation stays theirs. Grown on the sixteenth voice
 * probe (tests/fixtures/voice-probe16/), whose first pass read the aside
 * ("حيث تجمع محتجون") as what Özel said.
 */

describe('a speaker\'s aside closed by the colon that opens what was said', () => {
  it('وقال أوزيل، وهو زعيم حزب الشعب الجمهوري … حيث تجمع محتجون: "نحن 300 ألف شخص" … (Akhbar Al-Balad, Turkey 2025, in the sixteenth probe)', () => {
    // https://albaladnews.net/article/422423
    const s = 'وقال أوزيل، وهو زعيم حزب الشعب الجمهوري أمام مبنى بلدية إسطنبول حيث تجمع محتجون: "نحن 300 ألف شخص"، مضيفا أن المتظاهرين تجمعوا في عدة أماكن في أكبر مدينة في تركيا، بسبب إغلاق طرق وجسور ما منع الناس من التواجد في مكان واحد.';
    expect(voiceOf(s, 'تجمع محتجون').voice).toBe('outlet');
    expect(voiceOf(s, 'المتظاهرين تجمعوا').voice).toBe('attributed');
  });
});

describe('counter-examples', () => {
  it('وهو inside a quotation stays quoted: قال دومبويا “الرئيس معنا، وهو في مكان آمن”، وأضاف … (Mrahba, Guinea 2021, in the eighth probe)', () => {
    // https://mrahba.com/ (مامادي دومبويا قائد انقلاب غينيا …)
    const s = 'وبعبارة مقتضبة، قال دومبويا “الرئيس معنا، وهو في مكان آمن”، وأضاف -في كلمته- أن جيش البلاد بأكمله معه، وأنه جاء من مختلف أرجاء غينيا للمشاركة في بناء الدولة.';
    expect(voiceOf(s, 'في مكان آمن').voice).toBe('quoted');
  });

  it('an aside closed by a comma before the listener and the colon, as before: وقالت المتظاهرة داتا نادرايا، وهي طالبة …، لوكالة الصحافة الفرنسية: «…» (Asharq Al-Awsat, Georgia 2024, development set)', () => {
    // https://aawsat.com/العالم/أوروبا/4999531
    const s = 'وقالت المتظاهرة داتا نادرايا، وهي طالبة تبلغ 24 عاما، لوكالة الصحافة الفرنسية: «نحن ذاهبون إلى مقرّ الحلم الجورجي لنطلب منهم إطلاق سراح الشباب الذين اعتُقِلوا في الأيّام الأخيرة ومن أجل أن ندعوهم إلى التخلّي عن القانون ال';
    expect(voiceOf(s, 'طالبة').voice).toBe('outlet');
    expect(voiceOf(s, 'إطلاق سراح الشباب').voice).toBe('quoted');
  });
});
