import {spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

/*
 * -o FILE as a user meets it on the real binary: `analyze` writes its text,
 * JSON or ndjson there as the other commands do, a folder that is not there
 * is said before any work, and no command may write over an article it is
 * reading (the article would be lost).
 */
const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SEEDS = join(ROOT, 'seeds');

function run(args: string[], cwd = ROOT): {code: number | null; stdout: string; stderr: string} {
  const r = spawnSync(process.execPath, [CLI, ...args], {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FRAMELENS_NO_CACHE: '1'}, timeout: 60_000});
  return {code: r.status, stdout: r.stdout, stderr: r.stderr};
}

/** A copy of the seed articles in a fresh folder. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-out-'));
  for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) copyFileSync(join(SEEDS, f), join(dir, f));
  return dir;
}

const firstArticle = (dir: string): string => join(dir, readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()[0]!);

describe('framelens analyze -o FILE', () => {
  it('writes the JSON contract to the file and names it on stdout', () => {
    const dir = corpus();
    const out = join(mkdtempSync(join(tmpdir(), 'framelens-out-')), 'analysis.json');
    const r = run(['analyze', dir, '--format', 'json', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`wrote ${out}\n`);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as {sources: unknown[]; mentions: {text: string}[]};
    expect(doc.sources).toHaveLength(5);
    expect(doc.mentions.map((m) => m.text)).toContain('عصابات إرهابية');
  });

  it('writes one ndjson line per source, which merge reads back', () => {
    const dir = corpus();
    const out = join(mkdtempSync(join(tmpdir(), 'framelens-out-')), 'lines.ndjson');
    expect(run(['analyze', dir, '--format', 'ndjson', '--jobs', '1', '-o', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(5);
    const merged = run(['merge', out]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toContain('5 sources');
  });

  it('writes the text report plain, and in colour only when --color asks for it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-out-'));
    expect(run(['analyze', '-o', join(dir, 'plain.txt')]).code).toBe(0);
    expect(run(['analyze', '--color', '-o', join(dir, 'colour.txt')]).code).toBe(0);
    const plain = readFileSync(join(dir, 'plain.txt'), 'utf8');
    expect(plain).toContain('Own-voice lean per concept');
    expect(plain).not.toContain('\u001b[');
    expect(readFileSync(join(dir, 'colour.txt'), 'utf8')).toContain('\u001b[');
  });

  it('a folder that is not there: said at once, exit 1, nothing analysed', () => {
    const r = run(['analyze', '-o', join(tmpdir(), 'no-such-folder-framelens', 'x.json'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*no-such-folder-framelens.*: ENOENT/u);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
    expect(r.stdout).toBe('');
  });

  it('a folder given as the file: said, exit 1', () => {
    const r = run(['analyze', '-o', tmpdir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('it is a folder');
  });

  it('the output file made inside the folder being read is not read as an article on this run', () => {
    const dir = corpus();
    const out = join(dir, 'lines.ndjson');
    expect(run(['analyze', dir, '--format', 'ndjson', '--jobs', '1', '-o', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(5);
  });
});

describe('no command writes over an article it reads', () => {
  it.each([
    ['analyze', []],
    ['report', ['--format', 'md']],
    ['discover', []],
    ['worksheet', []],
  ])('%s -o naming an article inside the folder read: refused, exit 1, the article kept', (command, extra) => {
    const dir = corpus();
    const article = firstArticle(dir);
    const before = readFileSync(article, 'utf8');
    const r = run([command, dir, ...extra, '-o', article]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is also one of the files being read: writing there would replace it');
    expect(readFileSync(article, 'utf8')).toBe(before);
  });

  it('merge -o naming its own ndjson input: refused, the lines kept', () => {
    const dir = corpus();
    const lines = join(mkdtempSync(join(tmpdir(), 'framelens-out-')), 'lines.ndjson');
    expect(run(['analyze', dir, '--format', 'ndjson', '--jobs', '1', '-o', lines]).code).toBe(0);
    const before = readFileSync(lines, 'utf8');
    const r = run(['merge', lines, '--format', 'json', '-o', lines]);
    expect(r.code).toBe(1);
    expect(readFileSync(lines, 'utf8')).toBe(before);
  });

  it('--reveal-key naming an article being read: refused, the article kept', () => {
    const dir = corpus();
    const article = firstArticle(dir);
    const before = readFileSync(article, 'utf8');
    const r = run(['analyze', dir, '--blind', '--seed', '3', '--reveal-key', article]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`--reveal-key ${article} is also one of the files being read`);
    expect(readFileSync(article, 'utf8')).toBe(before);
  });

  it('with no paths the bundled seeds are what is read: -o one of them is refused', () => {
    const r = run(['analyze', '-o', firstArticle(SEEDS)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is also one of the files being read');
  });

  it('a file of another kind beside the articles may be written (it is not read)', () => {
    const dir = corpus();
    mkdirSync(join(dir, 'out'));
    const out = join(dir, 'out', 'analysis.json');
    expect(run(['analyze', dir, '--format', 'json', '-o', out]).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    // Written again: the folder now holds a .json file, which a folder walk does not read.
    expect(run(['analyze', dir, '--format', 'json', '-o', out]).code).toBe(0);
  });
});

describe('analyze --format ndjson output given back as articles', () => {
  it('is named for what it is, with the command that reads it, and skipped', () => {
    const dir = corpus();
    const out = join(dir, 'lines.ndjson');
    expect(run(['analyze', dir, '--format', 'ndjson', '--jobs', '1', '-o', out]).code).toBe(0);
    const again = run(['analyze', dir, '--format', 'json']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('this is the output of `framelens analyze --format ndjson` (sources already analysed), not articles');
    expect((JSON.parse(again.stdout) as {sources: unknown[]}).sources).toHaveLength(5);
    const strict = run(['analyze', dir, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('framelens merge FILE.ndjson');
  });
});
