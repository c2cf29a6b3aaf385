import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * صرّح (declared), like أفاد and أبلغ, reports a thing when بـ on a verbal
 * noun follows its speaker ("وصرح مدير الأمن في الأردن بإصابة ما لايقل عن 42
 * شخصًا"): what was declared begins at that بـ, so an عن inside it (ما لايقل
 * عن) is no topic spoken of, and the speaker's words before it stay the
 * outlet's. باسم and a body's name after بـ (المتحدث باسم …، مصدر بوزارة
 * الداخلية) belong to the speaker; a بأن after them still makes the verb
 * report a clause. Grown on the twenty-seventh voice probe
 * (tests/fixtures/voice-probe27/).
 */

describe('صرّح بـ reports the thing declared', () => {
  it('وصرح مدير الأمن في الأردن بإصابة ما لايقل عن 42 شخصًا … (Ebaa News, Jordan 2018)', () => {
    // https://ebaa.news/news/news-details/2018/06/2612/
    const s = 'هذا وصرح مدير الأمن في الأردن بإصابة ما لايقل عن 42 شخصًا في صفوف رجال الأمن خلال الاحتجاجات الجارية لإلغاء قانون الضرائب الجديد، كما أعلن رئيس الوزراء الأردني “هاني الملقي” استقالته وتكليف خلفه “عمر الرزاز” بتشكيل الحكومة الجديدة.';
    const v = voiceOf(s, 'بإصابة ما لايقل');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('مدير الأمن');
    expect(voiceOf(s, 'مدير الأمن').voice).toBe('outlet');
  });
});

describe('counter-examples', () => {
  it('a body\'s name after بـ is the speaker\'s, and بأنه after it reports a clause (Al-Yaum via Sauress, Saudi Arabia 2011, in the development set)', () => {
    // https://sauress.com/alyaum/32285
    const s = 'صرح مصدر مسؤول بوزارة الداخلية بأنه عند الساعة التاسعة من مساء يوم الاثنين 5 / 11 / 1432ه قامت مجموعة من مثيري الفتنة والشقاق والشغب في بلدة العوامية بمحافظة القطيف بالتجمع بالقرب من دوار الريف في العوامية والبعض منهم يستخدم دراجات نارية حاملين قنابل المولتوف، حيث شرعوا في مباشرة أعمالهم المخلة بالأمن وبإيعاز من دولة خارجية تسعى للمساس بأمن الوطن واستقراره.';
    expect(voiceOf(s, 'مثيري الفتنة').voice).toBe('attributed');
    expect(voiceOf(s, 'أعمالهم المخلة بالأمن').voice).toBe('attributed');
    expect(voiceOf(s, 'مثيري الفتنة').speaker).toBe('مصدر مسؤول بوزارة الداخلية');
  });

  it('صرّح with أن reports a clause as before (Al-Alam, Belarus 2020, in the development set)', () => {
    // https://alalam.ir/news/5136811
    const s = 'وصرح لافروف، أن موسكو تمتلك معلومات مؤكدة حول وجود أعمال لزعزعة استقرار بيلاروس يتم تنفيذها من أراضي أوكرانيا.';
    expect(voiceOf(s, 'أعمال لزعزعة استقرار بيلاروس').voice).toBe('attributed');
  });
});
