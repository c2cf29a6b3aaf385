import {diffArrays} from 'diff';
import type {Token} from '../text/tokenize.js';
import type {GroupMember, PassageGroup, PassageSide, Span} from '../types.js';
import type {PopularPostings} from './shingle-index.js';
import {looseKeys, wordDiff} from './word-diff.js';

/*
 * N-way shared passages: the same story carried by many outlets (more than
 * the pair step's limit) becomes one group — which sources carry it, the
 * most common wording, and each carrier's edits against that wording —
 * instead of N² pairs. Steps, each linear in the postings:
 *  1. per source, widely shared shingles that follow each other (gaps for
 *     edits allowed) are chained into regions;
 *  2. regions with similar shingle sets are joined (MinHash signatures,
 *     banded: two regions land in one bucket when they share most shingles,
 *     so a set phrase two different stories both contain does not join them);
 *  3. per group, the wording most members have verbatim is the reference and
 *     every member is aligned word by word against it.
 */

export interface GroupInput {
  readonly id: string;
  readonly body: string;
  readonly tokens: readonly Token[];
  readonly termSpans: readonly Span[];
}

export interface GroupOptions {
  readonly n: number;
  readonly maxGap: number;
  readonly minTokens: number;
  readonly minSimilarity: number;
}

interface RegionRef {
  readonly source: number;
  readonly from: number;
  readonly to: number;
  readonly hashes: readonly number[];
}

const SIGNATURE = 16;
const ROWS = 2;

export function findPassageGroups(sources: readonly GroupInput[], popular: ReadonlyMap<number, PopularPostings>, options: GroupOptions): PassageGroup[] {
  const regions: RegionRef[] = [];
  for (const [source, postings] of [...popular].sort((x, y) => x[0] - y[0])) {
    for (const region of chainRegions(source, postings, options)) regions.push(region);
  }
  const groups = joinSimilar(regions);
  const out: {group: PassageGroup; source: number}[] = [];
  for (const members of groups) {
    const aligned = alignGroup(sources, members, options);
    if (aligned) out.push(aligned);
  }
  // In corpus order of the reference: independent of how the regions were hashed into buckets.
  return out.sort((x, y) => x.source - y.source || x.group.reference.start - y.group.reference.start).map((x) => x.group);
}

/** Step 1: runs of widely shared shingles in one source, as token ranges of at least minTokens. */
function chainRegions(source: number, postings: PopularPostings, {n, maxGap, minTokens}: GroupOptions): RegionRef[] {
  const out: RegionRef[] = [];
  const {positions, hashes} = postings;
  let start = 0;
  for (let k = 1; k <= positions.length; k++) {
    if (k < positions.length && positions[k]! - positions[k - 1]! <= maxGap) continue;
    const from = positions[start]!;
    const to = positions[k - 1]! + n;
    if (to - from >= minTokens) out.push({source, from, to, hashes: hashes.slice(start, k)});
    start = k;
  }
  return out;
}

/** Step 2: union regions whose MinHash signatures agree on any band. */
function joinSimilar(regions: readonly RegionRef[]): RegionRef[][] {
  const parent = regions.map((_, k) => k);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const buckets = new Map<string, number>();
  regions.forEach((region, k) => {
    const signature = minHash(region.hashes);
    for (let band = 0; band < SIGNATURE; band += ROWS) {
      const key = `${band}:${signature.slice(band, band + ROWS).join(',')}`;
      const first = buckets.get(key);
      if (first === undefined) buckets.set(key, k);
      else parent[find(k)] = find(first);
    }
  });
  const groups = new Map<number, RegionRef[]>();
  regions.forEach((region, k) => {
    const root = find(k);
    const list = groups.get(root);
    if (list) list.push(region);
    else groups.set(root, [region]);
  });
  return [...groups.values()].filter((g) => new Set(g.map((r) => r.source)).size >= 2);
}

function minHash(hashes: readonly number[]): number[] {
  const signature = new Array<number>(SIGNATURE).fill(0xffffffff);
  for (const h of hashes) {
    for (let i = 0; i < SIGNATURE; i++) {
      let x = Math.imul(h ^ SEEDS[i]!, 0x9e3779b1);
      x ^= x >>> 16;
      x = Math.imul(x, 0x85ebca6b) >>> 0;
      if (x < signature[i]!) signature[i] = x;
    }
  }
  return signature;
}

