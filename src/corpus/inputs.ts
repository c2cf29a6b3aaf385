import {realpathSync} from 'node:fs';
import {extname} from 'node:path';
import {InputError} from '../errors.js';
import type {SkippedFile, Source} from '../types.js';
import {decodeText} from './decode.js';
import {rejectNonTextDocument} from './document-kind.js';
import {htmlSource, isHtml} from './html-source.js';
import {listInputFiles, readSource, skippedFile, TABLE_EXTENSIONS, textSource, withUniqueIds, type Corpus} from './load.js';
import {readTableRows, type ColumnMap} from './table-rows.js';

/*
 * Everything the command line accepts as input, in the order given:
 * article files (text, Markdown, saved web pages), folders of them, corpus
 * tables (CSV/TSV/JSONL, one article per row, streamed) and `-` for one
 * article on standard input. Ids are made unique across all of them. A
 * file that cannot be read is skipped with its reason (the caller decides
 * what a skip means, as for readCorpus); a table's bad rows are named
 * through `notice` and counted, and with `strict` they stop the run.
 */

export interface InputOptions {
  /** --columns: which table column holds which field. */
  readonly columns?: ColumnMap;
  /** Where a table's skipped rows are reported (the CLI: standard error). */
  readonly notice?: (message: string) => void;
  /** --strict: a table with a bad row is an error. */
  readonly strict?: boolean;
  /** Standard input's bytes (injectable for tests). */
  readonly readStdin?: () => Promise<Buffer>;
}

export async function loadInputs(paths: readonly string[], options: InputOptions = {}): Promise<Corpus> {
  if (paths.filter((p) => p === '-').length > 1) throw new InputError('`-` (standard input) is given more than once', 'Standard input holds one article; give `-` once.', 2);
  const sources: Source[] = [];
  const skipped: SkippedFile[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      sources.push(await stdinSource(options.readStdin ?? readProcessStdin));
      continue;
    }
    const listed = listInputFiles([path]);
    skipped.push(...listed.skipped);
    ignored.push(...listed.ignored);
    for (const file of listed.files) {
      const real = realPathOf(file);
      if (seen.has(real)) continue;
      seen.add(real);
      try {
        if (TABLE_EXTENSIONS.has(extname(file).toLowerCase())) sources.push(...(await readTableRows(file, options.columns, options.notice, options.strict)));
        else sources.push(readSource(file));
      } catch (error) {
        if (!(error instanceof InputError) || error.exitCode !== 1 || (options.strict && TABLE_EXTENSIONS.has(extname(file).toLowerCase()))) throw error;
        skipped.push(skippedFile(file, error));
      }
    }
  }
  return {sources: withUniqueIds(sources), skipped, ignored};
}

/** One article piped in: plain text (front matter allowed) or a saved page; `file` is `-`. */
async function stdinSource(read: () => Promise<Buffer>): Promise<Source> {
  const bytes = await read();
  rejectNonTextDocument(bytes, '-');
  const {text, encoding, replaced} = decodeText(bytes, 'standard input');
  return isHtml('-', text) ? {...htmlSource('-', text), id: 'stdin', encoding, replaced} : {...textSource('-', text, 'stdin'), encoding, replaced};
}

async function readProcessStdin(): Promise<Buffer> {
  if (process.stdin.isTTY) throw new InputError('`-` reads an article from standard input, but nothing is piped in', 'Pipe or redirect the article: `framelens analyze - < article.txt`, or `pbpaste | framelens analyze -`.', 2);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
