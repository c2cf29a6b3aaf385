import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {loadSeeds} from '../../src/corpus/load.js';
import type {MapRequest} from '../../src/map/map-worker.js';
import type {PoolOptions} from '../../src/map/worker-pool.js';
import type {Source} from '../../src/types.js';

/*
 * The worker pool as built (its workers are the compiled dist/map/map-worker.js):
 * a worker replaced after every source gives the same lines, in the same
 * order, as workers that live through the run.
 */
type MapOnWorkers = <T>(sources: Iterable<Source>, as: MapRequest['as'], options: PoolOptions, emit: (result: T, index: number) => void) => Promise<{started: number}>;
const POOL = pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'map', 'worker-pool.js')).href;

async function lines(sources: readonly Source[], options: Partial<PoolOptions>): Promise<{out: string[]; started: number}> {
  const {mapOnWorkers} = (await import(POOL)) as {mapOnWorkers: MapOnWorkers};
  const out: string[] = [];
  // Lines come as UTF-8 bytes, each with its line break.
  const {started} = await mapOnWorkers<Uint8Array>(sources, 'line', {size: 2, lexiconFiles: [], fingerprint: 'test', ...options}, (line) => out.push(new TextDecoder().decode(line)));
  return {out, started};
}

describe('map worker pool', () => {
  it('replaces a worker once it has read its share of text, and the lines stay the same and in order', async () => {
    const sources = loadSeeds().slice(0, 4);
    const lasting = await lines(sources, {});
    const replaced = await lines(sources, {recycleAfter: 1});
    expect(lasting.started).toBe(2);
    // Each source wears its worker out; none is replaced after the last source has gone out.
    expect(replaced.started).toBeGreaterThanOrEqual(3);
    expect(replaced.out).toEqual(lasting.out);
    expect(lasting.out.every((l) => l.endsWith('}\n'))).toBe(true);
    expect(lasting.out.map((l) => (JSON.parse(l) as {source: {id: string}}).source.id)).toEqual(sources.map((s) => s.id));
  }, 60_000);
});
