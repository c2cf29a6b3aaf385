import {createReadStream, statSync} from 'node:fs';
import {createInterface} from 'node:readline';
import type {MappedSource} from '../analyze.js';
import {InputError, located} from '../errors.js';
import type {Lexicon} from '../lexicon/load.js';
import {lexiconFingerprint, parseSourceLine, StreamIds, withSourceId} from './source-line.js';

/*
 * `framelens merge`: the reduce side. Reads the ndjson lines of one or more
 * map runs (in the order given, line by line), checks each was made with
 * the lexicon in force here, and makes source ids unique in reading order
 * exactly as a single streaming run would, so that merging the lines of
 * several runs gives the same comparison as one run over all the sources.
 */

export async function readSourceLines(files: readonly string[], lexicon: Lexicon): Promise<MappedSource[]> {
  const fingerprint = lexiconFingerprint(lexicon);
  const ids = new StreamIds();
  const out: MappedSource[] = [];
  for (const file of files) {
    checkReadable(file);
    const lines = createInterface({input: createReadStream(file, {encoding: 'utf8'}), crlfDelay: Infinity});
    let number = 0;
    for await (const text of lines) {
      number++;
      if (text.trim() === '') continue;
      const {lexicon: made, ...findings} = parseSourceLine(text, file, number);
      if (made !== fingerprint) {
        throw new InputError(
          located(file, number, `source \`${findings.source.id}\` was analysed with another lexicon than the one in force for this merge`),
          'Give merge the same --lexicon files as the analyze runs that made the lines (and the same framelens version).',
        );
      }
      out.push(withSourceId(findings, ids.unique(findings.source.id)));
    }
  }
  if (out.length === 0) throw new InputError(`${files.join(', ')}: no source lines to merge`, 'Make them with `framelens analyze PATH... --format ndjson > part.ndjson`.');
  return out;
}

export function checkReadable(file: string): void {
  try {
    if (!statSync(file).isFile()) throw new InputError(`${file}: not a file`, 'Give the .ndjson files written by `framelens analyze --format ndjson`.');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code})`}`, 'Check the path; give the .ndjson files written by `framelens analyze --format ndjson`.');
  }
}
