import {describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import type {Line} from '../../src/tui/line.js';
import {conceptFrame} from '../../src/tui/screens/concept.js';
import {readerFrame} from '../../src/tui/screens/reader.js';
import {initialState} from '../../src/tui/state.js';

/* Page furniture and kept metadata as the terminal UI shows them, on seed 002 (two photo captions). */
const seeds = loadSeeds();
const a = analyzeCorpus([{...seeds[2]!, extra: {author: 'Anadolu staff', section: 'World'}}]);
const text = (line: Line): string => [...(line.lead ?? []), ...line.segs].map((s) => s.text).join('');
const view = {rows: 40, cols: 120};

describe('page furniture in the terminal UI', () => {
  it('the Concept screen marks a caption’s mention', () => {
    const s = initialState(a);
    const concept = a.concepts.findIndex((c) => c.id === 'intervention');
    const frame = conceptFrame(a, {...s, screen: 'concept', concept: {...s.concept, concept}}, view);
    const lines = frame.lines.map(text);
    expect(lines.some((l) => l.includes('[caption]') && l.includes('peacekeepers'))).toBe(true);
    const ar = conceptFrame(a, {...s, lang: 'ar', screen: 'concept', concept: {...s.concept, concept}}, view).lines.map(text);
    expect(ar.filter((l) => l.includes('[تعليق صورة]'))).toHaveLength(2);
    expect(ar.join('\n')).not.toContain('[caption]');
  });

  it('the Reader shows the kept metadata in its header and dims the captions with d', () => {
    const s = initialState(a);
    const plain = readerFrame(a, {...s, screen: 'reader'}, view);
    expect(text(plain.lines[0]!)).toContain('author: Anadolu staff · section: World');
    const dimmed = readerFrame(a, {...s, screen: 'reader', reader: {...s.reader, dim: true}}, view);
    const caption = dimmed.lines.find((l) => text(l).includes('Russia sends peacekeeping forces'))!;
    expect(caption.segs.filter((g) => g.text.trim() !== '').every((g) => g.dim)).toBe(true);
    const article = dimmed.lines.find((l) => text(l).includes('أعلنت موسكو'))!;
    expect(article.segs.some((g) => g.text.trim() !== '' && !g.dim)).toBe(true);
  });
});
