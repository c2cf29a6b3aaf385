import {accessSync, closeSync, constants, createWriteStream, openSync, realpathSync, statSync, type WriteStream} from 'node:fs';
import {basename, dirname, resolve, sep} from 'node:path';
import type {Writable} from 'node:stream';
import {isInput} from '../corpus/input-files.js';
import {InputError} from '../errors.js';

/*
 * Where a command's text goes: standard output, or the file given with -o.
 * Written in pieces, waiting when the reader (a pipe, a disk) is slow, so a
 * large corpus's JSON or ndjson is never one string in memory.
 *
 * The file is checked at once (its folder exists and is writable, it is not
 * one of the articles being read) but made only when the first piece is
 * written: until then the inputs are still being listed and read, and an
 * empty output file inside an input folder would be read as one of them.
 */

export interface Output {
  /** The file written, or undefined for standard output. */
  readonly file: string | undefined;
  /** Writes a piece; a promise when the stream wants the writer to wait for it to drain. */
  write(chunk: string | Uint8Array): Promise<void> | null;
  /** Everything written and, for a file, closed (an empty file when nothing was written). */
  end(): Promise<void>;
}

/** Standard output, or FILE checked now so that a missing folder is said before any work is done. */
export function openOutput(file: string | undefined): Output {
  if (file === undefined) return stdoutOutput();
  checkWritable(file);
  let stream: WriteStream | null = null;
  let fd = -1;
  let failed: unknown = null;
  const open = (): WriteStream => {
    if (stream) return stream;
    try {
      fd = openSync(file, 'w');
    } catch (error) {
      throw cannotWrite(file, error);
    }
    stream = createWriteStream('', {fd, autoClose: false});
    stream.on('error', (error) => {
      failed = error;
    });
    return stream;
  };
  return {
    file,
    write(chunk) {
      if (failed) throw cannotWrite(file, failed);
      return writeWaiting(open(), chunk);
    },
    end: () =>
      new Promise<void>((resolvePromise, reject) => {
        open().end(() => {
          closeSync(fd);
          if (failed) reject(cannotWrite(file, failed));
          else resolvePromise();
        });
      }),
  };
}

function stdoutOutput(): Output {
  return {file: undefined, write: (chunk) => writeWaiting(process.stdout, chunk), end: async () => {}};
}

function writeWaiting(stream: Writable, chunk: string | Uint8Array): Promise<void> | null {
  if (stream.write(chunk)) return null;
  // A full disk ends the stream with an error and no 'drain': wait for either.
  return new Promise<void>((resolvePromise) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      resolvePromise();
    };
    stream.once('drain', done);
    stream.once('error', done);
  });
}

/** The folder is there and writable, and FILE is no folder. */
function checkWritable(file: string): void {
  const folder = dirname(resolve(file));
  try {
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error(), {code: 'ENOTDIR'});
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw cannotWrite(file, error);
  }
  const target = realOrNull(file);
  if (target !== null && statSync(target).isDirectory()) throw new InputError(`cannot write ${file}: it is a folder`, 'Give a file name, e.g. -o analysis.json.');
}

/**
 * -o (or --reveal-key) naming one of the files being read (or an article
 * a folder being read holds) is refused before anything is read: every
 * command that writes there would replace it, and the article would be lost.
 */
export function refuseInputAsOutput(out: string, inputs: readonly string[], option = '-o'): void {
  const target = realOrNull(out);
  if (target === null || !statSync(target).isFile()) return;
  if (inputs.some((input) => isReadAs(target, input))) {
    throw new InputError(`${option} ${out} is also one of the files being read: writing there would replace it`, 'Write the result to another file, outside the folders being read.');
  }
}

/** Whether the existing file `target` is `input` itself, or an article or table that reading the folder `input` would take in. */
function isReadAs(target: string, input: string): boolean {
  const real = realOrNull(input);
  if (real === null) return false;
  if (real === target) return true;
  return isInput(basename(target)) && target.startsWith(real.endsWith(sep) ? real : real + sep) && statSync(real).isDirectory();
}

function realOrNull(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function cannotWrite(file: string, error: unknown): InputError {
  return new InputError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 'Check that the folder exists and is writable, and that there is room on the disk.');
}
