import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import type {Analysis} from '../../src/types.js';
import {scoreClaims, type ClaimScore} from './score-claims.js';

const GOLD = join(import.meta.dirname, '..', 'fixtures', 'gold', 'seeds-claims.yaml');

const list = (lines: readonly string[]): string => (lines.length ? lines.map((l) => `\n  ${l}`).join('') : ' -');

describe('tolls in the seeds, scored against the gold claims', () => {
  let analysis: Analysis;
  let score: ClaimScore;
  beforeAll(() => {
    analysis = analyzeCorpus(loadSeeds());
    score = scoreClaims(GOLD, analysis.sources, analysis.claims);
    const f = (n: number): string => n.toFixed(3);
    console.log(
      `gold claims: found ${f(score.found)}, right ${f(score.right)}, voice ${f(score.voice)}, qualifier ${f(score.qualifier)} ` +
        `(of ${score.required} required); precision ${f(score.precision)} (${score.extracted} extracted)\n` +
        `misses:${list(score.misses)}\nwrong:${list(score.wrong)}\nwrong voice:${list(score.wrongVoice)}\nnot in the gold:${list(score.unmatched)}`,
    );
  });
  it('finds at least 85% of the gold claims', () => expect(score.found).toBeGreaterThanOrEqual(0.85));
  it('gets value, measure and group right for at least 75%', () => expect(score.right).toBeGreaterThanOrEqual(0.75));
  it('keeps offsets exact', () => {
    for (const c of analysis.claims) expect(analysis.sources.find((s) => s.id === c.source)!.body.slice(c.start, c.end)).toBe(c.text);
  });
});
