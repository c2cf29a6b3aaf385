import {describe, expect, it} from 'vitest';
import {extractClaims} from '../../src/claims/extract.js';
import {buildClaimsTable} from '../../src/claims/table.js';
import {splitSentences} from '../../src/text/sentences.js';
import {tokenize} from '../../src/text/tokenize.js';
import type {Claim} from '../../src/types.js';

function claims(text: string, language: 'ar' | 'en' = 'ar'): Claim[] {
  const paragraphs = [{start: 0, end: text.length, language}];
  return extractClaims({source: 's', body: text, sentences: splitSentences(text, paragraphs), tokens: tokenize(text), voiceAt: () => ({voice: 'outlet', speaker: null})});
}

const brief = (c: Claim): string => `${c.value ?? c.approx} ${c.qualifier} ${c.measure} ${c.group}`;

describe('claims', () => {
  it('digits with the counted group and "آخرون" pointing back to it', () => {
    expect(claims('قُتل 18 من عناصر وضباط الشرطة الكازاخية وأصيب 700 آخرون بجروح نتيجة الاشتباكات.').map(brief)).toEqual(['18 exactly killed security', '700 exactly injured security']);
  });
  it('number words with scales and qualifiers', () => {
    expect(claims('ووفق آخر حصيلة، أوقف نحو ثمانية آلاف شخص في اعقاب اضطرابات استمرت أسبوعاً.').map(brief)).toEqual(['8000 about arrested people']);
    expect(claims('وقال إن عدد المعتقلين اقترب من 6 آلاف شخص.').map(brief)).toEqual(['6000 about arrested people']);
    expect(claims('وأفادت بأن ثمانية من أفراد قوات الأمن على الأقل قتلوا وجرح 317 آخرون.').map(brief)).toEqual(['8 at-least killed security', '317 exactly injured security']);
  });
  it('vague quantities, and "القضاء على" as killing', () => {
    expect(claims('أعلنت الشرطة القضاء على عشرات المتطرفين.').map(brief)).toEqual(['dozens exactly killed attackers']);
    expect(claims('وقُتل العشرات، واعتُقل الآلاف.').map(brief)).toEqual(['dozens exactly killed people', 'thousands exactly arrested people']);
  });
  it('Arabic-Indic digits', () => {
    expect(claims('قُتل ٢٦ محتجا في المدينة.').map(brief)).toEqual(['26 exactly killed protesters']);
  });
  it('dates, years, ages and weekdays are not tolls', () => {
    expect(claims('وفي 5 يناير 2022 قال الرئيس (81 سنة) يوم الاثنين إن الوضع هادئ بعد مقتل الجنود.')).toEqual([]);
  });
  it('English tolls', () => {
    expect(claims('At least 164 people were killed and nearly 8,000 were detained.', 'en').map(brief)).toEqual(['164 at-least killed people', '8000 about arrested people']);
    expect(claims('More than 1,300 security officers were injured.', 'en').map(brief)).toEqual(['1300 more-than injured security']);
  });
  it('offsets slice to the claim text', () => {
    const text = 'وأصيب أكثر من 300 آخرين بجروح.';
    for (const c of claims(text)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
  it('the claims table puts the same measure and group side by side', () => {
    const a = claims('قُتل 18 من عناصر الشرطة.').map((c) => ({...c, source: 'A'}));
    const b = claims('قتل 13 من عناصر الشرطة.').map((c) => ({...c, source: 'B'}));
    const table = buildClaimsTable([...a, ...b], ['A', 'B']);
    expect(table).toEqual([{measure: 'killed', group: 'security', cells: {A: [0], B: [1]}}]);
  });
});
