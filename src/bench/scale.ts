import {spawnSync} from 'node:child_process';
import {closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {analyzeSource, compareFindings, createAnalyzer, type SourceFindings} from '../analyze.js';
import {findSharedText, type PassageInput, type SharedText} from '../compare/passages.js';
import {fileLines} from '../map/file-lines.js';
import {htmlReport} from '../report/html.js';
import {analysisToJson} from '../report/json.js';
import {tokenize} from '../text/tokenize.js';
import type {Source} from '../types.js';
import {syntheticCorpus} from './passages.js';
import {cpuSeconds} from './shapes.js';

/*
 * Corpus-scale benches (issue 12): the comparison and reports grow linearly
 * (×10 sources → ≤ ×12 time), one wire story in a thousand outlets is one
 * group and not quadratic, --jobs 2 against --jobs 1, the ndjson map's peak
 * memory does not grow with the corpus, and start-up against bare node.
 * Times are CPU seconds where one thread does the work (the bench machine
 * is shared), wall seconds where several do.
 */

const CLI = fileURLToPath(new URL('../cli.js', import.meta.url));

/** Synthetic articles (seed vocabulary, wire copy) as sources. */
export function syntheticSources(seeds: readonly Source[], articles: number): Source[] {
  return syntheticCorpus(seeds, articles).map((p) => ({id: p.id, file: `${p.id}.txt`, outlet: null, language: 'ar', title: null, date: null, url: null, body: p.body}));
}

export interface GrowthResult {
  readonly small: number;
  readonly large: number;
  readonly smallSeconds: number;
  readonly largeSeconds: number;
  readonly ratio: number;
}

/** `story` carried by `outlets` outlets inside unrelated text, a number changed in every 10th copy and a word in every 7th. */
function wireInputs(seeds: readonly Source[], story: string, outlets: number): PassageInput[] {
  return syntheticCorpus(seeds, outlets).map((f, i) => {
    let copy = story;
    if (i % 10 === 3) copy = copy.replace(/\d+/u, String(i));
    if (i % 7 === 5) copy = copy.replace(/\s\S+\s/u, ' كلمة ');
    const body = `${f.body}\n${copy}`;
    return {id: f.id, body, tokens: tokenize(body), termSpans: [], site: `outlet-${i}`};
  });
}

/** The reduce (matrix, speakers, claims table, passages) plus the HTML and JSON writers, over n and 10·n analysed sources. */
export function benchReduceGrowth(seeds: readonly Source[], n = 300): GrowthResult {
  const analyzer = createAnalyzer();
  const all: SourceFindings[] = syntheticSources(seeds, n * 10).map((s) => analyzeSource(s, analyzer));
  const reduce = (findings: readonly SourceFindings[]): number =>
    cpuSeconds(() => {
      const analysis = compareFindings(findings, analyzer.lexicon);
      htmlReport(analysis);
      analysisToJson(analysis);
    });
  reduce(all.slice(0, Math.min(50, n)));
  const smallSeconds = reduce(all.slice(0, n));
  const largeSeconds = reduce(all);
  return {small: n, large: n * 10, smallSeconds, largeSeconds, ratio: largeSeconds / smallSeconds};
}

export interface WireResult {
  readonly outlets: number;
  readonly seconds: number;
  readonly groups: number;
  readonly members: number;
  readonly passages: number;
}

/**
 * One seed paragraph carried by `outlets` outlets (a number changed in every 10th, a word in every 7th) inside unrelated
 * text; the least CPU time of `rounds` runs, each over inputs made afresh (100 outlets take a few hundredths of a
 * second, where one collection or a neighbour's burst alone moved the ×10 ratio between 9 and 40).
 */
export function benchWire(seeds: readonly Source[], outlets: number, rounds = 3): WireResult {
  const story = seeds[0]!.body.split('\n').find((line) => line.split(' ').length > 25)!;
  let result: SharedText = {passages: [], groups: []};
  let seconds = Infinity;
  for (let round = 0; round < rounds; round++) {
    const inputs = wireInputs(seeds, story, outlets);
    seconds = Math.min(
      seconds,
      cpuSeconds(() => {
        result = findSharedText(inputs);
      }),
    );
  }
  return {outlets, seconds, groups: result.groups.length, members: result.groups.reduce((n, g) => n + g.members.length, 0), passages: result.passages.length};
}

/** A folder of `articles` synthetic article files. */
function writeCorpus(seeds: readonly Source[], articles: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-bench-'));
  mkdirSync(join(dir, 'corpus'));
  for (const s of syntheticSources(seeds, articles)) writeFileSync(join(dir, 'corpus', `${s.id}.txt`), s.body);
  return dir;
}

function wall(args: readonly string[], out?: string): {seconds: number; ok: boolean; peakMb: number} {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, ...args], {encoding: 'utf8', maxBuffer: 1 << 30});
  const seconds = (performance.now() - t0) / 1000;
  if (out) writeFileSync(out, r.stdout);
  const peakKb = Number(/(\d+)\s*$/u.exec(r.stderr)?.[1] ?? NaN);
  return {seconds, ok: r.status === 0, peakMb: peakKb / 1024};
}

export interface JobsResult {
  readonly articles: number;
  readonly one: number;
  readonly two: number;
  readonly speedup: number;
}

