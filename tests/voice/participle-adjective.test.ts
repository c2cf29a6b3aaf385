import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A continuation participle (مشيرةً إلى أن، مؤكدةً أن) carries on the last
 * speaker's statement. Its feminine forms, and مشدداً, are also the
 * narrator's adjectives and nouns ("لمراقبة مشددة من قبل الشرطة", "معلومات
 * مؤكدة حول", a preacher, a placard): right after the word they describe,
 * with no mark between, they continue a statement only when what they govern
 * (أن، إلى، على، عن، إياه، بـ) follows at once.
 */

describe('a feminine participle right after its noun is the narrator\'s adjective', () => {
  it('"وتخضع العاصمة المولدوفية كيشيناو لمراقبة مشددة من قبل الشرطة ولم تحصل أية محاولة لإثارة الشغب." (Euronews Arabic, Moldova 2009)', () => {
    // http://arabic.euronews.com/2009/04/10/violence-prompts-moldovan-vote-recount
    const s = 'وتخضع العاصمة المولدوفية كيشيناو لمراقبة مشددة من قبل الشرطة ولم تحصل أية محاولة لإثارة الشغب. وحذرت الوزارة مفتعلي الشغب من القيام بأية تحركات احتجاجية جديدة.';
    expect(voiceOf(s, 'لإثارة الشغب', 'ar').voice).toBe('outlet');
  });

  it('the same sentence after a statement: "tightened surveillance" does not carry the minister on', () => {
    // The Moldova sentence above, after a statement of the kind the page reports ("وقال وزير الداخلية …").
    const s = 'وقال وزير الداخلية إن الوضع تحت السيطرة. وتخضع العاصمة المولدوفية كيشيناو لمراقبة مشددة من قبل الشرطة ولم تحصل أية محاولة لإثارة الشغب.';
    expect(voiceOf(s, 'لإثارة الشغب', 'ar').voice).toBe('outlet');
  });
});

describe('a participle with what it governs after it still continues the statement', () => {
  it('"…أكدت الشرطة … أنها اعتقلت متظاهرين مؤكدة أن "الوضع بات تحت السيطرة"." (Elaph, Belarus 2020)', () => {
    // https://elaph.com/Web/News/2020/08/1301302.html
    const s = 'من جهتها، اكدت الشرطة لوكالة تاس الروسية للانباء أنها اعتقلت متظاهرين مؤكدة أن "الوضع بات تحت السيطرة".';
    expect(voiceOf(s, 'الوضع بات تحت السيطرة', 'ar').voice).not.toBe('outlet');
  });

  it('"وأفادت ذات المصادر… داخل المجمع مضيفة أن القوات الموالية للقذافي حاولت…" (El Djoumhouria via Djazairess, Libya 2011)', () => {
    // https://djazairess.com/eldjoumhouria/10555
    const s = 'وأفادت ذات المصادرنقلا عن مراسيلن من عين المكان ان المتمردين شوهدوا وهم يطلقون النار في الهواء احتفالا داخل المجمع مضيفة أن القوات الموالية للقذافي حاولت في البداية الدفاع عن المجمع لكن مقاومتها انتهت في وقت لاحق.';
    expect(voiceOf(s, 'القوات الموالية للقذافي', 'ar').voice).toBe('attributed');
  });

  it('"وتنتقد المعارضة نظامه واصفة اياه ب «القيصر»." (Al-Hayat via Sauress, Belarus 2010)', () => {
    // https://sauress.com/alhayat/213746
    const s = 'مينسك - ا ف ب – يدلي الناخبون في بيلاروسيا غداً الاحد، بأصواتهم لانتخاب رئيس، في اقتراع شبه محسوم، اذ يُتوقع فوز الرئيس ألكسندر لوكاتشنكو الذي يحكم البلاد منذ 16 سنة وتنتقد المعارضة نظامه واصفة اياه ب «القيصر».';
    expect(voiceOf(s, 'القيصر', 'ar').voice).not.toBe('outlet');
  });

  it('"وصرح لافروف، أن موسكو تمتلك معلومات مؤكدة حول وجود أعمال لزعزعة استقرار بيلاروس…" (Al-Alam, Belarus 2020): still Lavrov\'s', () => {
    // https://alalam.ir/news/5136811
    const s = 'وصرح لافروف، أن موسكو تمتلك معلومات مؤكدة حول وجود أعمال لزعزعة استقرار بيلاروس يتم تنفيذها من أراضي أوكرانيا.';
    const v = voiceOf(s, 'لزعزعة استقرار بيلاروس', 'ar');
    expect(v.voice).toBe('attributed');
    expect(v.cue).toBe('وصرح');
  });
});
