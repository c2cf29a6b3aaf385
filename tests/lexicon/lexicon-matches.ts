import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {compileLexicon, type CompiledLexicon, type LexiconPayload} from '../../src/lexicon/compile.js';
import {loadLexicon, type Lexicon} from '../../src/lexicon/load.js';
import {findMatches, type RawMatch} from '../../src/lexicon/match.js';
import {englishTokens, lemmatizeWords} from '../../src/text/english.js';
import {tokenize} from '../../src/text/tokenize.js';

/** One framing match, as the tests compare it: what the entry says and the exact text it covers. */
export interface Found {
  readonly id: string;
  readonly concept: string;
  readonly pole: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

let cached: {lexicon: Lexicon; compiled: CompiledLexicon} | null = null;

/** The bundled lexicon, loaded and compiled once per test file. */
export function bundled(): {lexicon: Lexicon; compiled: CompiledLexicon} {
  if (!cached) {
    const lexicon = loadLexicon();
    cached = {lexicon, compiled: compileLexicon(lexicon, lemmatizeWords)};
  }
  return cached;
}

/** Raw matcher output over body[from, to), exclusions blocking as in analyze(). */
export function rawMatches(body: string, language: 'ar' | 'en', from = 0, to = body.length, blockNames = true): RawMatch<LexiconPayload>[] {
  const tokens = language === 'en' ? englishTokens(body, from, to) : tokenize(body, from, to);
  const options = blockNames ? {isBlocker: (p: LexiconPayload) => p.kind === 'exclusion'} : {};
  return findMatches(body, tokens, bundled().compiled[language], options);
}

/** Framing matches over body[from, to), with offsets into the whole body. */
export function framingMatches(body: string, language: 'ar' | 'en' = 'ar', from = 0, to = body.length): Found[] {
  const out: Found[] = [];
  for (const m of rawMatches(body, language, from, to)) {
    if (m.payload.kind !== 'entry') continue;
    const {id, concept, pole} = m.payload.entry;
    out.push({id, concept, pole, text: body.slice(m.start, m.end), start: m.start, end: m.end});
  }
  return out;
}

/** The entry ids found in a text. */
export const ids = (text: string, language: 'ar' | 'en'): string[] => framingMatches(text, language).map((m) => m.id);

/** `concept/pole=text` per match. */
export const labels = (text: string, language: 'ar' | 'en'): string[] => framingMatches(text, language).map((m) => `${m.concept}/${m.pole}=${m.text}`);

/** `id=text` per match, for compact expectations. */
export function labelled(body: string, language: 'ar' | 'en' = 'ar'): string[] {
  return framingMatches(body, language).map((m) => `${m.id}=${m.text}`);
}

let userDir: string | null = null;
let userFiles = 0;

/** Load the bundled lexicon plus one user file, and match `body` with it: `id=text` per entry match, exclusions blocking. */
export function withUserFile(yaml: string, body: string, language: 'ar' | 'en' = 'ar'): string[] {
  userDir ??= mkdtempSync(join(tmpdir(), 'framelens-pattern-match-'));
  const file = join(userDir, `u${userFiles++}.yaml`);
  writeFileSync(file, yaml);
  const compiled = compileLexicon(loadLexicon([file]), lemmatizeWords);
  const tokens = language === 'en' ? englishTokens(body, 0, body.length) : tokenize(body);
  return findMatches<LexiconPayload>(body, tokens, compiled[language], {isBlocker: (p) => p.kind === 'exclusion'})
    .filter((m) => m.payload.kind === 'entry')
    .map((m) => `${m.payload.kind === 'entry' ? m.payload.entry.id : ''}=${body.slice(m.start, m.end)}`);
}

/** One user entry (concept force) with the given patterns, as lines under `entries:`. */
export const userEntry = (id: string, patterns: string[], extra = ''): string =>
  `  - id: ${id}\n    concept: force\n    pole: euphemistic\n    weight: -0.5\n    gloss: test\n    patterns: [${patterns.map((p) => JSON.stringify(p)).join(', ')}]\n${extra}`;
