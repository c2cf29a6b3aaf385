import {parentPort, workerData} from 'node:worker_threads';
import {analyzeSource} from '../analyze-steps.js';
import type {Source} from '../types.js';
import {sourceLine} from './source-line.js';
import {workerAnalyzer} from './worker-analyzer.js';
import {toMapError, type MapError} from './worker-error.js';

/*
 * A map worker (`--jobs N`): builds its own analyzer once, then analyses
 * the sources the pool sends and posts back either the findings (for an
 * in-memory comparison) or the finished ndjson line (serialised here, in
 * parallel, rather than on the main thread, and as UTF-8 bytes ending in
 * a line break).
 */

export interface MapRequest {
  readonly index: number;
  readonly source: Source;
  /** What comes back: the findings, or the source's ndjson line as UTF-8 bytes with its line break. */
  readonly as: 'findings' | 'line';
}

export interface MapReply {
  readonly index: number;
  readonly result?: unknown;
  readonly error?: MapError;
}

const {lexiconFiles, fingerprint} = workerData as {lexiconFiles: string[]; fingerprint: string};
const ready = workerAnalyzer(lexiconFiles);
const encoder = new TextEncoder();

// Requests that come while the analyzer is made wait for it in the order they came.
parentPort!.on('message', async (request: MapRequest) => {
  let reply: MapReply;
  try {
    const analyzer = await ready;
    if (analyzer instanceof Error) throw analyzer;
    const {tokens: _tokens, ...mapped} = analyzeSource(request.source, analyzer);
    if (request.as === 'line') {
      // The line as the UTF-8 bytes stdout takes, moved rather than copied: no string to clone here, decode and encode there.
      const bytes = encoder.encode(sourceLine(mapped, fingerprint) + '\n');
      parentPort!.postMessage({index: request.index, result: bytes} satisfies MapReply, [bytes.buffer]);
      return;
    }
    reply = {index: request.index, result: mapped};
  } catch (error) {
    reply = {index: request.index, error: toMapError(error)};
  }
  parentPort!.postMessage(reply);
});
