import {parentPort, workerData} from 'node:worker_threads';
import {analyzeSource, createAnalyzer, type Analyzer} from '../analyze.js';
import {InputError} from '../errors.js';
import type {Source} from '../types.js';
import {sourceLine} from './source-line.js';

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

export interface MapError {
  readonly message: string;
  readonly hint?: string | undefined;
  readonly exitCode?: number | undefined;
  readonly stack?: string | undefined;
  readonly input: boolean;
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
    const e = error as Error;
    reply = {
      index: request.index,
      error: error instanceof InputError ? {message: e.message, hint: error.hint, exitCode: error.exitCode, input: true} : {message: e?.message ?? String(error), stack: e?.stack, input: false},
    };
  }
  parentPort!.postMessage(reply);
});
