import {readdirSync, readFileSync, statSync, type Stats} from 'node:fs';
import {basename, dirname, extname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {InputError} from '../errors.js';
import type {Source} from '../types.js';
import {decodeText} from './decode.js';
import {splitFrontMatter} from './front-matter.js';
import {detectParagraphs, documentLanguage} from './language.js';

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);

/** The seeds/ folder of the installed package (works from src/ under vitest and from dist/). */
export function bundledSeedsDir(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');
}

export function loadSeeds(): Source[] {
  return loadCorpus([bundledSeedsDir()]).map((s) => ({...s, file: join('seeds', relative(bundledSeedsDir(), s.file))}));
}

/** Files and folders (recursively: .txt and .md, sorted) into sources with unique ids. */
export function loadCorpus(paths: readonly string[]): Source[] {
  const files: string[] = [];
  for (const path of paths) files.push(...textFilesUnder(path));
  const seen = new Map<string, number>();
  return files.map((file) => {
    const source = readSource(file);
    const n = (seen.get(source.id) ?? 0) + 1;
    seen.set(source.id, n);
    return n === 1 ? source : {...source, id: `${source.id}-${n}`};
  });
}

function textFilesUnder(path: string): string[] {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file or folder`, 'Check the path; give article files (.txt, .md) or folders that contain them.');
    throw new InputError(`${path}: cannot be read (${code ?? 'error'})`, 'Check the path and its permissions.');
  }
  if (stats.isFile()) return [path];
  if (!stats.isDirectory()) throw new InputError(`${path}: not a file or folder`, 'Give article files (.txt, .md) or folders that contain them.');
  const found: string[] = [];
  walk(path, found);
  if (found.length === 0) throw new InputError(`${path}: the folder contains no .txt or .md files`, 'Put the articles in the folder as plain-text .txt or .md files, or give the files themselves.');
  return found.sort();
}

function walk(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new InputError(`${dir}: the folder cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'Check its permissions.');
  }
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const stats = statSync(path);
    if (stats.isDirectory()) walk(path, out);
    else if (stats.isFile() && TEXT_EXTENSIONS.has(extname(name).toLowerCase())) out.push(path);
  }
}

function readSource(file: string): Source {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'Check the path and its permissions.');
  }
  const {text} = decodeText(bytes, file);
  const {meta, body} = splitFrontMatter(text, file);
  if (body.trim() === '') throw new InputError(`${file}: the file has metadata but no article text after it`, 'Put the article text after the closing `---` line.');
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

/** The first line when it reads like a headline: short, no sentence-final full stop. */
function headlineOf(body: string, paragraphs: readonly {start: number; end: number}[]): string | null {
  const first = paragraphs[0];
  if (!first) return null;
  const line = body.slice(first.start, first.end);
  const words = line.split(/\s+/u).length;
  if (words > 20 || /[.!؟?]$/u.test(line)) return null;
  return line;
}
