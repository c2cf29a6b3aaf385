import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

/*
 * The analysis cache as a user meets it, through the built binary
 * (dist/cli.js carries the build key): a second run of the same corpus is
 * answered from the cache with the same JSON and the same stderr; a changed
 * source or lexicon is analysed afresh; a damaged cache file is ignored and
 * replaced; --no-cache neither reads nor writes; a --lexicon's compile is
 * kept and used for another corpus. Each test has its own
 * cache folder (FRAMELENS_CACHE_DIR).
 */

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const EVENT = join(ROOT, 'tests', 'fixtures', 'devset', 'chile-2019');
// Every folder of these tests under one, removed at the end.
const root = mkdtempSync(join(tmpdir(), 'framelens-cli-cache-'));
const tmp = (): string => mkdtempSync(join(root, 'case-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

function analyze(cache: string, args: string[]): {code: number | null; stdout: string; stderr: string} {
  const r = spawnSync(process.execPath, [CLI, 'analyze', '--format', 'json', ...args], {cwd: ROOT, encoding: 'utf8', env: {...process.env, FRAMELENS_CACHE_DIR: cache}, timeout: 120_000});
  return {code: r.status, stdout: r.stdout, stderr: r.stderr};
}

const entries = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((n) => n.endsWith('.bin'));
  } catch {
    return [];
  }
};

describe('analysis cache, from the command line', () => {
  it('answers a devset event the second time with the same JSON and the same warnings; a changed source or lexicon misses', () => {
    const cache = tmp();
    const corpus = join(tmp(), 'chile-2019');
    cpSync(EVENT, corpus, {recursive: true});
    const fresh = analyze(cache, ['--no-cache', corpus]);
    expect(fresh.code).toBe(0);
    // The folder holds the event's annotations beside the articles: said on stderr.
    expect(fresh.stderr).toContain('not read: 1 file (.yaml)');
    expect(entries(cache)).toEqual([]);

    const first = analyze(cache, [corpus]);
    expect(entries(cache)).toHaveLength(1);
    const second = analyze(cache, [corpus]);
    expect(first.stdout).toBe(fresh.stdout);
    expect(second.stdout).toBe(fresh.stdout);
    expect(second.stderr).toBe(fresh.stderr);

    // A cache file cut short is ignored: the analysis is made again, the same, and kept again.
    const [entry] = entries(cache);
    writeFileSync(join(cache, entry!), readFileSync(join(cache, entry!)).subarray(0, 1000));
    expect(analyze(cache, [corpus]).stdout).toBe(fresh.stdout);
    expect(readFileSync(join(cache, entry!)).length).toBeGreaterThan(1000);

    // One article edited: a miss, and the result shows the edit.
    const article = readdirSync(corpus).find((n) => n.endsWith('.txt'))!;
    const text = readFileSync(join(corpus, article), 'utf8');
    writeFileSync(join(corpus, article), text.replace(/\n*$/u, '\n\nقالت الشرطة إن المحتجين مخربون.\n'));
    const edited = analyze(cache, [corpus]);
    expect(edited.stdout).not.toBe(fresh.stdout);
    const words = (out: string): number[] => (JSON.parse(out) as {sources: {words: number}[]}).sources.map((s) => s.words);
    expect(words(edited.stdout).reduce((a, b) => a + b) - words(fresh.stdout).reduce((a, b) => a + b)).toBe(5);
    expect(entries(cache)).toHaveLength(2);

    // A lexicon of the user's: a miss too.
    const lexicon = join(tmp(), 'extra.yaml');
    writeFileSync(lexicon, 'version: 1\nlanguage: ar\nentries:\n  - id: x-test\n    concept: actors\n    pole: delegitimizing\n    weight: -0.5\n    gloss: crowd\n    terms: [حشد]\n');
    const withLexicon = analyze(cache, ['--lexicon', lexicon, corpus]);
    expect(withLexicon.code).toBe(0);
    expect(withLexicon.stdout).toContain('x-test');
    // Its analysis, and the lexicon compiled with the bundled ones (the same compiled format as dist/compiled-lexicon.bin).
    expect(entries(cache).filter((n) => !n.startsWith('lexicon-'))).toHaveLength(3);
    const compiled = entries(cache).filter((n) => n.startsWith('lexicon-'));
    expect(compiled).toHaveLength(1);
    // Another corpus with the same lexicon: analysed afresh on the kept compile, the same as without any cache.
    const other = join(tmp(), 'one');
    cpSync(join(corpus, article), join(other, article), {recursive: true});
    const keptLexicon = analyze(cache, ['--lexicon', lexicon, other]);
    expect(keptLexicon.stdout).toBe(analyze(cache, ['--no-cache', '--lexicon', lexicon, other]).stdout);
    // A damaged compiled lexicon is not used (the analyses removed so that it is needed): compiled again, the same result.
    writeFileSync(join(cache, compiled[0]!), readFileSync(join(cache, compiled[0]!)).subarray(0, 5000));
    for (const n of entries(cache).filter((x) => !x.startsWith('lexicon-'))) rmSync(join(cache, n));
    expect(analyze(cache, ['--lexicon', lexicon, other]).stdout).toBe(keptLexicon.stdout);
    // Ten runs of the CLI: on a loaded machine they need more than the suite's 30 s.
  }, 120_000);

  it('opens the seeds from the analysis built with the package, identical to a fresh one', () => {
    const cache = tmp();
    const kept = analyze(cache, []);
    const fresh = analyze(cache, ['--no-cache']);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toBe(fresh.stdout);
    expect(kept.stderr).toBe('');
    // Answered by dist/analysis-cache: nothing to write in the user's folder.
    expect(entries(cache)).toEqual([]);
  });
});
