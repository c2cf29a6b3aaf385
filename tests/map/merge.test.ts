import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {analyzeCorpus, createAnalyzer} from '../../src/analyze.js';
import {ndjsonOf} from '../support/ndjson-lines.js';
import {compareFindings} from '../../src/analyze.js';
import {bundledSeedsDir, listInputFiles, loadCorpus} from '../../src/corpus/load.js';
import {readSourceLines} from '../../src/map/merge.js';
import {mergedCsvChunks} from '../../src/map/merge-csv.js';
import {mergedJsonChunks} from '../../src/map/merge-json.js';
import {claimsCsv, matrixCsv, mentionsCsv} from '../../src/report/csv.js';
import {analysisToJson} from '../../src/report/json.js';

/*
 * The map/reduce contract: the ndjson lines of any split of a corpus into
 * runs, merged, give the same comparison as one run over all of it.
 * Real text: the five bundled seed articles, copied into a temporary corpus.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const SEEDS = bundledSeedsDir();
const CLI = join(ROOT, 'dist', 'cli.js');
const analyzer = createAnalyzer();

/** The seeds, plus the same two seeds again in another folder (so two sources share an id). */
function corpus(): {dir: string; files: string[]} {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-merge-'));
  const names = readdirSync(SEEDS).sort();
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  for (const name of names) copyFileSync(join(SEEDS, name), join(dir, 'a', name));
  for (const name of names.slice(1, 3)) copyFileSync(join(SEEDS, name), join(dir, 'b', name));
  return {dir, files: listInputFiles([dir]).files};
}

const runLines = (files: readonly string[]): Promise<string> => ndjsonOf(files, analyzer);

async function merged(dir: string, parts: readonly string[]): Promise<string> {
  const files = parts.map((text, i) => {
    const file = join(dir, `part-${i}.ndjson`);
    writeFileSync(file, text);
    return file;
  });
  const analysis = compareFindings(await readSourceLines(files, analyzer.lexicon), analyzer.lexicon);
  const inMemory = analysisToJson(analysis);
  // The streamed merges (what `merge --format json` and `--format csv` run) write the very same text.
  expect([...mergedJsonChunks(files, analyzer.lexicon)].join('')).toBe(inMemory);
  const csv = mergedCsvChunks(files, analyzer.lexicon);
  expect([[...csv.mentions].join(''), [...csv.claims].join(''), [...csv.matrix].join('')]).toEqual([mentionsCsv(analysis), claimsCsv(analysis), matrixCsv(analysis)]);
  return inMemory;
}

describe('analyze --format ndjson and merge', () => {
  const {dir, files} = corpus();
  const whole = runLines(files);

  it('a single run merged equals the in-memory analysis when ids are unique', async () => {
    const unique = files.slice(0, 5);
    const expected = analysisToJson(analyzeCorpus(loadCorpus(unique)));
    expect(await merged(dir, [await runLines(unique)])).toBe(expected);
  });

  it('merging the lines of several runs equals one run over all sources (property)', async () => {
    const expected = await merged(dir, [await whole]);
    const lines = (await whole).split('\n').filter(Boolean);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({min: 1, max: files.length - 1}), {maxLength: 4}), async (cuts) => {
        // Each part is a separate run over a contiguous share of the files.
        const bounds = [0, ...[...cuts].sort((x, y) => x - y), files.length];
        const parts: string[] = [];
        for (let k = 0; k + 1 < bounds.length; k++) parts.push(await runLines(files.slice(bounds[k], bounds[k + 1])));
        expect(await merged(dir, parts)).toBe(expected);
      }),
      {numRuns: 8},
    );
    // Repeated ids get -2 in reading order, in a split run as in one run.
    const ids = lines.map((l) => (JSON.parse(l) as {source: {id: string}}).source.id);
    expect(ids).toEqual(['000', '001', '002', '003', '004', '001-2', '002-2']);
  });

  it('says which file and line is not a source line, and exits 1', () => {
    const bad = join(dir, 'bad.ndjson');
    writeFileSync(bad, '{"kind":"framelens-source","version":1}\n');
    const r = spawnSync(process.execPath, [CLI, 'merge', bad], {encoding: 'utf8'});
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad}:1:`);
    const cut = join(dir, 'cut.ndjson');
    const line = spawnSync(process.execPath, [CLI, 'analyze', files[0]!, '--format', 'ndjson'], {encoding: 'utf8'}).stdout;
    writeFileSync(cut, `\n${line.slice(0, line.length / 2)}\n`);
    const c = spawnSync(process.execPath, [CLI, 'merge', cut], {encoding: 'utf8'});
    expect(c.status).toBe(1);
    expect(c.stderr).toContain(`${cut}:2: not a JSON line`);
    expect(c.stderr).not.toMatch(/\n\s+at /u);
  });

  it('refuses lines made with another lexicon', () => {
    const extra = join(dir, 'extra.yaml');
    writeFileSync(extra, 'version: 1\nlanguage: ar\nentries:\n  - id: extra-term\n    concept: actors\n    pole: legitimizing\n    weight: 1\n    gloss: crowd\n    terms: [الحشود]\n');
    const file = join(dir, 'plain.ndjson');
    writeFileSync(file, spawnSync(process.execPath, [CLI, 'analyze', files[0]!, '--format', 'ndjson'], {encoding: 'utf8'}).stdout);
    const r = spawnSync(process.execPath, [CLI, 'merge', file, '--lexicon', extra], {encoding: 'utf8'});
    expect(r.stderr).toContain('another lexicon');
    expect(r.status).toBe(1);
  });

  it('reads corpus tables and standard input too: a CSV export and a piped article stream as the same lines the JSON analysis holds', () => {
    const csv = join(dir, 'export.csv');
    const texts = files.slice(0, 2).map((f) => loadCorpus([f])[0]!.body);
    writeFileSync(csv, `id,media_name,title,text\n${texts.map((t, i) => `row${i},Outlet ${i},Title ${i},"${t.replace(/"/gu, '""')}"`).join('\n')}\n`);
    const lines = spawnSync(process.execPath, [CLI, 'analyze', csv, '--format', 'ndjson'], {encoding: 'utf8'});
    expect(lines.status).toBe(0);
    const table = join(dir, 'table.ndjson');
    writeFileSync(table, lines.stdout);
    const viaMerge = JSON.parse(spawnSync(process.execPath, [CLI, 'merge', table, '--format', 'json'], {encoding: 'utf8'}).stdout) as {sources: {id: string; outlet: string}[]; mentions: unknown[]};
    const direct = JSON.parse(spawnSync(process.execPath, [CLI, 'analyze', csv, '--format', 'json'], {encoding: 'utf8'}).stdout) as typeof viaMerge;
    expect(viaMerge.sources.map((s) => [s.id, s.outlet])).toEqual([['row0', 'Outlet 0'], ['row1', 'Outlet 1']]);
    expect(viaMerge.mentions).toEqual(direct.mentions);
    expect(viaMerge.mentions.length).toBeGreaterThan(0);
    const piped = spawnSync(process.execPath, [CLI, 'analyze', '-', '--format', 'ndjson'], {encoding: 'utf8', input: texts[0]});
    expect(piped.status).toBe(0);
    expect(piped.stdout.trim().split('\n')).toHaveLength(1);
    expect((JSON.parse(piped.stdout) as {source: {id: string}}).source.id).toBe('stdin');
  });
});
