import '../tui/production.js';
import {render} from 'ink-testing-library';
import React from 'react';
import {analyzeCorpus, analyzeCorpusAsync} from '../analyze.js';
import {loadSeeds} from '../corpus/load.js';
import {Loader, type TuiInput} from '../tui/loader.js';
import type {Analysis, Source} from '../types.js';
import {syntheticCorpus} from './passages.js';

/*
 * The terminal UI's speed, rendered in memory with ink-testing-library at
 * 80×24: how long until the Overview is on screen (loading and analysing
 * the seeds included, unless an analysis is given), how long a key takes
 * to give a new frame, across every screen; and, for a large corpus, that
 * the progress line keeps redrawing while the analysis runs (the longest
 * time without a new frame, once the first has shown).
 */

export interface TuiBenchResult {
  readonly firstFrameMs: number;
  readonly keyLatencyMs: number;
  /** The slowest single key. */
  readonly keyLatencyMaxMs: number;
  /** Sources in the large corpus. */
  readonly largeSources: number;
  /** Progress frames drawn while the large corpus was analysed. */
  readonly progressFrames: number;
  /** The longest stretch without a new frame while it was analysed. */
  readonly longestFreezeMs: number;
  readonly largeTotalMs: number;
  /** Key → frame on the large corpus's screens. */
  readonly largeKeyLatencyMs: number;
}

const SIZE = {rows: 24, cols: 80};
const BIDI = {mode: 'logical' as const, reason: 'bench'};
const KEYS = ['\u001b[B', '\u001b[C', '\r', '\u001b[B', '\u001b[B', '\r', 'n', 'n', 'd', '\u001b[6~', '4', '\t', '\u001b[B', '5', '\u001b[C', '\u001b[B', '2', 'v', 'p', '1', 'g', '?', '\u001b'];

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function mount(input: TuiInput) {
  return render(React.createElement(Loader, {input, bidi: BIDI, color: true, size: SIZE}));
}

async function until(app: ReturnType<typeof mount>, test: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > timeoutMs) throw new Error('bench: the terminal UI did not draw what was expected in time');
    await tick();
  }
}

export async function benchTui(analysis?: Analysis, largeArticles = 1000): Promise<TuiBenchResult> {
  const t0 = performance.now();
  const app = mount(analysis ? {analysis} : {load: async () => analyzeCorpus(loadSeeds())});
  await until(app, () => (app.lastFrame() ?? '').includes('1 Overview ·'));
  const firstFrameMs = performance.now() - t0;
  // Ink subscribes to input in an effect that runs just after the first frame is written.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const latencies = await pressAll(app);
  app.unmount();
  const large = largeCorpus(largeArticles);
  const l0 = performance.now();
  const loading = mount({load: (onProgress) => analyzeCorpusAsync(large, {onProgress})});
  let frames = loading.frames.length;
  let last = performance.now();
  let longestFreezeMs = 0;
  let progressFrames = 0;
  while (!(loading.lastFrame() ?? '').includes('1 Overview ·')) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    const now = performance.now();
    if (loading.frames.length !== frames) {
      longestFreezeMs = Math.max(longestFreezeMs, now - last);
      if ((loading.lastFrame() ?? '').includes('analysing')) progressFrames++;
      frames = loading.frames.length;
      last = now;
    }
    if (now - l0 > 300_000) throw new Error('bench: the large corpus did not finish in 5 minutes');
  }
  const largeTotalMs = performance.now() - l0;
  await new Promise((resolve) => setTimeout(resolve, 20));
  const largeLatencies = await pressAll(loading);
  loading.unmount();
  return {
    firstFrameMs,
    keyLatencyMs: latencies.reduce((n, x) => n + x, 0) / latencies.length,
    keyLatencyMaxMs: Math.max(...latencies),
    largeSources: large.length,
    progressFrames,
    longestFreezeMs,
    largeTotalMs,
    largeKeyLatencyMs: largeLatencies.reduce((n, x) => n + x, 0) / largeLatencies.length,
  };
}

/** Press every key of the walk, each once the last one's frame is drawn; the time each took (a key with nothing to do draws nothing and is left out). */
async function pressAll(app: ReturnType<typeof mount>): Promise<number[]> {
  const latencies: number[] = [];
  for (const key of KEYS) {
    const before = app.frames.length;
    const start = performance.now();
    app.stdin.write(key);
    const drawn = await until(app, () => app.frames.length > before, 2_000).then(
      () => true,
      () => false,
    );
    if (drawn) latencies.push(performance.now() - start);
  }
  return latencies;
}

/** The passage benchmark's synthetic articles (seed vocabulary, some wire copy) as sources. */
function largeCorpus(articles: number): Source[] {
  return syntheticCorpus(loadSeeds(), articles).map((p) => ({id: p.id, file: `${p.id}.txt`, outlet: null, language: 'ar', title: null, date: null, url: null, body: p.body}));
}