const SEEDS = Array.from({length: SIGNATURE}, (_, i) => Math.imul(i + 1, 0x27d4eb2f) >>> 0);

/** Step 3: one region per source (the longest), the most common wording as reference, each member aligned against it. */
function alignGroup(sources: readonly GroupInput[], regions: readonly RegionRef[], options: GroupOptions): {group: PassageGroup; source: number} | null {
  const bySource = new Map<number, RegionRef>();
  for (const r of regions) {
    const known = bySource.get(r.source);
    if (!known || r.to - r.from > known.to - known.from) bySource.set(r.source, r);
  }
  const members = [...bySource.values()].sort((x, y) => x.source - y.source);
  const wording = new Map<string, {count: number; first: RegionRef}>();
  for (const r of members) {
    const key = looseKeys(sources[r.source]!.tokens, r.from, r.to).join(' ');
    const w = wording.get(key);
    if (w) w.count++;
    else wording.set(key, {count: 1, first: r});
  }
  let reference = members[0]!;
  let best = 0;
  for (const w of wording.values()) {
    const score = w.count * 1e6 + (w.first.to - w.first.from);
    if (score > best) {
      best = score;
      reference = w.first;
    }
  }
  const ref = sources[reference.source]!;
  const refSide = sideOf(ref, reference);
  const out: GroupMember[] = [];
  for (const r of members) {
    if (r === reference) {
      out.push({side: refSide, similarity: 1, edits: []});
      continue;
    }
    const member = sources[r.source]!;
    const span = matchingSpan(ref, reference, member, r, options.maxGap);
    const {edits, common} = wordDiff({tokens: ref.tokens, from: reference.from, to: reference.to, termSpans: ref.termSpans}, {tokens: member.tokens, from: span.from, to: span.to, termSpans: member.termSpans});
    const similarity = Math.round((common / Math.max(reference.to - reference.from, span.to - span.from)) * 1000) / 1000;
    if (similarity >= options.minSimilarity) out.push({side: sideOf(member, span), similarity, edits});
  }
  return out.length >= 2 ? {group: {reference: refSide, members: out}, source: reference.source} : null;
}

/**
 * A member's stretch that corresponds to the reference: its region widened
 * by up to `reach` words each way within the sentence (an edit at the edge —
 * a changed toll — leaves the widely shared shingles short of it), then
 * trimmed to the first and last word it has in common with the reference.
 */
function matchingSpan(ref: GroupInput, reference: RegionRef, member: GroupInput, r: RegionRef, reach: number): {from: number; to: number} {
  const from = widen(member, r.from, -1, reach);
  const to = widen(member, r.to - 1, 1, reach) + 1;
  const parts = diffArrays(looseKeys(ref.tokens, reference.from, reference.to), looseKeys(member.tokens, from, to));
  let at = from;
  let first = -1;
  let last = -1;
  for (const part of parts) {
    if (part.removed) continue;
    if (!part.added) {
      if (first < 0) first = at;
      last = at + part.value.length;
    }
    at += part.value.length;
  }
  return first < 0 ? {from: r.from, to: r.to} : {from: first, to: last};
}

/** The furthest token index up to `reach` tokens from `at` in direction `step` without crossing a sentence or paragraph end. */
function widen(side: GroupInput, at: number, step: 1 | -1, reach: number): number {
  let i = at;
  for (let k = 0; k < reach; k++) {
    const next = i + step;
    if (next < 0 || next >= side.tokens.length) break;
    const gap = step === 1 ? side.body.slice(side.tokens[i]!.end, side.tokens[next]!.start) : side.body.slice(side.tokens[next]!.end, side.tokens[i]!.start);
    if (/[.!?؟\n]/u.test(gap)) break;
    i = next;
  }
  return i;
}

function sideOf(source: GroupInput, r: {readonly from: number; readonly to: number}): PassageSide {
  return {source: source.id, start: source.tokens[r.from]!.start, end: source.tokens[r.to - 1]!.end};
}
