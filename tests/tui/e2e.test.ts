import {describe, expect, it} from 'vitest';
import {cellWidth} from '../../src/tui/cells.js';
import {capture, killSession, quitCleanly, saveScreen, send, skipWithoutTmux, startCli, tmux, waitFor} from '../support/tmux.js';
import {afterArabic} from './render.js';

/*
 * The real binary in a real terminal (tests/support/tmux.ts): every
 * screen at two sizes, a resize, NO_COLOR and visual bidi. Each screen is
 * saved under artifacts/tmux/ for review.
 */

const start = (name: string, cols: number, rows: number, env = ''): string => startCli(`framelens-e2e-${process.pid}-${name}`, cols, rows, '--bidi logical', env);

/** Lines that overflow the width, or a frame that runs past the terminal. */
function problems(screen: string, cols: number, rows: number): string[] {
  const lines = screen.replace(/\n+$/u, '').split('\n');
  const out = lines.filter((l) => cellWidth(l) > cols).map((l) => `too wide: ${l}`);
  if (lines.length > rows) out.push(`${lines.length} rows`);
  return [...out, ...afterArabic(lines).map((l) => `something after Arabic: ${l}`)];
}

const STEPS: readonly {readonly keys: readonly string[]; readonly expect: string; readonly name: string}[] = [
  {keys: ['2'], expect: '2 Concept · actors', name: '2-concept'},
  {keys: ['v'], expect: 'voice: own (v)', name: '2-concept-own-voice'},
  {keys: ['Enter'], expect: '3 Reader ·', name: '3-reader'},
  {keys: ['d', 'n'], expect: 'others dimmed', name: '3-reader-dimmed'},
  {keys: ['4'], expect: '4 Compare · 000 ↔ 001', name: '4-compare'},
  {keys: ['Tab', 'Tab', 'Down'], expect: '4 Compare · 000 ↔ 001 · passages', name: '4-compare-passages'},
  {keys: ['5'], expect: '5 Numbers · killed · security', name: '5-numbers'},
  {keys: ['Down', 'Right', 'Right'], expect: '5 Numbers · killed · protesters · 002', name: '5-numbers-cell'},
  {keys: ['?'], expect: 'Tab  Shift-Tab', name: 'help'},
  {keys: ['Escape', '/', 'ألماتي'], expect: 'ألماتي▌', name: 'search-typing'},
  {keys: ['Enter'], expect: 'hits (diacritics', name: 'search-results'},
  {keys: ['Enter'], expect: '3 Reader · 002', name: 'search-reader'},
  {keys: ['Escape', 'Escape', 'Escape', 'Escape', 'Escape', 'Escape', 'Escape', 'Escape', '1'], expect: '1 Overview ·', name: 'back-to-overview'},
];

describe('terminal UI end to end in tmux', () => {
  if (skipWithoutTmux()) return;

  for (const [cols, rows] of [
    [80, 24],
    [160, 48],
  ] as const) {
    it(`goes through every screen at ${cols}×${rows}, then quits and gives the terminal back`, async () => {
      const session = start(`${cols}`, cols, rows);
      const save = (name: string, screen: string): void => saveScreen(`${cols}x${rows}-${name}`, screen);
      try {
        let screen = await waitFor(session, '1 Overview ·');
        expect(screen).toMatch(/^000 .*−0\.\d\d n=\d/mu);
        expect(screen).toContain('Arabic: logical (--bidi logical)');
        expect(problems(screen, cols, rows)).toEqual([]);
        save('1-overview', screen);
        for (const step of STEPS) {
          await send(session, ...step.keys);
          screen = await waitFor(session, step.expect);
          expect(problems(screen, cols, rows), step.name).toEqual([]);
          save(step.name, screen);
        }
        const after = await quitCleanly(session);
        // The alternate screen is gone: what was on the terminal before is back.
        expect(after).not.toContain('Overview');
      } finally {
        killSession(session);
      }
    }, 90_000);
  }

  it('follows a resize of the terminal', async () => {
    const session = start('resize', 80, 24);
    try {
      await waitFor(session, '1 Overview ·');
      await send(session, '3');
      await waitFor(session, '3 Reader ·');
      tmux('resize-window', '-t', session, '-x', '120', '-y', '30');
      const wide = await waitFor(session, '─'.repeat(120));
      expect(problems(wide, 120, 30)).toEqual([]);
      tmux('resize-window', '-t', session, '-x', '70', '-y', '20');
      const narrow = await waitFor(session, `${'─'.repeat(70)}\n`);
      expect(problems(narrow, 70, 20)).toEqual([]);
      expect(narrow).toContain('3 Reader ·');
    } finally {
      killSession(session);
    }
  }, 60_000);

  it('draws without colour under NO_COLOR, and shapes Arabic itself with --bidi visual', async () => {
    const plain = start('nocolor', 80, 24, 'NO_COLOR=1');
    try {
      await waitFor(plain, '1 Overview ·');
      expect(capture(plain, true)).not.toMatch(/\u001b\[[0-9;]*(?:3[0-7]|9[0-7]|38;[0-9;]+)m/u);
      expect(capture(plain, true)).toMatch(/\u001b\[[0-9;]*7m/u);
    } finally {
      killSession(plain);
    }
    const session = startCli(`framelens-e2e-${process.pid}-visual`, 80, 24, '--bidi visual');
    try {
      await waitFor(session, '1 Overview ·');
      await send(session, '3');
      const screen = await waitFor(session, '3 Reader ·');
      saveScreen('80x24-3-reader-visual', screen);
      expect(screen).toContain('Arabic: visual (--bidi visual)');
      // Presentation forms in visual order: the headline's first word ends its row.
      expect(screen).toMatch(/:ﻒﻴﻳﺎﻛﻮﺗ\n/u);
      expect(problems(screen, 80, 24).filter((p) => p.startsWith('too wide'))).toEqual([]);
    } finally {
      killSession(session);
    }
  }, 60_000);
});
