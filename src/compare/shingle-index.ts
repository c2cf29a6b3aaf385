import type {Token} from '../text/tokenize.js';
import {boundedMemo} from '../text/bounded-memo.js';

/*
 * An inverted index of word shingles (n consecutive loose word keys) → where
 * they occur. Two sources are only ever compared where they share shingles,
 * so the work grows with the shared text, not with the number of source or
 * sentence pairs. A shingle in a few sources proposes those pairs; a shingle
 * in many (one agency story carried by a hundred outlets) is never expanded
 * into pairs: its postings go to the N-way group step (passage-groups.ts).
 * Page furniture — the same words on most pages of one site (menus, footers,
 * "اقرأ المزيد") — is dropped for that site's pages: it says nothing about
 * copying.
 */

export interface SeedMatch {
  /** Token index of the shingle in the first source of the pair. */
  readonly a: number;
  /** Token index of the shingle in the second source. */
  readonly b: number;
}

/** One candidate pair: sources by input index (a < b), and their shared shingles sorted by position in a. */
export interface CandidatePair {
  readonly a: number;
  readonly b: number;
  readonly seeds: readonly SeedMatch[];
}

export interface IndexStats {
  /** Source pairs with enough shared shingles to be aligned (never all pairs). */
  pairsExamined: number;
  /** Distinct shingles met (counted by hash bucket: a slight undercount where two share one). Only repeated ones are indexed. */
  shingles: number;
  /** Shingles dropped as page furniture of a site (on most of its pages). */
  droppedCommon: number;
  /** Shingles in too many sources for pairs, handed to the N-way group step. */
  grouped?: number;
}

export interface IndexOptions {
  /** Shingle length in tokens. */
  readonly n: number;
  /** A shingle in more sources than this is not expanded into pairs but grouped N-way. */
  readonly maxSources: number;
  /**
   * The site (outlet or web host) of each source, or null when unknown: a
   * shingle on at least 3 pages and half the pages of one site is that
   * site's furniture.
   */
  readonly sites?: readonly (string | null)[];
  /** Occurrences of one shingle kept per source (a text repeating itself adds nothing). */
  readonly maxPerSource?: number;
  /** Shared shingles a pair needs before it is worth aligning. */
  readonly minSeeds?: number;
}

/**
 * Looser than matchKey, for seeding and alignment: a leading conjunction
 * (و ف), a preposition (ب ل ك) or the article do not make a different word,
 * so light rewording ("وباستخدام" / "باستخدام", "لروسيا" / "روسيا") still
 * matches. Memoised: the word diff asks for it on every comparison.
 */
export function shingleKey(key: string): string {
  return cachedLooseKey(key);
}

const cachedLooseKey = boundedMemo(looseKey, 200_000);

function looseKey(key: string): string {
  let k = key;
  if (k.length > 3 && /^[وف]/u.test(k)) k = k.slice(1);
  if (k.length > 4 && /^[بلك]/u.test(k)) k = k.slice(1);
  if (k.length > 4 && k.startsWith('ال')) k = k.slice(2);
  else if (k.length > 3 && k.startsWith('ل')) k = k.slice(1);
  return k;
}

/** Each word's loose key as a small integer, per source: shingles are then hashed, not joined into strings. */
/** Token lists by source index, read one at a time (a corpus's lists need not all be in memory at once). */
export type TokenLists = readonly (readonly Token[])[] | {readonly length: number; readonly at: (index: number) => readonly Token[]};

function wordIds(tokenLists: TokenLists): Int32Array[] {
  const ids = new Map<string, number>();
  const byKey = new Map<string, number>();
  const at: (index: number) => readonly Token[] = Array.isArray(tokenLists) ? (i) => (tokenLists as readonly (readonly Token[])[])[i]! : (tokenLists as {at: (index: number) => readonly Token[]}).at;
  return Array.from({length: tokenLists.length}, (_, i) =>
    Int32Array.from(at(i), (t) => {
      let id = byKey.get(t.key);
      if (id === undefined) {
        const loose = shingleKey(t.key);
        id = ids.get(loose);
        if (id === undefined) {
          id = ids.size;
          ids.set(loose, id);
        }
        byKey.set(t.key, id);
      }
      return id;
    }),
  );
}

