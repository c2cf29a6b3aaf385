import type {Token} from '../text/tokenize.js';

/*
 * An inverted index of word shingles (n consecutive normalised tokens) →
 * where they occur. Pairs of sources are only ever compared where they share
 * a shingle, so the work grows with the shared text, not with the number of
 * sentence pairs. Shingles found in very many places (boilerplate such as
 * "اقرأ المزيد") are dropped: they say nothing about copying.
 */

export interface Posting {
  readonly source: number;
  readonly position: number;
}

export interface SeedMatch {
  readonly a: number;
  readonly b: number;
}

export interface IndexStats {
  /** Source pairs that shared at least one shingle and were aligned. */
  pairsExamined: number;
  shingles: number;
  droppedCommon: number;
}

/** Looser than matchKey: a conjunction, a preposition (ب ل ك) or the article in front do not break a shingle. */
export function shingleKey(key: string): string {
  let k = key;
  if (k.length > 3 && /^[وف]/u.test(k)) k = k.slice(1);
  if (k.length > 4 && /^[بلك]/u.test(k)) k = k.slice(1);
  if (k.length > 4 && k.startsWith('ال')) k = k.slice(2);
  else if (k.length > 3 && k.startsWith('ل')) k = k.slice(1);
  return k;
}

/** Shared shingle positions per source pair ("i|j" with i < j), sorted by position in i. */
export function sharedShingles(tokenLists: readonly (readonly Token[])[], n: number, maxPostings: number, stats: IndexStats): Map<string, SeedMatch[]> {
  const index = new Map<string, Posting[]>();
  tokenLists.forEach((tokens, source) => {
    const keys = tokens.map((t) => shingleKey(t.key));
    for (let p = 0; p + n <= keys.length; p++) {
      const shingle = keys.slice(p, p + n).join(' ');
      let list = index.get(shingle);
      if (!list) {
        list = [];
        index.set(shingle, list);
      }
      list.push({source, position: p});
    }
  });
  stats.shingles = index.size;
  const pairs = new Map<string, SeedMatch[]>();
  for (const postings of index.values()) {
    if (postings.length < 2) continue;
    if (postings.length > maxPostings) {
      stats.droppedCommon++;
      continue;
    }
    for (let x = 0; x < postings.length; x++) {
      for (let y = x + 1; y < postings.length; y++) {
        const p = postings[x]!;
        const q = postings[y]!;
        if (p.source === q.source) continue;
        const [a, b] = p.source < q.source ? [p, q] : [q, p];
        const key = `${a.source}|${b.source}`;
        let list = pairs.get(key);
        if (!list) {
          list = [];
          pairs.set(key, list);
        }
        list.push({a: a.position, b: b.position});
      }
    }
  }
  for (const list of pairs.values()) list.sort((m, k) => m.a - k.a || m.b - k.b);
  stats.pairsExamined = pairs.size;
  return pairs;
}
