import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "وقال عادل توردوكيوف، الناشط والحليف للرئيس القيرغيزي السابق، إنّ …",
 * "وقالت المتظاهرة داتا نادرايا، وهي طالبة تبلغ 24 عاما، لوكالة الصحافة
 * الفرنسية: «…»": in verb–subject order an aside set off by commas right
 * after the speaker — an apposition with the article, or "وهو / وهي" and a
 * description, as a relative clause already was — describes the speaker in
 * the outlet's words; what was said begins at the إن / أن after its closing
 * comma, or at the colon after the one spoken to (لوكالة …). Grown on the
 * development set's grown-on Arabic wrong voices (a protester's and an
 * activist's descriptions read as their own words).
 */

describe('an aside describing a VS speaker is the outlet\'s', () => {
  it('وقال عادل توردوكيوف، الناشط والحليف للرئيس القيرغيزي السابق، إنّ المتظاهرين أطلقوا سراح أتامباييف (Al Ain News, Kyrgyzstan 2020)', () => {
    // https://al-ain.com/article/specter-third-revolution-haunts-kyrgyzstan
    // The stored page breaks off inside the quotation.
    const s = 'وقال عادل توردوكيوف، الناشط والحليف للرئيس القيرغيزي السابق، إنّ المتظاهرين أطلقوا سراح أتامباييف "من دون اللجوء إلى القوة أو استخدام';
    expect(voiceOf(s, 'الناشط والحليف').voice).toBe('outlet');
    expect(voiceOf(s, 'أطلقوا سراح أتامباييف').voice).toBe('attributed');
  });

  it('وقالت المتظاهرة داتا نادرايا، وهي طالبة تبلغ 24 عاما، لوكالة الصحافة الفرنسية: «…» (Asharq Al-Awsat, Georgia 2024)', () => {
    // https://aawsat.com/العالم/أوروبا/4999531 (آلاف تظاهروا في جورجيا ضد قانون التأثير الأجنبي)
    const s = 'وقالت المتظاهرة داتا نادرايا، وهي طالبة تبلغ 24 عاما، لوكالة الصحافة الفرنسية: «نحن ذاهبون إلى مقرّ الحلم الجورجي لنطلب منهم إطلاق سراح الشباب الذين اعتُقِلوا في الأيّام الأخيرة ومن أجل أن ندعوهم إلى التخلّي عن القانون ال';
    expect(voiceOf(s, 'المتظاهرة').voice).toBe('outlet');
    expect(voiceOf(s, 'إطلاق سراح الشباب').voice).toBe('quoted');
  });
});

describe('counter-examples', () => {
  it('وهو inside a quotation stays quoted: قال دومبويا “الرئيس معنا، وهو في مكان آمن”، وأضاف … (Mrahba, Guinea 2021, in the eighth probe)', () => {
    // https://mrahba.com/ (مامادي دومبويا قائد انقلاب غينيا …)
    const s = 'وبعبارة مقتضبة، قال دومبويا “الرئيس معنا، وهو في مكان آمن”، وأضاف -في كلمته- أن جيش البلاد بأكمله معه، وأنه جاء من مختلف أرجاء غينيا للمشاركة في بناء الدولة.';
    expect(voiceOf(s, 'في مكان آمن').voice).toBe('quoted');
  });

  it('an apposition and a time between commas after أعلن still leave what was announced after أنه: أعلنت يوليا نافالنايا، زوجة المعارض …، اليوم السبت، أنه تم توقيفها (Al-Araby Al-Jadeed, Russia 2021, in the twelfth probe)', () => {
    // https://alaraby.com/news/ (زوجة نافالني تعلن اعتقالها …)
    const s = 'أعلنت يوليا نافالنايا، زوجة المعارض الروسي أليكسي نافالني، اليوم السبت، أنه تم توقيفها من قبل الشرطة الروسية في موسكو خلال تظاهرة دعم لزوجها المسجون.';
    expect(voiceOf(s, 'تم توقيفها').voice).toBe('attributed');
  });
});
