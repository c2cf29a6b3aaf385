import {analyzeSource, createAnalyzer} from '../analyze.js';
import type {Source} from '../types.js';

export interface ThroughputResult {
  readonly megabytes: number;
  readonly tokens: number;
  readonly seconds: number;
  readonly mbPerSecond: number;
  readonly tokensPerSecond: number;
  readonly mentions: number;
}

/** UTF-8 megabytes of the bodies, the unit the target (≥ 5 MB/s) is stated in. */
function megabytesOf(sources: readonly Source[]): number {
  return sources.reduce((n, s) => n + Buffer.byteLength(s.body, 'utf8'), 0) / 1e6;
}

/**
 * Per-source analysis (tokens, lexicon matching, voice, claims) over a
 * corpus of at least `targetMb` built by repeating the seeds under new ids.
 */
export function benchThroughput(seeds: readonly Source[], targetMb = 10, lexiconFiles: readonly string[] = []): ThroughputResult {
  const analyzer = createAnalyzer(lexiconFiles);
  const corpus: Source[] = [];
  const seedMb = megabytesOf(seeds);
  for (let copy = 0; megabytesOf(corpus) < targetMb; copy++) {
    for (const s of seeds) corpus.push({...s, id: `${s.id}-${copy}`});
    if (copy * seedMb > targetMb * 2) break;
  }
  // Warm up the lexicon compilation and the JIT on one pass over the seeds.
  for (const s of seeds) analyzeSource(s, analyzer);
  const t0 = process.hrtime.bigint();
  let tokens = 0;
  let mentions = 0;
  for (const s of corpus) {
    const f = analyzeSource(s, analyzer);
    tokens += f.tokens.length;
    mentions += f.mentions.length;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const megabytes = megabytesOf(corpus);
  return {megabytes, tokens, seconds, mbPerSecond: megabytes / seconds, tokensPerSecond: tokens / seconds, mentions};
}

/**
 * One article of ~`targetMb` with no line breaks at all: the case that
 * stalls segmenters. With `oneSentence`, the sentence and clause
 * punctuation goes too, so the whole megabyte is one sentence full of
 * reporting verbs and quotations: the case that makes per-sentence rules
 * quadratic.
 */
export function benchSingleLine(seeds: readonly Source[], targetMb = 1, oneSentence = false): ThroughputResult {
  const analyzer = createAnalyzer();
  const flat = seeds.map((s) => s.body.replace(/\s*\n\s*/gu, ' ')).join(' ');
  const line = oneSentence ? flat.replace(/[.!?؟…،,:;؛]/gu, '') : flat;
  let body = line;
  while (Buffer.byteLength(body, 'utf8') < targetMb * 1e6) body += ' ' + line;
  const source: Source = {...seeds[0]!, id: 'single-line', body};
  const t0 = process.hrtime.bigint();
  const f = analyzeSource(source, analyzer);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const megabytes = megabytesOf([source]);
  return {megabytes, tokens: f.tokens.length, seconds, mbPerSecond: megabytes / seconds, tokensPerSecond: f.tokens.length / seconds, mentions: f.mentions.length};
}
