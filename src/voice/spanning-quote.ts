import {isWhiteSpace, trimSpan} from '../text/white-space.js';
import type {Paragraph, Span} from '../types.js';
import {AFTER_CLOSE, isDoubleMark, type Quote} from './quotes.js';

// "The Police of the Republic of Armenia issued a statement today, which reads
// in part:\n\n"Following the presidential elections … Ter-Petrosyan and his team
// started a sitting strike …\n\nProvocative statements and calls were voiced
// …\n\n… the participants and inciters of the disorders.": a statement set out
// as a block quotation opens with one mark at the start of its first paragraph
// and closes, if at all, at the end of its last; the paragraphs between carry
// no mark ('وقالت الوزارة في بيان: "إن مجموعات من المخربين …\nوقامت العصابات
// المسلحة …\nوستلاحق الأجهزة الأمنية المحرضين حتى تقديمهم للعدالة".'). Quotations
// are found paragraph by paragraph (quotes.ts): an opener never closed runs to
// its paragraph's end, and the paragraphs after it were the outlet's. Here
// they are the quotation's too, when
// - the opener stands as a block quotation's does: first in its paragraph, or
//   right after a colon;
// - the paragraphs after it hold no double quotation mark (" “ ” « » „) until
//   one whose first such mark closes (a word before it, a space, punctuation
//   or the paragraph's end after it): the quotation ends there;
// - or, when the opener is its paragraph's first character and the paragraph
//   before ends with a colon (the statement announced), none of the
//   paragraphs after it, to the source's end, holds such a mark: the excerpt
//   stops inside the statement.
// A mark that opens first in a later paragraph ends the search: that is the
// English way of carrying a quotation on ("…\n“The strikers …”"), which
// quotes.ts already reads, or a new quotation.

/** Most paragraphs a block quotation runs on over after its first. */
const MAX_PARAGRAPHS = 10;

/** The offset of the paragraph's first double quotation mark, or -1. */
function firstMark(body: string, paragraph: Span): number {
  for (let i = paragraph.start; i < paragraph.end; i++) if (isDoubleMark(body.charCodeAt(i))) return i;
  return -1;
}

/** Does the mark at `at` close (a word before it; a space, punctuation or the paragraph's end after it)? */
function closes(body: string, paragraph: Span, at: number): boolean {
  if (at === paragraph.start || isWhiteSpace(body.charCodeAt(at - 1))) return false;
  return at + 1 >= paragraph.end || isWhiteSpace(body.charCodeAt(at + 1)) || AFTER_CLOSE.test(body[at + 1]!);
}

/** Does the opener at `open` stand first in its paragraph (`text`: the paragraph trimmed) or right after a colon? */
function opensBlock(body: string, text: Span, open: number): boolean {
  if (open === text.start) return true;
  let i = open - 1;
  while (i > text.start && isWhiteSpace(body.charCodeAt(i))) i--;
  return body.charCodeAt(i) === 0x3a;
}

/** The quotation still open at the end of paragraph `text` (an opener of a double mark never closed), or null. */
function openAtEnd(body: string, quotes: readonly Quote[], from: number, text: Span): Quote | null {
  let found: Quote | null = null;
  for (let i = from; i < quotes.length && quotes[i]!.start < text.end; i++) {
    const q = quotes[i]!;
    if (q.close === null && q.open !== null && q.end >= text.end && isDoubleMark(body.charCodeAt(q.open))) found = q;
  }
  return found;
}

/**
 * The quotations a block quotation adds after the paragraph it opens in (one per paragraph it runs on over), and the
 * quotations they replace (a closer's own reach back into its paragraph). `quotes` are the paragraphs' own, in order;
 * only blocks that open before `until` are looked for (a carried document after it is its author's: carried-text.ts).
 */
export function blockQuotations(body: string, paragraphs: readonly Paragraph[], quotes: readonly Quote[], until: number): {added: Quote[]; replaced: Set<Quote>} {
  const added: Quote[] = [];
  const replaced = new Set<Quote>();
  let q = 0;
  for (let p = 0; p + 1 < paragraphs.length && paragraphs[p]!.start < until; p++) {
    const text = trimSpan(body, paragraphs[p]!);
    while (q < quotes.length && quotes[q]!.start < text.start) q++;
    const open = openAtEnd(body, quotes, q, text);
    if (open === null || !opensBlock(body, text, open.open!)) continue;
    const run = runOn(body, paragraphs, p);
    if (run === null) continue;
    for (let r = p + 1; r < run.last; r++) {
      const inner = trimSpan(body, paragraphs[r]!);
      if (inner.end > inner.start) added.push({open: null, close: null, start: inner.start, end: inner.end});
    }
    if (run.close >= 0) {
      const last = trimSpan(body, paragraphs[run.last]!);
      added.push({open: null, close: run.close, start: last.start, end: run.close});
      const reachedBack = closerReach(quotes, q, last.start, run.close);
      if (reachedBack) replaced.add(reachedBack);
      // The closing paragraph may open a block of its own after its closer ("…".\nوقال: "…").
      p = run.last - 1;
    } else {
      const last = trimSpan(body, paragraphs[run.last]!);
      if (last.end > last.start) added.push({open: null, close: null, start: last.start, end: last.end});
      break;
    }
  }
  return {added, replaced};
}

/**
 * How a block quotation opened in paragraph `p` runs on: to the paragraph `last` whose first mark, at `close`, closes
 * it, or (close −1) to the source's last paragraph when it was announced and no later paragraph holds a mark. Null
 * when it does not run on.
 */
function runOn(body: string, paragraphs: readonly Paragraph[], p: number): {last: number; close: number} | null {
  for (let r = p + 1; r < paragraphs.length && r - p <= MAX_PARAGRAPHS; r++) {
    const mark = firstMark(body, paragraphs[r]!);
    if (mark < 0) continue;
    return closes(body, trimSpan(body, paragraphs[r]!), mark) ? {last: r, close: mark} : null;
  }
  const last = paragraphs.length - 1;
  return last - p <= MAX_PARAGRAPHS && announced(body, paragraphs, p) ? {last, close: -1} : null;
}

/**
 * The quotation quotes.ts made for a closer never opened in its paragraph (reaching back to a colon or to the
 * paragraph's start), or null: looked for among the quotes from index `from` on that start before the closer.
 */
function closerReach(quotes: readonly Quote[], from: number, start: number, close: number): Quote | null {
  for (let i = from; i < quotes.length && quotes[i]!.start <= close; i++) {
    const q = quotes[i]!;
    if (q.start >= start && q.close === close && q.open === null) return q;
  }
  return null;
}

/** Does paragraph `p` open with its mark, after a paragraph that ends with a colon ("…, which reads in part:")? */
function announced(body: string, paragraphs: readonly Paragraph[], p: number): boolean {
  if (p === 0) return false;
  const text = trimSpan(body, paragraphs[p]!);
  const before = trimSpan(body, paragraphs[p - 1]!);
  return isDoubleMark(body.charCodeAt(text.start)) && before.end > before.start && body.charCodeAt(before.end - 1) === 0x3a;
}
