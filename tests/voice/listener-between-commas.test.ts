import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * 'وأضاف المصدر، لـ«الشروق»، أن المقبوض عليهم … سيواجهون اتهامهم بالتظاهر
 * بدون تصريح': the medium spoken to, set off by commas after the speaker
 * and named in quotation marks, is part of who spoke and to whom; what was
 * said begins at the أن after it, as it does after 'وأضاف المصدر
 * لـ«الشروق» أن …'. A quotation after the listener that is itself what was
 * said stays quoted. Grown on the eighteenth voice probe
 * (tests/fixtures/voice-probe18/), whose first pass took «الشروق» for
 * what the source said and left the charges to the outlet.
 */

describe('a listener in quotation marks between commas before أن', () => {
  it('وأضاف المصدر، لـ«الشروق»، أن المقبوض عليهم … سيواجهون اتهامهم بالتظاهر بدون تصريح (Al-Shorouk, Egypt 2016, in the eighteenth probe)', () => {
    // http://www.shorouknews.com/news/view.aspx?cdate=15042016&id=c4dba7d6-81ae-4d66-b8c1-d8a5c399cedf
    const s = 'وأضاف المصدر، لـ«الشروق»، أن المقبوض عليهم بدوائر «المنتزه، والرمل، ومينا البصل، وباب شرقي» سيواجهون اتهامهم بالتظاهر بدون تصريح، متابعا «تم إطلاق سراح ناشطات عقب ضبطهن، فيما تم التحفظ على آخرين بينهم ضابط شرطة سابق يدعى نائل حسن».';
    const v = voiceOf(s, 'المقبوض عليهم');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('المصدر');
    expect(voiceOf(s, 'بالتظاهر بدون تصريح').voice).toBe('attributed');
    expect(voiceOf(s, 'ضبطهن').voice).toBe('quoted');
  });
});

describe('counter-examples', () => {
  it('a listener between commas before a colon and the statement in quotation marks: وقالت المتظاهرة …، لوكالة الصحافة الفرنسية: «…» (Asharq Al-Awsat, Georgia 2024, development set)', () => {
    // https://aawsat.com/العالم/أوروبا/4999531
    const s = 'وقالت المتظاهرة داتا نادرايا، وهي طالبة تبلغ 24 عاما، لوكالة الصحافة الفرنسية: «نحن ذاهبون إلى مقرّ الحلم الجورجي لنطلب منهم إطلاق سراح الشباب الذين اعتُقِلوا في الأيّام الأخيرة ومن أجل أن ندعوهم إلى التخلّي عن القانون ال';
    expect(voiceOf(s, 'طالبة').voice).toBe('outlet');
    expect(voiceOf(s, 'إطلاق سراح الشباب').voice).toBe('quoted');
  });
});
