import {encodingWarning} from '../corpus/encoding-note.js';
import {describeFiles, loadSeeds, type Corpus} from '../corpus/load.js';
import {InputError} from '../errors.js';
import {safeLine, warningLine} from './messages.js';

/*
 * The CLI's reading policy. Every file that can be read is read; every file
 * that cannot is named on stderr with the reason and listed in the result
 * (`skipped`: JSON, the reports' sources section). The run goes on (exit 0)
 * unless nothing could be read, or --strict was given: then exit 1, after
 * naming every bad file, not only the first. A file decoded with damaged
 * bytes replaced, or read as Windows-1256, is read and warned about.
 */

/** The corpus, and what reading it wrote to stderr (kept with a cached analysis, and said again when it is used). */
export interface ReadCorpus extends Corpus {
  readonly said: readonly string[];
}

export async function readInput(paths: readonly string[], {strict, columns}: {readonly strict: boolean; readonly columns: Readonly<Record<string, string>>}): Promise<ReadCorpus> {
  if (paths.length === 0) return {sources: loadSeeds(), skipped: [], said: []};
  // Loaded here, not at start-up: the CSV parser is needed only when paths are given.
  const {loadInputs} = await import('../corpus/inputs.js');
  const said: string[] = [];
  const say = (line: string): void => {
    said.push(line);
    process.stderr.write(line);
  };
  const printWarning = (message: string): void => say(warningLine(message));
  const corpus = await loadInputs(paths, {columns, strict, notice: printWarning});
  if (corpus.ignored && corpus.ignored.length > 0) printWarning(`not read: ${describeFiles(corpus.ignored)} in the folders given, which are not articles (framelens reads .txt, .md, .html, .htm, .csv, .tsv, .jsonl, .ndjson)`);
  for (const s of corpus.sources) {
    const warning = encodingWarning(s.file, s.encoding ?? 'utf-8', s.replaced ?? 0);
    if (warning) printWarning(warning);
  }
  const {sources, skipped} = corpus;
  for (const s of skipped) say(`framelens: skipped ${safeLine(`${s.file}: ${s.reason}`)}\n`);
  if (skipped.length === 0) return {...corpus, said};
  const total = sources.length + skipped.length;
  const files = (n: number): string => `${n.toLocaleString('en')} file${n === 1 ? '' : 's'}`;
  if (sources.length === 0) {
    throw new InputError(total === 1 ? 'the only input could not be read (see above)' : `none of the ${files(total)} could be read (see above)`, 'Give articles as plain text (.txt, .md) in UTF-8, UTF-16 with a BOM or Windows-1256, saved web pages (.html), or corpus tables (.csv, .jsonl).');
  }
  if (strict) throw new InputError(`${files(skipped.length)} of ${total.toLocaleString('en')} could not be read (see above); stopping because of --strict`, 'Fix or remove them, or run without --strict to skip them.');
  printWarning(`skipped ${files(skipped.length)} of ${total.toLocaleString('en')}, read ${sources.length.toLocaleString('en')} (--strict makes a skipped file an error)`);
  return {...corpus, said};
}
