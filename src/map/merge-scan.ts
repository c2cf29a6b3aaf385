import {InputError, located} from '../errors.js';
import type {Lexicon} from '../lexicon/load.js';
import {checkReadable} from './merge.js';
import {fileLines, type LineFetcher} from './file-lines.js';
import {lexiconFingerprint, parseSourceLine, type SourceLine, StreamIds, withSourceId} from './source-line.js';

/*
 * What the streamed merges (merge-json.ts, merge-csv.ts) share: one pass
 * over the ndjson lines that checks every line (shape, lexicon) and makes
 * the ids unique in reading order, keeping per source only its id and
 * where its line is; then the lines read again, in the same order or one
 * by its place, each with the id the first pass gave it. A bad line is
 * found by the first pass, before any output is written.
 */

/** Where a source's line is, to read it again. */
export interface Place {
  readonly file: string;
  readonly line: number;
  readonly offset: number;
  readonly bytes: number;
}

export interface MergeScan {
  readonly files: readonly string[];
  readonly ids: string[];
  readonly places: Place[];
}

/**
 * The first pass. `keep` is called with each source's findings (already
 * under its unique id) and its index, for what a merge needs to keep of it
 * across sources (the JSON merge: the site and claims-table entries).
 */
export function scanLines(files: readonly string[], lexicon: Lexicon, keep?: (f: SourceLine, k: number) => void): MergeScan {
  for (const file of files) checkReadable(file);
  const fingerprint = lexiconFingerprint(lexicon);
  const unique = new StreamIds();
  const scan: MergeScan = {files, ids: [], places: []};
  for (const file of files) {
    for (const line of fileLines(file)) {
      if (line.text.trim() === '') continue;
      const parsed = parseSourceLine(line.text, file, line.number);
      if (parsed.lexicon !== fingerprint) {
        throw new InputError(
          located(file, line.number, `source \`${parsed.source.id}\` was analysed with another lexicon than the one in force for this merge`),
          'Give merge the same --lexicon files as the analyze runs that made the lines (and the same framelens version).',
        );
      }
      const id = unique.unique(parsed.source.id);
      const k = scan.ids.length;
      scan.ids.push(id);
      scan.places.push({file, line: line.number, offset: line.offset, bytes: line.bytes});
      keep?.(withSourceId(parsed, id), k);
    }
  }
  if (scan.ids.length === 0) throw new InputError(`${files.join(', ')}: no source lines to merge`, 'Make them with `framelens analyze PATH... --format ndjson > part.ndjson`.');
  return scan;
}

/** Every line again, in the same order, with the ids of the first pass. */
export function* linesAgain(scan: MergeScan): Generator<SourceLine> {
  let k = 0;
  for (const file of scan.files) {
    for (const line of fileLines(file)) {
      if (line.text.trim() === '') continue;
      const id = scan.ids[k];
      const place = scan.places[k++];
      if (id === undefined || place?.file !== file || place.offset !== line.offset) throw changedWhileMerging(file, line.number);
      yield withSourceId(parseSourceLine(line.text, file, line.number), id);
    }
  }
  if (k !== scan.ids.length) throw changedWhileMerging(scan.files.at(-1)!, 0);
}

/** Source k's line again, by its place, under its unique id. */
export function lineAgain(scan: MergeScan, k: number, fetcher: LineFetcher): SourceLine {
  const place = scan.places[k]!;
  return withSourceId(parseSourceLine(fetcher.read(place.file, place.offset, place.bytes), place.file, place.line), scan.ids[k]!);
}

function changedWhileMerging(file: string, line: number): InputError {
  return new InputError(`${line > 0 ? located(file, line, '') : `${file}: `}the file changed while it was being merged`, 'Merge files that no run is still writing to.');
}
