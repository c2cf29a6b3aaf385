import {diffArrays} from 'diff';
import type {Token} from '../text/tokenize.js';
import type {EditKind, Passage, PassageEdit, Span} from '../types.js';
import {sharedShingles, shingleKey, type IndexStats, type SeedMatch} from './shingle-index.js';

export interface PassageInput {
  readonly id: string;
  readonly body: string;
  readonly tokens: readonly Token[];
  /** Framing mentions, so an edit that touches one can say so. */
  readonly termSpans: readonly Span[];
}

export interface PassageOptions {
  /** Shingle length in tokens. */
  readonly shingle?: number;
  /** Shortest passage worth showing, in tokens. */
  readonly minTokens?: number;
  /** Lowest share of common tokens. */
  readonly minSimilarity?: number;
  /** Largest gap (tokens) between two shared stretches that still makes one passage. */
  readonly maxGap?: number;
  /** Shingles occurring more often than this are boilerplate and ignored. */
  readonly maxPostings?: number;
}

/** Counters of the last run, for the benchmark and the index test. */
export const passageStats: IndexStats = {pairsExamined: 0, shingles: 0, droppedCommon: 0};

interface Region {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/**
 * Passages two sources share: seeded by common shingles, grown along the
 * diagonal across small edits, then aligned word by word with jsdiff over
 * normalised tokens (jsdiff's diffWords splits Arabic into letters).
 */
export function findSharedPassages(sources: readonly PassageInput[], options: PassageOptions = {}): Passage[] {
  const n = options.shingle ?? 4;
  const minTokens = options.minTokens ?? 8;
  const minSimilarity = options.minSimilarity ?? 0.5;
  const maxGap = options.maxGap ?? 12;
  const maxPostings = options.maxPostings ?? Math.max(8, Math.ceil(Math.sqrt(sources.length)) * 4);
  const pairs = sharedShingles(
    sources.map((s) => s.tokens),
    n,
    maxPostings,
    passageStats,
  );
  const passages: Passage[] = [];
  for (const [key, seeds] of pairs) {
    const [i, j] = key.split('|').map(Number) as [number, number];
    const a = sources[i]!;
    const b = sources[j]!;
    for (const core of regionsOf(seeds, n, maxGap)) {
      if (core.a1 - core.a0 < n + 1) continue;
      const region = extend(a, b, core, maxGap);
      if (region.a1 - region.a0 < minTokens || region.b1 - region.b0 < minTokens) continue;
      const passage = align(a, b, region);
      if (passage.similarity >= minSimilarity) passages.push(passage);
    }
  }
  return passages.sort((x, y) => cmp(x.a.source, y.a.source) || cmp(x.b.source, y.b.source) || x.a.start - y.a.start);
}

function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Chain seed matches that continue each other (both sides move forward, small gaps) into regions. */
function regionsOf(seeds: readonly SeedMatch[], n: number, maxGap: number): Region[] {
  const open: Region[] = [];
  for (const s of seeds) {
    const fit = open.find((r) => s.a >= r.a0 && s.a <= r.a1 + maxGap && s.b >= r.b0 && s.b <= r.b1 + maxGap && Math.abs(s.a - r.a1 - (s.b - r.b1)) <= maxGap);
    if (fit) {
      fit.a1 = Math.max(fit.a1, s.a + n);
      fit.b1 = Math.max(fit.b1, s.b + n);
    } else {
      open.push({a0: s.a, a1: s.a + n, b0: s.b, b1: s.b + n});
    }
  }
  // A region contained in a longer one (a repeated phrase matching twice) is dropped.
  return open
    .sort((x, y) => y.a1 - y.a0 - (x.a1 - x.a0))
    .filter((r, k, all) => !all.slice(0, k).some((o) => (r.a0 >= o.a0 && r.a1 <= o.a1) || (r.b0 >= o.b0 && r.b1 <= o.b1)));
}

/**
 * Grow a region past edits too dense for shingles to seed ("ألماتا وقتل 18
 * من عناصر" / "ألماتي وقتل 13 من أفراد"): align up to `reach` more tokens on
 * each side, within the sentence, and keep the stretch up to the last common
 * token while at least half of it is common.
 */
function extend(a: PassageInput, b: PassageInput, r: Region, reach: number): Region {
  const right = grow(a.tokens, r.a1, b.tokens, r.b1, reach, 1, a.body, b.body);
  const left = grow(a.tokens, r.a0 - 1, b.tokens, r.b0 - 1, reach, -1, a.body, b.body);
  return {a0: r.a0 - left.a, a1: r.a1 + right.a, b0: r.b0 - left.b, b1: r.b1 + right.b};
}

function grow(ta: readonly Token[], fromA: number, tb: readonly Token[], fromB: number, reach: number, step: 1 | -1, bodyA: string, bodyB: string): {a: number; b: number} {
  const take = (tokens: readonly Token[], from: number, body: string): Token[] => {
    const out: Token[] = [];
    for (let i = from; i >= 0 && i < tokens.length && out.length < reach; i += step) {
      // Stop at a sentence or paragraph end between this token and the previous one taken.
      const prev = out.length ? out[out.length - 1]! : step === 1 ? tokens[from - 1] : tokens[from + 1];
      if (prev) {
        const gap = step === 1 ? body.slice(prev.end, tokens[i]!.start) : body.slice(tokens[i]!.end, prev.start);
        if (/[.!?؟\n]/u.test(gap)) break;
      }
      out.push(tokens[i]!);
    }
    return out;
  };
  const xa = take(ta, fromA, bodyA);
  const xb = take(tb, fromB, bodyB);
  if (xa.length === 0 || xb.length === 0) return {a: 0, b: 0};
  const parts = diffArrays(xa, xb, {comparator: (x: Token, y: Token) => shingleKey(x.key) === shingleKey(y.key)});
  let ia = 0;
  let ib = 0;
  let common = 0;
  let best = {a: 0, b: 0};
  for (const part of parts) {
    const count = part.count ?? part.value.length;
    if (part.added) ib += count;
    else if (part.removed) ia += count;
    else {
      ia += count;
      ib += count;
      common += count;
      if (common * 2 >= Math.max(ia, ib)) best = {a: ia, b: ib};
    }
  }
  return best;
}

function align(a: PassageInput, b: PassageInput, r: Region): Passage {
  const ta = a.tokens.slice(r.a0, r.a1);
  const tb = b.tokens.slice(r.b0, r.b1);
  const parts = diffArrays(ta, tb, {comparator: (x: Token, y: Token) => shingleKey(x.key) === shingleKey(y.key)});
  const edits: PassageEdit[] = [];
  let ia = r.a0;
  let ib = r.b0;
  let common = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    const count = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      for (let k = 0; k < count; k++) {
        const x = a.tokens[ia + k]!;
        const y = b.tokens[ib + k]!;
        if (x.text !== y.text) edits.push(edit('spelling', span(a.tokens, ia + k, ia + k + 1), span(b.tokens, ib + k, ib + k + 1), a, b));
      }
      common += count;
      ia += count;
      ib += count;
      continue;
    }
    const next = parts[p + 1];
    if (part.removed && next?.added) {
      const nextCount = next.count ?? next.value.length;
      const kind = changeKind(a.tokens.slice(ia, ia + count), b.tokens.slice(ib, ib + nextCount));
      edits.push(edit(kind, span(a.tokens, ia, ia + count), span(b.tokens, ib, ib + nextCount), a, b));
      ia += count;
      ib += nextCount;
      p++;
    } else if (part.removed) {
      edits.push(edit('removed', span(a.tokens, ia, ia + count), null, a, b));
      ia += count;
    } else {
      const at = ia > r.a0 ? a.tokens[ia - 1]!.end : a.tokens[r.a0]!.start;
      edits.push({...edit('added', null, span(b.tokens, ib, ib + count), a, b), at});
      ib += count;
    }
  }
  return {
    a: {source: a.id, start: a.tokens[r.a0]!.start, end: a.tokens[r.a1 - 1]!.end},
    b: {source: b.id, start: b.tokens[r.b0]!.start, end: b.tokens[r.b1 - 1]!.end},
    similarity: Math.round((common / Math.max(ta.length, tb.length)) * 1000) / 1000,
    edits,
  };
}

