import winkNLP, {type ItsFunction, type WinkMethods} from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type {MatchToken} from '../lexicon/match.js';
import {tokenize} from './tokenize.js';

/*
 * wink-nlp gives lemmas for English; it gives token indexes, not character
 * offsets, and mangles Arabic (docs/arabic.md §4), so offsets come from our own
 * tokenizer and wink only contributes a lemma per English token, aligned by
 * position. The model is loaded on first use: an all-Arabic corpus never
 * pays for it.
 */
let nlp: WinkMethods | null = null;

// wink's typings declare its.lemma with an addons parameter its own
// ItsFunction type does not accept; the runtime call is fine.
const lemmaOf = (its: WinkMethods['its']): ItsFunction<string> => its.lemma as unknown as ItsFunction<string>;

function engine(): WinkMethods {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** Lemmas of single words (for compiling English lexicon terms). */
export function lemmatizeWords(words: readonly string[]): string[] {
  const its = engine().its;
  return words.map((word) => {
    const lemmas = engine().readDoc(word).tokens().out(lemmaOf(its)) as string[];
    return (lemmas[0] ?? word).toLowerCase();
  });
}

/** Our tokens for body[from, to), each with wink's lemma where wink saw the same word. */
export function englishTokens(body: string, from: number, to: number): MatchToken[] {
  const tokens = tokenize(body, from, to);
  const text = body.slice(from, to);
  const doc = engine().readDoc(text);
  const its = engine().its;
  const values = doc.tokens().out(its.value) as string[];
  const lemmas = doc.tokens().out(lemmaOf(its)) as string[];
  const lemmaAt = new Map<number, string>();
  let cursor = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    if (at < 0) return;
    cursor = at + value.length;
    lemmaAt.set(from + at, (lemmas[i] ?? value).toLowerCase());
  });
  return tokens.map((t) => {
    const lemma = lemmaAt.get(t.start);
    return lemma && lemma !== t.key ? {...t, lemma} : t;
  });
}
