import {analyzeCorpus, analyzeSource, compareFindings, createAnalyzer, type SourceFindings} from '../analyze.js';
import {discover} from '../discover/discover.js';
import type {Source} from '../types.js';
import {cpuSeconds} from './shapes.js';
import {syntheticSources, type GrowthResult} from './scale.js';

export interface DiscoverBench {
  readonly sources: number;
  readonly megabytes: number;
  readonly seconds: number;
}

/**
 * `discover` on the seeds repeated under new ids and spread over ten
 * outlets (about `targetMb` of text): the step after the analysis, timed
 * on its own.
 */
export function benchDiscover(seeds: readonly Source[], targetMb = 1): DiscoverBench {
  const corpus: Source[] = [];
  const bytes = (list: readonly Source[]): number => list.reduce((n, s) => n + Buffer.byteLength(s.body, 'utf8'), 0);
  for (let copy = 0; bytes(corpus) < targetMb * 1e6; copy++) for (const s of seeds) corpus.push({...s, id: `${s.id}-${copy}`, outlet: `outlet ${copy % 10}`});
  const analysis = analyzeCorpus(corpus);
  const t0 = process.hrtime.bigint();
  discover(analysis);
  return {sources: corpus.length, megabytes: bytes(corpus) / 1e6, seconds: Number(process.hrtime.bigint() - t0) / 1e9};
}

/**
 * `discover` over n and 10·n varied synthetic articles, each its own outlet
 * (no outlet stated: the most groups a corpus can have). Before phrases
 * used once were left out and counts kept per outlet only where used, 1,500
 * such articles ran out of memory.
 */
export function benchDiscoverGrowth(seeds: readonly Source[], n = 150): GrowthResult {
  const analyzer = createAnalyzer();
  const all: SourceFindings[] = syntheticSources(seeds, n * 10).map((s) => analyzeSource(s, analyzer));
  const small = compareFindings(all.slice(0, n), analyzer.lexicon);
  const large = compareFindings(all, analyzer.lexicon);
  discover(compareFindings(all.slice(0, Math.min(20, n)), analyzer.lexicon));
  const smallSeconds = cpuSeconds(() => discover(small));
  const largeSeconds = cpuSeconds(() => discover(large));
  return {small: n, large: n * 10, smallSeconds, largeSeconds, ratio: largeSeconds / smallSeconds};
}
