import {EXPLICIT_BIDI_OFF, EXPLICIT_BIDI_ON} from './bidi-mode.js';

/*
 * The terminal's state while the UI runs: the alternate screen (the user's
 * scrollback is left as it was), and in visual mode the terminal's own bidi
 * switched off (explicit mode, `CSI 8 l`) so it does not reorder our
 * already reordered lines. Both are undone on every way out: quit, an
 * error, Ctrl-C, a signal, process exit.
 */

const ALT_SCREEN_ON = '\u001b[?1049h';
const ALT_SCREEN_OFF = '\u001b[?1049l';
const SIGNALS = {SIGINT: 2, SIGTERM: 15, SIGHUP: 1} as const;

export interface TerminalSession {
  /** Put the terminal back; safe to call more than once. */
  readonly restore: () => void;
}

export function enterTerminal(out: NodeJS.WriteStream, explicitBidi: boolean): TerminalSession {
  out.write(ALT_SCREEN_ON + (explicitBidi ? EXPLICIT_BIDI_ON : ''));
  let done = false;
  const restore = (): void => {
    if (done) return;
    done = true;
    out.write((explicitBidi ? EXPLICIT_BIDI_OFF : '') + ALT_SCREEN_OFF);
    process.off('exit', restore);
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
  const handlers = Object.entries(SIGNALS).map(([signal, number]) => {
    const handler = (): void => {
      restore();
      process.exit(128 + number);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  process.once('exit', restore);
  return {restore};
}
