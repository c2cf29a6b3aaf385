import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

/*
 * The English model (wink, ~300 ms to load) loads only when an English
 * paragraph is met: an all-Arabic article never pays for it, an article
 * with one English line does. Each case runs in a fresh process, since the
 * model stays loaded once it is.
 */
const DIST = join(import.meta.dirname, '..', '..', 'dist');
const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');

function loadedAfter(file: string): string {
  const script = `
    const {analyzeCorpus} = await import(${JSON.stringify(join(DIST, 'analyze.js'))});
    const {loadCorpus} = await import(${JSON.stringify(join(DIST, 'corpus', 'load.js'))});
    const {englishModelLoaded} = await import(${JSON.stringify(join(DIST, 'text', 'english.js'))});
    analyzeCorpus(loadCorpus([${JSON.stringify(file)}]));
    process.stdout.write(String(englishModelLoaded()));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', timeout: 60_000});
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('the English model', () => {
  it('is not loaded for an all-Arabic article (seed 000)', () => {
    expect(loadedAfter(join(SEEDS, '000_6460096f5afdb194.txt'))).toBe('false');
  });

  it('is loaded for an article with an English paragraph (seed 002: "Russia sends peacekeeping forces to Kazakhstan")', () => {
    expect(loadedAfter(join(SEEDS, '002_824aa14bf3ea2a6b.txt'))).toBe('true');
  });
});
