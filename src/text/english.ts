import {createRequire} from 'node:module';
import type {ItsFunction, WinkMethods} from 'wink-nlp';
import type {MatchToken} from '../lexicon/match.js';
import {tokenizeInto} from './tokenize.js';

/*
 * wink-nlp gives lemmas for English; it gives token indexes, not character
 * offsets, and mangles Arabic (docs/arabic.md §4), so offsets come from our own
 * tokenizer and wink only contributes a lemma per English token, aligned by
 * position. The model is loaded on first use (a synchronous require, not a
 * static import, so that merely importing this module costs nothing): an
 * all-Arabic corpus, `--version` and `--help` never pay its ~300 ms.
 */
const require = createRequire(import.meta.url);
let nlp: WinkMethods | null = null;

// wink's typings declare its.lemma with an addons parameter its own
// ItsFunction type does not accept; the runtime call is fine.
const lemmaOf = (its: WinkMethods['its']): ItsFunction<string> => its.lemma as unknown as ItsFunction<string>;

function engine(): WinkMethods {
  if (nlp === null) {
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
    const model = require('wink-eng-lite-web-model') as typeof import('wink-eng-lite-web-model').default;
    nlp = winkNLP(model, ['pos']);
    modelLoads++;
  }
  return nlp;
}

let modelLoads = 0;

/** Whether the English model has been loaded in this process (for the start-up test and bench). */
export function englishModelLoaded(): boolean {
  return modelLoads > 0;
}

/** Lemmas of single words (for compiling English lexicon terms). */
export function lemmatizeWords(words: readonly string[]): string[] {
  if (words.length === 0) return [];
  const its = engine().its;
  return words.map((word) => {
    const lemmas = engine().readDoc(word).tokens().out(lemmaOf(its)) as string[];
    return (lemmas[0] ?? word).toLowerCase();
  });
}

/**
 * wink's words and their lemmas for a text: everything the English model
 * does in the map step (one document, two bulk reads), on its own so that
 * the bench can time the model apart from the rest of the analysis.
 */
export function englishWords(text: string): {readonly values: readonly string[]; readonly lemmas: readonly string[]} {
  const doc = engine().readDoc(text);
  const its = engine().its;
  return {values: doc.tokens().out(its.value) as string[], lemmas: doc.tokens().out(lemmaOf(its)) as string[]};
}

/** Our tokens for body[from, to), each with wink's lemma where wink saw the same word. */
export function englishTokens(body: string, from: number, to: number): MatchToken[] {
  return englishTokensInto([], body, from, to);
}

/**
 * englishTokens, appended to `tokens` (a body's paragraphs into one list:
 * no list per paragraph to copy). A token wink gives another lemma is
 * replaced by one that also carries the lemma, keeping its key number.
 */
export function englishTokensInto(tokens: MatchToken[], body: string, from: number, to: number): MatchToken[] {
  const first = tokens.length;
  let next = first;
  tokenizeInto(tokens, body, from, to);
  const text = body.slice(from, to);
  const {values, lemmas} = englishWords(text);
  // Wink's words are found in the text in order, so their offsets never go back: they meet our
  // tokens in one pass (no map by offset). At an offset wink gives twice, its later word counts.
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    if (at < 0) continue;
    cursor = at + value.length;
    const start = from + at;
    while (next < tokens.length && tokens[next]!.start < start) next++;
    if (next >= tokens.length) break;
    const t = tokens[next]!;
    // Only an empty word leaves the cursor where it was, so only after one can the next word share its offset.
    if (t.start !== start || (value === '' && i + 1 < values.length && text.indexOf(values[i + 1]!, cursor) === at)) continue;
    const lemma = (lemmas[i] ?? value).toLowerCase();
    if (lemma && lemma !== t.key) tokens[next] = withLemma(t, lemma);
  }
  lemmatizeOpeningPlurals(tokens, body, first);
  return tokens;
}

/**
 * wink takes a capitalised word for a name and leaves it as it is, so the
 * plural that opens a sentence or a headline ("Provocateurs attacked the
 * police", "Marauders looted stores") keeps no lemma and misses a lexicon's
 * singular. Such a word — capitalised, in lower case after, ending in s, with
 * no lemma, first in its paragraph or after a sentence's end or an opening
 * quotation mark — is lemmatised again in lower case, where wink reads it as
 * the noun it is. Names inside a sentence are left alone, and a word wink
 * leaves unchanged in lower case too keeps no lemma.
 */
function lemmatizeOpeningPlurals(tokens: MatchToken[], body: string, first: number): void {
  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lemma !== undefined || !OPENING_PLURAL.test(t.text) || (i > first && !SENTENCE_OPENS.test(body.slice(tokens[i - 1]!.end, t.start)))) continue;
    const lemma = lemmatizeWords([t.key])[0]!;
    if (lemma !== t.key) tokens[i] = withLemma(t, lemma);
  }
}

/** The token again with a lemma, field by field in the order every token is made in (a spread copies through V8's slow path). */
const withLemma = (t: MatchToken, lemma: string): MatchToken => ({start: t.start, end: t.end, text: t.text, key: t.key, isNumber: t.isNumber, keyId: t.keyId, lemma});

/** A capitalised word in lower case after its capital, of four letters or more, ending in s. */
const OPENING_PLURAL = /^\p{Lu}\p{Ll}{2,}s$/u;
/** What stands between a sentence's last word and the next sentence's first: its end mark, a break, an opening quotation mark. */
const SENTENCE_OPENS = /^(?:[^\p{L}\p{N}]*[.!?:\n][^\p{L}\p{N}]*|\s*[“"«‘(]\s*)$/u;
