import {diffArrays} from 'diff';
import type {Token} from '../text/tokenize.js';
import type {EditKind, PassageEdit, Span} from '../types.js';
import {shingleKey} from './shingle-index.js';

/*
 * Word-level diff of two token ranges. jsdiff's diffWords splits Arabic into
 * single letters, so the words are ours (tokenize.ts) and jsdiff only aligns
 * the arrays, comparing loose keys: "والشرطة" and "الشرطة", "مدرّبة" and
 * "مدربة" are the same word for alignment. What differs between aligned or
 * replaced words is then classified; offsets always come from the tokens.
 */

/** One side of a diff: a token range of a body and the framing terms in that body. */
export interface DiffSide {
  readonly tokens: readonly Token[];
  /** First token of the range. */
  readonly from: number;
  /** One past the last token of the range. */
  readonly to: number;
  readonly termSpans: readonly Span[];
}

export interface WordDiff {
  readonly edits: PassageEdit[];
  /** Tokens aligned as the same word: equal loose keys, so diacritic and clitic variants count, ألماتا / ألماتي does not. */
  readonly common: number;
}

/** The loose keys of a token range: jsdiff compares these strings directly, faster than a comparator call per pair. */
export function looseKeys(tokens: readonly Token[], from: number, to: number): string[] {
  const keys: string[] = [];
  for (let i = from; i < to; i++) keys.push(shingleKey(tokens[i]!.key));
  return keys;
}

/** Align two token ranges word by word and classify every difference. */
export function wordDiff(a: DiffSide, b: DiffSide): WordDiff {
  const parts = diffArrays(looseKeys(a.tokens, a.from, a.to), looseKeys(b.tokens, b.from, b.to));
  const edits: PassageEdit[] = [];
  let ia = a.from;
  let ib = b.from;
  let common = 0;
  let p = 0;
  while (p < parts.length) {
    const part = parts[p]!;
    if (!part.added && !part.removed) {
      const count = part.value.length;
      for (let k = 0; k < count; k++) {
        if (a.tokens[ia + k]!.text !== b.tokens[ib + k]!.text) edits.push(edit('spelling', a, ia + k, ia + k + 1, b, ib + k, ib + k + 1));
      }
      common += count;
      ia += count;
      ib += count;
      p++;
      continue;
    }
    // A run of removed and added parts (in either order) is one change.
    let removed = 0;
    let added = 0;
    for (; p < parts.length && (parts[p]!.added || parts[p]!.removed); p++) {
      if (parts[p]!.added) added += parts[p]!.value.length;
      else removed += parts[p]!.value.length;
    }
    if (removed > 0 && added > 0) {
      const kind = changeKind(a.tokens.slice(ia, ia + removed), b.tokens.slice(ib, ib + added));
      edits.push(edit(kind, a, ia, ia + removed, b, ib, ib + added));
    } else if (removed > 0) {
      edits.push(edit('removed', a, ia, ia + removed, b, ib, ib));
    } else {
      // Where B's words come in, in A: after the last aligned word, or at the start of the range.
      const at = ia > a.from ? a.tokens[ia - 1]!.end : a.tokens[a.from]!.start;
      edits.push({...edit('added', a, ia, ia, b, ib, ib + added), at});
    }
    ia += removed;
    ib += added;
  }
  return {edits, common};
}

/** An edit over token ranges [fromA, toA) and [fromB, toB); an empty range is no span. */
function edit(kind: EditKind, a: DiffSide, fromA: number, toA: number, b: DiffSide, fromB: number, toB: number): PassageEdit {
  const sa = toA > fromA ? tokenSpan(a.tokens, fromA, toA) : null;
  const sb = toB > fromB ? tokenSpan(b.tokens, fromB, toB) : null;
  return {kind, a: sa, b: sb, term: touchesTerm(sa, a.termSpans) || touchesTerm(sb, b.termSpans)};
}

function tokenSpan(tokens: readonly Token[], from: number, to: number): Span {
  return {start: tokens[from]!.start, end: tokens[to - 1]!.end};
}

function touchesTerm(span: Span | null, terms: readonly Span[]): boolean {
  return span !== null && terms.some((t) => t.start < span.end && span.start < t.end);
}

/**
 * A replaced stretch: a number changed (18 / 13), a spelling variant
 * (ألماتا / ألماتي, ألما آتا / ألماتا), or other words.
 */
export function changeKind(x: readonly Token[], y: readonly Token[]): EditKind {
  if (x.some((t) => t.isNumber) && y.some((t) => t.isNumber)) return 'number';
  if (x.length === y.length && x.every((t, k) => closeSpelling(t.key, y[k]!.key))) return 'spelling';
  const joined = (ts: readonly Token[]): string => ts.map((t) => t.key).join('');
  if (x.length !== y.length && !x.some((t) => t.isNumber) && !y.some((t) => t.isNumber) && closeSpelling(joined(x), joined(y))) return 'spelling';
  return 'wording';
}

/**
 * The same word spelled differently: equal loose keys, one letter apart (two
 * for long words), or the same consonants (vowel letters and teh marbuta
 * dropped). Short words are never close: "من" and "عن" are different words.
 */
export function closeSpelling(p: string, q: string): boolean {
  if (p === q || shingleKey(p) === shingleKey(q)) return true;
  if (Math.min(p.length, q.length) < 4) return false;
  const limit = Math.min(p.length, q.length) >= 6 ? 2 : 1;
  if (editDistance(p, q, limit) <= limit) return true;
  const sp = skeleton(p);
  return sp.length >= 3 && sp === skeleton(q);
}

function skeleton(key: string): string {
  return key.replace(/[اويهء]/gu, '');
}

/** Levenshtein distance, or limit + 1 as soon as it must exceed the limit. */
export function editDistance(p: string, q: string, limit: number): number {
  if (Math.abs(p.length - q.length) > limit) return limit + 1;
  let prev = Array.from({length: q.length + 1}, (_, k) => k);
  for (let i = 1; i <= p.length; i++) {
    const row = [i];
    let best = i;
    for (let k = 1; k <= q.length; k++) {
      row[k] = Math.min(prev[k]! + 1, row[k - 1]! + 1, prev[k - 1]! + (p[i - 1] === q[k - 1] ? 0 : 1));
      best = Math.min(best, row[k]!);
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[q.length]!;
}
