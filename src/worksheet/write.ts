import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {InputError} from '../errors.js';
import type {Lang} from '../lesson/words.js';
import type {Analysis} from '../types.js';
import {worksheetHtml} from './html.js';

/** `framelens worksheet … -o DIR`: DIR/worksheet.html and DIR/answer-key.html; returns the paths written. */
export function writeWorksheet(analysis: Analysis, {out, lang}: {out: string; lang: Lang}): string[] {
  const {worksheet, answerKey} = worksheetHtml(analysis, lang);
  try {
    mkdirSync(out, {recursive: true});
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${out}: cannot create the folder (${code === 'EEXIST' || code === 'ENOTDIR' ? 'a file of that name exists' : (code ?? 'error')})`, 'Give -o a folder: it gets worksheet.html and answer-key.html.');
  }
  const files: [string, string][] = [
    [join(out, 'worksheet.html'), worksheet],
    [join(out, 'answer-key.html'), answerKey],
  ];
  for (const [path, text] of files) {
    try {
      writeFileSync(path, text, 'utf8');
    } catch (error) {
      throw new InputError(`${path}: cannot write the worksheet (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'Choose a writable folder with -o.');
    }
  }
  return files.map(([path]) => path);
}
