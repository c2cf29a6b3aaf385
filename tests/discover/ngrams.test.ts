import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadCorpus, loadSeeds} from '../../src/corpus/load.js';
import {countNgrams, type Ngram, type NgramCounts} from '../../src/discover/ngrams.js';
import {corpusWords, type CorpusWords} from '../../src/discover/words.js';
import type {Analysis} from '../../src/types.js';

/*
 * Phrases used once in the whole corpus are not kept (keepFrom 2): on the
 * seeds and on English articles, what is kept must be exactly what counting
 * every phrase gives for the phrases used twice or more, the totals the
 * rates are taken from must not change, and a phrase used once must still
 * be found where it occurs (the slot-filler step looks phrases up there).
 */

interface Counted {
  readonly analysis: Analysis;
  readonly words: CorpusWords;
  readonly all: NgramCounts;
  readonly kept: NgramCounts;
}

const count = (analysis: Analysis): Counted => {
  const words = corpusWords(analysis);
  // Every source its own group: the most groups a corpus can have.
  const groupOf = analysis.sources.map((_, i) => i);
  return {analysis, words, all: countNgrams(analysis, words, groupOf, groupOf.length, 4, 1), kept: countNgrams(analysis, words, groupOf, groupOf.length, 4, 2)};
};

const plain = (n: Ngram): unknown => ({...n, counts: [...n.counts], surfaces: [...n.surfaces], first: [...n.first], labels: [...n.labels]});

let corpora: [string, Counted][];
beforeAll(() => {
  corpora = [
    ['the Arabic seeds', count(analyzeCorpus(loadSeeds()))],
    ['English articles', count(analyzeCorpus(loadCorpus([join(import.meta.dirname, '..', 'fixtures', 'discover-en')])))],
  ];
}, 60_000);

describe('counting phrases without the ones used once', () => {
  it('keeps every phrase used at least twice, each as counting everything gives it', () => {
    for (const [name, c] of corpora) {
      const twice = [...c.all.ngrams.values()].filter((n) => n.total >= 2);
      expect(twice.length, name).toBeGreaterThan(100);
      for (const n of twice) expect(plain(c.kept.ngrams.get(n.key)!), `${name}: ${n.key}`).toEqual(plain(n));
      // Kept, a few more: a word sequence used twice, once with a function word at its edge (خلال، يوم), is one phrase use; each is as counted in full.
      for (const [key, n] of c.kept.ngrams) expect(plain(n), `${name}: ${key}`).toEqual(plain(c.all.ngrams.get(key)!));
      expect(c.kept.ngrams.size - twice.length, name).toBeLessThan(10);
      // Most distinct phrases of real text are used once: that is the memory saved.
      expect(c.kept.ngrams.size, name).toBeLessThan(c.all.ngrams.size / 2);
      // In the order counting everything finds them (ties in the lists are broken by it).
      const order = [...c.all.ngrams.keys()].filter((k) => c.kept.ngrams.has(k));
      expect([...c.kept.ngrams.keys()], name).toEqual(order);
    }
  });

  it('counts every use in the totals, however rare the phrase', () => {
    for (const [name, c] of corpora) expect(c.kept.totals, name).toEqual(c.all.totals);
  });

  it('still finds a phrase used once where it occurs, as counting everything made it', () => {
    for (const [name, c] of corpora) {
      let once = 0;
      c.words.runs.forEach((runs, source) =>
        runs.forEach((run, r) => {
          for (let i = 0; i < run.length; i++) {
            for (let n = 1; n <= 4 && i + n <= run.length; n++) {
              const full = c.all.phraseAt(source, r, i, n);
              const here = c.kept.phraseAt(source, r, i, n);
              expect(here === undefined, `${name} ${source}/${r}/${i}/${n}`).toBe(full === undefined);
              if (!full || !here) continue;
              if (full.total === 1) once++;
              expect(plain(here)).toEqual(plain(full));
            }
          }
        }),
      );
      expect(once, name).toBeGreaterThan(1000);
    }
  });
});
