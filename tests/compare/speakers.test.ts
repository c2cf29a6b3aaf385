import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadCorpus} from '../../src/corpus/load.js';

/* Who speaks: counted from the outlet's text, never from page furniture. */

describe('speakers', () => {
  it('does not take a "Read more:" link for a speaker: the statement is listed with its furniture kind and counted nowhere', () => {
    const a = analyzeCorpus(loadCorpus([join(import.meta.dirname, '..', 'fixtures', 'devset', 'iraq-2019')]));
    const readMore = a.statements.filter((s) => s.speaker === 'Read more');
    // The headline rule reads 'Read more: …' as 'Speaker: claim'; the statement stays, marked as furniture.
    expect(readMore.length).toBeGreaterThan(0);
    for (const s of readMore) expect(s.furniture).toBe('related');
    expect(a.speakers.map((s) => s.speaker)).not.toContain('Read more');
    // Speakers in the article text are still counted.
    expect(a.speakers.some((s) => s.statements > 0)).toBe(true);
  });
});
