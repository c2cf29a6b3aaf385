import {matchKey} from './normalize.js';

/**
 * A word of a body: letters (with their combining marks) or a number.
 * `start`/`end` index the body, `key` is the matching key (normalize.ts).
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly key: string;
  readonly isNumber: boolean;
}

/*
 * A Unicode-property regex rather than Intl.Segmenter: the segmenter is
 * superlinear on long strings (docs/arabic.md §4: 100k characters took 7 s),
 * while this runs at tens of MB/s and gives the same word boundaries for
 * news text. Numbers keep their separators ("7,989", "1,8", "12.5").
 * Tatweel (U+0640, a letter modifier) stays inside the word ("بـ").
 */
const WORD = /[\p{L}\p{M}]+|\p{Nd}+(?:[.,٫٬]\p{Nd}+)*/gu;

const DIGIT_FIRST = /^\p{Nd}/u;

export function tokenize(body: string, from = 0, to = body.length): Token[] {
  const tokens: Token[] = [];
  // One regex object for every call (tokenize never re-enters itself); lastIndex is set each time.
  const re = WORD;
  re.lastIndex = from;
  for (let m = re.exec(body); m !== null && m.index < to; m = re.exec(body)) {
    const start = m.index;
    let text = m[0];
    let end = start + text.length;
    if (end > to) {
      end = to;
      text = body.slice(start, end);
    }
    tokens.push({start, end, text, key: matchKey(text), isNumber: startsWithDigit(text)});
  }
  re.lastIndex = 0;
  return tokens;
}

/** A number token: the regex's second branch, which alone starts with a digit (ASCII digits checked without a regex). */
function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (c < 0x0660) return false;
  return DIGIT_FIRST.test(text);
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
