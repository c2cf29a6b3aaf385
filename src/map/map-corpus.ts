import {availableParallelism} from 'node:os';
import {analyzeSource, type Analyzer, type MappedSource, type SourceFindings} from '../analyze.js';
import {readSource} from '../corpus/load.js';
import {InputError} from '../errors.js';
import type {Lexicon} from '../lexicon/load.js';
import type {Source} from '../types.js';
import {lexiconFingerprint, sourceLine, StreamIds} from './source-line.js';
import {mapOnWorkers} from './worker-pool.js';

/*
 * The map step of a run — each source analysed on its own — on this thread
 * or on `jobs` worker threads. Either way the results come in input order
 * and are the same, whatever the number of jobs.
 */

export interface MapOptions {
  /** Worker threads; 1 = this thread. */
  readonly jobs: number;
  readonly lexiconFiles: readonly string[];
}

/** Workers cost ~0.3 s each to start (lexicon compilation), so a small corpus stays on this thread. */
const WORKERS_FROM_SOURCES = 24;

export function defaultJobs(): number {
  return availableParallelism();
}

/** Whether a run over `count` sources should use worker threads (an explicit --jobs is always honoured). */
export function useWorkers(jobs: number, count: number, explicit: boolean): boolean {
  return jobs > 1 && count > 1 && (explicit || count >= WORKERS_FROM_SOURCES);
}

/**
 * Every source's findings, in input order (tokens are kept only on this
 * thread). `analyzer` is called only when this thread analyses: with
 * workers, each builds its own and this thread needs none.
 */
export async function mapSources(sources: readonly Source[], analyzer: () => Analyzer, options: MapOptions & {readonly workers: boolean}): Promise<(MappedSource | SourceFindings)[]> {
  if (!options.workers) {
    const here = analyzer();
    return sources.map((s) => analyzeSource(s, here));
  }
  const out: MappedSource[] = [];
  await mapOnWorkers<MappedSource>(sources, 'findings', {size: options.jobs, lexiconFiles: options.lexiconFiles, fingerprint: ''}, (f) => out.push(f));
  return out;
}

/**
 * The files read one at a time, as sources, for streamLines: ids made
 * unique in reading order (a repeated id gets -2, -3, …); a file that cannot
 * be read goes to `onSkip` (the CLI's policy) or, without it, is an error.
 */
export function* readEach(files: readonly string[], options: {readonly label?: (file: string) => string; readonly onSkip?: (file: string, error: InputError) => void} = {}): Generator<Source> {
  const ids = new StreamIds();
  for (const file of files) {
    let read: Source;
    try {
      read = readSource(file);
    } catch (error) {
      if (!(error instanceof InputError) || !options.onSkip) throw error;
      options.onSkip(file, error);
      continue;
    }
    const source = options.label ? {...read, file: options.label(file)} : read;
    const id = ids.unique(source.id);
    yield id === source.id ? source : {...source, id};
  }
}

/**
 * `analyze --format ndjson`: analyse the sources as they come (readEach
 * reads files lazily) and write each one's line as soon as it (and every
 * line before it) is done. Memory stays bounded by the sources in flight,
 * not by the corpus.
 */
export async function streamLines(
  sources: Iterable<Source>,
  lexicon: Lexicon,
  analyzer: () => Analyzer,
  options: MapOptions & {readonly workers: boolean},
  write: (line: string | Uint8Array) => Promise<void> | null,
): Promise<void> {
  const fingerprint = lexiconFingerprint(lexicon);
  if (!options.workers) {
    const here = analyzer();
    for (const source of sources) {
      const {tokens: _tokens, ...mapped} = analyzeSource(source, here);
      await write(sourceLine(mapped, fingerprint) + '\n');
    }
    return;
  }
  let pending: Promise<void> | null = null;
  await mapOnWorkers<Uint8Array>(
    sources,
    'line',
    {size: options.jobs, lexiconFiles: options.lexiconFiles, fingerprint, backpressure: () => pending},
    (line) => {
      const wait = write(line);
      if (wait) pending = wait.then(() => {
        pending = null;
      });
    },
  );
  await pending;
}
