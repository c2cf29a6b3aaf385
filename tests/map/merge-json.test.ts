import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {compareFindings, createAnalyzer} from '../../src/analyze.js';
import {ndjsonOf} from '../support/ndjson-lines.js';
import {bundledSeedsDir, listInputFiles} from '../../src/corpus/load.js';
import {fileLines} from '../../src/map/file-lines.js';
import {readSourceLines} from '../../src/map/merge.js';
import {mergedJsonChunks} from '../../src/map/merge-json.js';
import {analysisToJson} from '../../src/report/json.js';

/*
 * `merge --format json` streams: it keeps a compact record per source and
 * reads the lines again for each per-source part of the document. Its text
 * must be the in-memory merge's, byte for byte. Real text: the bundled seed
 * articles, under names that are numbers (JSON objects put integer-like
 * keys first: the claims table's cells must come out in that same order).
 */

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const analyzer = createAnalyzer();

const linesOf = (files: readonly string[]): Promise<string> => ndjsonOf(files, analyzer);

describe('streamed JSON merge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-merge-json-'));
  mkdirSync(join(dir, 'corpus'));
  const names = readdirSync(bundledSeedsDir()).sort();
  // Integer-like ids (7, 12, 300) beside ordinary ones, in an order that is not numeric.
  const renamed = ['300', '7', 'b', '12', 'a'];
  names.forEach((name, i) => {
    const text = readFileSync(join(bundledSeedsDir(), name), 'utf8').replace(/^id: .*$/mu, `id: "${renamed[i]!}"`);
    writeFileSync(join(dir, 'corpus', `${i}.txt`), text);
  });
  const files = listInputFiles([join(dir, 'corpus')]).files;

  it('writes the in-memory merge byte for byte: CRLF line ends, blank lines, repeated ids, several files', async () => {
    const lines = (await linesOf(files)).split('\n').filter(Boolean);
    const one = join(dir, 'one.ndjson');
    const two = join(dir, 'two.ndjson');
    writeFileSync(one, `${lines.slice(0, 3).join('\r\n')}\r\n\r\n`);
    writeFileSync(two, `\n${lines.slice(2).join('\n')}`);
    const expected = analysisToJson(compareFindings(await readSourceLines([one, two], analyzer.lexicon), analyzer.lexicon));
    const streamed = [...mergedJsonChunks([one, two], analyzer.lexicon)].join('');
    expect(streamed).toBe(expected);
    const doc = JSON.parse(streamed) as {sources: {id: string}[]; claimsTable: {cells: Record<string, number[]>}[]; matrix: unknown[]};
    expect(doc.sources.map((s) => s.id)).toEqual(['300', '7', 'b', 'b-2', '12', 'a']);
    expect(doc.claimsTable.length).toBeGreaterThan(0);
    expect(Object.keys(doc.claimsTable[0]!.cells).slice(0, 3)).toEqual(['7', '12', '300']);
    // The CLI streams it too, to stdout and to -o.
    const out = spawnSync(process.execPath, [CLI, 'merge', one, two, '--format', 'json'], {encoding: 'utf8', maxBuffer: 1 << 28});
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(`${expected}\n`);
    const target = join(dir, 'merged.json');
    const written = spawnSync(process.execPath, [CLI, 'merge', one, two, '--format', 'json', '-o', target], {encoding: 'utf8'});
    expect(written.stdout).toBe(`wrote ${target}\n`);
    expect(readFileSync(target, 'utf8')).toBe(`${expected}\n`);
  });

  it('names the file and line of a bad line before writing anything', () => {
    const bad = join(dir, 'bad.ndjson');
    writeFileSync(bad, `${readFileSync(join(dir, 'one.ndjson'), 'utf8')}{"kind":"framelens-source"}\n`);
    const r = spawnSync(process.execPath, [CLI, 'merge', bad, '--format', 'json'], {encoding: 'utf8'});
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}:5: line format version undefined`);
  });
});

describe('fileLines', () => {
  it('gives each line with its number and byte place, across block ends and lines longer than a block', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-lines-'));
    const file = join(dir, 'lines.ndjson');
    // Arabic (two bytes a letter in UTF-8) so that a block end falls inside a character.
    const lines = ['{"a":"قالت الوكالة"}', '', 'x'.repeat(50), '{"b":"المحتجين"}\r', 'آخر سطر'];
    writeFileSync(file, lines.join('\n'));
    const bytes = readFileSync(file);
    for (const block of [7, 16, 1 << 16]) {
      const got = [...fileLines(file, block)];
      expect(got.map((l) => l.text)).toEqual(lines.map((l) => l.replace(/\r$/u, '')));
      expect(got.map((l) => l.number)).toEqual([1, 2, 3, 4, 5]);
      for (const l of got) expect(bytes.toString('utf8', l.offset, l.offset + l.bytes)).toBe(l.text);
    }
  });
});