/** A 30-bit hash of the n word ids from `at` (a small integer, cheap as a Map key); collisions are checked later. */
function shingleHash(words: Int32Array, at: number, n: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < n; k++) h = Math.imul(h ^ words[at + k]!, 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 2;
}

/**
 * The inverted index: shingle hash → chain of postings (source, position),
 * kept in typed arrays (`next` links a posting to the previous one with the
 * same hash) so that a corpus of a million words allocates a handful of
 * arrays, not a list per shingle.
 */
interface ShingleIndex {
  readonly heads: Map<number, number>;
  readonly source: Int32Array;
  readonly position: Int32Array;
  readonly next: Int32Array;
}

function buildIndex(words: readonly Int32Array[], n: number, stats: IndexStats): ShingleIndex {
  const sketch = repeatedShingles(words, n, stats);
  // Only the shingles the sketch saw more than once are indexed: a shingle in one place only (most of a
  // corpus's text) can be in no pair or group, and indexing it was most of the merge's memory.
  let total = 0;
  for (const w of words) for (let p = 0; p + n <= w.length; p++) if (sketch(shingleHash(w, p, n))) total++;
  const index: ShingleIndex = {heads: new Map(), source: new Int32Array(total), position: new Int32Array(total), next: new Int32Array(total)};
  let posting = 0;
  words.forEach((w, source) => {
    for (let p = 0; p + n <= w.length; p++) {
      const h = shingleHash(w, p, n);
      if (!sketch(h)) continue;
      index.source[posting] = source;
      index.position[posting] = p;
      index.next[posting] = index.heads.get(h) ?? -1;
      index.heads.set(h, posting);
      posting++;
    }
  });
  return index;
}

/** Sketch buckets per shingle (at least): few enough unique shingles share a bucket with another to matter. */
const SKETCH_SPREAD = 8;

/**
 * Which shingle hashes occur more than once in the corpus, as a sketch:
 * two bit arrays over buckets of the hash (seen once, seen again). Every
 * hash that really repeats is answered yes; a hash seen once is answered
 * yes only when another shares its bucket, which costs an unneeded posting,
 * never a missed one. Sets `stats.shingles` to the distinct buckets met
 * (the distinct shingles, but for the few that share a bucket).
 */
function repeatedShingles(words: readonly Int32Array[], n: number, stats: IndexStats): (hash: number) => boolean {
  let shingles = 0;
  for (const w of words) shingles += Math.max(0, w.length - n + 1);
  let bits = 20;
  while (bits < 28 && 2 ** bits < shingles * SKETCH_SPREAD) bits++;
  const mask = 2 ** bits - 1;
  const once = new Uint32Array(2 ** (bits - 5));
  const again = new Uint32Array(2 ** (bits - 5));
  let distinct = 0;
  for (const w of words) {
    for (let p = 0; p + n <= w.length; p++) {
      const b = shingleHash(w, p, n) & mask;
      const bit = 1 << (b & 31);
      if ((once[b >>> 5]! & bit) === 0) {
        once[b >>> 5] = once[b >>> 5]! | bit;
        distinct++;
      } else again[b >>> 5] = again[b >>> 5]! | bit;
    }
  }
  stats.shingles = distinct;
  return (hash) => {
    const b = hash & mask;
    return (again[b >>> 5]! & (1 << (b & 31))) !== 0;
  };
}

function sameShingle(words: readonly Int32Array[], index: ShingleIndex, x: number, y: number, n: number): boolean {
  const wx = words[index.source[x]!]!;
  const wy = words[index.source[y]!]!;
  const px = index.position[x]!;
  const py = index.position[y]!;
  for (let k = 0; k < n; k++) if (wx[px + k] !== wy[py + k]) return false;
  return true;
}

/**
 * The postings of one hash chain, split into groups of truly equal
 * shingles (hash collisions apart), in source order, at most `maxPerSource`
 * per source; with the number of distinct sources of each group.
 */