/** `analyze --format ndjson` on one and on two worker threads (wall time: this one is about using both cores). */
export function benchJobs(seeds: readonly Source[], articles = 400): JobsResult {
  const dir = writeCorpus(seeds, articles);
  try {
    const corpus = join(dir, 'corpus');
    const one = wall(['analyze', corpus, '--format', 'ndjson', '--jobs', '1']).seconds;
    const two = wall(['analyze', corpus, '--format', 'ndjson', '--jobs', '2']).seconds;
    return {articles, one, two, speedup: one / two};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

export interface MemoryResult {
  readonly small: number;
  readonly large: number;
  readonly smallPeakMb: number;
  readonly largePeakMb: number;
  readonly mergePeakMb: number;
  readonly mergeSeconds: number;
  readonly ndjsonMb: number;
}

/** Peak RSS of the ndjson map over n and 10·n files (should not grow), and of merging the larger run's lines. */
export function benchStreamMemory(seeds: readonly Source[], n = 100): MemoryResult {
  const small = writeCorpus(seeds, n);
  const large = writeCorpus(seeds, n * 10);
  try {
    const a = wall(['analyze', join(small, 'corpus'), '--format', 'ndjson', '--jobs', '1']);
    const lines = join(large, 'all.ndjson');
    const b = wall(['analyze', join(large, 'corpus'), '--format', 'ndjson', '--jobs', '1'], lines);
    const m = wall(['merge', lines, '--format', 'json'], join(large, 'merged.json'));
    return {small: n, large: n * 10, smallPeakMb: a.peakMb, largePeakMb: b.peakMb, mergePeakMb: m.peakMb, mergeSeconds: m.seconds, ndjsonMb: readFileSync(lines).length / 1e6};
  } finally {
    rmSync(small, {recursive: true, force: true});
    rmSync(large, {recursive: true, force: true});
  }
}

export interface MergeSize {
  readonly sources: number;
  readonly ndjsonMb: number;
  readonly peakMb: number;
  readonly seconds: number;
  readonly ok: boolean;
  /** The same lines merged with `--format csv -o DIR/` (three files, streamed the same way). */
  readonly csvPeakMb: number;
  readonly csvSeconds: number;
  readonly csvOk: boolean;
}

/**
 * `merge --format json -o FILE` and `merge --format csv -o DIR/` over the first k lines of one map run
 * (the synthetic mixed corpus: seed-vocabulary text plus wire copy), for
 * each k in `sizes`: peak RSS and wall seconds. The map runs on two
 * threads; the corpus, lines and document live in a temporary folder.
 */
export function benchMergeScale(seeds: readonly Source[], sizes: readonly number[]): MergeSize[] {
  const largest = Math.max(...sizes);
  const dir = writeCorpus(seeds, largest);
  try {
    const lines = join(dir, 'all.ndjson');
    const map = spawnSync(process.execPath, [CLI, 'analyze', join(dir, 'corpus'), '--format', 'ndjson', '--jobs', '2'], {stdio: ['ignore', openSync(lines, 'w'), 'inherit']});
    if (map.status !== 0) throw new Error('the ndjson map of the merge bench failed');
    rmSync(join(dir, 'corpus'), {recursive: true, force: true});
    return sizes.map((sources) => {
      const part = join(dir, `first-${sources}.ndjson`);
      writeFirstLines(lines, part, sources);
      const m = wall(['merge', part, '--format', 'json', '-o', join(dir, 'merged.json')]);
      const c = wall(['merge', part, '--format', 'csv', '-o', join(dir, 'merged-csv') + '/']);
      const ndjsonMb = statSync(part).size / 1e6;
      rmSync(part);
      return {sources, ndjsonMb, peakMb: m.peakMb, seconds: m.seconds, ok: m.ok, csvPeakMb: c.peakMb, csvSeconds: c.seconds, csvOk: c.ok};
    });
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** The first `count` lines of a file, copied block by block. */
function writeFirstLines(from: string, to: string, count: number): void {
  const out = openSync(to, 'w');
  try {
    let left = count;
    for (const line of fileLines(from)) {
      if (left-- === 0) break;
      writeSync(out, `${line.text}\n`);
    }
  } finally {
    closeSync(out);
  }
}

export interface StartupResult {
  readonly nodeMs: number;
  readonly versionMs: number;
  readonly helpMs: number;
  readonly ratio: number;
}

/** Median wall time of `--version` and `--help` against bare node, interleaved so load changes hit both. */
export function benchStartup(runs = 7): StartupResult {
  const times = {node: [] as number[], version: [] as number[], help: [] as number[]};
  const time = (args: string[]): number => {
    const t0 = performance.now();
    spawnSync(process.execPath, args, {encoding: 'utf8'});
    return performance.now() - t0;
  };
  for (let k = 0; k < runs; k++) {
    times.node.push(time(['-e', '0']));
    times.version.push(time([CLI, '--version']));
    times.help.push(time([CLI, '--help']));
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const nodeMs = median(times.node);
  const versionMs = median(times.version);
  const helpMs = median(times.help);
  return {nodeMs, versionMs, helpMs, ratio: Math.max(versionMs, helpMs) / nodeMs};
}
