import {fightinWords, type LogOdds} from './log-odds.js';
import type {Ngram, NgramCounts} from './ngrams.js';

/*
 * Each group's distinctive phrases: per language and phrase length, the log-odds of every
 * phrase for the group against all the others (log-odds.ts), kept when the
 * group uses it at least `minCount` times and z passes `minZ`; a phrase
 * inside a longer kept phrase that accounts for most of its uses is dropped
 * (the longer one says it), and the best `top` are returned by z.
 */

export interface Scored {
  readonly ngram: Ngram;
  readonly odds: LogOdds;
}

export interface DistinctiveOptions {
  readonly top: number;
  readonly minCount: number;
  readonly minZ: number;
  readonly alpha0?: number;
}

export function distinctivePerGroup(counts: NgramCounts, groups: number, options: DistinctiveOptions): Scored[][] {
  const kept: Scored[][] = Array.from({length: groups}, () => []);
  for (const language of ['ar', 'en'] as const) counts.totals[language].forEach((totals, order) => {
    const vocabulary = new Map<string, readonly number[]>();
    for (const ngram of counts.ngrams.values()) if (ngram.words === order + 1 && ngram.language === language) vocabulary.set(ngram.key, ngram.counts);
    if (vocabulary.size === 0) return;
    const odds = fightinWords({counts: vocabulary, totals}, options.alpha0);
    odds.forEach((byWord, g) => {
      for (const [key, o] of byWord) {
        const ngram = counts.ngrams.get(key)!;
        if (ngram.counts[g]! >= options.minCount && o.z >= options.minZ) kept[g]!.push({ngram, odds: o});
      }
    });
  });
  const byZ = (x: Scored, y: Scored): number => y.odds.z - x.odds.z || x.ngram.key.localeCompare(y.ngram.key);
  // Only the head of each list can make the top: the containment check is quadratic in what it is given.
  return kept.map((list, g) => dropContained(list.sort(byZ).slice(0, options.top * 4), g).slice(0, options.top));
}

/** Drop a phrase when a longer kept phrase contains it and has at least 80% of its uses in the group. */
function dropContained(list: readonly Scored[], g: number): Scored[] {
  const longer = [...list].sort((x, y) => y.ngram.words - x.ngram.words);
  return list.filter((s) => {
    const padded = ` ${s.ngram.key} `;
    return !longer.some((l) => l.ngram.words > s.ngram.words && ` ${l.ngram.key} `.includes(padded) && l.ngram.counts[g]! >= 0.8 * s.ngram.counts[g]!);
  });
}

/** The most used phrases of one group, for a corpus with nothing to compare it with. */
export function frequentInGroup(counts: NgramCounts, g: number, options: Pick<DistinctiveOptions, 'top' | 'minCount'>): Ngram[] {
  const list = [...counts.ngrams.values()].filter((n) => n.counts[g]! >= options.minCount);
  const scored = list
    .sort((x, y) => y.counts[g]! - x.counts[g]! || y.words - x.words || x.key.localeCompare(y.key))
    .slice(0, options.top * 4)
    .map((ngram) => ({ngram, odds: {delta: 0, variance: 0, z: 0}}));
  return dropContained(scored, g)
    .slice(0, options.top)
    .map((s) => s.ngram);
}
