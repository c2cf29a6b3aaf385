import {describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {syntheticSources} from '../../src/bench/scale.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {htmlReport, htmlReportChunks} from '../../src/report/html.js';

/*
 * The HTML page is written in pieces, a piece per source in the sections
 * that have one, so that no string grows with the corpus (a string has a
 * length limit: about 10 KB of page per source would pass it near fifty
 * thousand sources). Ten times the sources: the page grows tenfold, its
 * largest piece far less, and the pieces make the same page.
 */
describe('HTML in pieces', () => {
  const seeds = loadSeeds();
  const largest = (n: number): {piece: number; page: number} => {
    const a = analyzeCorpus(syntheticSources(seeds, n));
    const pieces = [...htmlReportChunks(a)];
    expect(pieces.join('')).toBe(htmlReport(a));
    // The first piece is the head: the embedded font and the style sheet, the same for every corpus.
    const body = pieces.slice(1);
    return {piece: Math.max(...body.map((p) => p.length)), page: body.reduce((n, p) => n + p.length, 0)};
  };

  it('grows its largest piece far more slowly than the page, from 30 to 300 sources', () => {
    const small = largest(30);
    const large = largest(300);
    expect(large.page).toBeGreaterThan(small.page * 8);
    // The largest pieces left are the summary's lists of sources per side (a line of ids each): far behind the page.
    expect(large.piece / small.piece).toBeLessThan(large.page / small.page / 3);
    expect(large.piece).toBeLessThan(large.page / 50);
  }, 120_000);
});
