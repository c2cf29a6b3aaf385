import type {Language, Paragraph} from '../types.js';
import {analysisView} from '../text/analysis-view.js';
import {isWhiteSpace} from '../text/white-space.js';

/**
 * What every reader of a body analyses: its analysis view (control
 * sequences blanked, same length: text/analysis-view.ts) and that view's
 * paragraphs. Loading, the analysis and the TUI's English thread all find
 * the paragraphs this way, so they agree on where each one starts.
 */
export function viewParagraphs(body: string): {readonly view: string; readonly paragraphs: Paragraph[]} {
  const view = analysisView(body);
  return {view, paragraphs: detectParagraphs(view)};
}

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
    while (s < e && isWhiteSpace(body.charCodeAt(s))) s++;
    while (e > s && isWhiteSpace(body.charCodeAt(e - 1))) e--;
    if (e > s) paragraphs.push({start: s, end: e, language: languageOf(letterCounts(body, s, e))});
    start = end + 1;
  }
  return paragraphs;
}

export function scriptLanguage(text: string): Language {
  return languageOf(letterCounts(text, 0, text.length));
}

function languageOf({arabic, latin}: {arabic: number; latin: number}): Language {
  if (arabic === 0 && latin === 0) return 'und';
  return arabic >= latin ? 'ar' : 'en';
}

/** Arabic and Latin letters of text[from, to), counted by code unit (no match arrays, no slice: a 1 MB line is one pass). */
function letterCounts(text: string, from: number, to: number): {arabic: number; latin: number} {
  let arabic = 0;
  let latin = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  return {arabic, latin};
}

/** The language of most of the body's letters. */
export function documentLanguage(paragraphs: readonly Paragraph[], body: string): Language {
  let ar = 0;
  let en = 0;
  for (const p of paragraphs) {
    const counts = letterCounts(body, p.start, p.end);
    ar += counts.arabic;
    en += counts.latin;
  }
  if (ar === 0 && en === 0) return 'und';
  return ar >= en ? 'ar' : 'en';
}
