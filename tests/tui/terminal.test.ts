import {describe, expect, it} from 'vitest';
import {enterTerminal} from '../../src/tui/terminal.js';

function fakeStream(): {written: string[]; stream: NodeJS.WriteStream} {
  const written: string[] = [];
  return {written, stream: {write: (s: string) => written.push(s) > 0} as unknown as NodeJS.WriteStream};
}

describe('enterTerminal', () => {
  it('switches to the alternate screen, and in visual mode the terminal’s bidi to explicit; restores both once', () => {
    const {written, stream} = fakeStream();
    const exitListeners = process.listenerCount('exit');
    const session = enterTerminal(stream, true);
    expect(written).toEqual(['\u001b[?1049h\u001b[8l']);
    expect(process.listenerCount('exit')).toBe(exitListeners + 1);
    session.restore();
    session.restore();
    expect(written).toEqual(['\u001b[?1049h\u001b[8l', '\u001b[8h\u001b[?1049l']);
    expect(process.listenerCount('exit')).toBe(exitListeners);
  });

  it('leaves the terminal’s own bidi alone in logical mode', () => {
    const {written, stream} = fakeStream();
    enterTerminal(stream, false).restore();
    expect(written).toEqual(['\u001b[?1049h', '\u001b[?1049l']);
  });

  it('restores the terminal when a signal ends the process', () => {
    const {written, stream} = fakeStream();
    const exit = process.exit;
    let code: number | undefined;
    process.exit = ((c?: number) => {
      code = c;
    }) as typeof process.exit;
    try {
      enterTerminal(stream, true);
      process.emit('SIGTERM', 'SIGTERM');
    } finally {
      process.exit = exit;
    }
    expect(written.at(-1)).toBe('\u001b[8h\u001b[?1049l');
    expect(code).toBe(143);
  });
});
