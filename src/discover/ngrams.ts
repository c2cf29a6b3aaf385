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
  /** Count per group. */
  readonly counts: number[];
  /** Surface form (white space collapsed) → count. */
  readonly surfaces: Map<string, number>;
  /** First occurrence per group, null where the group never uses it. */
  readonly first: (Occurrence | null)[];
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
  /** Key → n-gram, for every order. */
  readonly ngrams: Map<string, Ngram>;
  /** Per language, per order (index n − 1), per group: phrases counted. Languages are compared apart: an Arabic phrase's rate is among Arabic text. */
  readonly totals: Record<'ar' | 'en', number[][]>;
}

/**
 * Count every phrase of 1..maxN words that neither starts nor ends with a
 * function word (a single function word is no phrase either); `groupOf`
 * maps a source index to its group.
 */
export function countNgrams(a: Analysis, words: CorpusWords, groupOf: readonly number[], groups: number, maxN = 4): NgramCounts {
  const ngrams = new Map<string, Ngram>();
  const table = (): number[][] => Array.from({length: maxN}, () => new Array<number>(groups).fill(0));
  const totals = {ar: table(), en: table()};
  const bySource = mentionsBySource(a);
  words.runs.forEach((runs, source) => {
    const g = groupOf[source]!;
    const body = a.sources[source]!.body;
    const mentions = bySource[source]!;
    for (const run of runs) {
      for (let i = 0; i < run.length; i++) {
        if (run[i]!.stop) continue;
        for (let n = 1; n <= maxN && i + n <= run.length; n++) {
          const last = run[i + n - 1]!;
          if (last.stop) continue;
          const slice = run.slice(i, i + n);
          const key = slice.map((w) => w.key).join(' ');
          let entry = ngrams.get(key);
          if (!entry) {
            entry = {key, words: n, language: last.language, counts: new Array<number>(groups).fill(0), surfaces: new Map(), first: new Array<Occurrence | null>(groups).fill(null), exact: 0, overlapping: 0, labels: new Map(), raw: slice.map((w) => w.raw)};
            ngrams.set(key, entry);
          }
          entry.counts[g]!++;
          totals[last.language][n - 1]![g]!++;
          const start = run[i]!.start;
          const surface = body.slice(start, last.end).replace(/\s+/gu, ' ');
          entry.surfaces.set(surface, (entry.surfaces.get(surface) ?? 0) + 1);
          entry.first[g] ??= {source, start, end: last.end, sentence: run[i]!.sentence};
          markMentions(entry, mentions, start, last.end);
        }
      }
    }
  });
  return {ngrams, totals};
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
