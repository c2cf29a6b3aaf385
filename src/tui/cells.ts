import stringWidth from 'string-width';

/*
 * Terminal cells, counted the way Ink places text: Ink's Output walks a line
 * grapheme by grapheme and advances max(1, string-width) cells. Harakat and
 * shadda sit inside their letter's grapheme (0 extra cells); a lam-alef
 * ligature is one cell; wide characters take 2.
 */

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

const widths = new Map<string, number>();

export function graphemeWidth(grapheme: string): number {
  // One cell: a narrow character and its marks (string-width gives 1, or 0 for a lone mark, which Ink draws in 1).
  if (NARROW.test(grapheme)) return 1;
  let w = widths.get(grapheme);
  if (w === undefined) {
    w = Math.max(1, stringWidth(grapheme));
    if (widths.size > 50_000) widths.clear();
    widths.set(grapheme, w);
  }
  return w;
}

// Scripts and symbols that are one cell per character, apart from combining
// marks and joiners, which belong to the grapheme before them (zero cells).
// Most of what the UI draws is in here: Arabic, Latin, punctuation, arrows,
// box drawing. Anything else (CJK, emoji, other scripts) goes grapheme by
// grapheme through string-width.
const NARROW = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u036f\u0370-\u058f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u200c\u200d\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2200-\u22ff\u2500-\u25fc\ufb50-\ufdff\ufe70-\ufefc]*$/u;
const ZERO = /[\p{M}\u200c\u200d]/gu;

/** Cells a string takes on screen. */
export function cellWidth(text: string): number {
  if (/^[\x20-\x7e]*$/u.test(text)) return text.length;
  if (NARROW.test(text)) {
    const zero = text.match(ZERO)?.length ?? 0;
    // A mark or joiner opening the string is a grapheme of its own: Ink gives it a cell.
    return text.length - zero + (zero > 0 && /^[\p{M}\u200c\u200d]/u.test(text) ? 1 : 0);
  }
  let cells = 0;
  for (const g of graphemes(text)) cells += graphemeWidth(g);
  return cells;
}

/** The longest start of `text` that fits in `max` cells, by grapheme. */
export function takeCells(text: string, max: number): string {
  if (max <= 0) return '';
  if (cellWidth(text) <= max) return text;
  if (NARROW.test(text)) return takeNarrow(text, max);
  let out = '';
  let used = 0;
  // Segment by segment, stopping at the cut: a long paragraph is not split whole.
  for (const {segment: g} of segmenter.segment(text)) {
    const w = graphemeWidth(g);
    if (used + w > max) break;
    out += g;
    used += w;
  }
  return out;
}

const MARK = /^[\p{M}\u200c\u200d]$/u;

/** takeCells for narrow text (all in the BMP) without segmenting it: a cell per character, marks and joiners riding on the one before (a leading one takes a cell), as cellWidth counts. */
function takeNarrow(text: string, max: number): string {
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && MARK.test(text[i]!)) continue;
    if (used === max) return text.slice(0, i);
    used++;
  }
  return text;
}

/** Cut to at most `max` cells, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (cellWidth(text) <= max) return text;
  if (max <= 0) return '';
  return withEllipsis(takeCells(text, max - 1), text);
}

/** A letter of a right-to-left script (Hebrew, Arabic and their presentation forms); also what visual.ts reorders. */
export const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const STRONG = /[\p{L}]/gu;

/**
 * `kept` (a start of `text`) with the ellipsis that marks the cut. When the
 * cut falls in right-to-left text, a line laid out left to right (a
 * terminal that does bidi, or visual mode's reordering) would draw an
 * ellipsis after it at the run's right end, where the reading starts: so
 * the partial word and the marks after the last whole word are dropped,
 * and the ellipsis goes before the right-to-left run, which puts it at the
 * run's left end, where the reading stops.
 */
export function withEllipsis(kept: string, text: string): string {
  const letters = [...kept.matchAll(STRONG)];
  const last = letters[letters.length - 1];
  if (!last || !RTL_LETTER.test(last[0])) return `${kept}…`;
  let end = kept.length;
  // A word cut in two: back to the space before it, when a whole word is left.
  if (/[\p{L}\p{M}]/u.test(text[end] ?? '')) {
    const space = kept.search(/\s\S*$/u);
    if (space > 0 && RTL_LETTER.test(kept.slice(0, space))) end = space;
  }
  const body = kept.slice(0, end).replace(/[\s\p{P}\p{S}]+$/u, '');
  // The run starts at the first right-to-left letter after the last left-to-right one (figures after a Latin letter stay left to right).
  const ltr = [...body.matchAll(STRONG)].filter((m) => !RTL_LETTER.test(m[0])).pop();
  let start = ltr ? ltr.index + ltr[0].length : 0;
  while (start < body.length && !RTL_LETTER.test(body[start]!)) start++;
  return `${body.slice(0, start)}…${body.slice(start)}`;
}

/** Cut or pad with spaces to exactly `size` cells. */
export function fitCells(text: string, size: number): string {
  const cut = truncate(text, size);
  return cut + ' '.repeat(Math.max(0, size - cellWidth(cut)));
}

/** Pad on the left to exactly `size` cells (numbers in columns). */
export function padStartCells(text: string, size: number): string {
  const cut = truncate(text, size);
  return ' '.repeat(Math.max(0, size - cellWidth(cut))) + cut;
}
