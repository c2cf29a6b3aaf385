import type {Language, Paragraph} from '../types.js';
import {analysisView} from '../text/analysis-view.js';
import {isWhiteSpace} from '../text/white-space.js';
import {joinWrappedLines} from './wrapped-lines.js';

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
 * inside an Arabic article is English; English lines hard-wrapped at one
 * width are joined back into their paragraphs (wrapped-lines.ts). A linear
 * scan: a 1 MB article on one line is one paragraph, read once.
 */
export function detectParagraphs(body: string): Paragraph[] {
  return joinWrappedLines(body, bodyLines(body));
}

/** The body's non-empty lines, trimmed, each with its script's language. */
function bodyLines(body: string): Paragraph[] {
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

/** By code unit: 1 for an Arabic-script letter (the Arabic blocks and presentation forms), 2 for a Latin one, else 0. */
const SCRIPT = (() => {
  const table = new Uint8Array(0x10000);
  for (const [from, to] of [[0x600, 0x6ff], [0x750, 0x77f], [0x8a0, 0x8ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]] as const) table.fill(1, from, to + 1);
  for (const [from, to] of [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f]] as const) table.fill(2, from, to + 1);
  return table;
})();

/** Arabic and Latin letters of text[from, to), counted by code unit (no match arrays, no slice: a 1 MB line is one pass; one table read a character, not a chain of range tests). */
function letterCounts(text: string, from: number, to: number): {arabic: number; latin: number} {
  // Two counters in one array: the script's number indexes it.
  const counts = [0, 0, 0];
  for (let i = from; i < to; i++) counts[SCRIPT[text.charCodeAt(i)]!]!++;
  return {arabic: counts[1]!, latin: counts[2]!};
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
