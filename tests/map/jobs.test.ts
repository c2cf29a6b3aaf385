import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

/*
 * --jobs: the map step on worker threads gives the same output, in the same
 * order, as on one thread (the real binary, on the bundled seeds).
 */
const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const run = (args: string[]): string => {
  const r = spawnSync(process.execPath, [CLI, ...args], {encoding: 'utf8', timeout: 60_000});
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
};

describe('--jobs', () => {
  it('analyze --format json is the same on 1 and 3 worker threads', () => {
    expect(run(['analyze', '--format', 'json', '--jobs', '3'])).toBe(run(['analyze', '--format', 'json', '--jobs', '1']));
  });

  it('analyze --format ndjson writes the same lines in the same order on 1 and 2 threads', () => {
    const one = run(['analyze', '--format', 'ndjson', '--jobs', '1']);
    expect(one.trim().split('\n').map((l) => (JSON.parse(l) as {source: {id: string}}).source.id)).toEqual(['000', '001', '002', '003', '004']);
    expect(run(['analyze', '--format', 'ndjson', '--jobs', '2'])).toBe(one);
  });

  it('rejects a --jobs that is not a whole number of threads with exit 2', () => {
    const r = spawnSync(process.execPath, [CLI, 'analyze', '--jobs', 'many'], {encoding: 'utf8'});
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--jobs `many`');
  });
});
