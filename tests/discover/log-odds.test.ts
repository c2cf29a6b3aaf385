import {describe, expect, it} from 'vitest';
import {defaultAlpha0, groupOdds, logOdds} from '../../src/discover/log-odds.js';

/*
 * Hand-computed with the formulas of Monroe, Colaresi & Quinn (2008), eqs.
 * 16 and 20 (worked on paper and checked with a calculator):
 *
 * Two groups, word w used 3 times of 10 in A and once of 20 in B, α0 = 3:
 *   α_w = 3 · 4/30 = 0.4
 *   δ   = ln(3.4 / (10 + 3 − 3 − 0.4)) − ln(1.4 / (20 + 3 − 1 − 0.4))
 *       = ln(3.4/9.6) − ln(1.4/21.6) = −1.037988 + 2.736221 = 1.698233
 *   σ²  = 1/3.4 + 1/1.4 = 1.008403
 *   z   = 1.698233 / √1.008403 = 1.691143
 */
describe('weighted log-odds with an informative Dirichlet prior', () => {
  it('matches the hand-computed two-group case', () => {
    const o = logOdds(3, 10, 1, 20, 0.4, 3);
    expect(o.delta).toBeCloseTo(1.698233, 5);
    expect(o.variance).toBeCloseTo(1.008403, 5);
    expect(o.z).toBeCloseTo(1.691143, 5);
  });

  it('compares each group with all the others pooled (N-way)', () => {
    // w: 4, 1, 0 uses in groups of 20, 30, 50 words; α0 = 10, so α_w = 10 · 5/100 = 0.5.
    // Group 0 against groups 1+2 (1 use of 80): δ = ln(4.5/25.5) − ln(1.5/88.5) = 2.342936, σ² = 1/4.5 + 1/1.5, z = 2.485059.
    // Group 2 against groups 0+1 (5 uses of 50): δ = ln(0.5/59.5) − ln(5.5/54.5) = −2.485671, σ² = 1/0.5 + 1/5.5, z = −1.682807.
    const [g0, g1, g2] = [groupOdds(4, 20, 5, 100, 10), groupOdds(1, 30, 5, 100, 10), groupOdds(0, 50, 5, 100, 10)];
    expect(g0.delta).toBeCloseTo(2.342936, 5);
    expect(g0.z).toBeCloseTo(2.485059, 5);
    expect(g2.z).toBeCloseTo(-1.682807, 5);
    expect(g1.z).toBeLessThan(g0.z);
    // Symmetry: two groups with the same use of a word get z = 0 (α0 by default: a tenth of 100 words).
    const [a, b] = [groupOdds(5, 50, 10, 100, defaultAlpha0(100)), groupOdds(5, 50, 10, 100, defaultAlpha0(100))];
    expect(a.z).toBeCloseTo(0, 10);
    expect(b.z).toBeCloseTo(0, 10);
  });

  it('shrinks rare words more than frequent ones with the same ratio', () => {
    const rare = groupOdds(2, 100, 2, 200, defaultAlpha0(200));
    const common = groupOdds(20, 100, 20, 200, defaultAlpha0(200));
    expect(common.z).toBeGreaterThan(rare.z);
    expect(rare.z).toBeGreaterThan(0);
  });

  it('weighs the prior at a tenth of the corpus, within bounds', () => {
    expect(defaultAlpha0(5000)).toBe(500);
    expect(defaultAlpha0(3)).toBe(1);
    expect(defaultAlpha0(1e7)).toBe(10_000);
  });
});
