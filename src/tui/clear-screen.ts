import type {TuiState} from './state.js';

/*
 * Ink redraws a frame by erasing the lines it wrote last time and writing
 * the new ones. Some terminals (mlterm with Arabic, whose bidi layout moves
 * cells the line erase does not reach) keep coloured cells of the previous
 * screen. When the screen changes — another screen, help, search results,
 * another article — the whole display is erased first, so nothing of the
 * old screen can stay.
 */

/** Reset attributes, erase the whole display; the cursor stays, so Ink's own erase-and-redraw still lines up. */
export const ERASE_DISPLAY = '\u001b[0m\u001b[2J';

/** What identifies the screen on display: when it changes, the terminal is erased before the next frame. */
export function screenIdentity(s: TuiState): string {
  const overlay = s.help ? 'help' : s.search.kind === 'results' ? 'search' : '';
  return `${s.screen}:${overlay}:${s.screen === 'reader' ? s.reader.source : ''}:${s.glosses}`;
}

interface Writable {
  write: (...args: never[]) => boolean;
}

export interface EraseBeforeFrame {
  /** Erase the display before the next write (the next frame). */
  readonly request: () => void;
  /** Put the stream's own write back. */
  readonly restore: () => void;
}

/** Wrap `out.write` so that a requested erase goes out in front of the next frame, in the same write. */
export function eraseBeforeNextFrame(out: Writable): EraseBeforeFrame {
  const original = out.write;
  let pending = false;
  const write = function (this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
    if (pending && (typeof chunk === 'string' || chunk instanceof Uint8Array)) {
      pending = false;
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return (original as (...a: unknown[]) => boolean).call(out, ERASE_DISPLAY + text, ...rest);
    }
    return (original as (...a: unknown[]) => boolean).call(out, chunk, ...rest);
  };
  out.write = write as Writable['write'];
  return {
    request: () => {
      pending = true;
    },
    restore: () => {
      out.write = original;
    },
  };
}
