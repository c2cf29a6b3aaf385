import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cellWidth} from '../../src/tui/cells.js';
import {afterArabic} from './render.js';

/*
 * The real binary in a real terminal: tmux runs `node dist/cli.js` (built
 * by `npm test` before vitest), keys go in with send-keys, screens come out
 * with capture-pane. Every screen is saved under artifacts/tmux/ for review.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'artifacts', 'tmux');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const tmux = (...args: string[]): string => execFileSync('tmux', args, {encoding: 'utf8'});
const capture = (session: string, escapes = false): string => tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', session);

async function waitFor(session: string, text: string | RegExp, timeout = 15_000): Promise<string> {
  const until = Date.now() + timeout;
  let screen = '';
  while (Date.now() < until) {
    screen = capture(session);
    if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
    await sleep(50);
  }
  throw new Error(`"${text}" did not appear; the screen was:\n${screen}`);
}

async function send(session: string, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    // Named keys (Enter, Escape, Tab, Down…) by name, text literally (Arabic included).
    if (/^(?:Enter|Escape|Tab|BTab|Up|Down|Left|Right|PageDown|PageUp)$/u.test(key)) tmux('send-keys', '-t', session, key);
    else tmux('send-keys', '-t', session, '-l', key);
    // An Escape followed at once by another key reads as Alt+key.
    await sleep(key === 'Escape' ? 250 : 60);
  }
}

function start(name: string, cols: number, rows: number, env = ''): string {
  const session = `framelens-e2e-${process.pid}-${name}`;
  tmux('new-session', '-d', '-s', session, '-x', String(cols), '-y', String(rows), `cd ${ROOT} && ${env} node dist/cli.js --bidi logical; echo "framelens exited with $?"`);
  tmux('set-option', '-t', session, 'remain-on-exit', 'on');
  return session;
}

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
  if (!hasTmux) {
    it('needs tmux', (context) => context.skip('tmux is not installed: install it (.ci/run does) to run the end-to-end terminal tests'));
    return;
  }

  for (const [cols, rows] of [
    [80, 24],
    [160, 48],
  ] as const) {
    it(`goes through every screen at ${cols}×${rows}, then quits and gives the terminal back`, async () => {
      mkdirSync(ARTIFACTS, {recursive: true});
      const session = start(`${cols}`, cols, rows);
      const save = (name: string, screen: string): void => writeFileSync(join(ARTIFACTS, `${cols}x${rows}-${name}.txt`), screen);
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
        await send(session, 'q');
        // The exit status as the shell echoes it, or as tmux reports a dead pane.
        const after = await waitFor(session, /framelens exited with \d|Pane is dead \(status \d/u);
        expect(after).toMatch(/framelens exited with 0|Pane is dead \(status 0/u);
        // The alternate screen is gone: what was on the terminal before is back.
        expect(after).not.toContain('Overview');
      } finally {
        spawnSync('tmux', ['kill-session', '-t', session]);
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
      spawnSync('tmux', ['kill-session', '-t', session]);
    }
  }, 60_000);

  it('draws without colour under NO_COLOR, and shapes Arabic itself with --bidi visual', async () => {
    const plain = start('nocolor', 80, 24, 'NO_COLOR=1');
    try {
      await waitFor(plain, '1 Overview ·');
      expect(capture(plain, true)).not.toMatch(/\u001b\[[0-9;]*(?:3[0-7]|9[0-7]|38;[0-9;]+)m/u);
      expect(capture(plain, true)).toMatch(/\u001b\[[0-9;]*7m/u);
    } finally {
      spawnSync('tmux', ['kill-session', '-t', plain]);
    }
    const session = `framelens-e2e-${process.pid}-visual`;
    tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', `cd ${ROOT} && node dist/cli.js --bidi visual`);
    try {
      await waitFor(session, '1 Overview ·');
      await send(session, '3');
      const screen = await waitFor(session, '3 Reader ·');
      writeFileSync(join(ARTIFACTS, '80x24-3-reader-visual.txt'), screen);
      expect(screen).toContain('Arabic: visual (--bidi visual)');
      // Presentation forms in visual order: the headline's first word ends its row.
      expect(screen).toMatch(/:ﻒﻴﻳﺎﻛﻮﺗ\n/u);
      expect(problems(screen, 80, 24).filter((p) => p.startsWith('too wide'))).toEqual([]);
    } finally {
      spawnSync('tmux', ['kill-session', '-t', session]);
    }
  }, 60_000);
});
