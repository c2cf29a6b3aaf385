import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {it} from 'vitest';

/*
 * The real binary in a real terminal for the end-to-end tests: tmux runs
 * `node dist/cli.js` (built by `npm test` before vitest), keys go in with
 * send-keys, screens come out with capture-pane, and every screen a test
 * keeps is saved under artifacts/tmux/ for review.
 */

export const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'artifacts', 'tmux');

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** In a describe block: one skipped test saying why, when tmux is missing. */
export function skipWithoutTmux(): boolean {
  if (hasTmux) return false;
  it('needs tmux', (context) => context.skip('tmux is not installed: install it (.ci/run does) to run the end-to-end terminal tests'));
  return true;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
export const tmux = (...args: string[]): string => execFileSync('tmux', args, {encoding: 'utf8'});

/** The pane as text; with `escapes`, its colours and attributes as escape sequences too. */
export const capture = (session: string, escapes = false): string => tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', session);

/** The pane once it shows `text`, or an error with the last screen seen. */
export async function waitFor(session: string, text: string | RegExp, timeout = 20_000): Promise<string> {
  const until = Date.now() + timeout;
  let screen = '';
  while (Date.now() < until) {
    screen = capture(session);
    if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
    await sleep(50);
  }
  throw new Error(`"${text}" did not appear; the screen was:\n${screen}`);
}

const NAMED_KEY = /^(?:Enter|Escape|Tab|BTab|Up|Down|Left|Right|PageDown|PageUp)$/u;

/** Named keys (Enter, Escape, Tab, Down…) by name, anything else as literal text (Arabic included). */
export async function send(session: string, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    if (NAMED_KEY.test(key)) tmux('send-keys', '-t', session, key);
    else tmux('send-keys', '-t', session, '-l', key);
    // An Escape followed at once by another key reads as Alt+key.
    await sleep(key === 'Escape' ? 250 : 80);
  }
}

/**
 * A detached session of cols×rows running `args` after `node dist/cli.js`;
 * the pane stays after the program ends, and the shell echoes its exit
 * status, so a test can check how it ended.
 */
export function startCli(session: string, cols: number, rows: number, args: string, env = ''): string {
  tmux('new-session', '-d', '-s', session, '-x', String(cols), '-y', String(rows), `cd ${ROOT} && ${env} node dist/cli.js ${args}; echo "framelens exited with $?"`);
  tmux('set-option', '-t', session, 'remain-on-exit', 'on');
  return session;
}

export function killSession(session: string): void {
  spawnSync('tmux', ['kill-session', '-t', session]);
}

/** Quits with q and resolves to the screen after the program ended with status 0 (or throws). */
export async function quitCleanly(session: string): Promise<string> {
  await send(session, 'q');
  // The exit status as the shell echoes it, or as tmux reports a dead pane.
  const after = await waitFor(session, /framelens exited with \d|Pane is dead \(status \d/u);
  if (!/framelens exited with 0|Pane is dead \(status 0/u.test(after)) throw new Error(`framelens did not exit with 0:\n${after}`);
  return after;
}

/** Keeps a screen under artifacts/tmux/NAME.txt. */
export function saveScreen(name: string, screen: string): void {
  mkdirSync(ARTIFACTS, {recursive: true});
  writeFileSync(join(ARTIFACTS, `${name}.txt`), screen);
}

/** The terminals the classroom is tried in: 80×24 and 160×48, each with Arabic drawn logical and visual. */
export function eachTerminal(test: (cols: number, rows: number, mode: 'logical' | 'visual') => void): void {
  for (const [cols, rows] of [
    [80, 24],
    [160, 48],
  ] as const) {
    for (const mode of ['logical', 'visual'] as const) test(cols, rows, mode);
  }
}
