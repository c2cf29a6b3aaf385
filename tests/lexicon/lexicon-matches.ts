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

/** `id=text` per match, for compact expectations. */
export function labelled(body: string, language: 'ar' | 'en' = 'ar'): string[] {
  return framingMatches(body, language).map((m) => `${m.id}=${m.text}`);
}
