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
 * One word's log-odds for one group against all the other groups pooled
 * (N-way): `yi` uses in the group's `ni` words, `y` uses in the corpus's
 * `n`; the prior α_w = α0 · y / n is the corpus's own rate of the word.
 * discover calls it only for the groups that use a phrase often enough to
 * be listed (distinctive.ts), never over a table of every phrase × group.
 */
export function groupOdds(yi: number, ni: number, y: number, n: number, alpha0: number): LogOdds {
  return logOdds(yi, ni, y - yi, n - ni, (alpha0 * y) / n, alpha0);
}
