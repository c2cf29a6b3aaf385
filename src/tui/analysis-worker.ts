import {parentPort, workerData, type MessagePort} from 'node:worker_threads';
import {analyzeSource, compareFindings, createAnalyzer, type Analyzer, type SourceFindings} from '../analyze.js';
import {toMapError} from '../map/worker-error.js';
import type {Source} from '../types.js';
import {englishAhead} from './english-ahead.js';

/*
 * The terminal UI's analysis, on its own thread (see analysis-thread.ts):
 * the lexicon is loaded and compiled as soon as the thread starts, while
 * the main thread reads the corpus and loads Ink; then the sources come,
 * are analysed as analyzeCorpus does, and the one Analysis goes back.
 * English paragraphs are lemmatised on the English thread (english-worker.ts)
 * meanwhile; their tokens come on `english`.
 */

export type AnalysisMessage =
  | {readonly type: 'progress'; readonly done: number; readonly total: number}
  | {readonly type: 'done'; readonly analysis: unknown}
  | {readonly type: 'error'; readonly error: ReturnType<typeof toMapError>};

const {lexiconFiles} = workerData as {lexiconFiles: string[]};
const post = (message: AnalysisMessage): void => parentPort!.postMessage(message);
let analyzer: Analyzer | Error;
try {
  analyzer = createAnalyzer(lexiconFiles);
} catch (error) {
  analyzer = error as Error;
}

parentPort!.once('message', async ({sources, english}: {sources: readonly Source[]; english: MessagePort}) => {
  try {
    if (analyzer instanceof Error) throw analyzer;
    const ahead = englishAhead(english);
    const findings: SourceFindings[] = [];
    for (const [i, source] of sources.entries()) {
      findings.push(analyzeSource(source, analyzer, await ahead.tokensFor(i)));
      post({type: 'progress', done: findings.length, total: sources.length});
    }
    english.close();
    post({type: 'done', analysis: compareFindings(findings, analyzer.lexicon)});
  } catch (error) {
    post({type: 'error', error: toMapError(error)});
  }
});
