import {appendFileSync, cpSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyzeCorpus, analyzerOf, createAnalyzer} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {readCompiledCache, writeCompiledCache, type AnalyzerState} from '../../src/lexicon/compiled-cache.js';
import {bundledLexiconDir} from '../../src/lexicon/bundled-dir.js';
import {loadLexicon} from '../../src/lexicon/load.js';

/*
 * The compiled lexicon the bundled build reads instead of compiling
 * (src/lexicon/compiled-cache.ts): the seeds analysed with it give the same
 * bytes as with a freshly compiled lexicon; a file written by another build,
 * or for lexicon files that have changed since, is not used.
 */

function compiledState(dir = bundledLexiconDir()): AnalyzerState {
  const lexicon = loadLexicon([], dir);
  const a = createAnalyzer([], lexicon);
  return {lexicon, ar: a.compiled.ar, en: a.compiled.en, arCues: a.cues.ar, enCues: a.cues.en, outlets: a.outlets.list};
}

describe('the compiled lexicon cache', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'framelens-cache-')), 'compiled-lexicon.bin');

  it('gives byte-identical analyses of the seeds (Arabic and the English caption)', () => {
    writeCompiledCache(compiledState(), bundledLexiconDir(), 'build-1', file);
    const cached = readCompiledCache(bundledLexiconDir(), 'build-1', file);
    expect(cached).not.toBeNull();
    const seeds = loadSeeds();
    const fromCache = analyzeCorpus(seeds, {analyzer: analyzerOf(cached!)});
    expect(fromCache.sources.some((s) => s.paragraphs.some((p) => p.language === 'en'))).toBe(true);
    expect(JSON.stringify(fromCache)).toBe(JSON.stringify(analyzeCorpus(seeds)));
    // Entries name their file where it is now, as loading them does.
    expect(cached!.lexicon.entries.map((e) => e.file)).toEqual(loadLexicon().entries.map((e) => e.file));
  });

  it('is not used by another build', () => {
    writeCompiledCache(compiledState(), bundledLexiconDir(), 'build-1', file);
    expect(readCompiledCache(bundledLexiconDir(), 'build-2', file)).toBeNull();
  });

  it('is not used once a lexicon file has changed', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'framelens-lexicons-')), 'lexicons');
    cpSync(bundledLexiconDir(), dir, {recursive: true});
    writeCompiledCache(compiledState(dir), dir, 'build-1', file);
    expect(readCompiledCache(dir, 'build-1', file)).not.toBeNull();
    appendFileSync(join(dir, 'framing.ar.yaml'), '\n');
    expect(readCompiledCache(dir, 'build-1', file)).toBeNull();
  });

  it('is absent rather than an error when the file is missing', () => {
    expect(readCompiledCache(bundledLexiconDir(), 'build-1', join(tmpdir(), 'no-such-framelens-cache.bin'))).toBeNull();
  });
});
