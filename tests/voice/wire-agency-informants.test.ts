import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "…، حسب ما ذكرت وكالة “فرانس برس”.", "…، بحسب "فرانس برس".": a wire
 * agency (Reuters, AFP, AP) closing an Arabic sentence vouches for the facts,
 * as "…, AFP reported" does in English and as witnesses and sources do: the
 * framing words before it stay the outlet's. Its name may follow the word
 * وكالة or stand alone in quotation marks after the attribution phrase
 * (which introduces no speech of its own). A state agency (وكالة أنباء
 * الكويت، وكالة الأنباء الإماراتية) is no wire: it still voices its
 * government. Grown on the fourteenth voice probe
 * (tests/fixtures/voice-probe14/) and the development set's grown-on
 * leftovers (venezuela-2019).
 */

describe('a wire agency closing the sentence vouches for the facts', () => {
  it('ويندد المتظاهرون بقضية فساد …، بحسب "فرانس برس". (Erem News, Serbia 2025, in the fourteenth probe)', () => {
    // https://www.eremnews.com/news/world/xffyeh9
    const s = 'ويندد المتظاهرون بقضية فساد ويطالبون بتحقيق شفاف وبإجراء انتخابات مبكرة في صربيا، بحسب "فرانس برس".';
    expect(voiceOf(s, 'المتظاهرون').voice).toBe('outlet');
  });

  it('… في حين قام متظاهرون آخرون بتقديم المساعدة لهم، حسب ما ذكرت وكالة “فرانس برس”. (Akhbar Arabia, Venezuela 2019, development set)', () => {
    // https://akhbararabia.net/2019/04/30/فيديو-مرعب-من-فنزويلا-عربة-للجيش-تدهس
    const s = 'وأدى الحادث إلى جرح عدد من الأشخاص شوهدوا على الأرض، في حين قام متظاهرون آخرون بتقديم المساعدة لهم، حسب ما ذكرت وكالة “فرانس برس”.';
    expect(voiceOf(s, 'متظاهرون').voice).toBe('outlet');
  });
});

describe('counter-examples', () => {
  it('a state agency still voices its government: … تهديد أمن وسلامة الوطن … بحسب وكالة انباء الكويت " كونا" . (Al-Raidiah, Kuwait 2012, in the third probe)', () => {
    // https://alraidiah.com/vb/showthread.php?p=2186197
    const s = 'أكدت وزارة داخلية الكويت عدم التهاون في تنفيذ القانون على كل من ينظم ويحرض ويشارك في مسيرات الكويت "غير قانونية" من شأنها تهديد أمن وسلامة الوطن والمواطنين مشيرة الى استمرار سعيها لملاحقتهم وضبطهم وتسليمهم للعدالة بحسب وكالة انباء الكويت " كونا" .';
    expect(voiceOf(s, 'تهديد أمن وسلامة الوطن').voice).toBe('attributed');
  });

  it('a wire citing a named speaker leaves his words his: … إننا "نتعهد باستعادة الديمقراطية في البلاد"، بحسب وكالة "أسوشيتد برس" الأمريكية. (Howiya Press, Guinea 2021, in the fifth probe)', () => {
    // https://maghress.com/howiyapress/326363
    const s = 'وقال قائد وحدة المهام الخاصة في الجيش الغيني، العقيد مامادي دومبويا، في كلمة مصورة بثها التلفزيون الرسمي، إننا "نتعهد باستعادة الديمقراطية في البلاد"، بحسب وكالة "أسوشيتد برس" الأمريكية.';
    expect(voiceOf(s, 'نتعهد باستعادة الديمقراطية').voice).toBe('quoted');
  });
});
