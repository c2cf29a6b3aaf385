import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {detectParagraphs, documentLanguage, scriptLanguage} from '../../src/corpus/language.js';
import {SENTENCE} from './support.js';

const ORIGINALS = join(import.meta.dirname, '..', 'fixtures', 'seeds-original');
const seed002 = readFileSync(join(ORIGINALS, '002_824aa14bf3ea2a6b.txt'), 'utf8');
const seed001 = readFileSync(join(ORIGINALS, '001_8c9c1a69018985d2.txt'), 'utf8');

describe('scriptLanguage', () => {
  it('goes by the share of Arabic and Latin letters', () => {
    expect(scriptLanguage(SENTENCE)).toBe('ar');
    expect(scriptLanguage('Russia sends peacekeeping forces to Kazakhstan')).toBe('en');
    expect(scriptLanguage('قالت وكالة Reuters إن الشرطة')).toBe('ar');
    expect(scriptLanguage('The word "إرهابيين" means terrorists')).toBe('en');
    expect(scriptLanguage('(..) 18 – 700')).toBe('und');
  });
});

describe('detectParagraphs', () => {
  it('finds the English image caption of seed 002 and reads the rest as Arabic', () => {
    const paragraphs = detectParagraphs(seed002);
    const english = paragraphs.filter((p) => p.language === 'en').map((p) => seed002.slice(p.start, p.end));
    expect(english).toEqual(['Russia sends peacekeeping forces to Kazakhstan']);
    expect(paragraphs.filter((p) => p.language === 'ar').length).toBe(paragraphs.length - 1);
    expect(seed002.slice(paragraphs.at(-1)!.start, paragraphs.at(-1)!.end)).toBe('المصدر : الجزيرة + الأناضول');
  });

  it('splits on single line breaks (the seeds put one paragraph per line)', () => {
    const paragraphs = detectParagraphs(seed001);
    expect(paragraphs.length).toBe(seed001.split('\n').filter((l) => l.trim() !== '').length);
    expect(seed001.slice(paragraphs[0]!.start, paragraphs[0]!.end)).toBe('الثورة – ريم صالح:');
  });

  it('gives trimmed, ordered spans that cover every non-blank character', () => {
    const body = '  عنوان \r\n\n\tفقرة أولى.\r\n   \nEnglish line  \n123\n';
    const paragraphs = detectParagraphs(body);
    expect(paragraphs.map((p) => body.slice(p.start, p.end))).toEqual(['عنوان', 'فقرة أولى.', 'English line', '123']);
    expect(paragraphs.map((p) => p.language)).toEqual(['ar', 'ar', 'en', 'und']);
    let covered = '';
    for (const p of paragraphs) covered += body.slice(p.start, p.end);
    expect(covered.replace(/\s/gu, '')).toBe(body.replace(/\s/gu, ''));
  });

  it('reads a 1 MB article on a single line as one paragraph', () => {
    const line = `${SENTENCE} `.repeat(Math.ceil(1e6 / Buffer.byteLength(`${SENTENCE} `)));
    const paragraphs = detectParagraphs(line);
    expect(paragraphs).toEqual([{start: 0, end: line.length - 1, language: 'ar'}]);
  });
});

describe('documentLanguage', () => {
  it('is the language of most letters', () => {
    expect(documentLanguage(detectParagraphs(seed002), seed002)).toBe('ar');
    const english = 'Police said dozens of rioters were killed.\nقتل\n';
    expect(documentLanguage(detectParagraphs(english), english)).toBe('en');
    expect(documentLanguage(detectParagraphs('2022\n18'), '2022\n18')).toBe('und');
  });
});
