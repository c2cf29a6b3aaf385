/*
 * Weighted log-odds ratio with an informative Dirichlet prior (Monroe,
 * Colaresi & Quinn 2008, "Fightin' Words", eqs. 16 and 20), one group
 * against all the others pooled (N-way: every group is compared with the
 * rest of the corpus, not with one other group).
 *
 * For word w, group i and the rest j (all other groups together):
 *   α_w  = α0 · y_w / n                      prior: the corpus's own rate, α0 pseudo-counts in all
 *   δ_w  = log((y_wi + α_w) / (n_i + α0 − y_wi − α_w)) − log((y_wj + α_w) / (n_j + α0 − y_wj − α_w))
 *   σ²_w ≈ 1/(y_wi + α_w) + 1/(y_wj + α_w)
 *   z_w  = δ_w / √σ²_w
 * A positive z: the group uses w more than the rest do; |z| > 1.96 is the
 * usual "this is not chance" line.
 */

export interface LogOdds {
  readonly delta: number;
  readonly variance: number;
  readonly z: number;
}

export interface GroupCounts {
  /** Word → its count in each group (same order as the groups). */
  readonly counts: ReadonlyMap<string, readonly number[]>;
  /** Total count of words (of this vocabulary) per group. */
  readonly totals: readonly number[];
}

/** The prior's total weight by default: a tenth of the corpus, at least 1 and at most 10,000 pseudo-counts. */
export function defaultAlpha0(corpusTotal: number): number {
  return Math.min(10_000, Math.max(1, corpusTotal / 10));
}

/** δ, σ² and z of one word: its count in the group (`yi`) and in the rest (`yj`), the group's and the rest's totals, its prior α_w and the prior total α0. */
export function logOdds(yi: number, ni: number, yj: number, nj: number, alphaW: number, alpha0: number): LogOdds {
  const delta = Math.log((yi + alphaW) / (ni + alpha0 - yi - alphaW)) - Math.log((yj + alphaW) / (nj + alpha0 - yj - alphaW));
  const variance = 1 / (yi + alphaW) + 1 / (yj + alphaW);
  return {delta, variance, z: delta / Math.sqrt(variance)};
}

/**
 * Every word's log-odds for every group against the rest. Returns, per
 * group, a map word → LogOdds. `alpha0` defaults to `defaultAlpha0`.
 */
export function fightinWords(input: GroupCounts, alpha0?: number): Map<string, LogOdds>[] {
  const n = input.totals.reduce((x, y) => x + y, 0);
  const a0 = alpha0 ?? defaultAlpha0(n);
  const out = input.totals.map(() => new Map<string, LogOdds>());
  if (n === 0) return out;
  for (const [word, perGroup] of input.counts) {
    const y = perGroup.reduce((x, v) => x + v, 0);
    if (y === 0) continue;
    const alphaW = (a0 * y) / n;
    perGroup.forEach((yi, g) => {
      const ni = input.totals[g]!;
      out[g]!.set(word, logOdds(yi, ni, y - yi, n - ni, alphaW, a0));
    });
  }
  return out;
}
