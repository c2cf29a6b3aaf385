import {readdirSync, readFileSync, realpathSync, statSync, type Stats} from 'node:fs';
import {basename, dirname, extname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {InputError} from '../errors.js';
import type {Paragraph, Source} from '../types.js';
import {decodeText} from './decode.js';
import {splitFrontMatter} from './front-matter.js';
import {detectParagraphs, documentLanguage} from './language.js';

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

/**
 * Files and folders into sources. Folders are read recursively (.txt and .md,
 * sorted by name, hidden entries skipped); a file reached twice is read once.
 * `file` is the path as given, joined with the path inside a folder.
 */
export function loadCorpus(paths: readonly string[]): Source[] {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    for (const file of textFilesUnder(path)) {
      const real = realPath(file);
      if (seen.has(real)) continue;
      seen.add(real);
      files.push(file);
    }
  }
  const sources = files.map(readSource);
  const ids = uniqueIds(sources.map((s) => s.id));
  return sources.map((s, i) => (ids[i] === s.id ? s : {...s, id: ids[i]!}));
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

function textFilesUnder(path: string): string[] {
  const stats = statOf(path, path);
  if (stats.isFile()) return [path];
  if (!stats.isDirectory()) throw new InputError(`${path}: not a file or folder`, PATH_HINT);
  const found: string[] = [];
  walk(path, found, new Set());
  if (found.length === 0) throw new InputError(`${path}: the folder contains no .txt or .md files`, 'Put the articles in the folder as plain-text .txt or .md files, or give the files themselves.');
  return found;
}

function walk(dir: string, out: string[], visited: Set<string>): void {
  const real = realPath(dir);
  if (visited.has(real)) return;
  visited.add(real);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new InputError(`${dir}: the folder cannot be read (${codeOf(error)})`, 'Check its permissions, or leave it out.');
  }
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const stats = statOf(path, path);
    if (stats.isDirectory()) walk(path, out, visited);
    else if (stats.isFile() && TEXT_EXTENSIONS.has(extname(name).toLowerCase())) out.push(path);
  }
}

function statOf(path: string, shown: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ENOENT') throw new InputError(`${shown}: no such file or folder (or a link to one that is gone)`, PATH_HINT);
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

function readSource(file: string): Source {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(`${file}: cannot be read (${codeOf(error)})`, 'Check the path and its permissions.');
  }
  const {text} = decodeText(bytes, file);
  const {meta, body, bodyLine} = splitFrontMatter(text, file);
  if (body.trim() === '') throw new InputError(`${file}:${bodyLine}: the file has front matter but no article text after it`, 'Put the article text after the closing `---` line.');
  const paragraphs = detectParagraphs(body);
  return {
    id: meta.id ?? basename(file, extname(file)),
    file,
    outlet: meta.outlet ?? null,
    language: meta.language ?? documentLanguage(paragraphs, body),
    title: meta.title ?? headlineOf(body, paragraphs),
    date: meta.date ?? null,
    url: meta.url ?? null,
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
