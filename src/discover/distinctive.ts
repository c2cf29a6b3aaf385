import {defaultAlpha0, groupOdds, type LogOdds} from './log-odds.js';
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
    const n = totals.reduce((x, y) => x + y, 0);
    if (n === 0) return;
    const alpha0 = options.alpha0 ?? defaultAlpha0(n);
    // Only for the groups that use a phrase often enough to be listed: a phrase has no z to compute in an outlet that never uses it.
    for (const ngram of counts.ngrams.values()) {
      if (ngram.words !== order + 1 || ngram.language !== language) continue;
      for (const [g, yi] of ngram.counts) {
        if (yi < options.minCount) continue;
        const o = groupOdds(yi, totals[g]!, ngram.total, n, alpha0);
        if (o.z >= options.minZ) kept[g]!.push({ngram, odds: o});
      }
    }
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
    return !longer.some((l) => l.ngram.words > s.ngram.words && ` ${l.ngram.key} `.includes(padded) && uses(l.ngram, g) >= 0.8 * uses(s.ngram, g));
  });
}

/** The most used phrases of one group, for a corpus with nothing to compare it with. */
export function frequentInGroup(counts: NgramCounts, g: number, options: Pick<DistinctiveOptions, 'top' | 'minCount'>): Ngram[] {
  const list = [...counts.ngrams.values()].filter((n) => uses(n, g) >= options.minCount);
  const scored = list
    .sort((x, y) => uses(y, g) - uses(x, g) || y.words - x.words || x.key.localeCompare(y.key))
    .slice(0, options.top * 4)
    .map((ngram) => ({ngram, odds: {delta: 0, variance: 0, z: 0}}));
  return dropContained(scored, g)
    .slice(0, options.top)
    .map((s) => s.ngram);
}

/** A phrase's uses in group g. */
export function uses(ngram: Ngram, g: number): number {
  return ngram.counts.get(g) ?? 0;
}
