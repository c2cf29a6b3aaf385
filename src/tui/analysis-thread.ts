import {MessageChannel, Worker} from 'node:worker_threads';
import {fromMapError} from '../map/worker-error.js';
import type {Analysis, Source} from '../types.js';
import type {AnalysisMessage} from './analysis-worker.js';
import type {Progress} from './loader.js';

/*
 * The terminal UI's analysis off the main thread, started before anything
 * else: on two cores the lexicon compile, the English model and the map run
 * while the main thread loads Ink and React and draws, so the Overview
 * comes after the longer of the two rather than their sum. A second thread
 * lemmatises the English paragraphs (loading the English model only when
 * there are some) while the first reads the Arabic. The result is the
 * Analysis analyzeCorpus gives (copied across by structured clone).
 */

export interface AnalysisThread {
  /** Analyse these sources (once); progress goes to the latest listener given to `listen`. */
  readonly analyse: (sources: readonly Source[]) => Promise<Analysis>;
  readonly listen: (onProgress: Progress) => void;
  /** Stop the thread (quitting before the analysis is done). */
  readonly stop: () => void;
}

export function startAnalysisThread(lexiconFiles: readonly string[]): AnalysisThread {
  // Next to this module: dist/tui/ when built by tsc, dist/bundle/ in the bundle (scripts/bundle.mjs).
  const worker = new Worker(new URL('./analysis-worker.js', import.meta.url), {workerData: {lexiconFiles: [...lexiconFiles]}});
  const english = new Worker(new URL('./english-worker.js', import.meta.url));
  // The UI's own handles keep the process alive; quitting must not wait for the analysis.
  worker.unref();
  english.unref();
  const stop = (): void => {
    void worker.terminate();
    void english.terminate();
  };
  let listener: Progress | null = null;
  let last: {done: number; total: number} | null = null;
  const listen = (onProgress: Progress): void => {
    listener = onProgress;
    if (last) onProgress(last.done, last.total);
  };
  const analyse = (sources: readonly Source[]): Promise<Analysis> =>
    new Promise<Analysis>((resolve, reject) => {
      worker.on('message', (message: AnalysisMessage) => {
        if (message.type === 'progress') {
          last = {done: message.done, total: message.total};
          listener?.(message.done, message.total);
        } else if (message.type === 'done') {
          resolve(message.analysis as Analysis);
          stop();
        } else {
          reject(fromMapError(message.error));
          stop();
        }
      });
      worker.on('error', (error) => {
        reject(error);
        stop();
      });
      worker.on('exit', (code) => reject(new Error(`the analysis thread stopped (exit code ${code}) before it finished`)));
      // A crash of the English thread would leave the analysis thread waiting for its tokens.
      english.on('error', (error) => {
        reject(error);
        stop();
      });
      // The two threads talk directly: the main thread may be busy loading Ink.
      const {port1, port2} = new MessageChannel();
      english.postMessage({bodies: sources.map((s) => s.body), port: port2}, [port2]);
      worker.postMessage({sources, english: port1}, [port1]);
    });
  return {analyse, listen, stop};
}
