import {render} from 'ink-testing-library';
import React from 'react';
import {App} from '../../src/tui/app.js';
import type {BidiChoice, BidiMode} from '../../src/tui/bidi-mode.js';
import {cellWidth} from '../../src/tui/cells.js';
import type {Analysis} from '../../src/types.js';

/* Shared by the terminal UI tests: render the app, press keys, read frames. */

export const KEY = {up: '\u001b[A', down: '\u001b[B', right: '\u001b[C', left: '\u001b[D', enter: '\r', esc: '\u001b', tab: '\t', shiftTab: '\u001b[Z', pageDown: '\u001b[6~'} as const;

// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/gu;
export const plain = (frame: string): string => frame.replace(SGR, '');

export interface Rendered {
  readonly press: (...keys: string[]) => Promise<void>;
  /** The last frame without colour codes. */
  readonly screen: () => string;
  /** The last frame as written, colour codes included. */
  readonly raw: () => string;
  readonly lines: () => string[];
  /** Every frame written so far, in order, without colour codes. */
  readonly frames: () => string[];
  readonly stdout: NodeJS.EventEmitter & {columns: number; rows?: number};
  readonly unmount: () => void;
}

/**
 * Let a key press reach the frame: a timer, then the check phase (Ink flushes
 * a lone Esc with setImmediate, and on a busy machine a late timer fires in
 * the same loop turn before it), then a moment for the redraw.
 */
export const settle = async (): Promise<void> => {
  await new Promise((resolve) => setTimeout(resolve, 15));
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setTimeout(resolve, 5));
};

export async function renderApp(analysis: Analysis, options: {mode?: BidiMode; color?: boolean; size?: {rows: number; cols: number} | null; revealed?: Analysis; lang?: 'ar' | 'en'; bidi?: BidiChoice} = {}): Promise<Rendered> {
  const size = options.size === null ? undefined : options.size ?? {rows: 24, cols: 80};
  const app = render(<App analysis={analysis} revealed={options.revealed} lang={options.lang} bidi={options.bidi ?? {mode: options.mode ?? 'logical', reason: 'test'}} color={options.color ?? true} size={size} />);
  // Ink subscribes to input in an effect after the first frame.
  await settle();
  const raw = (): string => app.lastFrame() ?? '';
  return {
    press: async (...keys) => {
      for (const k of keys) {
        app.stdin.write(k);
        await settle();
      }
    },
    screen: () => plain(raw()),
    raw,
    lines: () => plain(raw()).split('\n'),
    frames: () => app.frames.map(plain),
    stdout: app.stdout as unknown as Rendered['stdout'],
    unmount: app.unmount,
  };
}

/** Every row fits the width and the frame leaves the terminal's last row free. */
export function overflow(lines: readonly string[], size: {rows: number; cols: number}): string[] {
  const problems = lines.filter((l) => cellWidth(l) > size.cols).map((l) => `${cellWidth(l)} cells: ${l}`);
  if (lines.length > size.rows - 1) problems.push(`${lines.length} rows`);
  return problems;
}

const ARABIC = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/u;

/**
 * Rows where something that a bidi terminal would drag across Arabic sits
 * after it: a column border, or Latin text (labels, numbers of a table).
 */
export function afterArabic(lines: readonly string[]): string[] {
  return lines.filter((l) => {
    const at = l.search(ARABIC);
    return at >= 0 && /[│|A-Za-z]/u.test(l.slice(at));
  });
}
