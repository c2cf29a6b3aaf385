import type {Analysis, Span} from '../types.js';
import {cellWidth, graphemes, graphemeWidth} from './cells.js';
import {displayText} from './sanitize.js';
import {hasRtl} from './visual.js';

/*
 * The Reader's text, wrapped in logical order (visual mode reorders each
 * row afterwards, never before wrapping, so a paragraph's first words stay
 * on its first row). Rows keep body offsets: highlights, the focus and the
 * scroll position are offsets, so they survive a resize. Wrapped once per
 * source and width: a key press only styles the rows on screen.
 */

export interface ReaderRow extends Span {
  /** Word spans on this row (empty for the blank row between paragraphs). */
  readonly words: readonly Span[];
  readonly rtl: boolean;
}

const cache = new WeakMap<Analysis, Map<string, readonly ReaderRow[]>>();

export function readerRows(a: Analysis, source: number, cols: number): readonly ReaderRow[] {
  let bySize = cache.get(a);
  if (!bySize) cache.set(a, (bySize = new Map()));
  const key = `${source}:${cols}`;
  let rows = bySize.get(key);
  if (!rows) bySize.set(key, (rows = wrapSource(a, source, Math.max(4, cols))));
  return rows;
}

function wrapSource(a: Analysis, index: number, cols: number): ReaderRow[] {
  const src = a.sources[index];
  if (!src) return [];
  const rows: ReaderRow[] = [];
  src.paragraphs.forEach((p, i) => {
    const text = src.body.slice(p.start, p.end);
    const rtl = p.language === 'ar' || (p.language !== 'en' && hasRtl(text));
    for (const row of wrapParagraph(src.body, p, cols, rtl)) rows.push(row);
    if (i < src.paragraphs.length - 1) rows.push({start: p.end, end: p.end, words: [], rtl});
  });
  return rows;
}

function wrapParagraph(body: string, p: Span, cols: number, rtl: boolean): ReaderRow[] {
  const rows: ReaderRow[] = [];
  let words: Span[] = [];
  let used = 0;
  const flush = (): void => {
    if (words.length) rows.push({start: words[0]!.start, end: words[words.length - 1]!.end, words, rtl});
    words = [];
    used = 0;
  };
  const re = /\S+/gu;
  re.lastIndex = p.start;
  for (let m = re.exec(body); m && m.index < p.end; m = re.exec(body)) {
    const start = m.index;
    const end = Math.min(p.end, start + m[0].length);
    for (const piece of splitLong(body, start, end, cols)) {
      const w = cellWidth(displayText(body.slice(piece.start, piece.end)));
      if (w === 0) continue;
      if (used > 0 && used + 1 + w > cols) flush();
      words.push(piece);
      used += (used > 0 ? 1 : 0) + w;
    }
  }
  flush();
  return rows;
}

/** A word wider than the row (a URL, a run of digits) is cut into row-sized pieces by grapheme. */
function splitLong(body: string, start: number, end: number, cols: number): Span[] {
  const text = body.slice(start, end);
  if (cellWidth(displayText(text)) <= cols) return [{start, end}];
  const pieces: Span[] = [];
  let from = start;
  let at = start;
  let used = 0;
  for (const g of graphemes(text)) {
    const w = graphemeWidth(displayText(g) || ' ');
    if (used + w > cols) {
      pieces.push({start: from, end: at});
      from = at;
      used = 0;
    }
    at += g.length;
    used += w;
  }
  pieces.push({start: from, end: at});
  return pieces;
}

/** The row showing `offset` (the last row starting at or before it). */
export function rowAt(rows: readonly ReaderRow[], offset: number): number {
  let lo = 0;
  let hi = rows.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
