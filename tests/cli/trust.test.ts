import {spawnSync} from 'node:child_process';
import {chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadCorpus, loadSeeds, readCorpus} from '../../src/corpus/load.js';
import {claimsCsv, matrixCsv, mentionsCsv} from '../../src/report/csv.js';
import {htmlReport} from '../../src/report/html.js';
import {analysisToJson} from '../../src/report/json.js';
import {markdownReport} from '../../src/report/markdown.js';

/*
 * Damaged and hostile input through the real binary: a bad file is skipped
 * and named (exit 0), --strict or nothing readable is exit 1, and no channel
 * carries an escape sequence, a C1 control or a bidi control from the input.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SEED_001 = readFileSync(join(ROOT, 'seeds', '001_8c9c1a69018985d2.txt'));
const SENTENCE = 'قالت الشرطة إن المتظاهرين تفرقوا.\n';
/** ESC, BEL, C1 controls, bidi marks/embeddings/overrides/isolates: nothing an output channel may carry raw. */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function run(args: string[], options: {cwd?: string; prefix?: string[]} = {}): {code: number | null; stdout: string; stderr: string} {
  const [command, ...pre] = options.prefix ?? [process.execPath];
  const r = spawnSync(command!, [...pre, ...(options.prefix ? [process.execPath] : []), CLI, ...args], {cwd: options.cwd ?? ROOT, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, timeout: 60_000});
  return {code: r.status, stdout: r.stdout, stderr: r.stderr};
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'framelens-trust-'));

