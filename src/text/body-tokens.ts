import type {MatchToken} from '../lexicon/match.js';
import type {Paragraph} from '../types.js';
import {englishTokens, englishTokensInto} from './english.js';
import {tokenizeInto} from './tokenize.js';

/*
 * The tokens of a whole body as the analysis reads it, in a module of its
 * own so that what needs only tokens (discover, and through it the terminal
 * UI's Terms screen) does not load the analyzer and the lexicon code with
 * it (analyze.ts re-exports both names).
 */

export type EnglishTokens = (body: string, from: number, to: number) => MatchToken[];

/** Tokens of the whole body; English paragraphs get wink lemmas, Arabic ones never see the English model. */
export function tokensOf(body: string, paragraphs: readonly Paragraph[], english: EnglishTokens = englishTokens): MatchToken[] {
  const tokens: MatchToken[] = [];
  // A loop, not push(...list): a paragraph of a few hundred thousand tokens overflows the call stack as arguments.
  const append = (list: readonly MatchToken[]): void => {
    for (const token of list) tokens.push(token);
  };
  let at = 0;
  for (const p of paragraphs) {
    tokenizeInto(tokens, body, at, p.start);
    // The model's tokens go straight into the list; tokens made elsewhere (the terminal UI's English thread) are copied in.
    if (p.language === 'en') {
      if (english === englishTokens) englishTokensInto(tokens, body, p.start, p.end);
      else append(english(body, p.start, p.end));
    }
    else tokenizeInto(tokens, body, p.start, p.end);
    at = p.end;
  }
  tokenizeInto(tokens, body, at, body.length);
  return tokens;
}
