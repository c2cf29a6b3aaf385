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

export function tokenize(body: string, from = 0, to = body.length): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(body); m !== null && m.index < to; m = re.exec(body)) {
    const text = m[0];
    const end = Math.min(m.index + text.length, to);
    const slice = end === m.index + text.length ? text : body.slice(m.index, end);
    tokens.push({start: m.index, end, text: slice, key: matchKey(slice), isNumber: /^\p{Nd}/u.test(slice)});
  }
  return tokens;
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
