import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import type {Analysis} from '../../src/types.js';
import {scoreClaims, type ClaimScore} from './score-claims.js';

const GOLD = join(import.meta.dirname, '..', 'fixtures', 'gold', 'seeds-claims.yaml');

describe('numbers on the seeds, scored against the gold claims', () => {
  let analysis: Analysis;
  let score: ClaimScore;
  beforeAll(() => {
    analysis = analyzeCorpus(loadSeeds());
    score = scoreClaims(GOLD, analysis);
    console.log(
      `gold claims: found ${score.found.toFixed(3)}, right ${score.right.toFixed(3)} (of ${score.required} required; ${score.extracted} extracted)\n` +
        `misses:\n  ${score.misses.join('\n  ') || '-'}\nwrong:\n  ${score.wrong.join('\n  ') || '-'}\nnot in the gold:\n  ${score.unmatched.join('\n  ') || '-'}`,
    );
  });
  it('finds at least 85% of the gold claims', () => expect(score.found).toBeGreaterThanOrEqual(0.85));
  it('gets value, measure and group right for at least 75%', () => expect(score.right).toBeGreaterThanOrEqual(0.75));
  it('keeps offsets exact', () => {
    for (const c of analysis.claims) expect(analysis.sources.find((s) => s.id === c.source)!.body.slice(c.start, c.end)).toBe(c.text);
  });
});
