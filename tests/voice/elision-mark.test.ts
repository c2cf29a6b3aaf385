import {describe, expect, it} from 'vitest';
import {splitSentences} from '../../src/text/sentences.js';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Dots in brackets — (...), (…), [...] — mark words a page left out of what
 * someone said: the statement goes on after them. Read as a full stop, they
 * cut a minister's report in two and gave its second half to the outlet.
 */

const sentencesOf = (text: string): string[] =>
  splitSentences(text, [{start: 0, end: text.length, language: 'ar'}]).map((s) => text.slice(s.start, s.end));

// https://albaladnews.net/article/12426 (Akhbar Al-Balad, Jordan, 26 March 2011; voice probe 20)
const SOROUR =
  'واكد السرور في مؤتمر صحفي عقد امس في وزارة الداخلية شارك فيه مدير الامن العام الفريق حسين المجالي ورئيس فريق الطب الشرعي الدكتور قيس القسوس الذي اشرف على تشريح جثمان المواطن خيري سعد الذي قيل انه سقط خلال المواجهات على دوار الداخلية ان الحكومة لن تسمح باقامة اعتصامات على دوار الداخلية مجددا (...) وسوف تسمح بأي نشاط من هذا القبيل باي مكان لا يعطل مصالح المواطنين والبلد وبما يسمح للحكومة بحماية المشاركين والفعالية التي ينوى اقامتها.';

// https://sauress.com/alhayat/8264272 (Al-Hayat, Yemen 2015; development set, yemen-2015)
const ASIRI =
  'واوضح ان «الهدف الاساسي للعملية (...) تمكين الشرعية المتمثلة في الرئيس عبد ربه منصور هادي والحكومة»، مؤكداً ان التحالف يشن «عمليات كبيرة';

// https://www.yemeress.com/almashhad/50096 (Al-Mashhad Al-Yemeni, Yemen 2015; development set, yemen-2015-new)
const LAVROV =
  'واضاف "على الحوثيين ان يوقفوا عملياتهم في جنوباليمن (…) ويجب ان يكون وقف اطلاق النار غير مشروط. وعلى التحالف ان يوقف غاراته الجوية".';

// Counter-example: dots with no brackets still end a sentence.
// https://www.almayadeen.net/news/706832/ (Al Mayadeen, Venezuela 2015; voice probe 12)
const MAYADEEN = 'وهذه ليست محاولة الانقلاب الأولى التي يتم احباطها في فنزويلا... فما أعلن عنه الرئيس نيكولاس مادورو';

describe('an elision mark in brackets inside a statement', () => {
  it('does not end the sentence', () => {
    expect(sentencesOf(SOROUR)).toHaveLength(1);
    expect(sentencesOf(ASIRI)).toHaveLength(1);
    expect(sentencesOf(LAVROV)).toEqual(['واضاف "على الحوثيين ان يوقفوا عملياتهم في جنوباليمن (…) ويجب ان يكون وقف اطلاق النار غير مشروط.', 'وعلى التحالف ان يوقف غاراته الجوية".']);
  });

  it('leaves what the minister said after it his', () => {
    expect(voiceOf(SOROUR, 'لا يعطل مصالح المواطنين').voice).toBe('attributed');
    expect(voiceOf(SOROUR, 'بحماية المشاركين').voice).toBe('attributed');
    expect(voiceOf(SOROUR, 'لا يعطل مصالح المواطنين').speaker).toBe('السرور');
  });

  it('counter-example: dots with no brackets end the sentence', () => {
    expect(sentencesOf(MAYADEEN)).toHaveLength(2);
  });
});
