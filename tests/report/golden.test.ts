import {existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {claimsCsv, matrixCsv, mentionsCsv} from '../../src/report/csv.js';
import {analysisToJson} from '../../src/report/json.js';
import {markdownReport} from '../../src/report/markdown.js';
import {writeReport} from '../../src/report/write.js';
import type {Analysis} from '../../src/types.js';

/*
 * Golden files for the seeds: a change in what the reports say shows up as
 * a diff here. After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/report
 */
const GOLDEN = join(import.meta.dirname, 'golden');
let a: Analysis;
beforeAll(() => {
  a = analyzeCorpus(loadSeeds());
});

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden reports of the seeds', () => {
  it('Markdown', () => golden('seeds.md', markdownReport(a)));
  it('mentions.csv', () => golden('mentions.csv', mentionsCsv(a)));
  it('claims.csv', () => golden('claims.csv', claimsCsv(a)));
  it('matrix.csv', () => golden('matrix.csv', matrixCsv(a)));
});

describe('CSV and JSON shape', () => {
  it('CSV starts with a BOM, uses CRLF, one row per finding with offsets', () => {
    const csv = mentionsCsv(a);
    expect(csv.startsWith('\uFEFFsource,')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(a.mentions.length + 1);
    expect(rows[0]).toContain('start,end,voice');
  });
  it('guards spreadsheet formulas in article text', () => {
    const evil: Analysis = {...a, mentions: [{...a.mentions[0]!, text: '=HYPERLINK("x")'}]};
    expect(mentionsCsv(evil)).toContain(`"'=HYPERLINK(""x"")"`);
  });
  it('JSON follows the contract: offsets slice the body', () => {
    const doc = JSON.parse(analysisToJson(a)) as {version: number; mentions: {source: string; start: number; end: number; text: string}[]; passages: {a: {source: string}; edits: {kind: string}[]}[]};
    expect(doc.version).toBe(1);
    for (const m of doc.mentions) expect(a.sources.find((s) => s.id === m.source)!.body.slice(m.start, m.end)).toBe(m.text);
    for (const p of doc.passages) for (const e of p.edits) expect(['spelling', 'number', 'wording', 'added', 'removed']).toContain(e.kind);
  });
  it('writeReport writes every format where asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-report-'));
    expect(writeReport(a, {format: 'csv', out: join(dir, 'csv')}).map((p) => p.slice(dir.length + 1))).toEqual(['csv/mentions.csv', 'csv/claims.csv', 'csv/matrix.csv']);
    expect(writeReport(a, {format: 'md', out: dir})).toEqual([join(dir, 'framelens-report.md')]);
    expect(writeReport(a, {format: 'html', out: join(dir, 'r.html')})).toEqual([join(dir, 'r.html')]);
    expect(writeReport(a, {format: 'json', out: join(dir, 'r.json')})).toEqual([join(dir, 'r.json')]);
    expect(readdirSync(dir).sort()).toEqual(['csv', 'framelens-report.md', 'r.html', 'r.json']);
    expect(() => writeReport(a, {format: 'md', out: '/proc/no/such/dir/x.md'})).toThrow(/cannot write the report/u);
  });
});
