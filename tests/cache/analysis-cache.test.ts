import {copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {readCachedAnalysis, writeCachedAnalysis, type KeptAnalysis} from '../../src/cache/analysis-cache.js';
import {corpusKey} from '../../src/cache/corpus-key.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {analysisToJson as analysisJson} from '../../src/report/json.js';

/*
 * The analysis cache's file: what is read back is what was written, and a
 * file that is not exactly that (another key, cut short, a flipped byte,
 * another format) is a miss, removed from the user's folder. Written on the
 * seeds' real analysis.
 */

// Every folder of these tests under one, removed at the end.
const root = mkdtempSync(join(tmpdir(), 'framelens-cache-test-'));
const tmp = (): string => mkdtempSync(join(root, 'case-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));
const KEY = 'a'.repeat(64);
let kept: KeptAnalysis;

beforeAll(() => {
  kept = {analysis: analyzeCorpus(loadSeeds()), said: ['framelens: warning: a line said while reading\n']};
});

describe('analysis cache file', () => {
  it('gives back the same analysis, JSON byte for byte, and what reading said', () => {
    const dir = tmp();
    expect(writeCachedAnalysis(KEY, kept, dir)).toBe(true);
    const back = readCachedAnalysis(KEY, [dir]);
    expect(back).not.toBeNull();
    expect(analysisJson(back!.analysis)).toBe(analysisJson(kept.analysis));
    expect(back!.said).toEqual(kept.said);
    // No temporary file is left beside it.
    expect(readdirSync(dir)).toEqual([`${KEY}.bin`]);
  });

  it('is a miss for another key, even in a file of that name', () => {
    const dir = tmp();
    writeCachedAnalysis(KEY, kept, dir);
    const other = 'b'.repeat(64);
    copyFileSync(join(dir, `${KEY}.bin`), join(dir, `${other}.bin`));
    expect(readCachedAnalysis(other, [dir])).toBeNull();
    expect(readCachedAnalysis('c'.repeat(64), [dir])).toBeNull();
  });

  it('ignores and removes a file cut short, a flipped byte and a header of another format', () => {
    const cases: [string, (bytes: Buffer) => Buffer][] = [
      ['cut short', (b) => b.subarray(0, b.length - 100)],
      ['flipped byte', (b) => {
        const c = Buffer.from(b);
        c[c.length - 50] = (c[c.length - 50]! + 1) % 256;
        return c;
      }],
      ['other format', (b) => Buffer.concat([Buffer.from('framelens analysis cache 0'), b.subarray(b.indexOf(10))])],
      ['empty', () => Buffer.alloc(0)],
    ];
    for (const [name, damage] of cases) {
      const dir = tmp();
      writeCachedAnalysis(KEY, kept, dir);
      const file = join(dir, `${KEY}.bin`);
      writeFileSync(file, damage(readFileSync(file)));
      expect(readCachedAnalysis(KEY, [dir]), name).toBeNull();
      expect(readdirSync(dir), name).toEqual([]);
    }
  });

  it('reads a folder it may not write (the seeds built with the package) after the user’s, and leaves it alone', () => {
    const user = tmp();
    const built = tmp();
    writeCachedAnalysis(KEY, kept, built);
    writeFileSync(join(built, `${KEY}.bin`), readFileSync(join(built, `${KEY}.bin`)).subarray(0, 500));
    expect(readCachedAnalysis(KEY, [user, built], user)).toBeNull();
    expect(readdirSync(built)).toEqual([`${KEY}.bin`]);
    writeCachedAnalysis(KEY, kept, built);
    expect(readCachedAnalysis(KEY, [user, built], user)).not.toBeNull();
  });

  it('keeps at most maxEntries files and maxBytes, removing those used longest ago', () => {
    const dir = tmp();
    const keys = ['1', '2', '3'].map((d) => d.repeat(64));
    keys.forEach((key, i) => {
      writeCachedAnalysis(key, kept, dir, {maxBytes: 1e9, maxEntries: 2});
      const past = new Date(Date.now() - (10 - i) * 60_000);
      utimesSync(join(dir, `${key}.bin`), past, past);
    });
    expect(readdirSync(dir).sort()).toEqual([`${keys[1]}.bin`, `${keys[2]}.bin`]);
    // A hit marks its file used: the next write removes the other one.
    expect(readCachedAnalysis(keys[1]!, [dir])).not.toBeNull();
    writeCachedAnalysis('4'.repeat(64), kept, dir, {maxBytes: 1e9, maxEntries: 2});
    expect(readdirSync(dir).sort()).toEqual([`${keys[1]}.bin`, `${'4'.repeat(64)}.bin`]);
    // An analysis larger than the whole cache is not kept.
    expect(writeCachedAnalysis('5'.repeat(64), kept, dir, {maxBytes: 1000, maxEntries: 2})).toBe(false);
  });
});

describe('corpus key', () => {
  const event = join(import.meta.dirname, '..', 'fixtures', 'devset', 'chile-2019');
  const base = {columns: {}, strict: false, lexicons: [] as string[], build: 'build-1'};

  it('is the same for the same files, lexicons and build', () => {
    expect(corpusKey({...base, paths: [event]})).toBe(corpusKey({...base, paths: [event]}));
    expect(corpusKey({...base, paths: []})).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('changes with a source’s bytes or name, a --lexicon’s bytes, the reading options and the build', () => {
    const dir = tmp();
    const names = readdirSync(event).filter((n) => n.endsWith('.txt')).slice(0, 3);
    for (const n of names) copyFileSync(join(event, n), join(dir, n));
    const lexicon = join(dir, '..', `${dir.split('/').pop()}-extra.yaml`);
    writeFileSync(lexicon, 'version: 1\nlanguage: ar\nentries: []\n');
    const key = (over: Partial<typeof base> = {}): string | null => corpusKey({...base, paths: [dir], ...over});
    const first = key();
    const withLexicon = key({lexicons: [lexicon]});
    expect(new Set([first, withLexicon, key({build: 'build-2'}), key({strict: true}), key({columns: {text: 'body'}})]).size).toBe(5);
    writeFileSync(lexicon, 'version: 1\nlanguage: ar\nentries: []\n# edited\n');
    expect(key({lexicons: [lexicon]})).not.toBe(withLexicon);
    const file = join(dir, names[0]!);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nسطر آخر.\n`);
    const edited = key();
    expect(edited).not.toBe(first);
    copyFileSync(file, join(dir, `z-${names[0]!}`));
    expect(key()).not.toBe(edited);
  });

  it('is none for standard input or a path that is not there (the read reports it)', () => {
    expect(corpusKey({...base, paths: ['-']})).toBeNull();
    expect(corpusKey({...base, paths: [join(tmpdir(), 'framelens-no-such-folder')]})).toBeNull();
  });
});
