import {createReadStream} from 'node:fs';
import {basename, extname} from 'node:path';
import {createInterface} from 'node:readline';
import {parse} from 'csv-parse';
import {InputError} from '../errors.js';
import type {Source} from '../types.js';
import {LINE_KIND} from '../map/source-line.js';
import {headlineOf} from './headline.js';
import {detectParagraphs, documentLanguage} from './language.js';

/*
 * Corpus tables: CSV (or TSV) and JSONL files with one article per row, as
 * media archives export them (Media Cloud: stories_id, publish_date, title,
 * url, language, media_name, media_url, and the text as `text` or
 * `story_text`). Read as a stream — csv-parse's streaming parser, readline
 * for JSONL — so a large export is never held twice in memory. A row that
 * cannot be used (malformed, no text) is skipped, named by its line, and
 * counted; the count is always reported.
 */

export type Field = 'text' | 'title' | 'url' | 'date' | 'outlet' | 'language' | 'id';
export type ColumnMap = Partial<Record<Field, string>>;

/** Column names looked for, per field, in this order (compared without case). */
const DEFAULT_COLUMNS: Readonly<Record<Field, readonly string[]>> = {
  text: ['text', 'story_text', 'body', 'content', 'full_text', 'article_text', 'article', 'maintext'],
  title: ['title', 'headline'],
  url: ['url', 'link', 'canonical_url'],
  date: ['publish_date', 'date', 'published', 'publication_date', 'published_at', 'pub_date', 'date_publish'],
  outlet: ['media_name', 'outlet', 'source', 'media', 'publisher', 'site_name', 'source_name', 'source_domain'],
  language: ['language', 'lang'],
  id: ['id', 'stories_id', 'story_id', 'guid'],
};
export const FIELDS = Object.keys(DEFAULT_COLUMNS) as Field[];

/** How many skipped rows are named one by one before only the count is given. */
const NAMED_SKIPS = 10;

type Notice = (message: string) => void;

/** Which column holds each field: the --columns mapping first, then the usual names. */
function resolveColumns(header: readonly string[], mapping: ColumnMap, file: string): Partial<Record<Field, string>> {
  const byLower = new Map(header.map((h) => [h.trim().toLowerCase(), h]));
  const resolved: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const wanted = mapping[field];
    if (wanted !== undefined) {
      const column = byLower.get(wanted.trim().toLowerCase());
      // A wrong --columns is a mistake in the command, not a damaged file: it stops the run (exit 2) with the columns there are.
      if (!column) throw new InputError(`${file}: --columns ${field}=${wanted}: there is no column \`${wanted}\``, `The columns are: ${header.join(', ')}. Name one of them, e.g. --columns ${field}=${header.find((h) => /text|body|content/iu.test(h)) ?? header[0]}.`, 2);
      resolved[field] = column;
      continue;
    }
    const found = DEFAULT_COLUMNS[field].map((name) => byLower.get(name)).find((c) => c !== undefined);
    if (found) resolved[field] = found;
  }
  if (!resolved.text) {
    throw new InputError(
      `${file}: no column with the article text (looked for ${DEFAULT_COLUMNS.text.join(', ')})`,
      `The columns are: ${header.join(', ') || '(none)'}. Name the text column with --columns text=NAME (and outlet=, title=, date=, url=, language=, id= for the others).`,
    );
  }
  return resolved;
}

/** Collects the rows of one file and the rows it skipped. */
class RowReader {
  readonly sources: Source[] = [];
  private readonly skipped: {line: number; reason: string}[] = [];
  private columns: Partial<Record<Field, string>> | null = null;

  constructor(
    private readonly file: string,
    private readonly mapping: ColumnMap,
  ) {}

  header(names: readonly string[]): void {
    this.columns = resolveColumns(names, this.mapping, this.file);
  }

  skip(line: number, reason: string): void {
    this.skipped.push({line, reason});
  }

  /** A CSV row (columns from the header) or a JSONL object (columns from its own keys: objects may differ). */
  row(record: Record<string, unknown>, line: number): void {
    let columns = this.columns;
    if (!columns) {
      try {
        columns = resolveColumns(Object.keys(record), this.mapping, this.file);
      } catch (error) {
        return this.skip(line, `${(error as InputError).message.replace(`${this.file}: `, '')}; its keys: ${Object.keys(record).join(', ')}`);
      }
    }
    const value = (field: Field): string | null => {
      const column = columns[field];
      return column === undefined ? null : asText(record[column]);
    };
    const body = value('text');
    if (body === null || body.trim() === '') return this.skip(line, `no text in column \`${columns.text}\``);
    const paragraphs = detectParagraphs(body);
    const language = languageOf(value('language'));
    const used = new Set(Object.values(columns));
    const extra: Record<string, string> = {};
    for (const [key, v] of Object.entries(record)) {
      const s = used.has(key) ? null : asText(v);
      if (s !== null && s.trim() !== '') extra[key] = s;
    }
    this.sources.push({
      id: value('id')?.trim() || `${basename(this.file, extname(this.file))}-${line}`,
      file: this.file,
      outlet: value('outlet')?.trim() || null,
      language: language ?? documentLanguage(paragraphs, body),
      title: value('title')?.trim() || headlineOf(body, paragraphs),
      date: value('date')?.trim() || null,
      url: value('url')?.trim() || null,
      format: 'row',
      line,
      ...(Object.keys(extra).length > 0 ? {extra} : {}),
      body,
    });
  }

