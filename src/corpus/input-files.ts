import {readdirSync, realpathSync, statSync, type Stats} from 'node:fs';
import {basename, dirname, extname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {InputError} from '../errors.js';
import type {SkippedFile} from '../types.js';

/*
 * Which files a command's paths name: article files and corpus tables,
 * folders searched recursively, each file once. Only the file system and no
 * parser, so the analysis cache (cache/corpus-key.ts) can key a corpus by
 * its files without loading the readers; load.ts reads what this lists.
 */
/** Articles one to a file: plain text, Markdown, saved web pages. */
export const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);
/** Corpus tables, one article per row (read by inputs.ts, streamed). */
export const TABLE_EXTENSIONS = new Set(['.csv', '.tsv', '.jsonl', '.ndjson']);
/** Documents people save articles as: given by name, read only to say what they are and how to get the text out; in a folder, counted as not read. */
export const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.docx', '.doc', '.odt', '.rtf']);
/** Whether a folder walk reads a file of this name (an article or a corpus table). */
export const isInput = (name: string): boolean => {
  const ext = extname(name).toLowerCase();
  return TEXT_EXTENSIONS.has(ext) || TABLE_EXTENSIONS.has(ext);
};
const PATH_HINT = 'Check the path; give article files (.txt, .md, .html), corpus tables (.csv, .jsonl) or folders that contain them.';

/** The seeds/ folder of the package (two levels up from src/corpus/ or dist/corpus/). */
export function bundledSeedsDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');
}

/** The article files the paths name, in order, each once; folder entries that cannot be looked at are skipped. */
export function listInputFiles(paths: readonly string[]): {files: string[]; skipped: SkippedFile[]; ignored: string[]} {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    for (const file of textFilesUnder(path, skipped, ignored)) {
      const real = realPath(file);
      if (seen.has(real)) continue;
      seen.add(real);
      files.push(file);
    }
  }
  return {files, skipped, ignored};
}

/** The error's message without the file name it starts with ("file:3: x" → "line 3: x"). */
export function skippedFile(file: string, error: InputError): SkippedFile {
  const message = error.message;
  if (!message.startsWith(`${file}:`)) return {file, reason: message};
  const rest = message.slice(file.length + 1);
  const line = /^(\d+): /u.exec(rest);
  return {file, reason: line ? `line ${line[1]}: ${rest.slice(line[0].length)}` : rest.trimStart()};
}

function textFilesUnder(path: string, skipped: SkippedFile[], ignored: string[]): string[] {
  const stats = statOf(path, path);
  if (stats.isFile()) return [path];
  if (!stats.isDirectory()) throw new InputError(`${path}: not a file or folder`, PATH_HINT);
  const found: string[] = [];
  const before = skipped.length;
  const ignoredBefore = ignored.length;
  walk(path, found, new Set(), skipped, ignored);
  if (found.length === 0 && skipped.length === before) {
    const only = ignored.length > ignoredBefore ? `, only ${describeFiles(ignored.slice(ignoredBefore))}` : '';
    throw new InputError(`${path}: the folder contains no articles (.txt, .md, .html) or corpus tables (.csv, .jsonl)${only}`, 'Put the articles in the folder as .txt, .md or saved .html pages, or give the files themselves.');
  }
  return found;
}

/** "3 files (.jpg ×2, .css)"; a folder's notes by name: "2 files (README.md, .css)" */
export function describeFiles(files: readonly string[]): string {
  const byExt = new Map<string, number>();
  for (const f of files) {
    const ext = isFolderNote(basename(f)) ? basename(f) : extname(f).toLowerCase() || 'no extension';
    byExt.set(ext, (byExt.get(ext) ?? 0) + 1);
  }
  const kinds = [...byExt].map(([ext, n]) => (n > 1 ? `${ext} ×${n}` : ext)).join(', ');
  return `${files.length} file${files.length === 1 ? '' : 's'} (${kinds})`;
}

/** Collect the article files under `dir`; what cannot be looked at is skipped with its reason. */
function walk(dir: string, out: string[], visited: Set<string>, skipped: SkippedFile[], ignored: string[]): void {
  const real = realPath(dir);
  if (visited.has(real)) return;
  visited.add(real);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    skipped.push({file: dir, reason: `the folder cannot be read (${codeOf(error)})`});
    return;
  }
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let stats: Stats;
    try {
      stats = statOf(path, path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // A dangling link or an entry we may not look at: skipped only if it would have been an article.
      if (isInput(name)) skipped.push(skippedFile(path, error));
      continue;
    }
    if (stats.isDirectory()) walk(path, out, visited, skipped, ignored);
    else if (stats.isFile() && isInput(name) && !isFolderNote(name)) out.push(path);
    else if (stats.isFile()) ignored.push(path);
  }
}

/**
 * A folder's own notes (README.md, LICENSE.txt, DATA-NOTE.md …) describe the
 * corpus; they are no article. Met in a folder they are named as not read;
 * given by name they are read like any file.
 */
function isFolderNote(name: string): boolean {
  return /^(?:readme|license|licence|copying|changelog|data[-_ ]?note)(?:\.[a-z]+)?$/iu.test(name);
}

function statOf(path: string, shown: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ENOENT') throw new InputError(`${shown}: no such file or folder (or a link to one that is gone)`, PATH_HINT);
    if (code === 'ELOOP') throw new InputError(`${shown}: cannot be read (ELOOP: a symbolic link that leads back to itself)`, PATH_HINT);
    throw new InputError(`${shown}: cannot be read (${code})`, 'Check the path and its permissions.');
  }
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

export function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}
