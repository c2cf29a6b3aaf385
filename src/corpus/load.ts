import {readdirSync, readFileSync, realpathSync, statSync, type Stats} from 'node:fs';
import {basename, dirname, extname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {InputError} from '../errors.js';
import {analysisView} from '../text/analysis-view.js';
import {hasVisibleText} from '../text/visible.js';
import type {Paragraph, SkippedFile, Source} from '../types.js';
import {decodeText} from './decode.js';
import {splitFrontMatter} from './front-matter.js';
import {detectParagraphs, documentLanguage} from './language.js';

export type {SkippedFile};

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);
const PATH_HINT = 'Check the path; give article files (.txt, .md) or folders that contain them.';

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
  const skipped: SkippedFile[] = [];
  const files = listTextFiles(paths, skipped);
  const sources: Source[] = [];
  for (const file of files) {
    try {
      sources.push(readSource(file));
    } catch (error) {
      if (strict || !(error instanceof InputError)) throw error;
      skipped.push(skippedFile(file, error));
    }
  }
  const ids = uniqueIds(sources.map((s) => s.id));
  return {sources: sources.map((s, i) => (ids[i] === s.id ? s : {...s, id: ids[i]!})), skipped};
}

/**
 * The article files under the paths, in the order readCorpus reads them
 * (for streaming one file at a time); folders that cannot be looked at go
 * to `skipped`.
 */
export function listTextFiles(paths: readonly string[], skipped: SkippedFile[] = []): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    for (const file of textFilesUnder(path, skipped)) {
      const real = realPath(file);
      if (seen.has(real)) continue;
      seen.add(real);
      files.push(file);
    }
  }
  return files;
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

function textFilesUnder(path: string, skipped: SkippedFile[]): string[] {
  const stats = statOf(path, path);
  if (stats.isFile()) return [path];
  if (!stats.isDirectory()) throw new InputError(`${path}: not a file or folder`, PATH_HINT);
  const found: string[] = [];
  const before = skipped.length;
  walk(path, found, new Set(), skipped);
  if (found.length === 0 && skipped.length === before) throw new InputError(`${path}: the folder contains no .txt or .md files`, 'Put the articles in the folder as plain-text .txt or .md files, or give the files themselves.');
  return found;
}

/** Collect the article files under `dir`; what cannot be looked at is skipped with its reason. */
function walk(dir: string, out: string[], visited: Set<string>, skipped: SkippedFile[]): void {
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
      if (TEXT_EXTENSIONS.has(extname(name).toLowerCase())) skipped.push(skippedFile(path, error));
      continue;
    }
    if (stats.isDirectory()) walk(path, out, visited, skipped);
    else if (stats.isFile() && TEXT_EXTENSIONS.has(extname(name).toLowerCase())) out.push(path);
  }
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

/** One article file as a source (id from its front matter or file name, not yet made unique). */
export function readSource(file: string): Source {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(`${file}: cannot be read (${codeOf(error)})`, 'Check the path and its permissions.');
  }
  const {text, encoding, replaced} = decodeText(bytes, file);
  const {meta, body, bodyLine} = splitFrontMatter(text, file);
  if (!hasVisibleText(body)) throw new InputError(`${file}:${bodyLine}: the file has front matter but no article text after it`, 'Put the article text after the closing `---` line.');
  const paragraphs = detectParagraphs(analysisView(body));
  return {
    id: meta.id ?? basename(file, extname(file)),
    file,
    outlet: meta.outlet ?? null,
    language: meta.language ?? documentLanguage(paragraphs, body),
    title: meta.title ?? headlineOf(body, paragraphs),
    date: meta.date ?? null,
    url: meta.url ?? null,
    encoding,
    replaced,
    body,
  };
}

const HEADLINE_MAX_WORDS = 20;
const HEADLINE_MAX_CHARS = 200;
/** Sentence-final punctuation, or a colon (a byline or lead-in: "الثورة – ريم صالح:"), before any closing quotes/brackets. */
const NOT_A_HEADLINE_END = /[.!?؟:։。…][\s"'”’»)\]]*$/u;

/** The first paragraph when it reads like a headline: short, and not ending like a sentence or a byline. */
export function headlineOf(body: string, paragraphs: readonly Paragraph[]): string | null {
  const first = paragraphs[0];
  if (!first || first.end - first.start > HEADLINE_MAX_CHARS) return null;
  const line = body.slice(first.start, first.end);
  if (line.split(/\s+/u).length > HEADLINE_MAX_WORDS || NOT_A_HEADLINE_END.test(line)) return null;
  return line;
}
