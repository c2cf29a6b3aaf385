import {buildMatrix} from '../compare/matrix.js';
import type {Lexicon} from '../lexicon/load.js';
import {CLAIMS_HEADER, claimRow, csvChunks, MATRIX_HEADER, matrixRows, MENTIONS_HEADER, mentionRow} from '../report/csv.js';
import {linesAgain, scanLines} from './merge-scan.js';
import type {SourceLine} from './source-line.js';

/*
 * `framelens merge --format csv` in bounded memory: the same three files as
 * compareFindings + the CSV writers over every source's findings. Every
 * column of the three files is per source (a mention's outlet name and
 * sentence, a claim's sentence, a matrix cell's counts, lean and terms
 * come from its own source's line), so after the checking pass (ids made
 * unique, a bad line an InputError before anything is written) each file
 * is written from one more pass over the lines, one source at a time.
 */

export interface MergedCsv {
  readonly mentions: Iterable<string>;
  readonly claims: Iterable<string>;
  readonly matrix: Iterable<string>;
}

/** The three CSV files in pieces; the lines are checked before this returns, and read again as each file is written. */
export function mergedCsvChunks(files: readonly string[], lexicon: Lexicon): MergedCsv {
  const scan = scanLines(files, lexicon);
  const concepts = lexicon.concepts;
  /** A file whose rows are made source by source, from one more pass over the lines each time it is iterated. */
  const file = (header: readonly string[], rowsOf: (f: SourceLine) => Iterable<string>): Iterable<string> => ({
    [Symbol.iterator]: () =>
      csvChunks(
        header,
        (function* () {
          for (const f of linesAgain(scan)) yield* rowsOf(f);
        })(),
      ),
  });
  return {
    mentions: file(MENTIONS_HEADER, (f) => f.mentions.map((m) => mentionRow(m, f.source))),
    claims: file(CLAIMS_HEADER, (f) => f.claims.map((c) => claimRow(c, f.source))),
    // A source's own cells index its own mentions (the in-memory matrix indexes all of them: the same rows).
    matrix: file(MATRIX_HEADER, (f) => matrixRows(buildMatrix([f.source], concepts, f.mentions), concepts, f.mentions)),
  };
}
