import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {InputError} from '../../src/errors.js';
import {claimsCsv, matrixCsv, mentionsCsv} from '../../src/report/csv.js';
import {analysisToJson} from '../../src/report/json.js';
import {markdownReport} from '../../src/report/markdown.js';
import {writeReport} from '../../src/report/write.js';
import type {Analysis} from '../../src/types.js';
import {hostileSource} from './hostile.js';

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

/** RFC 4180 reader, to read back what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') rows.push([...row, field]), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('CSV', () => {
  it('starts with a BOM, ends lines with CRLF, and reads back to one row per mention whose offsets slice the body', () => {
    const csv = mentionsCsv(a);
    expect(csv.startsWith('\uFEFFsource,')).toBe(true);
    expect(csv.replace(/\r\n/gu, '')).not.toMatch(/(?<!")\n/u);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(a.mentions.length);
    const col = (name: string): number => header!.indexOf(name);
    for (const row of rows) {
      // Ids a spreadsheet would read as numbers carry a # (000 → #000): strip it to join with the JSON.
      const body = a.sources.find((s) => s.id === row[col('source')]!.replace(/^#/u, ''))!.body;
      expect(body.slice(Number(row[col('start')]), Number(row[col('end')]))).toBe(row[col('text')]);
      expect(['outlet', 'quoted', 'attributed']).toContain(row[col('voice')]);
    }
  });

  it('quotes commas, quotes and line breaks, and guards spreadsheet formulas in article text', () => {
    const m = a.mentions[0]!;
    const evil: Analysis = {...a, mentions: [{...m, text: '=HYPERLINK("x")'}, {...m, text: 'a, "b"\r\nc', speaker: '+SUM(A1)', cue: '@cmd'}, {...m, text: '-2+3'}]};
    const [, first, second, third] = parseCsv(mentionsCsv(evil).slice(1));
    const [header] = parseCsv(mentionsCsv(a).slice(1));
    const col = (name: string): number => header!.indexOf(name);
    expect(first![col('text')]).toBe(`'=HYPERLINK("x")`);
    expect(second![col('text')]).toBe('a, "b"\nc'); // a carriage return is a control character: dropped
    expect(second![col('speaker')]).toBe(`'+SUM(A1)`);
    expect(second![col('cue')]).toBe(`'@cmd`);
    expect(third![col('text')]).toBe(`'-2+3`);
    // Our own numbers are not text from the article: a negative lean stays a number.
    expect(parseCsv(matrixCsv(a).slice(1)).some((row) => row[2]?.startsWith('-0.'))).toBe(true);
  });

  it('claims.csv has one row per claim; matrix.csv one per source × concept × pole × voice (long form)', () => {
    expect(parseCsv(claimsCsv(a).slice(1))).toHaveLength(a.claims.length + 1);
    const poles = a.concepts.reduce((n, c) => n + c.poles.length, 0);
    const [header, ...rows] = parseCsv(matrixCsv(a).slice(1));
    expect(rows).toHaveLength(a.sources.length * poles * 3);
    expect(header).toEqual(['source', 'concept', 'lean', 'evidence', 'pole', 'voice', 'count', 'pole_per_1000_words', 'terms']);
    // The counts add up to the mentions the matrix counts, and the own-voice rows of a cell to its n or more.
    const total = rows.reduce((n, r) => n + Number(r[6]), 0);
    expect(total).toBe(a.matrix.reduce((n, m) => n + Object.values(m.counts).reduce((k, v) => k + v.outlet + v.quoted + v.attributed, 0), 0));
    const own = rows.find((r) => r[0] === '#000' && r[1] === 'actors' && r[4] === 'delegitimizing' && r[5] === 'outlet')!;
    expect(own.slice(2)).toEqual(['-0.6', '1', 'delegitimizing', 'outlet', '1', '16.39', 'مسلحين']);
  });

  it('keeps ids a spreadsheet would turn into numbers as text (000 → #000), and others as they are', async () => {
    const {spreadsheetId} = await import('../../src/report/csv.js');
    expect(['000', '004', '1e3', '3-4', '2022-01-08', '#x', 'aj-0108', 'ap_kaz', 'latimes-ap'].map(spreadsheetId)).toEqual(['#000', '#004', '#1e3', '#3-4', '#2022-01-08', '##x', 'aj-0108', 'ap_kaz', 'latimes-ap']);
  });

  it('names the outlet column outlet_name (voice "outlet" is the narrator) and gives the sentence as text', () => {
    const [header, first] = parseCsv(mentionsCsv(a).slice(1));
    expect(header).toContain('outlet_name');
    expect(header).not.toContain('outlet');
    const m = a.mentions[0]!;
    const sentence = first![header!.indexOf('sentence')]!;
    expect(sentence).toContain(m.text);
    expect(sentence).toBe('توكاييف: أعمال الشغب تقودها عصابات إرهابية تلقّت تدريباتها في الخارج');
  });
});

describe('Markdown', () => {
  it('keeps numbers and brackets in place without markup: Arabic always ends its line or table cell', () => {
    const md = markdownReport(a);
    const outside = md.replace(/^<p dir="rtl" lang="ar"(?: class="credit")?>.*<\/p>$/gmu, '');
    // Nothing Latin, no digit and no bracket after Arabic in the same line or cell (a bidi display would move it).
    for (const piece of outside.split(/\n|(?<!\\)\|/u)) expect(piece).not.toMatch(/[\u0600-\u06ff][^\u0600-\u06ff]*[A-Za-z0-9()[\]]/u);
    // Reads as plain text: no isolating spans; the summary's Arabic terms are numbered notes.
    expect(md).not.toMatch(/<span dir=/u);
    expect(md).toMatch(/“gunmen \/ armed groups” ¹;[^\n]*\n {2}- ¹ مسلحين\n/u);
  });

  it('shows passages as HTML GitHub keeps (del, ins, abbr, mark) in right-to-left paragraphs', () => {
    const md = markdownReport(a);
    const paragraphs = md.match(/^<p dir="rtl" lang="ar">.*<\/p>$/gmu) ?? [];
    expect(paragraphs).toHaveLength(Math.min(10, a.passages.length));
    expect(md).toMatch(/<del>[^<]+<\/del> <ins>[^<]+<\/ins>/u);
    expect(paragraphs.join('')).not.toMatch(/\n\s*\n/u);
  });

  it('keeps hostile article text as text: no tags, links, images or broken tables', () => {
    const md = markdownReport(analyzeCorpus([hostileSource()]));
    expect(md).not.toMatch(/<(script|img|b)\b/iu);
    expect(md).not.toMatch(/(?<!\\)\]\(/u);
    expect(md).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/u);
    const row = md.split('\n').find((line) => line.startsWith('| evil |'))!;
    expect(row.replace(/\\\|/gu, '').split('|')).toHaveLength(6);
    expect(row).toContain('&lt;b&gt;Outlet&lt;/b&gt; \\[x\\](javascript:alert(3))');
  });
});

describe('JSON', () => {
  it('follows the JSON contract (docs/framing-model.md): offsets slice the body, poles and kinds from the schema', () => {
    const doc = JSON.parse(analysisToJson(a)) as {
      version: number;
      sources: Record<string, unknown>[];
      mentions: {source: string; start: number; end: number; text: string; voice: string}[];
      claims: {source: string; start: number; end: number; text: string}[];
      matrix: {lean: number | null; evidence: number}[];
      passages: {a: {source: string}; edits: {kind: string}[]}[];
    };
    expect(doc.version).toBe(1);
    expect(Object.keys(doc)).toEqual(['version', 'sources', 'mentions', 'claims', 'matrix', 'passages', 'passageGroups', 'claimsTable', 'speakers', 'statements', 'concepts', 'lexicon', 'skipped']);
    expect(doc.sources.map((s) => s['id'])).toEqual(a.sources.map((s) => s.id));
    for (const s of doc.sources) expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'file', 'outlet', 'language', 'title']));
    for (const s of doc.sources) expect(s).not.toHaveProperty('body');
    const body = (id: string): string => a.sources.find((s) => s.id === id)!.body;
    for (const m of doc.mentions) expect(body(m.source).slice(m.start, m.end)).toBe(m.text);
    for (const c of doc.claims) expect(body(c.source).slice(c.start, c.end)).toBe(c.text);
    expect(doc.mentions).toHaveLength(a.mentions.length);
    expect(doc.matrix.some((c) => c.lean === null && c.evidence === 0)).toBe(true);
    for (const p of doc.passages) for (const e of p.edits) expect(['spelling', 'number', 'wording', 'added', 'removed']).toContain(e.kind);
  });
});

describe('writeReport', () => {
  it('writes every format where asked, and the default name inside an existing folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-report-'));
    expect(writeReport(a, {format: 'csv', out: join(dir, 'csv')}).map((p) => p.slice(dir.length + 1))).toEqual(['csv/mentions.csv', 'csv/claims.csv', 'csv/matrix.csv']);
    expect(writeReport(a, {format: 'md', out: dir})).toEqual([join(dir, 'framelens-report.md')]);
    expect(writeReport(a, {format: 'html', out: dir})).toEqual([join(dir, 'framelens-report.html')]);
    expect(writeReport(a, {format: 'json', out: join(dir, 'new', 'r.json')})).toEqual([join(dir, 'new', 'r.json')]);
    expect(writeReport(a, {format: 'html', out: join(dir, 'later') + '/'})).toEqual([join(dir, 'later', 'framelens-report.html')]);
    expect(readdirSync(dir).sort()).toEqual(['csv', 'framelens-report.html', 'framelens-report.md', 'later', 'new']);
    expect(readFileSync(join(dir, 'framelens-report.md'), 'utf8')).toBe(markdownReport(a));
    expect(JSON.parse(readFileSync(join(dir, 'new', 'r.json'), 'utf8')).version).toBe(1);
  });

  it('throws InputError with a hint for a path it cannot write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-report-'));
    writeFileSync(join(dir, 'file'), 'x');
    mkdirSync(join(dir, 'taken', 'framelens-report.md'), {recursive: true});
    const attempts = [
      () => writeReport(a, {format: 'md', out: join(dir, 'taken')}),
      () => writeReport(a, {format: 'csv', out: join(dir, 'file')}),
      () => writeReport(a, {format: 'html', out: join(dir, 'file', 'x.html')}),
    ];
    for (const attempt of attempts) {
      expect(attempt).toThrow(InputError);
      try {
        attempt();
      } catch (error) {
        expect((error as InputError).hint).toMatch(/-o/u);
      }
    }
  });
});

describe('writeReport: a CSV name ending in .csv', () => {
  it('is a stem for the three files, never a folder named out.csv', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-report-'));
    expect(writeReport(a, {format: 'csv', out: join(dir, 'out.csv')})).toEqual(['mentions', 'claims', 'matrix'].map((n) => join(dir, `out-${n}.csv`)));
    expect(readdirSync(dir).sort()).toEqual(['out-claims.csv', 'out-matrix.csv', 'out-mentions.csv']);
    expect(readFileSync(join(dir, 'out-claims.csv'), 'utf8')).toBe(claimsCsv(a));
  });
});

describe('summary: findings that do not mislead', () => {
  it('never says sources agree on a vague quantity (seeds 000 and 003: "dozens" killed)', async () => {
    const {summarySentences} = await import('../../src/report/summary.js');
    const text = summarySentences(a).map((s) => s.map((x) => x.text).join(''));
    const attackers = text.find((t) => t.startsWith('Killed (attackers)'))!;
    expect(attackers).toContain('dozens');
    expect(attackers).not.toContain('agree');
    expect(attackers).toContain('only a vague quantity');
    for (const t of text.filter((x) => x.includes('the sources agree'))) expect(t).not.toMatch(/dozens|hundreds|thousands|tens/u);
  });
});
