import {Worker} from 'node:worker_threads';
import type {Source} from '../types.js';
import type {MapReply, MapRequest} from './map-worker.js';
import {fromMapError} from './worker-error.js';

/*
 * The map step on worker threads: sources go out to `size` workers as they
 * come, results come back in any order and are handed on in input order, so
 * the output does not depend on the number of workers. At most `size × 4`
 * sources are in flight, so a stream of any length runs in bounded memory.
 * An error stops the run at the first failing source in input order, as a
 * run on one thread would.
 */

export interface PoolOptions {
  readonly size: number;
  readonly lexiconFiles: readonly string[];
  readonly fingerprint: string;
  /** A promise while the consumer cannot take more (stdout is full); no new source goes out until it settles. */
  readonly backpressure?: () => Promise<void> | null;
}

export async function mapOnWorkers<T>(sources: Iterable<Source>, as: MapRequest['as'], options: PoolOptions, emit: (result: T, index: number) => void): Promise<void> {
  const workers = Array.from(
    {length: options.size},
    () => new Worker(new URL('./map-worker.js', import.meta.url), {workerData: {lexiconFiles: [...options.lexiconFiles], fingerprint: options.fingerprint}}),
  );
  const iterator = sources[Symbol.iterator]();
  const waiting = new Map<number, MapReply>();
  const limit = options.size * 4;
  let sent = 0;
  let next = 0;
  let exhausted = false;
  try {
    await new Promise<void>((resolve, reject) => {
      const idle: Worker[] = [];
      let blocked = false;
      const send = (worker: Worker): void => {
        const wait = blocked ? null : (options.backpressure?.() ?? null);
        if (wait) {
          blocked = true;
          void wait.then(() => {
            blocked = false;
            drain();
          });
        }
        if (blocked || exhausted || sent - next >= limit) {
          idle.push(worker);
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
          idle.push(worker);
          if (next === sent) resolve();
          return;
        }
        worker.postMessage({index: sent++, source: item.value, as} satisfies MapRequest);
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
        while (idle.length > 0 && !blocked && !exhausted && sent - next < limit) send(idle.pop()!);
        if (exhausted && next === sent) resolve();
      };
      for (const worker of workers) {
        worker.on('message', (reply: MapReply) => {
          waiting.set(reply.index, reply);
          send(worker);
          drain();
        });
        worker.on('error', reject);
        send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
