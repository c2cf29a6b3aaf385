import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

/*
 * Where the package keeps its lexicons: a module of its own, so code that
 * only needs the path (the compiled lexicon's reader, the worker threads)
 * does not load the YAML and schema code of load.ts.
 */

/** The lexicons/ folder of the installed package (two levels above this module in src/ and dist/). */
export function bundledLexiconDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lexicons');
}
