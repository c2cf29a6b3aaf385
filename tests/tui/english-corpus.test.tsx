import {vi} from 'vitest';

vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadCorpus} from '../../src/corpus/load.js';
import {overflow, renderApp} from './render.js';

/*
 * The terminal UI on an English-only corpus: three real excerpts (AP via the
 * Los Angeles Times and VICE News on Belarus 2020, Xinhua on Hong Kong
 * 2019), copied from the development set into tests/fixtures/english/.
 */
const english = analyzeCorpus(loadCorpus([join(import.meta.dirname, '..', 'fixtures', 'english')]));

describe('an English-only corpus in the terminal UI', () => {
  it('labels rows with the whole id and the outlet, not "l…"', async () => {
    const ui = await renderApp(english);
    const lines = ui.lines();
    expect(lines.some((l) => l.startsWith('latimes-ap Los A'))).toBe(true);
    expect(lines.some((l) => l.startsWith('xinhua Xinhua'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/^[a-z]…/mu);
    ui.unmount();
  });

  it('has no Arabic term column repeating the English terms, and every concept fits at 80 columns', async () => {
    const ui = await renderApp(english);
    const header = ui.lines()[2]!;
    for (const c of ['actors', 'event', 'cause', 'interventi', 'force']) expect(header).toContain(c);
    expect(ui.screen()).not.toContain('│');
    expect(ui.screen()).not.toContain('own-voice term');
    expect(overflow(ui.lines(), {rows: 24, cols: 80})).toEqual([]);
    ui.unmount();
  });

  it('the status line says nothing about Arabic display', async () => {
    const ui = await renderApp(english);
    expect(ui.lines().at(-1)).not.toMatch(/Arabic/u);
    ui.unmount();
  });
});
