import {createHash, randomBytes} from 'node:crypto';
import {mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, isAbsolute, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {deserialize, serialize} from 'node:v8';
import {BUILD_KEY} from '../build-key.js';
import {cacheDir} from '../cache/analysis-cache.js';
import type {OutletList} from '../corpus/outlet-names.js';
import type {VoiceCues} from '../voice/cues.js';
import type {CompiledPhrases, FormHit, LexiconPayload} from './compile.js';
import type {Lexicon} from './load.js';

/*
 * The bundled lexicons as the analyzer uses them (loaded, checked, every
 * inflected form generated, English terms lemmatised, voice cues compiled)
 * saved at build time into dist/compiled-lexicon.bin, so the terminal UI
 * and every command skip the compile (a quarter of a second) and the YAML
 * and schema code. The file is used only when both keys match:
 * - the build key: the bundle (scripts/bundle.mjs) is built with the same
 *   key the file was written with, so code and data come from one build;
 *   code not from the bundle (tsc's dist/, the tests) never reads it;
 * - the lexicon key: the text of every file in lexicons/, so a lexicon
 *   edited after the build is compiled from its text as always.
 * A --lexicon of the user's own is always compiled.
 */

export interface AnalyzerState {
  readonly lexicon: Lexicon;
  readonly ar: CompiledPhrases<LexiconPayload>;
  readonly en: CompiledPhrases<LexiconPayload>;
  readonly arCues: VoiceCues;
  readonly enCues: VoiceCues;
  /** The bundled outlets' names (lexicons/outlets.yaml), which credit lines give. */
  readonly outlets: OutletList;
}

/** Bump when the stored shape changes. */
const FORMAT = 4;

/** Beside the YAML snapshot: dist/, two levels above this module in dist/lexicon/ and dist/bundle/. */
export const COMPILED_CACHE_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'compiled-lexicon.bin');

/** The key of the lexicon files' text (every file of the folder, by name). */
export function lexiconKey(dir: string): string {
  const hash = createHash('sha256').update(`framelens compiled lexicon ${FORMAT}\0`);
  for (const name of readdirSync(dir).sort()) hash.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
  return hash.digest('hex');
}

/** A form table as two flat values (56,970 Arabic forms: a Map of arrays of objects is four times slower to read back). */
interface PackedForms {
  readonly keys: string;
  readonly hits: Int32Array;
}

const pack = (forms: ReadonlyMap<string, readonly FormHit[]>): PackedForms => {
  const keys: string[] = [];
  const hits: number[] = [];
  for (const [key, list] of forms) {
    if (key.includes('\n')) throw new Error(`compiled lexicon: a form with a line break (${JSON.stringify(key)})`);
    keys.push(key);
    hits.push(list.length);
    for (const hit of list) hits.push(hit.pattern * 4 + (hit.pronoun ? 2 : 0) + (hit.definite ? 1 : 0));
  }
  return {keys: keys.join('\n'), hits: Int32Array.from(hits)};
};

const unpack = ({keys, hits}: PackedForms): Map<string, readonly FormHit[]> => {
  const forms = new Map<string, readonly FormHit[]>();
  // Equal hits are one object, and so are the lists of one hit (nine forms in ten; the matcher only reads them).
  const shared = new Map<number, FormHit>();
  const single = new Map<number, readonly FormHit[]>();
  const hitOf = (code: number): FormHit => {
    let hit = shared.get(code);
    if (!hit) {
      hit = {pattern: code >> 2, pronoun: (code & 2) !== 0, definite: (code & 1) !== 0};
      shared.set(code, hit);
    }
    return hit;
  };
  let at = 0;
  for (let from = 0; from < keys.length; ) {
    let to = keys.indexOf('\n', from);
    if (to < 0) to = keys.length;
    const key = keys.slice(from, to);
    from = to + 1;
    const count = hits[at++]!;
    if (count === 1) {
      const code = hits[at++]!;
      let list = single.get(code);
      if (!list) single.set(code, (list = [hitOf(code)]));
      forms.set(key, list);
      continue;
    }
    const list: FormHit[] = new Array<FormHit>(count);
    for (let i = 0; i < count; i++) list[i] = hitOf(hits[at++]!);
    forms.set(key, list);
  }
  return forms;
};

type Stored = Omit<AnalyzerState, 'ar' | 'en'> & {
  readonly ar: Omit<CompiledPhrases<LexiconPayload>, 'forms'>;
  readonly en: Omit<CompiledPhrases<LexiconPayload>, 'forms'>;
  readonly arForms: PackedForms;
  readonly enForms: PackedForms;
};

interface Header {
  readonly format: number;
  readonly build: string;
  readonly lexicon: string;
  /** Of the serialised state after the header line: a file cut short or damaged is not used. */
  readonly sha256: string;
}

/** Entries and classes name the file they come from: stored relative to the lexicon folder, so the package can move. */
function withFiles(lexicon: Lexicon, map: (file: string) => string): void {
  for (const item of [...lexicon.entries, ...lexicon.classes]) (item as {file: string}).file = map(item.file);
}

