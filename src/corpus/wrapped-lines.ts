import type {Paragraph} from '../types.js';

/*
 * Hard-wrapped copy (mail archives, wire feeds, old pages) breaks its
 * paragraphs into lines of a fixed width:
 *
 *   The Armenian police defended on Saturday the forcible break-up of the
 *   eleven-day peaceful opposition demonstration in Yerevan, portraying
 *
 * Read one paragraph per line, such copy loses every term and quotation that
 * runs over a line end ("mass\ndisorders"). A run of English lines with no
 * blank line between, wrapped at one width, is joined back: a line that
 * fills the width goes on into the next, unless it closes a sentence well
 * short of the width (a paragraph's last line). The paragraph spans the
 * original text, line breaks and all: offsets never move.
 */

/** The widths hard-wrapped copy uses (60–80 columns, a little more or less). */
const MIN_WIDTH = 45;
const MAX_WIDTH = 100;
/** A line shorter than this share of its run's width ends its paragraph. */
const FULL = 0.6;
/** A line that closes a sentence below this share of the width is a paragraph's last. */
const CLOSED_SHORT = 0.85;
const SENTENCE_END = /[.!?؟:;]["”’»)]*$/u;

/** The lines of a body, joined where they are one hard-wrapped paragraph. `lines` are trimmed, non-empty and in order. */
export function joinWrappedLines(body: string, lines: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  let run = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && !blankBetween(body, lines[i - 1]!, lines[i]!)) continue;
    joinRun(body, lines, run, i, out);
    run = i;
  }
  return out;
}

/** Whether an empty line stands between two lines (two line breaks in the gap). */
function blankBetween(body: string, a: Paragraph, b: Paragraph): boolean {
  let breaks = 0;
  for (let i = a.end; i < b.start; i++) if (body.charCodeAt(i) === 0x0a && ++breaks === 2) return true;
  return false;
}

/** Lines [from, to) with no blank line between: joined where they are wrapped, else as they are. */
function joinRun(body: string, lines: readonly Paragraph[], from: number, to: number, out: Paragraph[]): void {
  const width = wrapWidth(body, lines, from, to);
  let current = lines[from]!;
  for (let i = from + 1; i < to; i++) {
    const next = lines[i]!;
    if (width > 0 && goesOn(body, lines[i - 1]!, next, width)) current = {start: current.start, end: next.end, language: 'en'};
    else {
      out.push(current);
      current = next;
    }
  }
  out.push(current);
}

/**
 * The width a run of lines is wrapped at, or 0 when it is not wrapped: English lines, the longest between 45 and 100
 * characters, and at least one line that stops mid-sentence before a line opening in lower case.
 */
function wrapWidth(body: string, lines: readonly Paragraph[], from: number, to: number): number {
  if (to - from < 2) return 0;
  let width = 0;
  let midSentence = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.language !== 'en') return 0;
    width = Math.max(width, line.end - line.start);
    if (i + 1 < to && !SENTENCE_END.test(body.slice(line.end - 3, line.end)) && /^\p{Ll}/u.test(body[lines[i + 1]!.start] ?? '')) midSentence = true;
  }
  return midSentence && width >= MIN_WIDTH && width <= MAX_WIDTH ? width : 0;
}

/** Whether `line` runs on into `next`: it fills the width, is no headline in capitals, and does not close a sentence well short of it. */
function goesOn(body: string, line: Paragraph, next: Paragraph, width: number): boolean {
  const length = line.end - line.start;
  if (next.language !== 'en' || length < FULL * width || !/\p{Ll}/u.test(body.slice(line.start, line.end))) return false;
  return !(SENTENCE_END.test(body.slice(line.end - 3, line.end)) && length < CLOSED_SHORT * width);
}
