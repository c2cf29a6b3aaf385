import {closeSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync} from 'node:fs';
import {basename, dirname, join, sep} from 'node:path';
import {InputError} from '../errors.js';
import type {Analysis} from '../types.js';
import type {Lang} from '../lesson/words.js';
import {claimsCsv, matrixCsv, mentionsCsv} from './csv.js';
import {htmlReportChunks} from './html.js';
import {analysisJsonChunks} from './json.js';
import {markdownReport} from './markdown.js';

export type ReportFormat = 'html' | 'md' | 'csv' | 'json';

export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'md', 'csv', 'json'];

/** Where a report goes when no `out` is given (relative to the working directory). */
export const DEFAULT_REPORT_NAME: Readonly<Record<ReportFormat, string>> = {
  html: 'framelens-report.html',
  md: 'framelens-report.md',
  json: 'framelens-report.json',
  csv: 'framelens-report-csv',
};

export interface WriteReportOptions {
  readonly format: ReportFormat;
  /**
   * A file, or a folder (existing, or written with a trailing slash) that
   * gets the default file name. CSV writes three files, mentions.csv,
   * claims.csv and matrix.csv, into a folder; a name ending in `.csv`
   * (`out.csv`) is a stem instead: out-mentions.csv, out-claims.csv and
   * out-matrix.csv beside each other. Missing parent folders are made.
   * @default DEFAULT_REPORT_NAME[format]
   */
  readonly out?: string | undefined;
  /** Language of the HTML and Markdown headings (--lang); CSV and JSON are the same in every language. */
  readonly lang?: Lang;
}

/** Write a report and return the paths written; InputError (with a hint) when the place cannot be written. */
export function writeReport(analysis: Analysis, {format, out = DEFAULT_REPORT_NAME[format], lang = 'en'}: WriteReportOptions): string[] {
  if (format === 'csv') return writeCsvReport({mentions: mentionsCsv(analysis), claims: claimsCsv(analysis), matrix: matrixCsv(analysis)}, out);
  if (format === 'json') return [writeJsonReport(analysisJsonChunks(analysis), out)];
  const target = reportTarget(format, out);
  return [write(target, format === 'html' ? htmlReportChunks(analysis, lang) : markdownReport(analysis, lang))];
}

/** A JSON document given in pieces (analysisJsonChunks, or a merge that streams them) written to `out` as writeReport would; returns the path. */
export function writeJsonReport(chunks: Iterable<string>, out: string = DEFAULT_REPORT_NAME.json): string {
  return write(reportTarget('json', out), (function* () {
    yield* chunks;
    yield '\n';
  })());
}

/** The three CSV files (whole, or in pieces: a merge that streams them) written to `out` as writeReport would; returns the paths, mentions, claims, matrix. */
export function writeCsvReport(files: Readonly<Record<'mentions' | 'claims' | 'matrix', string | Iterable<string>>>, out: string = DEFAULT_REPORT_NAME.csv): string[] {
  const stem = csvStem(out);
  makeFolder(stem === null ? out : dirname(out));
  return (['mentions', 'claims', 'matrix'] as const).map((name) => write(stem === null ? join(out, `${name}.csv`) : `${stem}-${name}.csv`, files[name]));
}

/** The file a one-file report goes to (a folder gets the default name); its folder is made. */
function reportTarget(format: ReportFormat, out: string): string {
  const target = isFolder(out) || out.endsWith(sep) || out.endsWith('/') ? join(out, DEFAULT_REPORT_NAME[format]) : out;
  makeFolder(dirname(target));
  return target;
}

/** `out.csv` → `out` (the three files share the stem); null for a folder name. */
function csvStem(out: string): string | null {
  if (isFolder(out) || out.endsWith(sep) || out.endsWith('/')) return null;
  const match = /\.csv$/iu.exec(out);
  return match ? out.slice(0, match.index) : null;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function makeFolder(dir: string): void {
  try {
    mkdirSync(dir, {recursive: true});
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new InputError(`${dir}: exists and is not a folder`, 'Give -o a folder path (CSV reports are a folder of three files), or remove the file.');
    throw new InputError(`${dir}: cannot create the folder (${code ?? 'error'})`, 'Choose a writable location with -o.');
  }
}

/**
 * Write `text` to `path` through a temporary file beside it, renamed into
 * place once whole: a failure, of the disk or of the document being made,
 * leaves no truncated report (an older one stays as it was). An error of
 * the file system becomes an InputError that names the path and what to
 * do; any other error (a streamed merge failing on its input, a bug) is
 * thrown as it is.
 */
function write(path: string, text: string | Iterable<string>): string {
  if (!replaceable(path)) return writeInPlace(path, text);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd = onDisk(path, () => openSync(temp, 'w'));
  try {
    for (const batch of typeof text === 'string' ? [text] : batches(text)) onDisk(path, () => writeSync(fd, batch));
    const open = fd;
    fd = -1;
    onDisk(path, () => closeSync(open));
    onDisk(path, () => renameSync(temp, path));
  } catch (error) {
    if (fd >= 0) closeQuietly(fd);
    rmSync(temp, {force: true});
    throw error;
  }
  return path;
}

/**
 * A path that is missing or a plain file is written through a temporary
 * file and renamed. Anything else (`-o /dev/stdout`, a pipe, a symlink the
 * user keeps pointing at a report) is written where it is: a rename would
 * replace the link or device itself, and its folder may not be writable.
 */
function replaceable(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return true;
  }
}

/** Write through the path as it is, as a shell redirection would. */
function writeInPlace(path: string, text: string | Iterable<string>): string {
  const fd = onDisk(path, () => openSync(path, 'w'));
  try {
    for (const batch of typeof text === 'string' ? [text] : batches(text)) onDisk(path, () => writeSync(fd, batch));
  } catch (error) {
    closeQuietly(fd);
    throw error;
  }
  onDisk(path, () => closeSync(fd));
  return path;
}

/** Run one file-system call; its error becomes "cannot write the report" with the reason. */
function onDisk<T>(path: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'permission denied' : code === 'ENOSPC' ? 'the disk is full' : (code ?? 'error');
    throw new InputError(`${path}: cannot write the report (${why})`, 'Choose a writable location with -o.');
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already failing: the first error is the one to report.
  }
}

/** A large document's pieces (never one string) gathered into writes of about a megabyte: a piece per source would be a system call each. */
function* batches(chunks: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size < WRITE_BATCH) continue;
    yield batch.join('');
    batch = [];
    size = 0;
  }
  if (batch.length > 0) yield batch.join('');
}

/** Characters gathered before a write. */
const WRITE_BATCH = 1 << 20;