function shingleGroups(words: readonly Int32Array[], index: ShingleIndex, head: number, n: number, maxPerSource: number): {postings: number[]; sources: number}[] {
  let rest: number[] = [];
  for (let x = head; x !== -1; x = index.next[x]!) rest.push(x);
  if (rest.length < 2) return [];
  rest.reverse();
  const groups: {postings: number[]; sources: number}[] = [];
  while (rest.length > 1) {
    const first = rest[0]!;
    const postings: number[] = [];
    const others: number[] = [];
    let sources = 0;
    let last = -1;
    let run = 0;
    for (const x of rest) {
      if (x !== first && !sameShingle(words, index, first, x, n)) {
        others.push(x);
        continue;
      }
      const source = index.source[x]!;
      if (source !== last) {
        sources++;
        last = source;
        run = 0;
      }
      if (run++ < maxPerSource) postings.push(x);
    }
    if (sources > 1) groups.push({postings, sources});
    rest = others;
  }
  return groups;
}

/** Postings of shingles in many sources, per source: positions (sorted) and the shingle's hash at each. */
export interface PopularPostings {
  readonly positions: number[];
  readonly hashes: number[];
}

/** What the index proposes: source pairs to align, and the postings of widely shared shingles for N-way groups. */
export interface SharedCandidates {
  readonly pairs: CandidatePair[];
  /** Per source index (absent = none). */
  readonly popular: Map<number, PopularPostings>;
}

/** Source pairs that share shingles (see sharedCandidates). */
export function candidatePairs(tokenLists: TokenLists, options: IndexOptions, stats: IndexStats): CandidatePair[] {
  return sharedCandidates(tokenLists, options, stats).pairs;
}

/**
 * Source pairs that share shingles, each with the matching positions, and
 * the postings of shingles in more than `maxSources` sources.
 * Pairs come sorted by (a, b), seeds by position in a, then in b.
 */
export function sharedCandidates(tokenLists: TokenLists, options: IndexOptions, stats: IndexStats): SharedCandidates {
  const {n, maxSources} = options;
  const minSeeds = options.minSeeds ?? 2;
  const words = wordIds(tokenLists);
  const index = buildIndex(words, n, stats);
  stats.droppedCommon = 0;
  stats.grouped = 0;
  const count = tokenLists.length;
  const furniture = furnitureTest(options.sites, count);
  const seeds = new SeedColumns();
  const popular = new Map<number, PopularPostings>();
  for (const [hash, head] of index.heads) {
    for (const group of shingleGroups(words, index, head, n, options.maxPerSource ?? 8)) {
      const kept = furniture ? furniture(group.postings.map((x) => index.source[x]!)) : null;
      const postings = kept ? group.postings.filter((_, k) => kept[k]) : group.postings;
      if (kept) stats.droppedCommon++;
      const sources = kept ? distinctSources(postings, index) : group.sources;
      if (sources < 2) continue;
      if (sources > maxSources) {
        stats.grouped++;
        for (const x of postings) {
          const source = index.source[x]!;
          let list = popular.get(source);
          if (!list) {
            list = {positions: [], hashes: []};
            popular.set(source, list);
          }
          list.positions.push(index.position[x]!);
          list.hashes.push(hash);
        }
        continue;
      }
      for (let x = 0; x < postings.length; x++) {
        for (let y = x + 1; y < postings.length; y++) {
          // Postings are in source order, so source x <= source y.
          const sx = index.source[postings[x]!]!;
          const sy = index.source[postings[y]!]!;
          if (sx === sy) continue;
          seeds.push(sx, sy, index.position[postings[x]!]!, index.position[postings[y]!]!);
        }
      }
    }
  }
  const pairs = seeds.pairs(minSeeds);
  for (const list of popular.values()) sortPostings(list);
  stats.pairsExamined = pairs.length;
  return {pairs, popular};
}

/**
 * The seed matches of all source pairs as four flat columns (source a,
 * source b, position in a, position in b). Most pairs share a single
 * shingle and are dropped; a list per pair cost ~275 bytes each (940,000
 * pairs in 100,000 articles), the columns 16 bytes a match.
 */
