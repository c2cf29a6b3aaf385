import {readdirSync, readFileSync, realpathSync, statSync, type Stats} from 'node:fs';
import {basename, dirname, extname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {InputError} from '../errors.js';
import {analysisView} from '../text/analysis-view.js';
import {hasVisibleText} from '../text/visible.js';
import type {SkippedFile, Source} from '../types.js';
import {decodeText} from './decode.js';
import {rejectNonTextDocument} from './document-kind.js';
import {splitFrontMatter} from './front-matter.js';
import {headlineOf} from './headline.js';
import {htmlSource, isHtml} from './html-source.js';
import {detectParagraphs, documentLanguage} from './language.js';

export type {SkippedFile};
export {headlineOf};

/** Articles one to a file: plain text, Markdown, saved web pages. */
const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);
/** Corpus tables, one article per row (read by inputs.ts, streamed). */
export const TABLE_EXTENSIONS = new Set(['.csv', '.tsv', '.jsonl', '.ndjson']);
/** Documents people save articles as: given by name, read only to say what they are and how to get the text out; in a folder, counted as not read. */
const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.docx', '.doc', '.odt', '.rtf']);
const isInput = (name: string): boolean => {
  const ext = extname(name).toLowerCase();
  return TEXT_EXTENSIONS.has(ext) || TABLE_EXTENSIONS.has(ext);
};
const PATH_HINT = 'Check the path; give article files (.txt, .md, .html), corpus tables (.csv, .jsonl) or folders that contain them.';

/** The seeds/ folder of the package (two levels up from src/corpus/ or dist/corpus/). */
export function bundledSeedsDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');
}

/** The bundled sample corpus, with `file` as `seeds/<name>`. */
export function loadSeeds(): Source[] {
  const dir = bundledSeedsDir();
  return loadCorpus([dir]).map((s) => ({...s, file: join('seeds', relative(dir, s.file))}));
}

export interface Corpus {
  readonly sources: Source[];
  readonly skipped: SkippedFile[];
  /** Files in the folders that are not articles at all (images, styles …): not read, counted on stderr. */
  readonly ignored?: string[];
}

/**
 * Files and folders into sources. Folders are read recursively (.txt and .md,
 * sorted by name, hidden entries skipped); a file reached twice is read once.
 * `file` is the path as given, joined with the path inside a folder.
 *
 * One bad file does not sink a corpus: a file (or sub-folder) that cannot be
 * read, is empty, binary or has broken front matter is listed in `skipped`
 * with the reason, and the rest is read. A path named here that does not
 * exist, or a folder with no article in it, is a mistake in the command and
 * throws. The caller decides what a skip means (the CLI: a warning, or an
 * error with --strict or when nothing could be read).
 */
export function readCorpus(paths: readonly string[], {strict = false}: {readonly strict?: boolean} = {}): Corpus {
  const {files, skipped, ignored} = listInputFiles(paths);
  const sources: Source[] = [];
  for (const file of files) {
    try {
      sources.push(readSource(file));
    } catch (error) {
      if (strict || !(error instanceof InputError)) throw error;
      skipped.push(skippedFile(file, error));
    }
  }
  return {sources: withUniqueIds(sources), skipped, ignored};
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

export function withUniqueIds(sources: readonly Source[]): Source[] {
  const ids = uniqueIds(sources.map((s) => s.id));
  return sources.map((s, i) => (ids[i] === s.id ? s : {...s, id: ids[i]!}));
}

/** Like readCorpus, but the first file that cannot be read is an error (InputError naming it). */
export function loadCorpus(paths: readonly string[]): Source[] {
  const {sources, skipped} = readCorpus(paths, {strict: true});
  const first = skipped[0];
  if (first) throw new InputError(`${first.file}: ${first.reason}`, 'Check the path and its permissions, or leave it out.');
  return sources;
}

/** The error's message without the file name it starts with ("file:3: x" → "line 3: x"). */
export function skippedFile(file: string, error: InputError): SkippedFile {
  const message = error.message;
  if (!message.startsWith(`${file}:`)) return {file, reason: message};
  const rest = message.slice(file.length + 1);
  const line = /^(\d+): /u.exec(rest);
  return {file, reason: line ? `line ${line[1]}: ${rest.slice(line[0].length)}` : rest.trimStart()};
}

/**
 * The first of each id keeps it; later ones get -2, -3, … skipping any id
 * another source already has, so that every id is unique.
 */
export function uniqueIds(ids: readonly string[]): string[] {
  const taken = new Set(ids);
  const used = new Set<string>();
  return ids.map((id) => {
    let unique = id;
    for (let n = 2; used.has(unique) || (unique !== id && taken.has(unique)); n++) unique = `${id}-${n}`;
    used.add(unique);
    return unique;
  });
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

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'error';
}

/** One article file: plain text or Markdown with optional front matter, a saved web page, or a document that is not text (an error saying so). */
export function readSource(file: string): Source {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(`${file}: cannot be read (${codeOf(error)})`, 'Check the path and its permissions.');
  }
  if (TABLE_EXTENSIONS.has(extname(file).toLowerCase())) throw new InputError(`${file}: a corpus table is read row by row by the command line`, 'Give it to `framelens analyze` or `framelens report` as a path.');
  rejectNonTextDocument(bytes, file);
  const ext = extname(file).toLowerCase();
  if (DOCUMENT_EXTENSIONS.has(ext)) throw new InputError(`${file}: a ${ext} file whose content framelens does not recognise`, 'Save the article as plain text (.txt) and give that file.');
  const {text, encoding, replaced} = decodeText(bytes, file);
  if (isHtml(file, text)) return {...htmlSource(file, text), encoding, replaced};
  return {...textSource(file, text), encoding, replaced};
}

/** A plain-text article (front matter optional); `format` says where the body came from. */
export function textSource(file: string, text: string, format: 'text' | 'stdin' = 'text'): Source {
  const {meta, body, bodyLine} = splitFrontMatter(text, file);
  if (!hasVisibleText(body)) throw new InputError(`${file}:${bodyLine}: the file has front matter but no article text after it`, 'Put the article text after the closing `---` line.');
  const paragraphs = detectParagraphs(analysisView(body));
  return {
    id: meta.id ?? (format === 'stdin' ? 'stdin' : basename(file, extname(file))),
    file,
    outlet: meta.outlet ?? null,
    language: meta.language ?? documentLanguage(paragraphs, body),
    title: meta.title ?? headlineOf(body, paragraphs),
    date: meta.date ?? null,
    url: meta.url ?? null,
    ...(format === 'text' ? {} : {format}),
    ...(meta.extra ? {extra: meta.extra} : {}),
    body,
  };
}
