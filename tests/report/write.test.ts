import {lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {InputError} from '../../src/errors.js';
import {writeCsvReport, writeJsonReport} from '../../src/report/write.js';

/*
 * The report writer: a file is written whole or not at all (through a
 * temporary file beside it, renamed into place), a failure of the disk is
 * an InputError naming the path, and a failure of the document being made
 * is thrown as it is, never passed off as "cannot write the report".
 */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'framelens-write-'));
});
afterEach(() => {
  rmSync(dir, {recursive: true, force: true});
});

/** A streamed document that fails after its first pieces (a merge meeting a bug, not a bad place). */
function* failing(): Generator<string> {
  yield '{"sources": [';
  yield 'x'.repeat(3 << 20);
  throw new TypeError('cannot read properties of undefined');
}

describe('writing a report', () => {
  it('throws an error of the document as it is, and leaves no file and no temporary file', () => {
    const out = join(dir, 'report.json');
    let thrown: unknown;
    try {
      writeJsonReport(failing(), out);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect(thrown).not.toBeInstanceOf(InputError);
    expect((thrown as Error).message).toBe('cannot read properties of undefined');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps an earlier report as it was when the new one fails', () => {
    const out = join(dir, 'report.json');
    writeFileSync(out, '{"earlier": true}\n');
    expect(() => writeJsonReport(failing(), out)).toThrow(TypeError);
    expect(readFileSync(out, 'utf8')).toBe('{"earlier": true}\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('replaces a report only once the new one is whole', () => {
    const out = join(dir, 'report.json');
    writeFileSync(out, 'old');
    expect(writeJsonReport(['{"a": ', '1}'], out)).toBe(out);
    expect(readFileSync(out, 'utf8')).toBe('{"a": 1}\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('writes through a symbolic link instead of replacing the link (as -o /dev/stdout needs)', () => {
    const target = join(dir, 'kept-report.json');
    const link = join(dir, 'latest.json');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    writeJsonReport(['{"a": ', '1}'], link);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('{"a": 1}\n');
    expect(readdirSync(dir).sort()).toEqual(['kept-report.json', 'latest.json']);
  });

  it('names the path and what to do when the place cannot be written, and cleans up', () => {
    // out-mentions.csv is a folder: the file cannot take its place.
    mkdirSync(join(dir, 'out-mentions.csv'));
    writeFileSync(join(dir, 'out-mentions.csv', 'keep.txt'), 'x');
    let thrown: unknown;
    try {
      writeCsvReport({mentions: 'a\n', claims: 'b\n', matrix: 'c\n'}, join(dir, 'out.csv'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).message).toBe(`${join(dir, 'out-mentions.csv')}: cannot write the report (it is a folder)`);
    expect((thrown as InputError).hint).toMatch(/-o/u);
    expect(readdirSync(dir)).toEqual(['out-mentions.csv']);
  });
});
