import {analyzeSource, createAnalyzer} from '../analyze.js';
import type {Source} from '../types.js';
import {cpuSeconds} from './shapes.js';

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
  // The size so far is added up, not measured again over the whole corpus after each copy (that was quadratic in copies).
  let corpusMb = 0;
  for (let copy = 0; corpusMb < targetMb; copy++) {
    for (const s of seeds) corpus.push({...s, id: `${s.id}-${copy}`});
    corpusMb += seedMb;
    if (copy * seedMb > targetMb * 2) break;
  }
  // Warm up the lexicon compilation and the JIT on one pass over the seeds.
  for (const s of seeds) analyzeSource(s, analyzer);
  let tokens = 0;
  let mentions = 0;
  // CPU time of this thread: the target is per core, and the bench machine is shared.
  const seconds = cpuSeconds(() => {
    for (const s of corpus) {
      const f = analyzeSource(s, analyzer);
      tokens += f.tokens.length;
      mentions += f.mentions.length;
    }
  });
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
  let f = analyzeSource(seeds[0]!, analyzer);
  const seconds = cpuSeconds(() => {
    f = analyzeSource(source, analyzer);
  });
  const megabytes = megabytesOf([source]);
  return {megabytes, tokens: f.tokens.length, seconds, mbPerSecond: megabytes / seconds, tokensPerSecond: f.tokens.length / seconds, mentions: f.mentions.length};
}

/**
 * English prose for the English throughput figure: the paragraphs of this
 * project's README and docs/evaluation.md (real English text, no code
 * blocks or tables), cut into ~5 KB articles. The bundled sample has no English article.
 */
export function englishSources(readme: string): Source[] {
  const paragraphs = readme
    .replace(/```[\s\S]*?```/gu, '')
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s*\n\s*/gu, ' ').trim())
    .filter((p) => p.length > 200 && !p.startsWith('|') && !p.startsWith('#') && !/[\u0600-\u06FF]/u.test(p));
  const sources: Source[] = [];
  let body = '';
  for (const p of paragraphs) {
    body += (body ? '\n' : '') + p;
    if (body.length > 5000) {
      sources.push({id: `en-${sources.length}`, file: 'README.md', outlet: null, language: 'en', title: null, date: null, url: null, body});
      body = '';
    }
  }
  if (body) sources.push({id: `en-${sources.length}`, file: 'README.md', outlet: null, language: 'en', title: null, date: null, url: null, body});
  return sources;
}
