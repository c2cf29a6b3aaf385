import {Worker} from 'node:worker_threads';
import type {Source} from '../types.js';
import type {MapReply, MapRequest} from './map-worker.js';
import {fromMapError} from './worker-error.js';

/*
 * The map step on worker threads: sources go out to `size` workers as they
 * come (two queued per worker), results come back in any order and are handed on in input order, so
 * the output does not depend on the number of workers. At most `size × 4`
 * sources are in flight, so a stream of any length runs in bounded memory.
 * An error stops the run at the first failing source in input order, as a
 * run on one thread would.
 *
 * A worker is replaced by a fresh one once it has read `recycleAfter`
 * characters of text: what a thread keeps of every word it has met (the
 * English model's word cache, the key table) grows with the vocabulary of
 * the whole stream, and a new thread starts empty. Between sources a worker
 * holds nothing else, so the results are the same.
 */

export interface PoolOptions {
  readonly size: number;
  readonly lexiconFiles: readonly string[];
  readonly fingerprint: string;
  /** A promise while the consumer cannot take more (stdout is full); no new source goes out until it settles. */
  readonly backpressure?: () => Promise<void> | null;
  /** Characters of source text a worker reads before it is replaced (default RECYCLE_AFTER). */
  readonly recycleAfter?: number;
}

/** 32 million characters (32–64 MB of text): a worker's start (~0.3 s) is then a small share of its life. */
export const RECYCLE_AFTER = 32_000_000;

/**
 * Sources a worker holds at once: one analysed, the next already in its
 * queue. With one, a worker waited for each result to reach this thread and
 * the next source to come back (a quarter of its time on 2 cores).
 */
const QUEUED = 2;

/** Maps the sources; says how many workers were started in all. */
export async function mapOnWorkers<T>(sources: Iterable<Source>, as: MapRequest['as'], options: PoolOptions, emit: (result: T, index: number) => void): Promise<{readonly started: number}> {
  const recycleAfter = options.recycleAfter ?? RECYCLE_AFTER;
  const workers = new Set<Worker>();
  const ended: Promise<number>[] = [];
  const read = new Map<Worker, number>();
  const queued = new Map<Worker, number>();
  let started = 0;
  const iterator = sources[Symbol.iterator]();
  const waiting = new Map<number, MapReply>();
  const limit = options.size * 4;
  let sent = 0;
  let next = 0;
  let exhausted = false;
  try {
    await new Promise<void>((resolve, reject) => {
      // Workers that could take another source when one can go out.
      const hungry = new Set<Worker>();
      let blocked = false;
      const worn = (worker: Worker): boolean => (read.get(worker) ?? 0) >= recycleAfter && !exhausted;
      /** Gives the worker sources until it holds QUEUED of them, it is worn, or none may go out now (then it waits among the hungry). */
      const fill = (worker: Worker): void => {
        while ((queued.get(worker) ?? 0) < QUEUED && !worn(worker)) {
          const wait = blocked ? null : (options.backpressure?.() ?? null);
          if (wait) {
            blocked = true;
            void wait.then(() => {
              blocked = false;
              drain();
            });
          }
          if (blocked || exhausted || sent - next >= limit) {
            hungry.add(worker);
            return;
          }
          let item: IteratorResult<Source>;
          try {
            item = iterator.next();
          } catch (error) {
            reject(error);
            return;
          }
          if (item.done) {
            exhausted = true;
            if (next === sent) resolve();
            return;
          }
          read.set(worker, (read.get(worker) ?? 0) + item.value.body.length);
          queued.set(worker, (queued.get(worker) ?? 0) + 1);
          worker.postMessage({index: sent++, source: item.value, as} satisfies MapRequest);
        }
        hungry.delete(worker);
      };
      const drain = (): void => {
        for (let reply = waiting.get(next); reply; reply = waiting.get(next)) {
          waiting.delete(next);
          if (reply.error) {
            reject(fromMapError(reply.error));
            return;
          }
          emit(reply.result as T, next);
          next++;
        }
        for (const worker of [...hungry]) if (!blocked) fill(worker);
        if (exhausted && next === sent) resolve();
      };
      const start = (): void => {
        const worker = new Worker(new URL('./map-worker.js', import.meta.url), {workerData: {lexiconFiles: [...options.lexiconFiles], fingerprint: options.fingerprint}});
        workers.add(worker);
        started++;
        worker.on('message', (reply: MapReply) => {
          waiting.set(reply.index, reply);
          queued.set(worker, queued.get(worker)! - 1);
          if (worn(worker)) {
            // A worn worker gets no more sources; once it has answered for all it holds, a fresh one takes its place.
            if (queued.get(worker) === 0) {
              workers.delete(worker);
              read.delete(worker);
              queued.delete(worker);
              hungry.delete(worker);
              ended.push(worker.terminate());
              start();
            }
          } else {
            fill(worker);
          }
          drain();
        });
        worker.on('error', reject);
        fill(worker);
      };
      for (let i = 0; i < options.size; i++) start();
    });
  } finally {
    await Promise.all([...ended, ...[...workers].map((w) => w.terminate())]);
  }
  return {started};
}
