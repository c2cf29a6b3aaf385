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
 * The terminal UI on an English-only corpus: three real excerpts of the
 * development set (AP via the Los Angeles Times and VICE News on Belarus
 * 2020, Xinhua on Hong Kong 2019).
 */
const DEVSET = join(import.meta.dirname, '..', 'fixtures', 'devset');
const english = analyzeCorpus(loadCorpus(['belarus-2020/001-latimes-ap.txt', 'belarus-2020/003-vice.txt', 'hong-kong-2019/001-xinhua.txt'].map((f) => join(DEVSET, f))));

describe('an English-only corpus in the terminal UI', () => {
  it('labels rows with the whole id and the outlet, not "0…"', async () => {
    const ui = await renderApp(english);
    const lines = ui.lines();
    expect(lines.some((l) => l.startsWith('001-latimes-ap L'))).toBe(true);
    expect(lines.some((l) => l.startsWith('001-xinhua Xinhua'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/^[0-9a-z]…/mu);
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
