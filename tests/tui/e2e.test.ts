import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

/*
 * The real binary in a real terminal: tmux runs `node dist/cli.js` (built by
 * `npm test`), keys go in with send-keys, screens come out with
 * capture-pane. Captures are saved under artifacts/ for review.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'artifacts', 'tmux');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function tmux(...args: string[]): string {
  return execFileSync('tmux', args, {encoding: 'utf8'});
}

async function waitFor(session: string, text: string, timeout = 10_000): Promise<string> {
  const until = Date.now() + timeout;
  let screen = '';
  while (Date.now() < until) {
    screen = tmux('capture-pane', '-p', '-t', session);
    if (screen.includes(text)) return screen;
    await sleep(100);
  }
  throw new Error(`"${text}" did not appear; screen was:\n${screen}`);
}

describe.skipIf(!hasTmux)('terminal UI end to end in tmux', () => {
  for (const [cols, rows] of [
    [80, 24],
    [160, 48],
  ] as const) {
    it(`goes through every screen at ${cols}×${rows}`, async () => {
      const session = `framelens-e2e-${process.pid}-${cols}`;
      mkdirSync(ARTIFACTS, {recursive: true});
      tmux('new-session', '-d', '-s', session, '-x', String(cols), '-y', String(rows), `cd ${ROOT} && TERM=xterm-256color node dist/cli.js --bidi logical`);
      try {
        const save = (name: string, screen: string): void => writeFileSync(join(ARTIFACTS, `${cols}x${rows}-${name}.txt`), screen);
        const check = (screen: string): void => {
          const lines = screen.replace(/\n+$/u, '').split('\n');
          expect(lines.length).toBeLessThanOrEqual(rows);
        };
        let screen = await waitFor(session, '1 Overview ·');
        expect(screen).toMatch(/−0\.\d\d n=\d/u);
        check(screen);
        save('1-overview', screen);
        const steps: [string[], string, string][] = [
          [['2'], '2 Concept ·', '2-concept'],
          [['Enter'], '3 Reader ·', '3-reader'],
          [['4'], '4 Compare ·', '4-compare'],
          [['5'], '5 Numbers ·', '5-numbers'],
          [['?'], 'Tab / Shift-Tab', 'help'],
          [['Escape', '/', 'ا', 'ل', 'م', 'ا', 'ت', 'ي', 'Enter'], 'Search “', 'search'],
        ];
        for (const [keys, expected, name] of steps) {
          for (const k of keys) {
            tmux('send-keys', '-t', session, k);
            // An Escape followed at once by another key reads as Alt+key: give the terminal a moment.
            await sleep(k === 'Escape' ? 300 : 40);
          }
          screen = await waitFor(session, expected);
          check(screen);
          save(name, screen);
        }
        tmux('send-keys', '-t', session, 'Escape');
        tmux('send-keys', '-t', session, 'q');
        await sleep(500);
        const alive = spawnSync('tmux', ['has-session', '-t', session]).status === 0;
        if (alive) expect(tmux('capture-pane', '-p', '-t', session)).not.toContain('1 Overview');
      } finally {
        spawnSync('tmux', ['kill-session', '-t', session]);
      }
    }, 60_000);
  }
});