/** Write the state compiled from the lexicon folder `dir`, for code built with `build`. Changes the state's file names while it runs. */
export function writeCompiledCache(state: AnalyzerState, dir: string, build: string, file = COMPILED_CACHE_FILE, key = lexiconKey(dir)): void {
  const stored: Stored = {
    lexicon: state.lexicon,
    ar: {language: state.ar.language, phrasesByFirst: state.ar.phrasesByFirst},
    en: {language: state.en.language, phrasesByFirst: state.en.phrasesByFirst},
    arCues: state.arCues,
    enCues: state.enCues,
    outlets: state.outlets,
    arForms: pack(state.ar.forms),
    enForms: pack(state.en.forms),
  };
  withFiles(state.lexicon, (f) => (isAbsolute(f) ? relative(dir, f) : f));
  try {
    const payload = serialize(stored);
    const header: Header = {format: FORMAT, build, lexicon: key, sha256: sha256(payload)};
    // Beside its final name, then renamed: a reader never sees half a file.
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      writeFileSync(tmp, Buffer.concat([Buffer.from(JSON.stringify(header) + '\n'), payload]));
      renameSync(tmp, file);
    } catch (error) {
      rmSync(tmp, {force: true});
      throw error;
    }
  } finally {
    withFiles(state.lexicon, (f) => (isAbsolute(f) ? f : join(dir, f)));
  }
}

/** The state, when the file holds one for this build and these lexicon files; otherwise null (then compile). */
export function readCompiledCache(dir: string, build: string, file = COMPILED_CACHE_FILE, key = lexiconKey(dir)): AnalyzerState | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const end = bytes.indexOf(10);
  if (end < 0) return null;
  let header: Header;
  try {
    header = JSON.parse(bytes.subarray(0, end).toString('utf8')) as Header;
  } catch {
    return null;
  }
  if (header.format !== FORMAT || header.build !== build || header.lexicon !== key) return null;
  const payload = bytes.subarray(end + 1);
  if (header.sha256 !== sha256(payload)) return null;
  let stored: Stored;
  try {
    stored = deserialize(payload) as Stored;
  } catch {
    // Written by another Node version whose format this one cannot read: compile instead.
    return null;
  }
  withFiles(stored.lexicon, (f) => join(dir, f));
  return {
    lexicon: stored.lexicon,
    ar: withLazyForms(stored.ar, stored.arForms),
    en: withLazyForms(stored.en, stored.enForms),
    arCues: stored.arCues,
    enCues: stored.enCues,
    outlets: stored.outlets,
  };
}

/** The phrases with their form table unpacked when first read: `merge` and the reports need the lexicon, never the forms. */
function withLazyForms(phrases: Stored['ar'], packed: PackedForms): CompiledPhrases<LexiconPayload> {
  let forms: Map<string, readonly FormHit[]> | undefined;
  return {
    ...phrases,
    get forms() {
      return (forms ??= unpack(packed));
    },
  };
}

const BUILD = BUILD_KEY;
let bundled: AnalyzerState | null | undefined;

/** In the bundled build: the bundled lexicons' state from the build's file, read once; otherwise (or when stale) null. */
export function bundledState(dir: string): AnalyzerState | null {
  if (BUILD === null) return null;
  if (bundled === undefined) bundled = readCompiledCache(dir, BUILD);
  return bundled;
}

/*
 * A --lexicon of the user's own, compiled with the bundled lexicons, is kept
 * the same way in the analysis cache's folder (lexicon-KEY.bin, trimmed with
 * the analyses), keyed by the bundled lexicons, the folder they are in, and
 * each file's path and bytes; FRAMELENS_NO_CACHE (set by --no-cache) skips it.
 * Keeping one compiles its English side too (loading the English model):
 * once per edit of the lexicon.
 */

const users = new Map<string, AnalyzerState | null>();

function userFile(dir: string, files: readonly string[]): {file: string; key: string} | null {
  if (BUILD === null || process.env.FRAMELENS_NO_CACHE) return null;
  const hash = createHash('sha256').update(`framelens user lexicon ${FORMAT}\0${dir}\0${lexiconKey(dir)}\0`);
  try {
    for (const f of files) hash.update(resolve(f)).update('\0').update(readFileSync(f)).update('\0');
  } catch {
    // Unreadable: loadLexicon says so.
    return null;
  }
  const key = hash.digest('hex');
  return {file: join(cacheDir(), `lexicon-${key}.bin`), key};
}

/** In the bundled build: the bundled lexicons and these --lexicon files as kept compiled by an earlier run, or null. */
export function userState(dir: string, files: readonly string[]): AnalyzerState | null {
  const where = userFile(dir, files);
  if (!where) return null;
  if (!users.has(where.key)) users.set(where.key, readCompiledCache(dir, BUILD!, where.file, where.key));
  return users.get(where.key)!;
}

/** Keep a state compiled with these --lexicon files for the next run (`state` is called only when it is kept); a folder that cannot be written is left alone. */
export function keepUserState(make: () => AnalyzerState, dir: string, files: readonly string[]): void {
  const where = userFile(dir, files);
  if (!where) return;
  try {
    const state = make();
    mkdirSync(dirname(where.file), {recursive: true, mode: 0o700});
    writeCompiledCache(state, dir, BUILD!, where.file, where.key);
    users.set(where.key, state);
  } catch {
    // The next run compiles again.
  }
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
