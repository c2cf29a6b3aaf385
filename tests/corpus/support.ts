import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {expect} from 'vitest';
import {InputError} from '../../src/errors.js';

export const SENTENCE = 'قالت الشرطة إن المتظاهرين تفرقوا.';

/** A fresh temporary folder. */
export const tmp = (): string => mkdtempSync(join(tmpdir(), 'framelens-corpus-'));

/** Write `files` (relative path → content) under a fresh folder; returns the folder. */
export function folderWith(files: Record<string, string | Uint8Array>): string {
  const dir = tmp();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** Run `fn`, expect it to throw an InputError, and return it. */
export function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}