  /** Names the skipped rows (the first ten) and always gives the count. */
  finish(notice: Notice | undefined, strict: boolean): Source[] {
    const rows = this.sources.length + this.skipped.length;
    if (this.skipped.length > 0) {
      for (const s of this.skipped.slice(0, NAMED_SKIPS)) notice?.(`${this.file}:${s.line}: row skipped: ${s.reason}`);
      const more = this.skipped.length > NAMED_SKIPS ? ` (${this.skipped.length - NAMED_SKIPS} more not listed)` : '';
      if (strict) throw new InputError(`${this.file}: ${this.skipped.length} of ${rows} rows could not be read${more}; stopping because of --strict`, 'Fix or remove those rows, or run without --strict to skip them.');
      notice?.(`${this.file}: skipped ${this.skipped.length} of ${rows} rows${more}; read ${this.sources.length}`);
    }
    if (this.sources.length === 0) {
      throw new InputError(`${this.file}: no usable rows (${rows} row${rows === 1 ? '' : 's'}, all skipped)`, 'Check that the file has a header row and a column with the article text (--columns text=NAME).');
    }
    return this.sources;
  }
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function languageOf(value: string | null): 'ar' | 'en' | null {
  const primary = value?.trim().toLowerCase().split(/[-_]/u)[0];
  if (primary === 'ar' || primary === 'ara' || primary === 'arabic') return 'ar';
  if (primary === 'en' || primary === 'eng' || primary === 'english') return 'en';
  return null;
}

/** One article per row of a CSV/TSV (header row first) or JSONL file, streamed. */
export async function readTableRows(file: string, mapping: ColumnMap = {}, notice?: Notice, strict = false): Promise<Source[]> {
  const ext = extname(file).toLowerCase();
  const reader = new RowReader(file, mapping);
  try {
    if (ext === '.jsonl' || ext === '.ndjson') await readJsonLines(file, reader);
    else await readCsv(file, ext === '.tsv' ? '\t' : ',', reader);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const e = error as NodeJS.ErrnoException;
    throw new InputError(`${file}: cannot be read (${e.code ?? e.message})`, 'Check the path and its permissions.');
  }
  return reader.finish(notice, strict);
}

async function readCsv(file: string, delimiter: string, reader: RowReader): Promise<void> {
  let previousEnd = 0;
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      delimiter,
      columns: (names: string[]) => {
        reader.header(names);
        return names;
      },
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        const line = Number((error as {lines?: number} | undefined)?.lines ?? previousEnd + 1);
        reader.skip(line, `malformed CSV (${(error?.message ?? 'unreadable').replace(/ on line \d+$/u, '')})`);
        previousEnd = line;
      },
    }),
  );
  for await (const {record, info} of parser as AsyncIterable<{record: Record<string, string>; info: {lines: number}}>) {
    // A quoted field may span lines: the row starts after the previous one ended.
    reader.row(record, previousEnd + 1 < info.lines ? firstLineOf(record, info.lines) : info.lines);
    previousEnd = info.lines;
  }
}

/** The line a multi-line record starts on: its end line less the line breaks inside it. */
function firstLineOf(record: Record<string, string>, endLine: number): number {
  let breaks = 0;
  for (const v of Object.values(record)) breaks += (v.match(/\n/gu) ?? []).length;
  return endLine - breaks;
}

async function readJsonLines(file: string, reader: RowReader): Promise<void> {
  const lines = createInterface({input: createReadStream(file, {encoding: 'utf8'}), crlfDelay: Infinity});
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = n === 1 ? raw.replace(/^\uFEFF/u, '') : raw;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      reader.skip(n, `not valid JSON (${(error as Error).message})`);
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      reader.skip(n, 'not a JSON object');
      continue;
    }
    if ((value as {kind?: unknown}).kind === LINE_KIND) {
      throw new InputError(
        `${file}:${n}: this is the output of \`framelens analyze --format ndjson\` (sources already analysed), not articles`,
        'Compare such files with `framelens merge FILE.ndjson...`; to analyse again, give the articles themselves.',
      );
    }
    reader.row(value as Record<string, unknown>, n);
  }
}
