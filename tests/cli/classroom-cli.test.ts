import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

/* The classroom commands as a teacher types them: the same on the seeds and on a folder of English articles. */

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const ENGLISH = join(ROOT, 'tests', 'fixtures', 'classroom-en');

function run(args: string[]): {code: number | null; stdout: string; stderr: string} {
  const r = spawnSync(process.execPath, [CLI, ...args], {cwd: ROOT, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, timeout: 60_000});
  return {code: r.status, stdout: r.stdout, stderr: r.stderr};
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'framelens-classroom-'));

describe('framelens worksheet', () => {
  for (const [name, paths] of [
    ['the seeds', []],
    ['an English folder', [ENGLISH]],
  ] as const) {
    it(`writes worksheet.html and answer-key.html for ${name}, blind, with the key`, () => {
      const dir = tmp();
      const r = run(['worksheet', ...paths, '-o', join(dir, 'lesson'), '--blind', '--seed', '3', '--reveal-key', join(dir, 'key.json')]);
      // Nothing is said, except (for the English folder) that its data note, SOURCES.yaml, is not read.
      expect(r.stderr).toBe(paths.length === 0 ? '' : 'framelens: warning: not read: 1 file (.yaml) in the folders given, which are not articles (framelens reads .txt, .md, .html, .htm, .csv, .tsv, .jsonl, .ndjson)\n');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`wrote ${join(dir, 'lesson', 'worksheet.html')}\nwrote ${join(dir, 'lesson', 'answer-key.html')}\n`);
      expect(readdirSync(join(dir, 'lesson')).sort()).toEqual(['answer-key.html', 'worksheet.html']);
      const key = JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')) as {seed: number; outlets: {letter: string; file: string}[]};
      expect(key.seed).toBe(3);
      expect(key.outlets.map((o) => o.letter)).toEqual(['A', 'B', 'C', 'D', 'E']);
      expect(readFileSync(join(dir, 'lesson', 'worksheet.html'), 'utf8')).toContain('Outlet A');
    });
  }

  it('needs -o, and says so', () => {
    const r = run(['worksheet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`framelens worksheet` needs -o DIR');
  });

  it('writes Arabic with --lang ar', () => {
    const dir = tmp();
    expect(run(['worksheet', '-o', dir, '--lang', 'ar']).code).toBe(0);
    expect(readFileSync(join(dir, 'worksheet.html'), 'utf8')).toMatch(/<html lang="ar" dir="rtl">/u);
  });
});

describe('--blind on the other commands', () => {
  it('analyze --format json names the outlets A, B, … and says which seed it used', () => {
    const r = run(['analyze', '--format', 'json', '--blind']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^framelens: blind reading with --seed \d+ \(give it again for the same letters\)\n$/u);
    const doc = JSON.parse(r.stdout) as {sources: {id: string; outlet: string; file: string; url: null}[]};
    expect(doc.sources.map((s) => s.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(r.stdout).not.toContain('Al Jazeera');
    expect(r.stdout).not.toContain('seeds/');
  });

  it('gives the same letters for the same seed', () => {
    const a = run(['analyze', '--format', 'json', '--blind', '--seed', '9', ENGLISH]);
    const b = run(['analyze', '--format', 'json', '--blind', '--seed', '9', ENGLISH]);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stderr).toMatch(/^framelens: warning: not read: 1 file \(.yaml\)[^\n]*\n$/u);
  });

  it('report writes blind HTML, Markdown and CSV', () => {
    const dir = tmp();
    for (const format of ['html', 'md', 'csv']) {
      const r = run(['report', ENGLISH, '--format', format, '-o', join(dir, format === 'csv' ? 'csv' : `r.${format}`), '--blind', '--seed', '1']);
      expect(r.code, format).toBe(0);
    }
    const all = [readFileSync(join(dir, 'r.html'), 'utf8'), readFileSync(join(dir, 'r.md'), 'utf8'), ...['mentions', 'claims', 'matrix'].map((n) => readFileSync(join(dir, 'csv', `${n}.csv`), 'utf8'))].join('\n');
    for (const name of ['Ynetnews', 'Reuters', 'Associated Press', 'inkl', 'Jabal Juba', '92 News', 'CNN']) expect(all, name).not.toMatch(new RegExp(`\\b${name}\\b`, 'u'));
    expect(all).toContain('Outlet A');
  });

  it('refuses --seed or --reveal-key without --blind, and a seed that is not a number', () => {
    expect(run(['analyze', '--seed', '3']).stderr).toContain('--seed only works with --blind');
    expect(run(['report', '--reveal-key', 'k.txt']).code).toBe(2);
    const bad = run(['analyze', '--blind', '--seed', 'abc']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--seed wants a whole number, got `abc`');
    expect(run(['worksheet', '-o', tmp(), '--lang', 'fr']).stderr).toContain('unknown --lang `fr`');
  });

  it('says where it cannot write the reveal key', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a-file'), 'x');
    const r = run(['analyze', '--blind', '--seed', '1', '--reveal-key', join(dir, 'a-file', 'key.txt'), ENGLISH]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'a-file', 'key.txt')}: cannot write the reveal key (a file stands where its folder should be)`);
    expect(r.stderr).toContain('Choose a writable path for --reveal-key.');
  });
});
