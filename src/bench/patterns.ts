import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {analyzeSource, createAnalyzer, type Analyzer} from '../analyze.js';
import type {Source} from '../types.js';
import {benchThroughput, type ThroughputResult} from './analysis.js';

/*
 * Pattern matching must stay linear in the text: a lexicon heavy with
 * patterns (every bundled class crossed with every other, with the widest
 * gaps, a third of them with a focus between two gaps) over the throughput corpus, and an article made of nothing but
 * class words, where every token begins a pattern and every gap is full of
 * candidates.
 */

const ARABIC_CLASSES = ['ABROAD', 'FOREIGN_PARTY', 'FOREIGN', 'AGENT', 'STEER', 'BEHIND', 'RESTORE', 'ORDER', 'AGGRESSION', 'CITIZEN', 'ORDINARY'] as const;

/** A user lexicon of 110 entries of 3 patterns: each pair of bundled Arabic classes, gaps of 6 words between them, one with its focus in the middle. */
export function patternHeavyLexicon(): string {
  const entries: string[] = [];
  for (const a of ARABIC_CLASSES) {
    for (const b of ARABIC_CLASSES) {
      if (a === b) continue;
      entries.push(`  - id: bench.${a}.${b}\n    concept: cause\n    pole: foreign\n    weight: -1\n    gloss: bench\n    patterns: ["{${a}} …6 {${b}}", "{${a}} {${b}} …6 {${a}}", "{${a}} …6 [{${b}}] …6 {${a}}"]`);
    }
  }
  const file = join(mkdtempSync(join(tmpdir(), 'framelens-bench-')), 'patterns.ar.yaml');
  writeFileSync(file, `version: 1\nlanguage: ar\nentries:\n${entries.join('\n')}\n`);
  return file;
}

/** Throughput over the seeds corpus with the pattern-heavy lexicon added. */
export function benchPatternThroughput(seeds: readonly Source[], targetMb = 10): ThroughputResult {
  return benchThroughput(seeds, targetMb, [patternHeavyLexicon()]);
}

/** One article of ~`targetMb` made of class words in a fixed pseudo-random order, matched with the pattern-heavy lexicon. */
export function benchAdversarial(seeds: readonly Source[], targetMb = 1): ThroughputResult & {patterns: number} {
  const analyzer = createAnalyzer([patternHeavyLexicon()]);
  const body = classWordsBody(analyzer, targetMb);
  const source: Source = {...seeds[0]!, id: 'class-words', body};
  const t0 = process.hrtime.bigint();
  const f = analyzeSource(source, analyzer);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const megabytes = Buffer.byteLength(body, 'utf8') / 1e6;
  const patterns = f.mentions.filter((m) => m.pattern !== undefined).length;
  return {megabytes, tokens: f.tokens.length, seconds, mbPerSecond: megabytes / seconds, tokensPerSecond: f.tokens.length / seconds, mentions: f.mentions.length, patterns};
}

/** ~`targetMb` of the analyzer's Arabic class words in a fixed pseudo-random order, a full stop now and then. */
export function classWordsBody(analyzer: Analyzer, targetMb = 1): string {
  const words = analyzer.lexicon.classes
    .filter((c) => c.language === 'ar')
    .flatMap((c) => c.members.map((m) => m.map((w) => w.word).join(' ')));
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < targetMb * 1e6) {
    const word = words[next() % words.length]!;
    parts.push(word);
    bytes += Buffer.byteLength(word, 'utf8') + 1;
    // A full stop now and then, so sentences stay sentence-sized as in a real article.
    if (next() % 40 === 0) parts.push('.\n');
  }
  return parts.join(' ');
}