class SeedColumns {
  private columns = [new Int32Array(1 << 12), new Int32Array(1 << 12), new Int32Array(1 << 12), new Int32Array(1 << 12)] as const;
  private length = 0;

  push(a: number, b: number, pa: number, pb: number): void {
    if (this.length === this.columns[0].length) {
      this.columns = this.columns.map((c) => {
        const bigger = new Int32Array(c.length * 2);
        bigger.set(c);
        return bigger;
      }) as unknown as typeof this.columns;
    }
    const [ca, cb, cpa, cpb] = this.columns;
    ca[this.length] = a;
    cb[this.length] = b;
    cpa[this.length] = pa;
    cpb[this.length] = pb;
    this.length++;
  }

  /** Pairs with at least `minSeeds` matches, sorted by (a, b), their seeds by position in a, then in b. */
  pairs(minSeeds: number): CandidatePair[] {
    const [ca, cb, cpa, cpb] = this.columns;
    const order = new Uint32Array(this.length);
    for (let k = 0; k < order.length; k++) order[k] = k;
    order.sort((x, y) => ca[x]! - ca[y]! || cb[x]! - cb[y]! || cpa[x]! - cpa[y]! || cpb[x]! - cpb[y]!);
    const pairs: CandidatePair[] = [];
    for (let start = 0; start < order.length; ) {
      const first = order[start]!;
      let end = start + 1;
      while (end < order.length && ca[order[end]!] === ca[first] && cb[order[end]!] === cb[first]) end++;
      if (end - start >= minSeeds) {
        const seeds: SeedMatch[] = [];
        for (let k = start; k < end; k++) seeds.push({a: cpa[order[k]!]!, b: cpb[order[k]!]!});
        pairs.push({a: ca[first]!, b: cb[first]!, seeds});
      }
      start = end;
    }
    return pairs;
  }
}

function distinctSources(postings: readonly number[], index: ShingleIndex): number {
  let sources = 0;
  let last = -1;
  for (const x of postings) {
    if (index.source[x] !== last) {
      sources++;
      last = index.source[x]!;
    }
  }
  return sources;
}

/** Sort one source's popular postings by position (hashes follow). */
function sortPostings(list: PopularPostings): void {
  const order = list.positions.map((_, k) => k).sort((x, y) => list.positions[x]! - list.positions[y]!);
  const positions = order.map((k) => list.positions[k]!);
  const hashes = order.map((k) => list.hashes[k]!);
  for (let k = 0; k < positions.length; k++) {
    list.positions[k] = positions[k]!;
    list.hashes[k] = hashes[k]!;
  }
}

/** Furniture threshold: a shingle on this many pages of one site, and on at least half its pages. */
const FURNITURE_PAGES = 3;

/**
 * For the sources of one shingle's postings: which postings to keep, or null
 * when none is furniture. Sources of unknown site are never furniture.
 */
function furnitureTest(sites: readonly (string | null)[] | undefined, count: number): ((sources: readonly number[]) => boolean[] | null) | null {
  if (!sites) return null;
  const pagesOf = new Map<string, number>();
  for (let k = 0; k < count; k++) {
    const site = sites[k];
    if (site) pagesOf.set(site, (pagesOf.get(site) ?? 0) + 1);
  }
  return (sources) => {
    const seen = new Map<string, Set<number>>();
    for (const source of sources) {
      const site = sites[source];
      if (!site || pagesOf.get(site)! < FURNITURE_PAGES) continue;
      let set = seen.get(site);
      if (!set) {
        set = new Set();
        seen.set(site, set);
      }
      set.add(source);
    }
    let any = false;
    const furnitureSites = new Set<string>();
    for (const [site, set] of seen) {
      if (set.size >= FURNITURE_PAGES && set.size * 2 >= pagesOf.get(site)!) {
        furnitureSites.add(site);
        any = true;
      }
    }
    if (!any) return null;
    return sources.map((source) => !furnitureSites.has(sites[source] ?? ''));
  };
}
