import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadCorpus, loadSeeds} from '../../src/corpus/load.js';
import type {Analysis} from '../../src/types.js';
import {discoveryOf} from '../../src/tui/discovery.js';
import {afterArabic, KEY, overflow, renderApp, type Rendered} from './render.js';

/* The Terms screen (7): each outlet's distinctive words and phrases from `discover`, on real text. */

let english: Analysis;
let seeds: Analysis;
beforeAll(() => {
  english = analyzeCorpus(loadCorpus([join(import.meta.dirname, '..', 'fixtures', 'discover-en')]));
  seeds = analyzeCorpus(loadSeeds());
  // The screen computes discover once per analysis; done here so key presses below are not timed with it.
  discoveryOf(english);
  discoveryOf(seeds);
}, 60_000);

/** Wait (a loaded machine draws late) until the screen shows `text`, then return it. */
async function shows(ui: Rendered, text: string | RegExp): Promise<string> {
  const found = (): boolean => (typeof text === 'string' ? ui.screen().includes(text) : text.test(ui.screen()));
  for (let i = 0; i < 100 && !found(); i++) await new Promise((r) => setTimeout(r, 50));
  if (typeof text === 'string') expect(ui.screen()).toContain(text);
  else expect(ui.screen()).toMatch(text);
  return ui.screen();
}

describe('Terms', () => {
  it('lists an outlet’s distinctive phrases with z, uses here and elsewhere, and known ones with their concept', async () => {
    const ui = await renderApp(english);
    await ui.press('7');
    await shows(ui, '7 Terms · AFP');
    await ui.press(KEY.right);
    await shows(ui, '7 Terms · Global Times');
    const lines = ui.lines();
    expect(lines.some((l) => /^◀ 2\/3 ▶ \d+ words · 3 sources · Global Times$/u.test(l))).toBe(true);
    expect(lines.find((l) => l.includes('government'))).toMatch(/^▶ +2\.\d\d +9 +3 +new +government$/u);
    expect(lines.find((l) => l.includes('radicals'))).toMatch(/^ +2\.\d\d +6 +0 +−actors\/delegitimizing +radicals$/u);
    expect(ui.screen()).toContain('first use: gt-2019-07-22 · not in the lexicon · used by 3 outlets');
    await ui.press(KEY.left, KEY.left);
    await shows(ui, '7 Terms · Reuters');
    expect(ui.screen()).toContain('Under 500 words: too little text to trust');
    ui.unmount();
  });

  it('opens the selected phrase’s first use in the Reader with Enter, and Esc comes back', async () => {
    const ui = await renderApp(english);
    await ui.press('7', KEY.right);
    await shows(ui, '7 Terms · Global Times');
    await ui.press(KEY.enter);
    expect(await shows(ui, /3 Reader · gt-2019-07-22/u)).toContain('liaison office of the central government');
    await ui.press(KEY.esc);
    await shows(ui, '7 Terms · Global Times · 1/');
    ui.unmount();
  });

  it('marks a known Arabic term with its concept and keeps the Arabic last on its line (seeds)', async () => {
    const ui = await renderApp(seeds);
    await ui.press('7');
    await shows(ui, '7 Terms · 000');
    const row = ui.lines().find((l) => l.includes('قوات حفظ السلام'));
    expect(row).toMatch(/−intervention\/peacekeeping +قوات حفظ السلام$/u);
    expect(afterArabic(ui.lines())).toEqual([]);
    await ui.press(KEY.right);
    await shows(ui, '7 Terms · Al-Thawra (Syria)');
    expect(ui.screen()).toContain('too little text to trust');
    ui.unmount();
  });

  it('the first time, says what it is finding before the list (discover takes a while on a large corpus), then shows it', async () => {
    // A fresh analysis of the same seeds: its discovery is not computed yet.
    const fresh = analyzeCorpus(loadSeeds());
    const ui = await renderApp(fresh);
    await ui.press('7');
    await shows(ui, '7 Terms · 000');
    expect(ui.screen()).toContain('known as');
    // Read from the frames written (on a busy machine the list may follow before the test looks).
    const frames = ui.frames();
    const finding = frames.findIndex((f) => f.includes('Finding the words and phrases that set each outlet apart…'));
    const list = frames.findIndex((f) => f.includes('known as'));
    expect(finding).toBeGreaterThanOrEqual(0);
    expect(list).toBeGreaterThan(finding);
    expect(frames[finding]).toContain('7 Terms');
    ui.unmount();
  });

  for (const mode of ['logical', 'visual'] as const) {
    it(`fits 80×24 and 160×48 in ${mode} mode`, async () => {
      for (const size of [{rows: 24, cols: 80}, {rows: 48, cols: 160}]) {
        const ui = await renderApp(seeds, {size, mode});
        await ui.press('7', KEY.right, KEY.right, KEY.right, KEY.down, KEY.pageDown);
        expect(overflow(ui.lines(), size)).toEqual([]);
        ui.unmount();
      }
    }, 30_000);
  }
});
