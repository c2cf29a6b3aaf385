import {execFileSync, spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {bundledSeedsDir} from '../../src/corpus/load.js';

/*
 * The path past one machine (README, "Large corpora"): the map step run by
 * GNU parallel, several files per job, the ndjson lines merged. Here on a
 * local corpus; `--sshloginfile` spreads the same command over machines.
 * Skips with a message where GNU parallel is not installed (.ci/run installs it).
 */

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const hasParallel = spawnSync('parallel', ['--version'], {encoding: 'utf8'}).status === 0;
if (!hasParallel) console.warn('skipping the GNU parallel test: `parallel` is not installed (Debian package `parallel`)');

describe.skipIf(!hasParallel)('the map step under GNU parallel', () => {
  it('merging the lines of parallel jobs gives the same comparison as one analyze run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-parallel-'));
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    for (const name of readdirSync(bundledSeedsDir()).filter((f) => f.endsWith('.txt'))) copyFileSync(join(bundledSeedsDir(), name), join(corpus, name));
    const files = readdirSync(corpus).sort().map((f) => join(corpus, f));
    writeFileSync(join(dir, 'files.txt'), files.join('\n') + '\n');
    // Two files per job, two jobs at a time, output kept in input order.
    const lines = execFileSync(
      'parallel',
      ['--will-cite', '--keep-order', '--jobs', '2', '-N', '2', '-a', join(dir, 'files.txt'), process.execPath, CLI, 'analyze', '{}', '--format', 'ndjson', '--jobs', '1'],
      {encoding: 'utf8', timeout: 120_000},
    );
    expect(lines.trim().split('\n')).toHaveLength(files.length);
    writeFileSync(join(dir, 'all.ndjson'), lines);
    const merged = execFileSync(process.execPath, [CLI, 'merge', join(dir, 'all.ndjson'), '--format', 'json'], {encoding: 'utf8'});
    const direct = execFileSync(process.execPath, [CLI, 'analyze', corpus, '--format', 'json'], {encoding: 'utf8'});
    expect(merged).toBe(direct);
  });
});
