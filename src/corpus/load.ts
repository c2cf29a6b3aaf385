import {readFileSync} from 'node:fs';
import {basename, extname, join, relative} from 'node:path';
import {InputError} from '../errors.js';
import {hasVisibleText} from '../text/visible.js';
import type {SkippedFile, Source} from '../types.js';
import {decodeText} from './decode.js';
import {rejectNonTextDocument} from './document-kind.js';
import {splitFrontMatter} from './front-matter.js';
import {headlineOf} from './headline.js';
import {htmlSource, isHtml} from './html-source.js';
import {bundledSeedsDir, codeOf, DOCUMENT_EXTENSIONS, listInputFiles, skippedFile, TABLE_EXTENSIONS} from './input-files.js';
import {documentLanguage, viewParagraphs} from './language.js';

export type {SkippedFile};
export {headlineOf};
// The file listing lives in input-files.ts (no parsers); these names stay importable from here.
export {bundledSeedsDir, describeFiles, listInputFiles, skippedFile, TABLE_EXTENSIONS} from './input-files.js';

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
  const {paragraphs} = viewParagraphs(body);
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
