import {vi} from 'vitest';

// Colour codes in frames, to check the marked evidence (chalk reads this when Ink loads it).
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {blindAnalysis, type BlindResult} from '../../src/blind/blind-analysis.js';
import {loadCorpus, loadSeeds} from '../../src/corpus/load.js';
import type {Analysis} from '../../src/types.js';
import {forbiddenStrings, leaks} from '../blind/leaks.js';
import {afterArabic, KEY, overflow, renderApp, type Rendered} from './render.js';

/* The terminal UI in a blind reading, its reveal, and the Lesson screen (ink-testing-library). */

let seeds: Analysis;
let english: Analysis;
let blindSeeds: BlindResult;
beforeAll(() => {
  seeds = analyzeCorpus(loadSeeds());
  english = analyzeCorpus(loadCorpus([join(import.meta.dirname, '..', 'fixtures', 'classroom-en')]));
  blindSeeds = blindAnalysis(seeds, 7);
}, 60_000);

/** The screen once it matches (Ink throttles frames, and a busy machine is slow), or the last one after 3 s. */
async function until(ui: Rendered, want: RegExp): Promise<string> {
  for (let i = 0; i < 60 && !want.test(ui.screen()); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return ui.screen();
}

/** Key sequences that reach every screen, the help, a search and every lesson step with its answer. */
const WALK: readonly (readonly string[])[] = [
  [],
  [KEY.down, KEY.down, KEY.right],
  ['2'],
  ['3'],
  ['3', ']'],
  ['3', ']', ']'],
  ['3', ']', ']', ']'],
  ['3', ']', ']', ']', ']'],
  ['4', KEY.tab, KEY.tab],
  ['5', KEY.tab],
  ['?'],
  ['?', KEY.pageDown, KEY.pageDown, KEY.pageDown],
  ['/', ...'الشرطة', KEY.enter],
  ...Array.from({length: 9}, (_, i) => ['6', ...Array.from({length: i}, () => KEY.right), KEY.enter]),
];

describe('blind reading in the terminal UI', () => {
  for (const [name, get] of [
    ['the seeds', () => seeds],
    ['an English folder', () => english],
  ] as const) {
    it(`shows no outlet name, file or credit on any screen, for ${name}`, async () => {
      const a = get();
      const {blind, revealed} = blindAnalysis(a, 2);
      const forbidden = forbiddenStrings(a);
      for (const keys of WALK) {
        const ui = await renderApp(blind, {revealed, size: {rows: 24, cols: 80}});
        await ui.press(...keys);
        expect(leaks(ui.screen(), forbidden), JSON.stringify(keys)).toEqual([]);
        ui.unmount();
      }
    }, 120_000);
  }

  it('says it is blind, asks before revealing, and reveals with y only', async () => {
    const ui = await renderApp(blindSeeds.blind, {revealed: blindSeeds.revealed, size: {rows: 48, cols: 160}});
    expect(await until(ui, /BLIND · 1 Overview/u)).toMatch(/^A Outlet A/mu);
    await ui.press('R');
    expect(await until(ui, /Show every outlet/u)).toContain('Show every outlet’s name to everyone watching? y reveals');
    await ui.press('n');
    expect(await until(ui, /BLIND · 1 Overview/u)).not.toContain('Al-Thawra');
    await ui.press('R', 'y');
    expect(await until(ui, /REVEALED · 1 Overview/u)).toContain('REVEALED · 1 Overview');
    await ui.press('3');
    await until(ui, /3 Reader/u);
    for (let i = 0; i < 5 && !ui.screen().includes('Al-Thawra (Syria)'); i++) {
      await ui.press(']');
      await until(ui, new RegExp(`3 Reader · ${'ABCDE'[i + 1]}`, 'u'));
    }
    const screen = ui.screen();
    expect(screen).toContain('Outlet B = Al-Thawra (Syria)');
    // Revealed, the Reader shows the byline the text carries, beside the metadata.
    expect(screen).toContain('the text credits: الثورة – ريم صالح:');
  });

  it('without --blind, R does nothing', async () => {
    const ui = await renderApp(seeds);
    await ui.press('R');
    expect(ui.screen()).not.toContain('Show every outlet');
    expect(ui.screen()).not.toContain('BLIND');
  });
});

describe('Lesson screen', () => {
  it('asks first, then reveals the answer with the evidence marked, step by step', async () => {
    const ui = await renderApp(seeds, {size: {rows: 48, cols: 160}, color: true});
    await ui.press('6');
    let screen = await until(ui, /Step 1 of/u);
    // The status line counts steps as the step line does (it said "1 of 9" above "Step 1 of 8": the page of skipped topics is no step).
    expect(screen).toContain('6 Lesson · Step 1 of 8');
    expect(screen).toContain('Step 1 of 8 · ');
    expect(screen).toContain('Enter: show the answer');
    expect(screen).not.toMatch(/^Answer$/mu);
    await ui.press(KEY.enter);
    screen = await until(ui, /^Answer/mu);
    expect(screen).toMatch(/^Answer/mu);
    expect(screen).toMatch(/its own words/u);
    // The evidence is underlined in the excerpt.
    expect(ui.raw()).toMatch(/\u001b\[4m(?:\u001b\[[0-9;]*m)*\S/u);
    await ui.press(KEY.right);
    expect(await until(ui, /Step 2 of 8/u)).toContain('Step 2 of 8');
    expect(ui.screen()).toContain('Enter: show the answer');
  });

  it('lists what it could not ask, and why, after the last step of an English folder', async () => {
    const ui = await renderApp(english);
    await ui.press('6', ...Array.from({length: 12}, () => KEY.right));
    expect(ui.screen()).toContain('Not in this lesson, and why');
    expect(ui.screen()).toContain('6 Lesson · Not in this lesson, and why');
    expect(ui.screen()).toContain('no outlet uses its own words for it');
  });

  it('speaks Arabic with --lang ar', async () => {
    // The CLI names the letters in the interface language (src/blind/labels.ts).
    const arabic = blindAnalysis(seeds, 7, 'ar');
    const ui = await renderApp(arabic.blind, {revealed: arabic.revealed, lang: 'ar', size: {rows: 48, cols: 160}});
    await ui.press('6');
    expect(ui.screen()).toContain('الخطوة 1 من');
    expect(ui.screen()).toContain('▌ المصدر');
  });

  for (const size of [{rows: 24, cols: 80}, {rows: 48, cols: 160}]) {
    for (const mode of ['logical', 'visual'] as const) {
      it(`fits ${size.cols}×${size.rows} in ${mode} mode on every step, blind`, async () => {
        for (let step = 0; step < 9; step++) {
          for (const reveal of [false, true]) {
            const ui = await renderApp(blindSeeds.blind, {revealed: blindSeeds.revealed, size, mode});
            await ui.press('6', ...Array.from({length: step}, () => KEY.right), ...(reveal ? [KEY.enter] : []));
            expect(overflow(ui.lines(), size), `step ${step}`).toEqual([]);
            if (mode === 'logical') expect(afterArabic(ui.lines()).filter((l) => l.includes('│')), `step ${step}`).toEqual([]);
            ui.unmount();
          }
        }
      }, 120_000);
    }
  }
});
