import type {Language, Paragraph} from '../types.js';

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/gu;
const LATIN = /[A-Za-z\u00c0-\u024f]/gu;

/**
 * Paragraphs are the body's lines (news texts here put one paragraph per
 * line), trimmed, with the language their script says: an English caption
 * inside an Arabic article is English. A linear scan: a 1 MB article on one
 * line is one paragraph, read once.
 */
export function detectParagraphs(body: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(body[s]!)) s++;
    while (e > s && /\s/u.test(body[e - 1]!)) e--;
    if (e > s) paragraphs.push({start: s, end: e, language: scriptLanguage(body.slice(s, e))});
    start = end + 1;
  }
  return paragraphs;
}

export function scriptLanguage(text: string): Language {
  const arabic = text.match(ARABIC)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (arabic === 0 && latin === 0) return 'und';
  return arabic >= latin ? 'ar' : 'en';
}

/** The language of most of the body's letters. */
export function documentLanguage(paragraphs: readonly Paragraph[], body: string): Language {
  let ar = 0;
  let en = 0;
  for (const p of paragraphs) {
    const text = body.slice(p.start, p.end);
    ar += text.match(ARABIC)?.length ?? 0;
    en += text.match(LATIN)?.length ?? 0;
  }
  if (ar === 0 && en === 0) return 'und';
  return ar >= en ? 'ar' : 'en';
}
