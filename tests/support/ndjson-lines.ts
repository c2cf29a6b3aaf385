import type {Analyzer} from '../../src/analyze.js';
import {readEach, streamLines} from '../../src/map/map-corpus.js';

/** The `analyze --format ndjson` text of these files, made in this process on one thread. */
export async function ndjsonOf(files: readonly string[], analyzer: Analyzer): Promise<string> {
  let out = '';
  await streamLines(readEach(files), analyzer.lexicon, () => analyzer, {jobs: 1, lexiconFiles: [], workers: false}, (line) => {
    out += typeof line === 'string' ? line : new TextDecoder().decode(line);
    return null;
  });
  return out;
}
