import type {Span} from '../types.js';
import {isWhiteSpace, skipSpaceBack, skipSpaceForward} from '../text/white-space.js';

/**
 * A quotation inside one paragraph. `start`/`end` bound the quoted words
 * (marks excluded); `open`/`close` are the offsets of the marks, null where
 * the text left the quote unbalanced.
 */
export interface Quote extends Span {
  readonly open: number | null;
  readonly close: number | null;
}

/*
 * Arabic texts mix “ ” « » and " and use them in either direction
 * (بـ”التهديد الإرهابي” opens with a closing mark), so a mark's role comes
 * from its position, not its shape: it can open when a word follows it and
 * close when a word precedes it. Marks pair within a family; a quote of
 * another family may nest inside. An opener never closed runs to the end of
 * its paragraph; a closer never opened reaches back to the last colon of
 * its sentence ("Speaker: claim”), or is ignored.
 */
const FAMILY: Readonly<Record<string, string>> = {'“': 'curly', '”': 'curly', '„': 'curly', '«': 'angle', '»': 'angle', '"': 'straight', '″': 'straight', "'": 'single', '‘': 'curlySingle', '’': 'curlySingle'};

const MARKS = /''|[“”„«»"'‘’″]/gu;

/*
 * Publishing software that turns straight marks into curly ones reads a " right after a digit as an inch sign and
 * writes a double prime (منصة "السويداء 24″ الإعلامية: the site's name in straight marks, never closed otherwise).
 * A ″ after a digit closes the double quotation (straight or curly) still open when no other double mark follows in
 * its paragraph; it never opens one. Where a mark follows («“beauty on a 27″ monitor.”»), or no quotation is open, it
 * is the measure it looks like.
 */
const DOUBLE_PRIME = '″';

/** Whether a code unit is a mark of a double family (" “ ” „ « »): the marks FAMILY does not give to a single one, but the double prime (″), a closing mark only after a digit. */
export const isDoubleMark = (c: number): boolean => c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;

/*
 * Curly single marks (‘rigged’, police ‘working’, so-called ‘Russian law’) quote as the other marks do, by their
 * shape: ‘ opens before a letter, ’ closes only a ‘ still open, after a word and before a space or punctuation, so
 * the apostrophes written with the same ’ (Ortega’s, protesters’ cars) quote nothing. A ‘ never closed is none.
 */
const CURLY_SINGLE = 'curlySingle';

/*
 * A single straight mark is most often an apostrophe (Niger's, don't,
 * protesters'): it opens a quotation only after a space or an opening
 * bracket or mark and before a letter ('refused to release'), closes only
 * the one it opened, before a space or punctuation, and a quotation it
 * opened and never closed is none.
 */
const SINGLE = 'single';
/** The single marks, straight or curly: a quotation of theirs that never closes is none, and another family's closer never reaches back to them. */
const isSingle = (family: string): boolean => family === SINGLE || family === CURLY_SINGLE;
const BEFORE_SINGLE_OPEN = /[\s(\[“"«—–-]/u;

/*
 * Some papers (El Khabar, An-Nasr: Algerian style) quote with two straight
 * apostrophes, ''كذا'', as others do with ". Such a pair is one mark of the
 * straight family; it is kept at its apostrophe next to the quoted words
 * (the second of an opening pair, the first of a closing one), so that the
 * quotation's words begin one after its opening mark and end at its closing
 * one, as with any other mark, and the pair's outer neighbours decide
 * whether it opens or closes.
 */
const PAIRED_APOSTROPHES = "''";

/**
 * The offsets of the paragraph's quotation marks, in order, and which of
 * them stand for a pair of apostrophes: the regex runs over the paragraph's
 * own text, so its search stops at the paragraph's end (run over the body
 * from the paragraph's start, it went on to the next mark however far away,
 * once per paragraph).
 */
function marksOf(body: string, paragraph: Span): {at: number[]; paired: ReadonlySet<number>} {
  const text = body.slice(paragraph.start, paragraph.end);
  const at: number[] = [];
  // Made only for a paragraph that has a pair (few do): most paragraphs allocate nothing more than their list.
  let paired: Set<number> | null = null;
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const offset = paragraph.start + m.index;
    if (m[0] !== PAIRED_APOSTROPHES) {
      at.push(offset);
      continue;
    }
    // A pair after a space or at the paragraph's start opens (''كذا, '' كذا) and is kept at its second apostrophe.
    const opens = m.index === 0 || isWhiteSpace(text.charCodeAt(m.index - 1));
    const kept = opens ? offset + 1 : offset;
    at.push(kept);
    (paired ??= new Set()).add(kept);
  }
  return {at, paired: paired ?? NO_PAIRS};
}

const NO_PAIRS: ReadonlySet<number> = new Set();

const NO_QUOTES: readonly Quote[] = [];

export function findQuotes(body: string, paragraph: Span): readonly Quote[] {
  const {at: marks, paired} = marksOf(body, paragraph);
  // Most paragraphs hold no quotation mark: nothing to set up.
  if (marks.length === 0) return NO_QUOTES;
  const quotes: Quote[] = [];
  const open = new Map<string, number>();
  const isSpace = (offset: number): boolean => offset < paragraph.start || offset >= paragraph.end || isWhiteSpace(body.charCodeAt(offset));

  // The last colon and sentence end before a mark, kept up to date as the marks are met in order
  // (searching back from every mark is quadratic in a long paragraph without either).
  let scanned = paragraph.start;
  let lastColon = -1;
  let lastEnd = paragraph.start;
  /** The closing mark of the latest quotation closed, or -1, and the end of the first sentence after it, or -1. */
  let lastClose = -1;
  let endAfterClose = -1;
  const before = (at: number): {colon: number; sentenceStart: number} => {
    for (; scanned < at; scanned++) {
      const c = body[scanned]!;
      if (c === ':') lastColon = scanned;
      else if (c === '.' || c === '!' || c === '?' || c === '؟') {
        lastEnd = scanned + 1;
        if (endAfterClose < 0 && scanned > lastClose) endAfterClose = scanned + 1;
      }
    }
    return {colon: lastColon, sentenceStart: lastEnd};
  };

  /** The closing mark of a quotation nested in another of its family, already paired: skipped when the loop meets it. */
  let nestedClose = -1;
  // The index of the paragraph's last double mark that is not a ″: a ″ before it is a measure.
  let lastDoubleMark = -1;
  for (let i = marks.length - 1; i >= 0; i--) {
    const c = body[marks[i]!]!;
    if (c !== DOUBLE_PRIME && (FAMILY[c] === 'straight' || FAMILY[c] === 'curly')) {
      lastDoubleMark = i;
      break;
    }
  }
  for (let i = 0; i < marks.length; i++) {
    const at = marks[i]!;
    if (at === nestedClose) continue;
    const pair = paired.has(at);
    const prime = body[at] === DOUBLE_PRIME;
    const family = pair ? 'straight' : prime ? latestDouble(open) : FAMILY[body[at]!]!;
    // The characters around the mark, outside a pair of apostrophes.
    const after = pair && body[at + 1] === "'" ? at + 2 : at + 1;
    const beforeMark = pair && body[at - 1] === "'" ? at - 2 : at - 1;
    // A mark before punctuation ("instant”.") closes; it never opens a quotation of nothing.
    let canOpen = !isSpace(after) && !AFTER_CLOSE.test(body[after]!);
    let canClose = !isSpace(beforeMark);
    const opener = open.get(family);
    if (prime) {
      canOpen = false;
      canClose = opener !== undefined && i > lastDoubleMark && /\p{Nd}/u.test(body[at - 1] ?? '');
      if (!canClose) continue;
    } else if (family === CURLY_SINGLE) {
      canOpen = body[at] === '‘' && /\p{L}/u.test(body[at + 1] ?? '');
      canClose = body[at] === '’' && opener !== undefined && canClose && (isSpace(at + 1) || AFTER_CLOSE.test(body[at + 1]!) || body[at + 1] === '”' || body[at + 1] === '"');
      if (!canOpen && !canClose) continue;
    } else if (family === SINGLE) {
      canOpen = (at === paragraph.start || BEFORE_SINGLE_OPEN.test(body[at - 1]!)) && /\p{L}/u.test(body[at + 1] ?? '');
      canClose = opener !== undefined && canClose && (isSpace(at + 1) || AFTER_CLOSE.test(body[at + 1]!) || body[at + 1] === '’' || body[at + 1] === '”');
      if (canClose) canOpen = false;
      if (!canOpen && !canClose) continue;
    } else if (family === 'straight' && opener !== undefined && canOpen && !canClose && /[,.;!?]\s$/u.test(body.slice(beforeMark - 1, beforeMark + 1)) && /\p{Ll}/u.test(body[after]!)) {
      // '…the greatest possible damage, "said Piñera': a straight mark after a clause's punctuation and a space,
      // before a lower-case word, closes the quotation still open rather than opening one.
      canClose = true;
    } else if ((family === 'straight' || family === 'curly') && !canOpen && !canClose) {
      // '… التلفزيون " إننا فى حرب … حدود".': a lone straight mark between spaces opens when none is open, else closes;
      // 'عن " مقتل اثنين … خطيرة ".': one between a space and a closing punctuation closes the one open. 'أن ما جرى في
      // عدة مدن تونسية ” أحداث وراءها أياد … منذ أسبوعين”.': a curly mark set off by spaces takes its role the same
      // way, whatever its shape.
      const role = spacedRole(body, after, opener !== undefined, isSpace(after));
      canOpen = role === 'open';
      canClose = role === 'close';
    } else if (family === 'angle' && !canOpen && !canClose) {
      // 'إن المتظاهرين « مُنعوا من الذهاب إلى البرلمان … ».': a guillemet set off by spaces on both sides takes its
      // role from its shape, « opening and » closing one opened.
      if (body[at] === '«') canOpen = true;
      else if (opener !== undefined) canClose = true;
    }
    const other = opener === undefined && canClose && !canOpen && !isSingle(family) ? otherOpen(open, family) : undefined;
    if (opener !== undefined && canClose) {
      quotes.push({open: opener, close: at, start: opener + 1, end: at});
      open.delete(family);
    } else if (other) {
      // "the response would be instant”: opened straight, closed curly — the writer's one quotation, not two.
      quotes.push({open: other[1], close: at, start: other[1] + 1, end: at});
      open.delete(other[0]);
    } else if (canOpen && opener !== undefined && (nestedClose = nestedCurlyClose(body, marks, i, opener)) >= 0) {
      // '“Everyone could see that the opposition was preparing a coup. The “coup” is the exact word for it. …': a short
      // “…” inside a curly quotation still open is a quotation within it; the outer one goes on past its ”.
      quotes.push({open: at, close: nestedClose, start: at + 1, end: nestedClose});
    } else if (canOpen) {
      if (opener !== undefined && !isSingle(family)) quotes.push({open: opener, close: null, start: opener + 1, end: at});
      open.set(family, at);
    } else if (canClose) {
      const {colon, sentenceStart} = before(at);
      if (colon >= sentenceStart) quotes.push({open: null, close: at, start: colon + 1, end: at});
      else if (/[,،]$/u.test(body.slice(at - 1, at))) {
        // '“…,” said the minister. But individuals … are criminals. And we expect …,” said the minister.': a closer after a
        // comma whose opener the writer left out reaches back to the paragraph's start, or to the first sentence after
        // the quotation closed before it.
        const from = lastClose < 0 ? paragraph.start : endAfterClose;
        if (from >= 0) quotes.push({open: null, close: at, start: from, end: at});
      }
    }
    if (quotes.length > 0 && quotes[quotes.length - 1]!.close === at) {
      lastClose = at;
      endAfterClose = -1;
    }
  }
  for (const [family, opener] of open) if (!isSingle(family)) quotes.push({open: opener, close: null, start: opener + 1, end: paragraph.end});
  return quotes.map(trim(body)).filter((q) => q.end > q.start).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Longest quotation nested in another of the same curly marks ("the so-called “national salvation government”"), in characters. */
const MAX_NESTED = 60;

/**
 * The closing mark of a short quotation nested in a curly one still open, or -1: the outer and the inner both open
 * with “ by their shape, the inner closes with ” by its shape within a few words, no sentence end and no punctuation
 * right before its ” ('“…, he said. “They are terrorists,” he added' is the writer's two quotations, the first left
 * open). Marks `i` and `i + 1` of the paragraph's marks are the inner quotation's.
 */
function nestedCurlyClose(body: string, marks: readonly number[], i: number, opener: number): number {
  const at = marks[i]!;
  const close = marks[i + 1];
  if (body[at] !== '“' || body[opener] !== '“' || close === undefined || body[close] !== '”' || close - at > MAX_NESTED) return -1;
  const inner = body.slice(at + 1, close);
  return /^\p{L}/u.test(inner) && /\p{L}$/u.test(inner) && !/[.!?؟\n]/u.test(inner) ? close : -1;
}

/** Punctuation that follows a closing mark, never the first character of a quotation. */
export const AFTER_CLOSE = /[.,;:!?،؛؟)\]]/u;

/**
 * The role of a straight or curly mark that touches no word, with a space before it and a space or a closing
 * punctuation after it (" تالة ", 'خطيرة ".'): it closes the quotation of its family still open, opens one when none
 * is and a space follows it, and else is no mark.
 */
function spacedRole(body: string, after: number, isOpen: boolean, spaceAfter: boolean): 'open' | 'close' | null {
  if (isOpen) return spaceAfter || AFTER_CLOSE.test(body[after] ?? '') ? 'close' : null;
  return /\s/u.test(body[after] ?? '') ? 'open' : null;
}

/** The family of the latest straight or curly quotation still open, the one a ″ closes ('straight' when neither is). */
function latestDouble(open: ReadonlyMap<string, number>): string {
  const straight = open.get('straight') ?? -1;
  const curly = open.get('curly') ?? -1;
  return curly > straight ? 'curly' : 'straight';
}

/** The latest quotation still open in another family than `family`, as [family, offset]. */
function otherOpen(open: ReadonlyMap<string, number>, family: string): [string, number] | undefined {
  let found: [string, number] | undefined;
  for (const [f, at] of open) if (f !== family && !isSingle(f) && (!found || at > found[1])) found = [f, at];
  return found;
}

function trim(body: string): (q: Quote) => Quote {
  return (q) => {
    const start = skipSpaceForward(body, q.start, q.end);
    const end = skipSpaceBack(body, start, q.end);
    // Field by field, in the order every quote is made in: an object spread copies through V8's slow path.
    return {open: q.open, close: q.close, start, end};
  };
}

/** The innermost quote that contains the span entirely, if any. */
export function quoteAround(quotes: readonly Quote[], span: Span): Quote | null {
  let best: Quote | null = null;
  for (const q of quotes) {
    if (q.start > span.start) break;
    if (q.end >= span.end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

/** A quote that covers part of the span only (قوات "حفظ السلام"). */
export function quoteCutting(quotes: readonly Quote[], span: Span): Quote | null {
  for (const q of quotes) {
    if (q.start >= span.end) break;
    const overlaps = q.start < span.end && q.end > span.start;
    const contains = q.start <= span.start && q.end >= span.end;
    if (overlaps && !contains) return q;
  }
  return null;
}
