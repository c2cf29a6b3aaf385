import {describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';

/*
 * A pattern may take in its own verb of labelling ({LABEL} …4 انقلاب:
 * "واصفا ما جرى في بلاده بالانقلاب"). The mention then starts at the verb, before
 * the region the verb opens, so it is judged by its last word, the label; and
 * the verb inside it does not set the label off as distanced.
 */

const mention = (body: string, text: string) => {
  const analysis = analyzeCorpus([{id: 'a', file: 'a.txt', title: null, outlet: 'o', url: null, date: null, language: 'ar', body}]);
  const found = analysis.mentions.find((m) => m.text.includes(text));
  if (!found) throw new Error(`no mention with ${text}: ${analysis.mentions.map((m) => m.text).join(' | ')}`);
  return found;
};

describe('a pattern mention that holds its own verb of labelling', () => {
  it('واصفا ما جرى في بلاده بالانقلاب is Yanukovych\'s label, not set off (Al-Mesryoon, Ukraine 2014, in the development set)', () => {
    const body = 'أعلن الرئيس الأوكراني المخلوع فيكتور يانوكوفيتش في بيان للشعب الأوكراني بثته قبل قليل قناة " روسيا 24 " الروسية أنه لا يزال الرئيس الشرعي لأوكرانيا.. واصفا ما جرى في بلاده بالانقلاب من قبل مجموعات متطرفة مسلحة.';
    const m = mention(body, 'بالانقلاب');
    expect(m.text).toBe('واصفا ما جرى في بلاده بالانقلاب');
    expect(m.voice).toBe('attributed');
    expect(m.distanced).toBe(false);
    expect(m.speaker).toBe('الرئيس الأوكراني المخلوع فيكتور يانوكوفيتش');
  });
});
