import {PassThrough} from 'node:stream';
import {render as inkRender} from 'ink';
import {render} from 'ink-testing-library';
import React from 'react';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus, analyzeCorpusAsync} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {Loader, progressLine} from '../../src/tui/loader.js';
import {searchCorpus} from '../../src/tui/search.js';
import type {Analysis} from '../../src/types.js';
import {afterArabic, KEY, overflow, plain, renderApp} from './render.js';

/* The terminal UI on the real seeds analysis, and while a corpus is being analysed. */

let seeds: Analysis;
beforeAll(() => {
  seeds = analyzeCorpus(loadSeeds());
});

const WALK: readonly (readonly string[])[] = [[], [KEY.down, KEY.down, KEY.right], ['2'], ['2', KEY.pageDown, KEY.enter], ['3', KEY.pageDown, 'n'], ['3', ']', ']', 'd'], ['4'], ['4', KEY.right, KEY.tab, KEY.tab, KEY.pageDown], ['5'], ['5', KEY.down, KEY.down, KEY.right, KEY.right, KEY.tab], ['6'], ['6', KEY.right, KEY.right, KEY.right, KEY.down], ['7'], ['7', KEY.right, KEY.down, KEY.down], ['?'], ['/', ...'ألماتي', KEY.enter]];

describe('the seeds', () => {
  for (const size of [{rows: 24, cols: 80}, {rows: 48, cols: 160}]) {
    for (const mode of ['logical', 'visual'] as const) {
      it(`every screen fits ${size.cols}×${size.rows} in ${mode} mode`, async () => {
        for (const keys of WALK) {
          const ui = await renderApp(seeds, {size, mode});
          await ui.press(...keys);
          expect(overflow(ui.lines(), size), JSON.stringify(keys)).toEqual([]);
          if (mode === 'logical') expect(ui.lines().filter((l) => afterArabic([l]).length && l.includes('│')), JSON.stringify(keys)).toEqual([]);
          ui.unmount();
        }
      }, 60_000);
    }
  }

  it('opens on the matrix of all five seeds and the five concepts, with a lean or “no evidence” in every cell', async () => {
    const ui = await renderApp(seeds);
    const rows = ui.lines().filter((l) => /^00[0-4] /u.test(l));
    expect(rows.map((r) => r.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    for (const r of rows) expect(r.match(/[−+±]\d\.\d\d n=\d+|no evidence/gu)).toHaveLength(5);
    for (const c of seeds.concepts) expect(ui.lines()[2]).toContain(c.id.slice(0, 10));
    ui.unmount();
  });

  it('finds ألماتي in every spelling the seeds use, at exact offsets', () => {
    const hits = searchCorpus(seeds, 'ألماتي');
    expect(hits.length).toBeGreaterThan(5);
    for (const h of hits) expect(seeds.sources[h.source]!.body.slice(h.start, h.end)).toMatch(/^[وب]?[اأإآ]لم[اآ]?ت[اي]$/u);
  });

  it('shows the seeds’ shared passages between 000 and 001', async () => {
    const ui = await renderApp(seeds, {size: {rows: 48, cols: 160}});
    await ui.press('4');
    expect(ui.screen()).toMatch(/\d shared passages?/u);
    expect(ui.screen()).toContain('أعلنت منظمة معاهدة الأمن الجماعي [-بدء-]');
    ui.unmount();
  });
});

describe('loading a corpus', () => {
  it('draws a progress line while the analysis runs, then the Overview', async () => {
    const sources = loadSeeds();
    const many = Array.from({length: 30}, (_, i) => sources.map((s) => ({...s, id: `${s.id}-${i}`}))).flat();
    const app = render(<Loader input={{load: (onProgress) => analyzeCorpusAsync(many, {onProgress})}} bidi={{mode: 'logical', reason: 'test'}} color={false} size={{rows: 24, cols: 80}} />);
    for (let i = 0; i < 600 && !(app.lastFrame() ?? '').includes('1 Overview ·'); i++) await new Promise((r) => setTimeout(r, 50));
    const progress = app.frames.map(plain).filter((f) => /analysing \d+ of 150 sources/u.test(f));
    expect(progress.length).toBeGreaterThan(1);
    expect(app.lastFrame()).toContain('1 Overview ·');
    app.unmount();
  }, 60_000);

  it('ends with the analysis error instead of hanging', async () => {
    // ink-testing-library hides waitUntilExit: Ink itself, on in-memory streams.
    const stdout = Object.assign(new PassThrough(), {columns: 80, rows: 24});
    const instance = inkRender(<Loader input={{load: async () => Promise.reject(new Error('seeds/x.txt: not UTF-8'))}} bidi={{mode: 'logical', reason: 'test'}} color={false} />, {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stdin: new PassThrough() as unknown as NodeJS.ReadStream,
      debug: true,
      patchConsole: false,
      exitOnCtrlC: false,
    });
    await expect(instance.waitUntilExit()).rejects.toThrow('seeds/x.txt: not UTF-8');
  });

  it('says what it is doing at each step, within the width', () => {
    expect(progressLine(0, 0, 80)).toBe('framelens · reading the sources…');
    expect(progressLine(50, 200, 80)).toMatch(/^framelens · analysing 50 of 200 sources ▕█+░+▏ 25%$/u);
    expect(progressLine(50, 200, 80).length).toBeLessThanOrEqual(80);
    expect(progressLine(200, 200, 80)).toContain('comparing outlets');
  });
});
