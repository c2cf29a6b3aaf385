import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * In Arabic verb–subject order a circumstance of the speaking set between
 * the speaker and its أن (بعد، عقب، إثر، خلال، وسط، غداة), bare or between
 * commas, tells when or amid what the speaker spoke: it is the outlet's
 * account, and what was said begins at the أن after it, though the speaker
 * and the circumstance together run longer than a speaker's phrase. Grown
 * on the twenty-ninth voice probe (tests/fixtures/voice-probe29/), whose
 * first pass gave Xinhua's "massive arrest campaign" to the Kremlin. Not
 * "بعد أن" (a clause of the circumstance's own), and a بعد inside what was
 * said stays the speaker's.
 */

describe('a circumstance between a VS speaker and its أن is the outlet\'s', () => {
  it('ذكر الكرملين اليوم (الثلاثاء) بعد حملة الاعتقالات الضخمة … أن (People\'s Daily Arabic, Xinhua, Moscow 2019, in the twenty-ninth probe)', () => {
    // http://arabic.peopledaily.com.cn/n3/2019/0814/c31663-9605846.html
    const s = 'موسكو 13 أغسطس 2019 (شينخوا) ذكر الكرملين اليوم (الثلاثاء) بعد حملة الاعتقالات الضخمة للمحتجين المناهضين للحكومة في موسكو أن الإجراءات الصارمة التي تتخذها وكالات إنفاذ القانون لتقييد الاضطرابات العامة قانونية.';
    expect(voiceOf(s, 'حملة الاعتقالات الضخمة').voice).toBe('outlet');
    expect(voiceOf(s, 'للمحتجين المناهضين للحكومة').voice).toBe('outlet');
    const said = voiceOf(s, 'الإجراءات الصارمة');
    expect(said.voice).toBe('attributed');
    expect(said.speaker).toBe('الكرملين');
    expect(voiceOf(s, 'تقييد الاضطرابات العامة').voice).toBe('attributed');
  });

  it('اعتبر الرئيس السوري أحمد الشرع، بعد يومين من تظاهرات حاشدة …، أن (AFP via WN, Syria 2025)', () => {
    // https://article.wn.com/view/WNAT05ccb1ad4a8fc5b0cc9ccc7defc5de9a
    const s = 'اعتبر الرئيس السوري أحمد الشرع، بعد يومين من تظاهرات حاشدة في محافظة اللاذقية الساحلية، أن العديد من المطالب الشعبية "محقة"، مؤكدًا على أهمية الوحدة الوطنية في هذه "المرحلة التاريخية"، بعد نحو عام من إطاحة الحكم السابق.';
    expect(voiceOf(s, 'تظاهرات حاشدة').voice).toBe('outlet');
    expect(voiceOf(s, 'المطالب الشعبية').voice).toBe('attributed');
    expect(voiceOf(s, 'محقة').voice).toBe('quoted');
  });
});

describe('counter-examples', () => {
  it('a بعد أن inside what was said stays the speaker\'s: وذكر الجيش السوداني إن القتال اندلع بعد أن حاولت … (Masahaa, Sudan 2023, in the sixth probe)', () => {
    // https://masahaa.net/news11972.html
    const s = 'وذكر الجيش السوداني إن القتال اندلع بعد أن حاولت قوات الدعم السريع مهاجمة قواتها في الجزء الجنوبي من العاصمة، متهمة الجماعة بمحاولة السيطرة على مواقع استراتيجية في الخرطوم، بما في ذلك القصر.';
    expect(voiceOf(s, 'القتال اندلع').voice).toBe('attributed');
    expect(voiceOf(s, 'مهاجمة قواتها').voice).toBe('attributed');
  });
});
