import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {bundledSeedsDir, listInputFiles} from '../corpus/input-files.js';
import {lexiconKey} from '../lexicon/compiled-cache.js';

/*
 * The analysis cache's key: everything the Analysis of a run is made from.
 * - every input file: its path as the sources will name it and its bytes
 *   (front matter, a table's rows and columns and any metadata are in
 *   them), in the order read;
 * - the reading options that change sources (--columns, --strict);
 * - the lexicons: the text of every bundled lexicon file, and each
 *   --lexicon's path and bytes;
 * - the code: the build key (a hash of src/ and package.json, version
 *   included) and the Node version (its Unicode tables).
 * - the names of the files in its folders that are not articles (the
 *   warning naming them is kept with the analysis and said again).
 * Only the file system is read here, and no parser loaded, so a hit costs
 * a few milliseconds. A corpus this cannot key (standard input, a path
 * that is missing, a folder entry that cannot be looked at) gives null:
 * no cache.
 */

const FORMAT = 'framelens corpus key 1';

/** Two levels above this module (src/cache/, dist/bundle/): the package's lexicons/. */
const LEXICON_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lexicons');

export interface KeyInput {
  /** The command's paths; none = the bundled seeds. */
  readonly paths: readonly string[];
  readonly columns: Readonly<Record<string, string>>;
  readonly strict: boolean;
  /** --lexicon files. */
  readonly lexicons: readonly string[];
  /** The build key of the code that analyses. */
  readonly build: string;
  /** The bundled lexicons' folder (tests give their own). */
  readonly lexiconDir?: string;
}

export function corpusKey(input: KeyInput): string | null {
  const hash = createHash('sha256').update(`${FORMAT}\0${input.build}\0${process.version}\0`);
  hash.update(JSON.stringify({strict: input.strict, columns: Object.entries(input.columns).sort()})).update('\0');
  const lexiconDir = input.lexiconDir ?? LEXICON_DIR;
  hash.update(lexiconKey(lexiconDir)).update('\0');
  for (const file of input.lexicons) if (!hashFile(hash, `lexicon ${resolve(file)}`, file)) return null;
  if (input.paths.length === 0) {
    const dir = bundledSeedsDir();
    const listed = listOrNull([dir], hash);
    if (!listed) return null;
    for (const file of listed) if (!hashFile(hash, `seed ${relative(dir, file)}`, file)) return null;
    return hash.digest('hex');
  }
  for (const path of input.paths) {
    if (path === '-') return null;
    const listed = listOrNull([path], hash);
    if (!listed) return null;
    for (const file of listed) if (!hashFile(hash, `file ${file}`, file)) return null;
  }
  return hash.digest('hex');
}

/** The files (the names of those that are no article go into the key: the warning about them is kept), or null when an entry cannot be looked at or is missing. */
function listOrNull(paths: readonly string[], hash: ReturnType<typeof createHash>): string[] | null {
  try {
    const {files, skipped, ignored} = listInputFiles(paths);
    if (skipped.length > 0) return null;
    for (const file of ignored) hash.update(`not read ${file}`).update('\0');
    return files;
  } catch {
    return null;
  }
}

function hashFile(hash: ReturnType<typeof createHash>, label: string, file: string): boolean {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return false;
  }
  hash.update(label).update('\0').update(String(bytes.length)).update('\0').update(bytes).update('\0');
  return true;
}
