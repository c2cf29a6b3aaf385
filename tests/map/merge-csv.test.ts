import {type SpawnSyncReturns, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {compareFindings, createAnalyzer} from '../../src/analyze.js';
import {ndjsonOf} from '../support/ndjson-lines.js';
import {bundledSeedsDir, listInputFiles} from '../../src/corpus/load.js';
import {readSourceLines} from '../../src/map/merge.js';
import {mergedCsvChunks} from '../../src/map/merge-csv.js';
import {claimsCsv, matrixCsv, mentionsCsv} from '../../src/report/csv.js';

/*
 * `merge --format csv` streams: after one checking pass it writes each of
 * the three files from another pass over the lines. Each file must be the
 * in-memory merge's, byte for byte. Real text: the bundled seed articles,
 * under ids a spreadsheet would read as numbers or dates (written `#000`,
 * `#1e3`, `#3-4`), one id repeated, and outlet names (one with a comma,
 * quoted in the CSV).
 */

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const analyzer = createAnalyzer();

const linesOf = (files: readonly string[]): Promise<string> => ndjsonOf(files, analyzer);

function cli(args: readonly string[], cwd = ROOT): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], {encoding: 'utf8', cwd});
}

describe('streamed CSV merge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-merge-csv-'));
  mkdirSync(join(dir, 'corpus'));
  const names = readdirSync(bundledSeedsDir()).sort();
  const renamed = ['000', '1e3', 'b', '3-4', 'aj'];
  const outlets = ['Outlet, Almaty', 'Outlet B', 'Outlet C', 'Outlet D', 'Outlet E'];
  names.forEach((name, i) => {
    const text = readFileSync(join(bundledSeedsDir(), name), 'utf8')
      .replace(/^outlet: .*\n/mu, '')
      .replace(/^id: .*$/mu, `id: "${renamed[i]!}"\noutlet: "${outlets[i]!}"`);
    writeFileSync(join(dir, 'corpus', `${i}.txt`), text);
  });
  const files = listInputFiles([join(dir, 'corpus')]).files;
  const parts = (async () => {
    const lines = (await linesOf(files)).split('\n').filter(Boolean);
    const one = join(dir, 'one.ndjson');
    const two = join(dir, 'two.ndjson');
    // CRLF line ends and blank lines in one file; the third source again in the other (its id becomes b-2).
    writeFileSync(one, `${lines.slice(0, 3).join('\r\n')}\r\n\r\n`);
    writeFileSync(two, `\n${lines.slice(2).join('\n')}`);
    const analysis = compareFindings(await readSourceLines([one, two], analyzer.lexicon), analyzer.lexicon);
    return {one, two, expected: {mentions: mentionsCsv(analysis), claims: claimsCsv(analysis), matrix: matrixCsv(analysis)}};
  })();

  it('writes the in-memory merge\'s three files byte for byte: CRLF, blank lines, repeated and number-like ids, outlet names', async () => {
    const {one, two, expected} = await parts;
    const streamed = mergedCsvChunks([one, two], analyzer.lexicon);
    // Each file can be read twice (a pass over the lines each time).
    for (let round = 0; round < 2; round++) {
      expect({mentions: [...streamed.mentions].join(''), claims: [...streamed.claims].join(''), matrix: [...streamed.matrix].join('')}).toEqual(expected);
    }
    const rows = expected.mentions.split('\r\n');
    expect(rows[0]).toMatch(/^\ufeffsource,outlet_name,/u);
    const sources = new Set(rows.slice(1, -1).map((r) => r.split(',')[0]));
    expect([...sources].sort()).toEqual(['#000', '#1e3', '#3-4', 'aj', 'b', 'b-2']);
    expect(expected.mentions).toContain('#000,"Outlet, Almaty",');
    expect(expected.claims.split('\r\n').length).toBeGreaterThan(3);
    expect(expected.matrix).toContain('\r\nb-2,');
  });

  it('the CLI writes them into a folder, beside each other under a stem, and into the default folder', async () => {
    const {one, two, expected} = await parts;
    const folder = join(dir, 'out', 'csv') + '/';
    const a = cli(['merge', one, two, '--format', 'csv', '-o', folder]);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(['mentions', 'claims', 'matrix'].map((n) => `wrote ${join(folder, `${n}.csv`)}\n`).join(''));
    for (const n of ['mentions', 'claims', 'matrix'] as const) expect(readFileSync(join(folder, `${n}.csv`), 'utf8')).toBe(expected[n]);
    const stem = join(dir, 'stems', 'kz.csv');
    const b = cli(['merge', one, two, '--format', 'csv', '-o', stem]);
    expect(b.stdout).toBe(['mentions', 'claims', 'matrix'].map((n) => `wrote ${join(dir, 'stems', `kz-${n}.csv`)}\n`).join(''));
    for (const n of ['mentions', 'claims', 'matrix'] as const) expect(readFileSync(join(dir, 'stems', `kz-${n}.csv`), 'utf8')).toBe(expected[n]);
    const cwd = mkdtempSync(join(tmpdir(), 'framelens-merge-csv-cwd-'));
    const c = cli(['merge', one, two, '--format', 'csv'], cwd);
    expect(c.status).toBe(0);
    expect(readdirSync(join(cwd, 'framelens-report-csv')).sort()).toEqual(['claims.csv', 'matrix.csv', 'mentions.csv']);
    expect(readFileSync(join(cwd, 'framelens-report-csv', 'matrix.csv'), 'utf8')).toBe(expected.matrix);
  });

  it('names the file and line of a bad line, and writes no file', async () => {
    const {one} = await parts;
    const bad = join(dir, 'bad.ndjson');
    writeFileSync(bad, `${readFileSync(one, 'utf8')}{"kind":"framelens-source"}\n`);
    const target = join(dir, 'never');
    const r = cli(['merge', one, bad, '--format', 'csv', '-o', target]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}:5: line format version undefined`);
    expect(existsSync(target)).toBe(false);
  });
});
