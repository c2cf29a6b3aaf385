import {readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cellWidth} from '../../src/tui/cells.js';
import {fitLine} from '../../src/tui/line.js';
import {eachTerminal, killSession, quitCleanly, saveScreen, send, skipWithoutTmux, startCli, waitFor} from '../support/tmux.js';

/*
 * The real binary in tmux (tests/support/tmux.ts) with --blind: no outlet
 * name on screen until R and y, the reveal key written for the teacher,
 * and the Lesson screen asking and answering, at 80×24 and 160×48 in both
 * bidi modes, in English and with --lang ar. Screens are saved under
 * artifacts/tmux/ for review.
 */

// Names the seeds' front matter and credit lines give (blind must hide them all).
const HIDDEN = ['Al-Thawra', 'Al Jazeera', 'Anadolu', 'الجزيرة', 'الأناضول', 'ريم صالح', 'seeds/00'];

describe('blind reading and the Lesson screen in tmux', () => {
  if (skipWithoutTmux()) return;
  eachTerminal((cols, rows, mode) => {
    it(`hides the outlets, asks before revealing, and runs a lesson at ${cols}×${rows} (${mode})`, async () => {
      const key = join(tmpdir(), `framelens-key-${process.pid}-${cols}-${mode}.txt`);
      const session = startCli(`framelens-classroom-${process.pid}-${cols}-${mode}`, cols, rows, `--blind --seed 7 --reveal-key ${key} --bidi ${mode}`);
      const check = (screen: string, name: string): void => {
        saveScreen(`classroom-${cols}x${rows}-${mode}-${name}`, screen);
        for (const line of screen.split('\n')) expect(cellWidth(line), `${name}: ${line}`).toBeLessThanOrEqual(cols);
      };
      try {
        let screen = await waitFor(session, 'BLIND · 1 Overview');
        check(screen, 'overview');
        const walk: [string[], string][] = [
          [['3'], 'BLIND · 3 Reader · A'],
          [[']'], 'BLIND · 3 Reader · B'],
          [[']'], 'BLIND · 3 Reader · C'],
          [['5'], 'BLIND · 5 Numbers'],
          [['6'], 'Enter: show the answer'],
        ];
        for (const [keys, want] of walk) {
          await send(session, ...keys);
          screen = await waitFor(session, want);
          check(screen, want.replace(/\W+/gu, '-'));
          for (const name of HIDDEN) expect(screen, `${want}: ${name}`).not.toContain(name);
        }
        expect(screen).toMatch(/Step 1 of \d/u);
        expect(screen).toContain('Outlet');
        await send(session, 'Enter');
        screen = await waitFor(session, /^Answer/mu);
        check(screen, 'lesson-answer');
        await send(session, 'Right');
        screen = await waitFor(session, /Step 2 of/u);
        check(screen, 'lesson-step-2');
        await send(session, 'R');
        screen = await waitFor(session, 'y reveals');
        check(screen, 'reveal-asking');
        await send(session, 'y');
        screen = await waitFor(session, 'REVEALED · 6 Lesson');
        check(screen, 'revealed');
        expect(screen).toMatch(/Outlet [A-E] = /u);
        await quitCleanly(session);
        // The teacher's key: every letter, with the outlet it stands for.
        const text = readFileSync(key, 'utf8');
        expect(text).toContain('seed 7');
        expect(text).toMatch(/Outlet B = Al-Thawra \(Syria\)/u);
      } finally {
        killSession(session);
      }
    }, 120_000);
  });
});

/** An Arabic phrase as it reaches the terminal: as written (logical), or shaped and reordered (visual). */
const shown = (text: string, mode: 'logical' | 'visual'): string => (mode === 'visual' ? fitLine({segs: [{text}]}, 500, 'visual').map((x) => x.text).join('') : text);
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

describe('blind reading and the Lesson screen in tmux, in Arabic (--lang ar)', () => {
  if (skipWithoutTmux()) return;
  eachTerminal((cols, rows, mode) => {
    it(`hides the outlets, asks before revealing, and runs a lesson in Arabic at ${cols}×${rows} (${mode})`, async () => {
      const session = startCli(`framelens-classroom-ar-${process.pid}-${cols}-${mode}`, cols, rows, `--blind --seed 7 --lang ar --bidi ${mode}`);
      const ar = (text: string): string => shown(text, mode);
      const check = (screen: string, name: string): void => {
        saveScreen(`classroom-ar-${cols}x${rows}-${mode}-${name}`, screen);
        for (const line of screen.split('\n')) expect(cellWidth(line), `${name}: ${line}`).toBeLessThanOrEqual(cols);
        // Visual mode sends every Arabic letter shaped (tatweel has no other form).
        if (mode === 'visual') expect(screen, name).not.toMatch(/[\u0621-\u063f\u0641-\u064a]/u);
      };
      try {
        let screen = await waitFor(session, ar('أسماء مخفية'));
        check(screen, 'overview');
        const walk: [string[], string | RegExp, string][] = [
          [['3'], / ǀ A ǀ /u, 'reader-a'],
          [[']'], / ǀ B ǀ /u, 'reader-b'],
          [['6'], ar('Enter الإجابة'), 'lesson'],
        ];
        for (const [keys, want, name] of walk) {
          await send(session, ...keys);
          screen = await waitFor(session, want);
          check(screen, name);
          expect(screen).toContain(ar('أسماء مخفية'));
          for (const hidden of HIDDEN) expect(screen, `${name}: ${hidden}`).not.toContain(hidden);
        }
        expect(screen).toContain(ar('الخطوة 1 من'));
        expect(screen).toContain(ar('المصدر'));
        await send(session, 'Enter');
        screen = await waitFor(session, new RegExp(`^\\s*${escape(ar('الإجابة'))}\\s*$`, 'mu'));
        check(screen, 'lesson-answer');
        await send(session, 'Right');
        screen = await waitFor(session, ar('الخطوة 2 من'));
        check(screen, 'lesson-step-2');
        await send(session, 'R');
        screen = await waitFor(session, 'y: ');
        check(screen, 'reveal-asking');
        await send(session, 'y');
        screen = await waitFor(session, ar('أسماء مكشوفة'));
        check(screen, 'revealed');
        expect(screen).toMatch(new RegExp(`${escape(ar('المصدر'))} [A-E] = `, 'u'));
        await quitCleanly(session);
      } finally {
        killSession(session);
      }
    }, 120_000);
  });
});
