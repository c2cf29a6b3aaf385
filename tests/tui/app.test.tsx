import {render} from 'ink-testing-library';
import React from 'react';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {App} from '../../src/tui/app.js';
import {resolveBidiMode, visualRuns} from '../../src/tui/bidi.js';
import {width} from '../../src/tui/lines.js';
import type {Analysis} from '../../src/types.js';

let analysis: Analysis;
beforeAll(() => {
  analysis = analyzeCorpus(loadSeeds());
});

const logical = {mode: 'logical' as const, reason: 'test'};
const visual = {mode: 'visual' as const, reason: 'test'};
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 30));

async function press(stdin: {write: (s: string) => void}, ...keys: string[]): Promise<void> {
  for (const k of keys) {
    stdin.write(k);
    await tick();
  }
}

const KEYS = {down: '\u001b[B', up: '\u001b[A', right: '\u001b[C', left: '\u001b[D', enter: '\r', esc: '\u001b', tab: '\t'};

function frameLines(frame: string | undefined): string[] {
  return (frame ?? '').split('\n');
}

describe('terminal UI on the seeds', () => {
  it('opens on the Overview matrix with every source and concept and a status line', () => {
    const {lastFrame, unmount} = render(<App analysis={analysis} bidi={logical} color={false} size={{rows: 24, cols: 80}} />);
    const f = lastFrame()!;
    expect(f).toContain('1 Overview');
    for (const id of ['000', '001', '002', '003', '004']) expect(f).toContain(id);
    for (const c of ['actors', 'event', 'cause']) expect(f).toContain(c);
    expect(f).toMatch(/−0\.\d\d n=\d/u);
    expect(f).toMatch(/\? help q quit/u);
    expect(f).toMatch(/│ logical/u);
    unmount();
  });

  it('never draws a line wider than the terminal, at 80×24 and 160×48, in both bidi modes', async () => {
    for (const size of [{rows: 24, cols: 80}, {rows: 48, cols: 160}]) {
      for (const bidi of [logical, visual]) {
        const {lastFrame, stdin, unmount} = render(<App analysis={analysis} bidi={bidi} color={false} size={size} />);
        for (const keys of [[], ['2'], ['3'], ['4', KEYS.tab], ['5'], ['?']]) {
          await press(stdin, ...keys);
          const lines = frameLines(lastFrame());
          expect(lines.length).toBeLessThanOrEqual(size.rows);
          for (const l of lines) expect(width(l)).toBeLessThanOrEqual(size.cols);
          await press(stdin, KEYS.esc);
        }
        unmount();
      }
    }
  });

  it('navigates: Enter on a cell opens that concept, Enter on a mention opens the reader, Esc goes back', async () => {
    const {lastFrame, stdin, unmount} = render(<App analysis={analysis} bidi={logical} color={false} size={{rows: 24, cols: 100}} />);
    await press(stdin, KEYS.right, KEYS.enter);
    expect(lastFrame()).toContain('2 Concept · event');
    await press(stdin, KEYS.enter);
    expect(lastFrame()).toContain('3 Reader · 000');
    await press(stdin, KEYS.esc);
    expect(lastFrame()).toContain('2 Concept · event');
    await press(stdin, 'v');
    expect(lastFrame()).toContain('voice: outlet');
    await press(stdin, '5');
    expect(lastFrame()).toContain('5 Numbers');
    expect(lastFrame()).toContain('killed · security');
    unmount();
  });

  it('compares two outlets: shared passages with an inline diff', async () => {
    const {lastFrame, stdin, unmount} = render(<App analysis={analysis} bidi={logical} color={false} size={{rows: 40, cols: 120}} />);
    await press(stdin, '4');
    const f = lastFrame()!;
    expect(f).toContain('000 ↔ 001');
    expect(f).toMatch(/shared passages? ·/u);
    expect(f).toMatch(/\[-.+-\]|\{\+.+\+\}/u);
    unmount();
  });

  it('searches a word across sources and jumps to the reader', async () => {
    const {lastFrame, stdin, unmount} = render(<App analysis={analysis} bidi={logical} color={false} size={{rows: 24, cols: 80}} />);
    await press(stdin, '/', ...'ألماتي', KEYS.enter);
    expect(lastFrame()).toMatch(/Search “ألماتي”: \d+ hits/u);
    await press(stdin, KEYS.enter);
    expect(lastFrame()).toContain('3 Reader');
    unmount();
  });

  it('shows the help overlay with every key', async () => {
    const {lastFrame, stdin, unmount} = render(<App analysis={analysis} bidi={logical} color={false} size={{rows: 30, cols: 100}} />);
    await press(stdin, '?');
    const f = lastFrame()!;
    for (const k of ['Tab / Shift-Tab', 'Enter', 'Esc', '/', 'g', 'q']) expect(f).toContain(k);
    unmount();
  });

  it('adapts to a resize', async () => {
    const {lastFrame, rerender, unmount} = render(<App analysis={analysis} bidi={logical} color={false} size={{rows: 24, cols: 80}} />);
    expect(frameLines(lastFrame()).every((l) => width(l) <= 80)).toBe(true);
    rerender(<App analysis={analysis} bidi={logical} color={false} size={{rows: 30, cols: 60}} />);
    await tick();
    const lines = frameLines(lastFrame());
    expect(lines.every((l) => width(l) <= 60)).toBe(true);
    expect(lines.length).toBeLessThanOrEqual(30);
    unmount();
  });
});

