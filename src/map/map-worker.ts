import {parentPort, workerData} from 'node:worker_threads';
import {analyzeSource, createAnalyzer, type Analyzer} from '../analyze.js';
import type {Source} from '../types.js';
import {sourceLine} from './source-line.js';
import {toMapError, type MapError} from './worker-error.js';

/*
 * A map worker (`--jobs N`): builds its own analyzer once, then analyses
 * the sources the pool sends and posts back either the findings (for an
 * in-memory comparison) or the finished ndjson line (serialised here, in
 * parallel, rather than on the main thread).
 */

export interface MapRequest {
  readonly index: number;
  readonly source: Source;
  readonly as: 'findings' | 'line';
}

export interface MapReply {
  readonly index: number;
  readonly result?: unknown;
  readonly error?: MapError;
}

const {lexiconFiles, fingerprint} = workerData as {lexiconFiles: string[]; fingerprint: string};
let analyzer: Analyzer | undefined;

parentPort!.on('message', (request: MapRequest) => {
  let reply: MapReply;
  try {
    analyzer ??= createAnalyzer(lexiconFiles);
    const {tokens: _tokens, ...mapped} = analyzeSource(request.source, analyzer);
    reply = {index: request.index, result: request.as === 'line' ? sourceLine(mapped, fingerprint) : mapped};
  } catch (error) {
    reply = {index: request.index, error: toMapError(error)};
  }
  parentPort!.postMessage(reply);
});
