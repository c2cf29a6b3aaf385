import {analyzeCorpus} from '../analyze.js';
import {discover} from '../discover/discover.js';
import type {Source} from '../types.js';

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
