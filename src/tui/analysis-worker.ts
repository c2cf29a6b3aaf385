import {parentPort, workerData, type MessagePort} from 'node:worker_threads';
import {analyzeSource, compareFindings, type SourceFindings} from '../analyze-steps.js';
import {workerAnalyzer} from '../map/worker-analyzer.js';
import {toMapError} from '../map/worker-error.js';
import type {Source} from '../types.js';
import {englishAhead} from './english-ahead.js';

/*
 * The terminal UI's analysis, on its own thread (see analysis-thread.ts):
 * the lexicon is loaded and compiled as soon as the thread starts, while
 * the main thread reads the corpus and loads Ink; then the sources come,
 * are analysed as analyzeCorpus does, and the one Analysis goes back.
 * English paragraphs are lemmatised on the English thread (english-worker.ts)
 * meanwhile; their tokens come on `english`, and the sources without
 * English are analysed while they are made.
 */

export type AnalysisMessage =
  | {readonly type: 'progress'; readonly done: number; readonly total: number}
  | {readonly type: 'done'; readonly analysis: unknown}
  | {readonly type: 'error'; readonly error: ReturnType<typeof toMapError>};

const {lexiconFiles} = workerData as {lexiconFiles: string[]};
const post = (message: AnalysisMessage): void => parentPort!.postMessage(message);
const ready = workerAnalyzer(lexiconFiles);

parentPort!.once('message', async ({sources, english: port}: {sources: readonly Source[]; english: MessagePort}) => {
  try {
    const analyzer = await ready;
    if (analyzer instanceof Error) throw analyzer;
    const ahead = englishAhead(port);
    // Sources without English first: the others wait for their tokens from the English thread.
    const english = await ahead.which();
    const order = [...sources.keys()].sort((a, b) => Number(english.has(a)) - Number(english.has(b)) || a - b);
    const findings: SourceFindings[] = new Array<SourceFindings>(sources.length);
    for (const [done, i] of order.entries()) {
      findings[i] = analyzeSource(sources[i]!, analyzer, await ahead.tokensFor(i));
      post({type: 'progress', done: done + 1, total: sources.length});
    }
    port.close();
    post({type: 'done', analysis: compareFindings(findings, analyzer.lexicon)});
  } catch (error) {
    post({type: 'error', error: toMapError(error)});
  }
});