describe('bidi modes', () => {
  it('auto picks visual for terminals without bidi and logical for those with it; flags and env override', () => {
    expect(resolveBidiMode(undefined, {WT_SESSION: '1'}).mode).toBe('visual');
    expect(resolveBidiMode(undefined, {TERM: 'xterm-kitty'}).mode).toBe('visual');
    expect(resolveBidiMode(undefined, {VTE_VERSION: '7000'}).mode).toBe('logical');
    expect(resolveBidiMode(undefined, {}).reason).toMatch(/auto/u);
    expect(resolveBidiMode('visual', {VTE_VERSION: '1'})).toEqual({mode: 'visual', reason: '--bidi visual'});
    expect(resolveBidiMode(undefined, {FRAMELENS_BIDI: 'logical', WT_SESSION: '1'}).mode).toBe('logical');
  });

  it('visual mode shapes and reorders Arabic, mirrors brackets, and emits no bidi controls', () => {
    const runs = visualRuns([{text: 'قال: «عصابات إرهابية»'}], 'rtl');
    const text = runs.map((r) => r.text).join('');
    expect(text.startsWith('«')).toBe(true);
    expect(text).toMatch(/[\uFE70-\uFEFF]/u);
    expect(text).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u);
    // Letters of the first word end up on the right.
    expect(text.endsWith(':ﻝﺎﻗ')).toBe(true);
  });

  it('keeps a shadda after its letter when reversing', () => {
    const text = visualRuns([{text: 'مدرّبة'}], 'rtl').map((r) => r.text).join('');
    const i = text.indexOf('\u0651');
    expect(i).toBeGreaterThan(0);
    expect(/\p{M}/u.test(text[i - 1]!)).toBe(false);
  });

  it('strips escape sequences and control characters from article text before display', async () => {
    const evil: Analysis = {...analysis, sources: analysis.sources.map((s, i) => (i === 0 ? {...s, outlet: 'Evil\u001b]0;pwned\u0007\u001b[2J outlet'} : s))};
    const {lastFrame, stdin, unmount} = render(<App analysis={evil} bidi={logical} color={false} size={{rows: 24, cols: 80}} />);
    await press(stdin, '3');
    expect(lastFrame()).toContain('Evil outlet');
    expect(lastFrame()).not.toMatch(/\u001b\]|\u0007|\u001b\[2J/u);
    unmount();
  });
});

describe('loading a corpus', () => {
  it('shows progress while the analysis runs, then the overview', async () => {
    const {analyzeCorpusAsync} = await import('../../src/analyze.js');
    const {Loader} = await import('../../src/tui/run.js');
    const seeds = loadSeeds();
    const many = Array.from({length: 40}, (_, i) => seeds.map((s) => ({...s, id: `${s.id}-${i}`}))).flat();
    const {lastFrame, frames, unmount} = render(<Loader input={{load: (onProgress) => analyzeCorpusAsync(many, {onProgress})}} bidi={logical} color={false} />);
    for (let i = 0; i < 200 && !lastFrame()!.includes('1 Overview'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(frames.some((f) => /Analysing \d+\/200 sources/u.test(f))).toBe(true);
    expect(lastFrame()).toContain('1 Overview');
    unmount();
  }, 30_000);
});