function corpusWithBadFiles(): string {
  const dir = tmp();
  writeFileSync(join(dir, 'a.txt'), SENTENCE);
  writeFileSync(join(dir, 'b.txt'), '');
  writeFileSync(join(dir, 'c.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]));
  writeFileSync(join(dir, 'd.txt'), `---\noutlet: x\n${SENTENCE}`);
  symlinkSync(join(dir, 'gone.txt'), join(dir, 'e.txt'));
  writeFileSync(join(dir, 'f.txt'), SEED_001.subarray(0, 4701));
  return dir;
}

describe('one bad file does not sink a corpus', {timeout: 90_000}, () => {
  it('reads the rest, names every skipped file and why, exits 0; JSON lists them in `skipped`', () => {
    const dir = corpusWithBadFiles();
    const r = run(['analyze', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {sources: {id: string; encoding: string; replaced: number}[]; mentions: {source: string}[]; skipped: {file: string; reason: string}[]};
    expect(doc.sources.map((s) => [s.id, s.encoding, s.replaced])).toEqual([['a', 'utf-8', 0], ['001', 'utf-8', 1]]);
    expect(doc.mentions.filter((m) => m.source === '001')).toHaveLength(18);
    expect(doc.skipped.map((s) => s.file)).toEqual(['b.txt', 'c.txt', 'd.txt', 'e.txt'].map((f) => join(dir, f)).sort((x, y) => (x.endsWith('e.txt') ? -1 : y.endsWith('e.txt') ? 1 : x.localeCompare(y))));
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `framelens: warning: ${join(dir, 'f.txt')}: read as UTF-8 with 1 damaged byte sequence replaced by U+FFFD (�); words or numbers there may be lost`,
      `framelens: skipped ${join(dir, 'e.txt')}: no such file or folder (or a link to one that is gone)`,
      `framelens: skipped ${join(dir, 'b.txt')}: the file is empty`,
      `framelens: skipped ${join(dir, 'c.txt')}: this is not a text file (it contains NUL bytes: binary data, or UTF-16 without a byte-order mark)`,
      `framelens: skipped ${join(dir, 'd.txt')}: line 1: the front matter opened with \`---\` is never closed`,
      'framelens: warning: skipped 4 files of 6, read 2 (--strict makes a skipped file an error)',
    ]);
  });

  it('--strict: exit 1, nothing on stdout, every bad file named', () => {
    const dir = corpusWithBadFiles();
    const r = run(['analyze', dir, '--format', 'json', '--strict']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.match(/^framelens: skipped /gmu)).toHaveLength(4);
    expect(r.stderr).toMatch(/4 files of 6 could not be read \(see above\); stopping because of --strict/u);
  });

  it('nothing readable: exit 1; a single bad file named explicitly: exit 1', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), '');
    writeFileSync(join(dir, 'b.txt'), '\u200b\u200f\n');
    const all = run(['analyze', dir]);
    expect(all.code).toBe(1);
    expect(all.stderr).toMatch(/none of the 2 files could be read/u);
    const one = run(['analyze', join(dir, 'a.txt')]);
    expect(one.code).toBe(1);
    expect(one.stderr).toMatch(/a\.txt: the file is empty\nframelens: the only input could not be read/u);
  });

  it('the reports show the skipped files and how each source was read', () => {
    const dir = corpusWithBadFiles();
    const out = tmp();
    expect(run(['report', dir, '--format', 'md', '-o', join(out, 'r.md')]).code).toBe(0);
    const md = readFileSync(join(out, 'r.md'), 'utf8');
    expect(md).toContain('- 001: read as UTF-8, 1 damaged sequence replaced (�)');
    expect(md).toMatch(/- skipped .*b\.txt: the file is empty/u);
    const corpus = readCorpus([dir]);
    const html = htmlReport({...analyzeCorpus(corpus.sources), skipped: corpus.skipped});
    expect(html).toContain('Skipped: 4 files could not be read');
    expect(html).toContain('<strong>UTF-8, 1 damaged sequence replaced (�)</strong>');
    const text = run(['analyze', dir]).stdout;
    expect(text).toMatch(/001 .*UTF-8, 1 damaged sequence replaced/u);
    expect(text).toMatch(/skipped .*c\.txt: this is not a text file/u);
  });

  const root = process.getuid?.() === 0;
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
  const AS_NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];
  // Root reads a chmod 000 file anyway: as root, the binary runs as `nobody` through setpriv; without setpriv, or where
  // nobody cannot read the checkout, the check cannot be made and is skipped.
  const nobodyCanRun = root && setpriv !== undefined && spawnSync(setpriv, [...AS_NOBODY, process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(CLI)}, 4)`]).status === 0;
  it.skipIf(root && !nobodyCanRun)('an unreadable file and an unreadable folder (chmod 000) are skipped with EACCES', () => {
    const dir = tmp();
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'a.txt'), SENTENCE);
    writeFileSync(join(dir, 'b.txt'), SENTENCE);
    chmodSync(join(dir, 'a.txt'), 0o644);
    chmodSync(join(dir, 'b.txt'), 0o000);
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'c.txt'), SENTENCE);
    chmodSync(join(dir, 'locked'), 0o000);
    const r = root ? run(['analyze', dir], {cwd: dir, prefix: [setpriv!, ...AS_NOBODY]}) : run(['analyze', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`framelens: skipped ${join(dir, 'b.txt')}: cannot be read (EACCES)`);
    expect(r.stderr).toContain(`framelens: skipped ${join(dir, 'locked')}: the folder cannot be read (EACCES)`);
  });
});

describe('no channel carries control sequences from the input', {timeout: 90_000}, () => {
  it('a file name and front matter carrying OSC 52 / OSC 0 / bidi controls reach stderr as visible escapes', () => {
    const dir = tmp();
    const name = 'x\u001b]52;c;ZXZpbA==\u0007\u001b]0;pwned\u0007\u202e.txt';
    writeFileSync(join(dir, name), '');
    writeFileSync(join(dir, 'good.txt'), `---\noutlet: "\u001b]0;title\u0007"\noutlte\u009b: v\n---\n${SENTENCE}`);
    writeFileSync(join(dir, 'ok.txt'), SENTENCE);
    const r = run(['analyze', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(UNSAFE);
    expect(r.stderr).toContain('x\\x1b]52;c;ZXZpbA==\\x07\\x1b]0;pwned\\x07\\u202e.txt: the file is empty');
    expect(r.stderr).toContain('unknown key `outlte\\x9b`: did you mean `outlet`?');
    expect(r.stdout).not.toMatch(UNSAFE);
  });

  it('framelens diff prints file names without their control sequences', () => {
    const dir = tmp();
    const name = join(dir, 'a\u001b]0;pwned\u0007.txt');
    writeFileSync(name, SEED_001);
    writeFileSync(join(dir, 'b.txt'), SEED_001);
    const r = run(['diff', name, join(dir, 'b.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`(${join(dir, 'a.txt')})`);
    expect(r.stdout + r.stderr).not.toMatch(UNSAFE);
  });

  it('a lexicon value carrying an OSC sequence reaches stderr as visible escapes', () => {
    const dir = tmp();
    const file = join(dir, 'evil.yaml');
    writeFileSync(file, 'version: 1\nlanguage: ar\nentries:\n  - id: x\n    concept: actors\n    pole: delegitimizing\n    weight: -0.5\n    gloss: x\n    terms: ["\\e]52;c;ZXZpbA==\\aمخرب", "\\e]52;c;ZXZpbA==\\aمخرب"]\n');
    const r = run(['analyze', '--lexicon', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('\\x1b]52;c;ZXZpbA==\\x07مخرب');
    expect(r.stderr).not.toMatch(UNSAFE);
  });

  it('10,000 front-matter keys the tool does not use are kept as metadata: the run goes on, no line longer than 600 characters', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'many.txt'), `---\n${Array.from({length: 10_000}, (_, i) => `key${i}_${'x'.repeat(i % 40)}: v`).join('\n')}\n---\n${SENTENCE}`);
    const r = run(['analyze', join(dir, 'many.txt')]);
    expect(r.code).toBe(0);
    expect(Math.max(...(r.stdout + r.stderr).split('\n').map((l) => l.length))).toBeLessThan(600);
  });

  it('CSV, JSON, Markdown, HTML and the text report of an article full of escapes carry none of them', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'evil.txt'), `---\ntitle: "\u001b]0;t\u0007عنوان"\noutlet: "\u202eOutlet"\n---\nقال المتحدث إن \u001b]52;c;ZXZpbA==\u0007المتظاهرين \u009b2J هاجموا و\u202eالعصابات الإرهابية\u202c قتلت \u001b[2J 18 شرطيا.\n`);
    const a = analyzeCorpus(loadCorpus([join(dir, 'evil.txt')]));
    const outputs = {'mentions.csv': mentionsCsv(a), 'claims.csv': claimsCsv(a), 'matrix.csv': matrixCsv(a), json: analysisToJson(a), md: markdownReport(a), html: htmlReport(a)};
    for (const [name, output] of Object.entries(outputs)) expect(output, name).not.toMatch(UNSAFE);
    expect(a.claims.map((c) => [c.value, c.measure])).toEqual([[18, 'killed']]);
    const text = run(['analyze', join(dir, 'evil.txt')]);
    expect(text.code).toBe(0);
    expect(text.stdout + text.stderr).not.toMatch(UNSAFE);
  });

  it('CSV: controls go before the formula guard looks, so an escape cannot hide a formula', () => {
    const a = analyzeCorpus(loadSeeds().slice(0, 1));
    const m = a.mentions[0]!;
    const evil = {...a, mentions: [{...m, text: '\u001b]0;x\u0007=HYPERLINK("http://evil.example")', speaker: '\u202e+SUM(A1)', cue: '\u009b2J@cmd'}]};
    const row = mentionsCsv(evil).split('\r\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(row).toContain("'+SUM(A1)");
    expect(row).toContain("'@cmd");
    expect(row).not.toMatch(UNSAFE);
  });

  it('Markdown: no bare URL, www. name or e-mail address of an article is left for GitHub to link', () => {
    const a = analyzeCorpus(loadSeeds().slice(0, 2));
    const source = a.sources[0]!;
    const evil = {...a, sources: [{...source, title: 'اقرأ https://evil.example/x و www.evil.example و info@evil.example', outlet: 'HTTP://EVIL.EXAMPLE'}, ...a.sources.slice(1)]};
    const md = markdownReport(evil);
    const text = md.split(/<[^>]*>/u).join('\u0000');
    expect(text).not.toMatch(/[a-z]+:\/\/|www\.|[\p{L}\p{N}._+-]@[\p{L}\p{N}]/iu);
    expect(md).toContain('https:<span></span>//evil.example/x');
    expect(md).toContain('w<span></span>ww.evil.example');
    expect(md).toContain('info@<span></span>evil.example');
  });
});
