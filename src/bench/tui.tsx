import {render} from 'ink-testing-library';
import React from 'react';
import type {Analysis} from '../types.js';
import {App} from '../tui/app.js';

/** Time to the first frame of the Overview, and per key press, with the TUI rendered in memory (ink-testing-library). */
export async function benchTui(analysis: Analysis): Promise<{firstFrameMs: number; keyLatencyMs: number}> {
  const t0 = performance.now();
  const app = render(<App analysis={analysis} bidi={{mode: 'logical', reason: 'bench'}} color={false} size={{rows: 24, cols: 80}} />);
  const firstFrameMs = performance.now() - t0;
  const keys = ['2', '\u001b[B', '\u001b[B', '3', '\u001b[B', '4', '5', '\u001b[C', '1', '\u001b[C'];
  let total = 0;
  for (const key of keys) {
    const before = app.frames.length;
    const start = performance.now();
    app.stdin.write(key);
    while (app.frames.length === before && performance.now() - start < 2000) await new Promise((r) => setImmediate(r));
    total += performance.now() - start;
  }
  app.unmount();
  return {firstFrameMs, keyLatencyMs: total / keys.length};
}
