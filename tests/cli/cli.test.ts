import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

/*
 * The real binary (dist/cli.js, built by `npm test` before vitest runs):
 * exit codes, messages and the JSON contract as a user meets them.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function run(args: string[], env: Record<string, string> = {}, input?: string): {code: number | null; stdout: string; stderr: string} {
  const r = spawnSync(process.execPath, [CLI, ...args], {cwd: ROOT, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', ...env}, timeout: 60_000, ...(input === undefined ? {} : {input})});
  return {code: r.status, stdout: r.stdout, stderr: r.stderr};
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'framelens-cli-'));

describe('framelens analyze', () => {
  it('prints the JSON contract with exact offsets for the bundled seeds', () => {
    const r = run(['analyze', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {version: number; sources: {id: string; file: string}[]; mentions: {source: string; start: number; end: number; text: string; voice: string}[]; claims: unknown[]; matrix: unknown[]; passages: unknown[]};
    expect(doc.version).toBe(1);
    expect(doc.sources.map((s) => s.id)).toEqual(['000', '001', '002', '003', '004']);
    expect(doc.mentions.length).toBeGreaterThan(80);
    expect(doc.claims.length).toBeGreaterThan(15);
    expect(doc.matrix.length).toBe(25);
    expect(doc.passages.length).toBeGreaterThanOrEqual(3);
    for (const m of doc.mentions) expect(['outlet', 'quoted', 'attributed']).toContain(m.voice);
  });

  it('prints a readable text report by default, without escape codes in a pipe', () => {
    const r = run(['analyze']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Own-voice lean per concept');
    expect(r.stdout).toContain('NUMBERS');
    expect(r.stdout).toContain('SHARED PASSAGES');
    expect(r.stdout).not.toMatch(/\u001b\[/u);
  });

  it('reads a folder recursively and a Windows-1256 file', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), Buffer.from(new TextEncoder().encode('قالت الشرطة إن المتظاهرين تفرقوا.\n')));
    // "المتظاهرين" in Windows-1256
    const cp1256 = Buffer.from([0xc7, 0xe1, 0xe3, 0xca, 0xd9, 0xc7, 0xe5, 0xd1, 0xed, 0xe4, 0x20, 0xdd, 0xed, 0x20, 0xc7, 0xe1, 0xd4, 0xc7, 0xd1, 0xda, 0x2e, 0x0a]);
    writeFileSync(join(dir, 'b.txt'), cp1256);
    const r = run(['analyze', dir, '--format', 'json']);
    expect(r.stderr).toBe(`framelens: warning: ${join(dir, 'b.txt')}: not UTF-8; read as Windows-1256 (its bytes read as letters in that code page, as Arabic saved by older web pages does)\n`);
    const doc = JSON.parse(r.stdout) as {sources: unknown[]; mentions: {text: string}[]};
    expect(doc.sources).toHaveLength(2);
    expect(doc.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['المتظاهرين']));
  });
});

describe('bad input: a message, a hint, a non-zero exit, never a stack trace', () => {
  const expectClean = (r: {code: number | null; stderr: string}, pattern: RegExp): void => {
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^framelens: /u);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/u);
  };

  it('missing path', () => expectClean(run(['analyze', 'no/such/file.txt']), /no\/such\/file\.txt/u));
  it('unknown option', () => expectClean(run(['analyze', '--frobnicate']), /frobnicate/u));
  it('unknown format', () => expectClean(run(['analyze', '--format', 'xml']), /xml/u));
  it('empty file', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), '');
    expectClean(run(['analyze', join(dir, 'empty.txt')]), /empty\.txt/u);
  });
  it('binary file', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'x.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00, 0x10]));
    expectClean(run(['analyze', join(dir, 'x.txt')]), /x\.txt/u);
  });
  it('folder without texts', () => expectClean(run(['analyze', tmp()]), /framelens-cli-/u));
  it('malformed lexicon', () => {
    const dir = tmp();
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'version: 1\nlanguage: ar\nentries:\n  - id: x\n    concept: actors\n    pole: delegitimizing\n    weight: 5\n    gloss: x\n    terms: [مخرب]\n');
    expectClean(run(['analyze', '--lexicon', file]), /bad\.yaml:\d+/u);
  });
  it('diff with an unknown id', () => expectClean(run(['diff', '000', 'zzz']), /zzz/u));
  it('a PDF given as an article', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'story.pdf'), '%PDF-1.4\n1 0 obj\n<< >>\nendobj\n');
    expectClean(run(['analyze', join(dir, 'story.pdf')]), /story\.pdf: this is a PDF document, not a text file \(get its text out with `pdftotext/u);
  });
  it('a typo in front matter', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), '---\noutlte: Al Jazeera\n---\nقالت الشرطة إن المتظاهرين تفرقوا.\n');
    expectClean(run(['analyze', join(dir, 'a.txt')]), /a\.txt: line 2: front matter: unknown key `outlte`: did you mean `outlet`\?/u);
  });
  it('a bad --columns', () => expectClean(run(['analyze', '--columns', 'txt=body', 'seeds']), /--columns: unknown field `txt`/u));
});

describe('inputs people have', () => {
  it('`-` reads one article from standard input, and the JSON carries its text', () => {
    const seed = readFileSync(join(ROOT, 'seeds', '004_1dfb8873cf05ba34.txt'), 'utf8');
    const r = run(['analyze', '-', '--format', 'json'], {}, seed);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as {sources: {id: string; file: string; format: string; body: string}[]; mentions: {start: number; end: number; text: string; furniture: string | null}[]};
    expect(doc.sources[0]).toMatchObject({id: '004', file: '-', format: 'stdin'});
    for (const m of doc.mentions) expect(doc.sources[0]!.body.slice(m.start, m.end)).toBe(m.text);
  });

  it('a CSV corpus with a bad row: the row is named on stderr, the rest analysed', () => {
    const dir = tmp();
    const body = readFileSync(join(ROOT, 'seeds', '003_c070887ed5765fa9.txt'), 'utf8').split('---\n')[2]!;
    writeFileSync(join(dir, 'export.csv'), `stories_id,media_name,text\n1,Example,"${body.replace(/"/gu, '""')}"\n2,Example,\n`);
    const r = run(['analyze', join(dir, 'export.csv'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/export\.csv:\d+: row skipped: no text in column `text`\n.*export\.csv: skipped 1 of 2 rows; read 1/u);
    const doc = JSON.parse(r.stdout) as {sources: {id: string; outlet: string; format: string; line: number}[]};
    expect(doc.sources).toMatchObject([{id: '1', outlet: 'Example', format: 'row', line: 2}]);
  });
});

describe('framelens diff', () => {
  it('shows the shared passages of two seeds by id', () => {
    const r = run(['diff', '000', '001']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/000 .*↔ 001/u);
    expect(r.stdout).toMatch(/shared passage/u);
  });
});

describe('framelens discover', () => {
  const english = join(ROOT, 'tests', 'fixtures', 'discover-en');

  it('prints each outlet’s distinctive phrases as a table, the small-outlet warning first', () => {
    const r = run(['discover', english]);
    // The fixture's DATA-NOTE is named as not read (it is no article); nothing else goes to stderr.
    r.stderr = r.stderr.replace(/^framelens: warning: not read: 1 file \(DATA-NOTE\)[^\n]*\n/u, '');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(/^Warning: Too little text to trust for Reuters \(\d+ words\)/u);
    expect(r.stdout).toMatch(/^Global Times — 3 sources \(gt-2019-07-22, gt-2019-08-07, gt-2019-09-29\), \d+ words$/mu);
    expect(r.stdout).toMatch(/^ +2\.\d\d +9 +3 +new +government$/mu);
    expect(r.stdout).toMatch(/^ +2\.\d\d +6 +0 +lexicon actors\/delegitimizing +radicals$/mu);
    expect(r.stdout).toContain('Slot fillers');
  });

  it('writes JSON with z-scores and exact first uses, and says the warning on stderr', () => {
    const r = run(['discover', english, '--format', 'json']);
    r.stderr = r.stderr.replace(/^framelens: warning: not read: 1 file \(DATA-NOTE\)[^\n]*\n/u, '');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^framelens: warning: Too little text to trust for Reuters/u);
    const doc = JSON.parse(r.stdout) as {outlets: {outlet: string; terms: {text: string; z: number; first: {sourceId: string; start: number; end: number}}[]}[]; warnings: string[]};
    expect(doc.outlets.map((o) => o.outlet)).toEqual(['AFP', 'Global Times', 'Reuters']);
    const radicals = doc.outlets[1]!.terms.find((t) => t.text === 'radicals')!;
    expect(radicals.z).toBeGreaterThan(1.96);
    expect(radicals.first.sourceId).toBe('gt-2019-07-22');
    expect(radicals.first.end - radicals.first.start).toBe('radicals'.length);
  });

  it('writes a draft lexicon with -o that --lexicon refuses until it is filled in', () => {
    const out = join(tmp(), 'draft.yaml');
    const r = run(['discover', '--format', 'yaml', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`wrote ${out}\n`);
    const refused = run(['analyze', '--lexicon', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/draft\.yaml:\d+: entry `draft\.ar\.001` is an unfilled draft/u);
  });

  it('rejects an unknown format', () => {
    const r = run(['discover', '--format', 'html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Use one of: text, json, yaml.');
  });
});
