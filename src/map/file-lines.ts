import {closeSync, openSync, readSync} from 'node:fs';

/*
 * The lines of an ndjson file, read synchronously in large blocks, each
 * with its line number and where its bytes are in the file, so that a
 * merge can read the file again (once per part of the output) and fetch
 * one source's line again by its place (the passage step) instead of
 * keeping every source in memory.
 */

export interface FileLine {
  /** The line as text, without its line break (\n or \r\n). */
  readonly text: string;
  /** 1-based. */
  readonly number: number;
  /** Byte offset of the line in the file, and its length in bytes (line break excluded). */
  readonly offset: number;
  readonly bytes: number;
}

const BLOCK = 1 << 22;

/** The file's lines in order; `block` is the size of the first read (a longer line grows it). */
export function* fileLines(path: string, block = BLOCK): Generator<FileLine> {
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(block);
    let filled = 0;
    let base = 0;
    let number = 0;
    for (;;) {
      const read = readSync(fd, buffer, filled, buffer.length - filled, base + filled);
      filled += read;
      const view = buffer.subarray(0, filled);
      let start = 0;
      for (let nl = view.indexOf(10, start); nl !== -1; nl = view.indexOf(10, start)) {
        yield lineOf(buffer, start, nl, base, ++number);
        start = nl + 1;
      }
      if (read === 0) {
        if (start < filled) yield lineOf(buffer, start, filled, base, ++number);
        return;
      }
      // The unfinished line moves to the front; a line longer than the buffer doubles it.
      buffer.copy(buffer, 0, start, filled);
      filled -= start;
      base += start;
      if (filled === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, filled);
        buffer = bigger;
      }
    }
  } finally {
    closeSync(fd);
  }
}

function lineOf(buffer: Buffer, start: number, end: number, base: number, number: number): FileLine {
  const cut = end > start && buffer[end - 1] === 13 ? end - 1 : end;
  return {text: buffer.toString('utf8', start, cut), number, offset: base + start, bytes: cut - start};
}

/** Lines fetched again by their place, from files kept open until `close`. */
export class LineFetcher {
  private readonly fds = new Map<string, number>();
  private buffer = Buffer.allocUnsafe(1 << 16);

  read(path: string, offset: number, bytes: number): string {
    let fd = this.fds.get(path);
    if (fd === undefined) {
      fd = openSync(path, 'r');
      this.fds.set(path, fd);
    }
    if (bytes > this.buffer.length) this.buffer = Buffer.allocUnsafe(bytes);
    const read = readSync(fd, this.buffer, 0, bytes, offset);
    return this.buffer.toString('utf8', 0, read);
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}
