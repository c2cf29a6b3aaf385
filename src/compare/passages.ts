import type {Token} from '../text/tokenize.js';
import type {Passage, PassageGroup, Span} from '../types.js';
import {findPassageGroups} from './passage-groups.js';
import {chainSeeds, extendRegion, mergeRegions, type Region} from './passage-regions.js';
import {sharedCandidates, type IndexStats} from './shingle-index.js';
import {wordDiff} from './word-diff.js';

/*
 * Shared passages (wire copy, the same statement quoted): an inverted index
 * of word shingles proposes the source pairs and positions worth a look
 * (shingle-index.ts), seeds are chained and grown into regions
 * (passage-regions.ts), and each region is aligned word by word
 * (word-diff.ts). No step compares all pairs of sources or of sentences.
 * Text carried by more than `maxSources` sources becomes an N-way group
 * (passage-groups.ts) instead of pairs.
 */

export interface PassageInput {
  readonly id: string;
  readonly body: string;
  /** tokenize(body): every offset comes from these. */
  readonly tokens: readonly Token[];
  /** Lexicon mentions, so that an edit touching one can say so. */
  readonly termSpans: readonly Span[];
  /** The outlet or web host, for telling a site's page furniture from copy (null/absent: unknown). */
  readonly site?: string | null;
}

export interface PassageOptions {
  /** Shingle length in tokens. */
  readonly shingle?: number;
  /** Shortest passage worth showing, in tokens on each side. */
  readonly minTokens?: number;
  /** Lowest share of common tokens. */
  readonly minSimilarity?: number;
  /** Largest gap (tokens) between two shared stretches that still makes one passage. */
  readonly maxGap?: number;
  /** Text in more sources than this is reported as an N-way group, not as pairs (default 10). */
  readonly maxSources?: number;
  /** Filled with the index counters of this run. */
  readonly stats?: IndexStats;
}

/** Counters of the last run, for the benchmark and the index test. */
export const passageStats: IndexStats = {pairsExamined: 0, shingles: 0, droppedCommon: 0};

export interface SharedText {
  /** Passages two sources share (text in at most `maxSources` sources). */
  readonly passages: Passage[];
  /** Passages many sources share, one group each. */
  readonly groups: PassageGroup[];
}

/** The pair passages of findSharedText. */
export function findSharedPassages(sources: readonly PassageInput[], options: PassageOptions = {}): Passage[] {
  return findSharedText(sources, options).passages;
}

/**
 * The stretches of text that pairs of sources share, one entry per stretch
 * and pair (wire copy carried by three outlets gives three), sorted by source
 * pair then position. `a` is the source that comes first in `sources`.
 * A text that repeats itself is indexed up to its 8th repetition. A pair
 * passage that lies within one group's members on both sides is left to
 * the group.
 */
export function findSharedText(sources: readonly PassageInput[], options: PassageOptions = {}): SharedText {
  const n = options.shingle ?? 4;
  const minTokens = options.minTokens ?? 8;
  const minSimilarity = options.minSimilarity ?? 0.5;
  const maxGap = options.maxGap ?? 12;
  const maxSources = options.maxSources ?? 10;
  const stats: IndexStats = {pairsExamined: 0, shingles: 0, droppedCommon: 0};
  const sites = sources.some((s) => s.site) ? sources.map((s) => s.site ?? null) : undefined;
  const {pairs, popular} = sharedCandidates(
    {length: sources.length, at: (i) => sources[i]!.tokens},
    {n, maxSources, ...(sites ? {sites} : {})},
    stats,
  );
  const groups = findPassageGroups(sources, popular, {n, maxGap, minTokens, minSimilarity});
  const inGroup = groupedSpans(groups);
  const passages: Passage[] = [];
  for (const pair of pairs) {
    const a = sources[pair.a]!;
    const b = sources[pair.b]!;
    const grown = chainSeeds(pair.seeds, n, maxGap).map((core) => extendRegion(a, b, core, maxGap));
    for (const region of mergeRegions(grown)) {
      if (region.a1 - region.a0 < minTokens || region.b1 - region.b0 < minTokens) continue;
      const passage = align(a, b, region);
      if (passage.similarity >= minSimilarity && !sameGroup(inGroup, passage)) passages.push(passage);
    }
  }
  Object.assign(passageStats, stats);
  if (options.stats) Object.assign(options.stats, stats);
  passages.sort((x, y) => order(x.a.source, y.a.source) || order(x.b.source, y.b.source) || x.a.start - y.a.start || x.b.start - y.b.start);
  return {passages, groups};
}

/** Per source id: the member spans of each group it is in, with the group's number. */
function groupedSpans(groups: readonly PassageGroup[]): Map<string, {group: number; start: number; end: number}[]> {
  const out = new Map<string, {group: number; start: number; end: number}[]>();
  groups.forEach((g, group) => {
    for (const {side} of g.members) {
      const list = out.get(side.source);
      if (list) list.push({group, start: side.start, end: side.end});
      else out.set(side.source, [{group, start: side.start, end: side.end}]);
    }
  });
  return out;
}

/** Both sides of the pair overlap members of one group. */
function sameGroup(inGroup: ReadonlyMap<string, readonly {group: number; start: number; end: number}[]>, p: Passage): boolean {
  const a = inGroup.get(p.a.source);
  const b = inGroup.get(p.b.source);
  if (!a || !b) return false;
  const groupsA = new Set(a.filter((x) => x.start < p.a.end && p.a.start < x.end).map((x) => x.group));
  return b.some((x) => groupsA.has(x.group) && x.start < p.b.end && p.b.start < x.end);
}

function order(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function align(a: PassageInput, b: PassageInput, r: Region): Passage {
  const {edits, common} = wordDiff({tokens: a.tokens, from: r.a0, to: r.a1, termSpans: a.termSpans}, {tokens: b.tokens, from: r.b0, to: r.b1, termSpans: b.termSpans});
  return {
    a: {source: a.id, start: a.tokens[r.a0]!.start, end: a.tokens[r.a1 - 1]!.end},
    b: {source: b.id, start: b.tokens[r.b0]!.start, end: b.tokens[r.b1 - 1]!.end},
    similarity: Math.round((common / Math.max(r.a1 - r.a0, r.b1 - r.b0)) * 1000) / 1000,
    edits,
  };
}

/**
 * The passages two given sources share, in either orientation, ordered by
 * position in the first one named. `a` stays the source that came first in
 * the corpus: edits are not flipped.
 */
export function passagesBetween(passages: readonly Passage[], first: string, second: string): Passage[] {
  const sideOf = (p: Passage): Span | null => (p.a.source === first && p.b.source === second ? p.a : p.b.source === first && p.a.source === second ? p.b : null);
  return passages
    .map((p) => ({p, side: sideOf(p)}))
    .filter((x): x is {p: Passage; side: Span} => x.side !== null)
    .sort((x, y) => x.side.start - y.side.start || x.side.end - y.side.end)
    .map((x) => x.p);
}
