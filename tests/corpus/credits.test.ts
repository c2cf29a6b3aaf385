import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {detectCredits, detectReadMore} from '../../src/corpus/credits.js';
import {detectParagraphs} from '../../src/corpus/language.js';
import {loadCorpus, loadSeeds} from '../../src/corpus/load.js';
import {bundledOutletNames} from '../../src/corpus/outlet-list.js';

/* What a text says about its own source: only its words, never a guess. */

const credits = (body: string): {kind: string; text: string; names: string[]}[] => detectCredits(body, detectParagraphs(body), bundledOutletNames()).map((c) => ({kind: c.kind, text: c.text, names: c.names.map((n) => n.text)}));
const seeds = Object.fromEntries(loadSeeds().map((s) => [s.id, s.body]));

describe('credits in the seeds', () => {
  it('finds 001’s byline, 002’s photo credit and closing credit line, and nothing in 000, 003 and 004', () => {
    expect(credits(seeds['001']!)).toEqual([{kind: 'byline', text: 'الثورة – ريم صالح:', names: ['الثورة', 'ريم صالح']}]);
    expect(credits(seeds['002']!)).toEqual([
      {kind: 'photo', text: '(الأناضول)', names: ['الأناضول']},
      {kind: 'source-line', text: 'المصدر : الجزيرة + الأناضول', names: ['الجزيرة', 'الأناضول']},
    ]);
    for (const id of ['000', '003', '004']) expect(credits(seeds[id]!), id).toEqual([]);
  });

  it('gives exact offsets', () => {
    const body = seeds['002']!;
    for (const c of detectCredits(body, detectParagraphs(body), bundledOutletNames())) {
      expect(body.slice(c.start, c.end)).toBe(c.text);
      for (const n of c.names) expect(body.slice(n.start, n.end)).toBe(n.text);
    }
  });

  it('finds 004’s read-more link and the notice after it, which are not credits', () => {
    const body = seeds['004']!;
    expect(detectReadMore(body, detectParagraphs(body)).map((s) => body.slice(s.start, s.end))).toEqual(['اقرأ المزيد', 'يحتوي هذا القسم على المقلات ذات صلة, الموضوعة في (Related Nodes field)']);
  });
});

describe('credits in English text', () => {
  const english = Object.fromEntries(loadCorpus([join(import.meta.dirname, '..', 'fixtures', 'classroom-en')]).map((s) => [s.id, s.body]));

  it('finds agency datelines, an agency line and a syndication footer', () => {
    expect(credits(english['reuters-92news']!)).toEqual([{kind: 'dateline', text: 'BEIRUT (Reuters) –', names: ['Reuters']}]);
    expect(credits(english['ynet-ap']!)).toEqual([{kind: 'byline', text: 'Associated Press |', names: ['Associated Press']}]);
    expect(credits(english['blog-cnn']!)).toEqual([{kind: 'source-line', text: 'from CNN.com - RSS Channel', names: ['CNN.com - RSS Channel']}]);
    expect(credits(english['inkl-beirut']!)).toEqual([]);
  });

  it('reads datelines with a date, Arabic agency datelines, bylines and footers', () => {
    expect(credits('NAIROBI, May 2 (Reuters) - Kenyan police fired tear gas at a small group of protesters.')).toEqual([{kind: 'dateline', text: 'NAIROBI, May 2 (Reuters) -', names: ['Reuters']}]);
    expect(credits('By Tom Lasseter\nHONG KONG (Reuters) – Fiona’s rebellion began slowly.')).toEqual([
      {kind: 'byline', text: 'By Tom Lasseter', names: ['Tom Lasseter']},
      {kind: 'dateline', text: 'HONG KONG (Reuters) –', names: ['Reuters']},
    ]);
    expect(credits('بيروت - رويترز: أطلقت قوات الأمن الغاز المسيل للدموع.')[0]).toMatchObject({kind: 'dateline', names: ['رويترز']});
    expect(credits('Police fired tear gas.\n(Reporting by Tom Perry; Editing by Alison Williams)')[0]).toMatchObject({kind: 'byline'});
  });

  it('does not take a parenthesis inside a sentence or a year for a credit', () => {
    expect(credits('وكان نزارباييف (81 سنة) الرئيس الأطول بقاء في الحكم.')).toEqual([]);
    expect(credits('The protests began in the capital (Beirut) and spread.')).toEqual([]);
  });
});