function span(tokens: readonly Token[], from: number, to: number): Span {
  return {start: tokens[from]!.start, end: tokens[to - 1]!.end};
}

function edit(kind: EditKind, sa: Span | null, sb: Span | null, a: PassageInput, b: PassageInput): PassageEdit {
  const touches = (s: Span | null, terms: readonly Span[]): boolean => s !== null && terms.some((t) => t.start < s.end && s.start < t.end);
  const term = touches(sa, a.termSpans) || touches(sb, b.termSpans);
  return {kind, a: sa, b: sb, term};
}

/** A replaced stretch: numbers, a spelling variant (ألماتا / ألماتي), or other words. */
function changeKind(x: readonly Token[], y: readonly Token[]): EditKind {
  if (x.some((t) => t.isNumber) && y.some((t) => t.isNumber) && x.length === y.length) return 'number';
  if (x.length === y.length && x.every((t, k) => closeSpelling(t.key, y[k]!.key))) return 'spelling';
  return 'wording';
}

/** Same word spelled differently: one edit apart (two for long words), or the same consonants. */
function closeSpelling(p: string, q: string): boolean {
  if (p === q) return true;
  const limit = Math.min(p.length, q.length) >= 6 ? 2 : 1;
  if (Math.min(p.length, q.length) < 4) return false;
  if (editDistance(p, q, limit) <= limit) return true;
  const skeleton = (s: string): string => s.replace(/[اويه]/gu, '');
  return skeleton(p) === skeleton(q) && skeleton(p).length >= 3;
}

function editDistance(p: string, q: string, limit: number): number {
  if (Math.abs(p.length - q.length) > limit) return limit + 1;
  let prev = Array.from({length: q.length + 1}, (_, k) => k);
  for (let i = 1; i <= p.length; i++) {
    const row = [i];
    for (let k = 1; k <= q.length; k++) row[k] = Math.min(prev[k]! + 1, row[k - 1]! + 1, prev[k - 1]! + (p[i - 1] === q[k - 1] ? 0 : 1));
    prev = row;
  }
  return prev[q.length]!;
}
