import type {Analysis, Mention} from '../types.js';
import type {CorpusWords, Word} from './words.js';

/*
 * Phrases of 1–4 words counted per group of sources (an outlet), each with
 * the surface forms it was written in, where it first occurs in each group,
 * and how its occurrences sit against the lexicon's mentions: exactly on a
 * mention (the phrase is a lexicon term), overlapping one (part of a term,
 * or a term plus a word), or clear of all of them (new).
 */

export interface Occurrence {
  readonly source: number;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

export interface Ngram {
  readonly key: string;
  readonly words: number;
  readonly language: 'ar' | 'en';
  /** Uses per group, for the groups that use it (group index → count). */
  readonly counts: Map<number, number>;
  /** Uses in all groups together. */
  total: number;
  /** Surface form (white space collapsed) → count. */
  readonly surfaces: Map<string, number>;
  /** First occurrence per group that uses it. */
  readonly first: Map<number, Occurrence>;
  /** Occurrences that coincide with a mention. */
  exact: number;
  /** Occurrences that overlap a mention without coinciding. */
  overlapping: number;
  /** Entry label → occurrences that touch a mention of it. */
  readonly labels: Map<string, number>;
  /** The raw match keys of the first occurrence's words (for writing a lemma back). */
  readonly raw: readonly string[];
}

export interface NgramCounts {
  /** Key → n-gram, for every order: the phrases used at least `keepFrom` times in the corpus. */
  readonly ngrams: Map<string, Ngram>;
  /** Per language, per order (index n − 1), per group: phrases counted (every use, however rare). */
  readonly totals: Record<'ar' | 'en', number[][]>;
  /**
   * The phrase of n words at word i of run r of a source: the counted one,
   * or, for a phrase used only there, one made for that use; undefined where
   * no phrase begins (a function word at either end, or past the run).
   */
  readonly phraseAt: (source: number, r: number, i: number, n: number) => Ngram | undefined;
}

/** The groups that use a phrase, in group order. */
export function groupsUsing(ngram: Ngram): number[] {
  return [...ngram.counts.keys()].sort((x, y) => x - y);
}

/** Its first occurrence in the first group (by group order) that uses it. */
export function firstOfAny(ngram: Ngram): Occurrence {
  return ngram.first.get(groupsUsing(ngram)[0]!)!;
}

/**
 * Count every phrase of 1..maxN words that neither starts nor ends with a
 * function word (a single function word is no phrase either); `groupOf`
 * maps a source index to its group. Only phrases used at least `keepFrom`
 * times in the corpus are kept (a phrase has to be used twice in an outlet
 * to be listed): a large corpus holds millions of phrases used once, and
 * keeping each one is what ran out of memory at 1,500 articles. The totals
 * still count every use, so the rates are those of the whole text.
 */
export function countNgrams(a: Analysis, words: CorpusWords, groupOf: readonly number[], groups: number, maxN = 4, keepFrom = 2): NgramCounts {
  const table = (): number[][] => Array.from({length: maxN}, () => new Array<number>(groups).fill(0));
  const totals = {ar: table(), en: table()};
  const bySource = mentionsBySource(a);
  const frequent = frequentSequences(words, maxN, keepFrom);
  const ngrams = new Map<string, Ngram>();
  const byId: Ngram[][] = Array.from({length: maxN + 1}, () => []);
  const record = (entry: Ngram, source: number, run: readonly Word[], i: number, n: number): void => {
    const g = groupOf[source]!;
    const last = run[i + n - 1]!;
    entry.counts.set(g, (entry.counts.get(g) ?? 0) + 1);
    entry.total++;
    const start = run[i]!.start;
    const surface = a.sources[source]!.body.slice(start, last.end).replace(/\s+/gu, ' ');
    entry.surfaces.set(surface, (entry.surfaces.get(surface) ?? 0) + 1);
    if (!entry.first.has(g)) entry.first.set(g, {source, start, end: last.end, sentence: run[i]!.sentence});
    markMentions(entry, bySource[source]!, start, last.end);
  };
  words.runs.forEach((runs, source) => {
    const g = groupOf[source]!;
    runs.forEach((run, r) => {
      const at = frequent.offset(source, r);
      for (let i = 0; i < run.length; i++) {
        if (run[i]!.stop) continue;
        for (let n = 1; n <= maxN && i + n <= run.length; n++) {
          const last = run[i + n - 1]!;
          if (last.stop) continue;
          totals[last.language][n - 1]![g]!++;
          const id = frequent.idAt(n, at + i);
          if (id < 0) continue;
          let entry = byId[n]![id];
          if (!entry) {
            entry = blank(run, i, n);
            byId[n]![id] = entry;
            ngrams.set(entry.key, entry);
          }
          record(entry, source, run, i, n);
        }
      }
    });
  });
  const phraseAt = (source: number, r: number, i: number, n: number): Ngram | undefined => {
    const run = words.runs[source]?.[r];
    if (!run || n > maxN || i + n > run.length) return undefined;
    const id = frequent.idAt(n, frequent.offset(source, r) + i);
    if (id >= 0) return byId[n]![id];
    if (run[i]!.stop || run[i + n - 1]!.stop) return undefined;
    // Used only here: made as counting would have made it.
    const entry = blank(run, i, n);
    record(entry, source, run, i, n);
    return entry;
  };
  return {ngrams, totals, phraseAt};
}

function blank(run: readonly Word[], i: number, n: number): Ngram {
  const slice = run.slice(i, i + n);
  return {key: slice.map((w) => w.key).join(' '), words: n, language: slice[n - 1]!.language, counts: new Map(), total: 0, surfaces: new Map(), first: new Map(), exact: 0, overlapping: 0, labels: new Map(), raw: slice.map((w) => w.raw)};
}

interface FrequentSequences {
  /** Where run r of a source begins among all the corpus's words. */
  readonly offset: (source: number, r: number) => number;
  /** The number of the word sequence of n words at that position among those used at least `keepFrom` times, or −1. */
  readonly idAt: (n: number, position: number) => number;
}

/**
 * Which word sequences of 1..maxN words (function words included) the
 * corpus uses at least `keepFrom` times, level by level: a sequence can only
 * be that frequent if the sequence of its first n − 1 words and that of its
 * last n − 1 words are (the a-priori rule), so each level counts only the
 * positions the level below kept, under a number (its first n − 1 words'
 * number and its last word's), never a string. Linear in the corpus.
 */
function frequentSequences(words: CorpusWords, maxN: number, keepFrom: number): FrequentSequences {
  const offsets: number[][] = [];
  let size = 0;
  for (const runs of words.runs) offsets.push(runs.map((run) => ((size += run.length), size - run.length)));
  const vocabulary = new Map<string, number>();
  const word = new Int32Array(size);
  const runEnd = new Int32Array(size);
  words.runs.forEach((runs, source) => {
    runs.forEach((run, r) => {
      const at = offsets[source]![r]!;
      run.forEach((w, i) => {
        let id = vocabulary.get(w.key);
        if (id === undefined) vocabulary.set(w.key, (id = vocabulary.size));
        word[at + i] = id;
        runEnd[at + i] = at + run.length;
      });
    });
  });
  const levels: Int32Array[] = [new Int32Array(0)];
  const uses = new Int32Array(vocabulary.size);
  for (let p = 0; p < size; p++) uses[word[p]!]!++;
  levels.push(word.map((w) => (uses[w]! >= keepFrom ? w : -1)));
  const width = Math.max(1, vocabulary.size);
  for (let n = 2; n <= maxN; n++) {
    const below = levels[n - 1]!;
    const key = (p: number): number => (p + n <= runEnd[p]! && below[p]! >= 0 && below[p + 1]! >= 0 ? below[p]! * width + word[p + n - 1]! : -1);
    const counted = new Map<number, number>();
    for (let p = 0; p < size; p++) {
      const k = key(p);
      if (k >= 0) counted.set(k, (counted.get(k) ?? 0) + 1);
    }
    let next = 0;
    for (const [k, c] of counted) counted.set(k, c >= keepFrom ? next++ : -1);
    const level = new Int32Array(size).fill(-1);
    for (let p = 0; p < size; p++) {
      const k = key(p);
      if (k >= 0) level[p] = counted.get(k)!;
    }
    levels.push(level);
  }
  return {offset: (source, r) => offsets[source]![r]!, idAt: (n, position) => levels[n]?.[position] ?? -1};
}

function mentionsBySource(a: Analysis): Mention[][] {
  const index = new Map(a.sources.map((s, i) => [s.id, i]));
  const out = a.sources.map((): Mention[] => []);
  for (const m of a.mentions) out[index.get(m.source)!]!.push(m);
  for (const list of out) list.sort((x, y) => x.start - y.start);
  return out;
}

/** Mentions do not overlap one another (the longest match wins), so their ends are sorted too: the ones that touch [start, end) sit just before the first mention starting at or after `end`. */
function markMentions(entry: Ngram, mentions: readonly Mention[], start: number, end: number): void {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  let touched = false;
  let exact = false;
  for (let k = lo - 1; k >= 0 && mentions[k]!.end > start; k--) {
    const m = mentions[k]!;
    exact ||= m.start === start && m.end === end;
    touched = true;
    entry.labels.set(m.label, (entry.labels.get(m.label) ?? 0) + 1);
  }
  if (exact) entry.exact++;
  else if (touched) entry.overlapping++;
}

/** The form a phrase is most often written in. */
export function commonSurface(ngram: Ngram): string {
  let best = '';
  let count = -1;
  for (const [surface, n] of ngram.surfaces) if (n > count) [best, count] = [surface, n];
  return best;
}

export type {Word};
