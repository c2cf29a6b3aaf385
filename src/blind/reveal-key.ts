import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {InputError} from '../errors.js';
import type {BlindResult} from './blind-analysis.js';

/*
 * The teacher's key to a blind reading: which letter is which source.
 * Plain text for a person (or JSON when the file name ends in .json).
 */

export function revealKeyText(result: BlindResult): string {
  const lines = [`framelens blind reading — key (seed ${result.seed}; the same seed gives the same letters)`, ''];
  for (const row of result.key) {
    lines.push(`Outlet ${row.letter} = ${row.outlet ?? '(outlet not stated in the front matter)'}`);
    lines.push(`  file: ${row.file} (id ${row.id})`);
    if (row.credits.length) lines.push(`  the text credits: ${row.credits.join(' · ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function revealKeyJson(result: BlindResult): string {
  return `${JSON.stringify({seed: result.seed, outlets: result.key}, null, 2)}\n`;
}

export function writeRevealKey(file: string, result: BlindResult): void {
  try {
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(file, file.endsWith('.json') ? revealKeyJson(result) : revealKeyText(result), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file stands where its folder should be' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'error');
    throw new InputError(`${file}: cannot write the reveal key (${why})`, 'Choose a writable path for --reveal-key.');
  }
}
