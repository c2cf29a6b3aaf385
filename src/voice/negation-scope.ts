import type {MatchToken} from '../lexicon/match.js';

/*
 * How far a negator before a framing term reaches. A negator right before
 * the term denies it ("ليسوا محتجين", "not a revolution", "no
 * demonstration"); one word further on it still does ("not a coup",
 * "لم تكن احتجاجات سلمية"), but not when:
 * - the negator denies the verb right after it, that verb is no copula,
 *   and the term is its subject or object (verbNegators, copulas: "لم يوقف
 *   المتظاهرين" — the protesters were not stopped, and the outlet still
 *   calls them protesters; "لم تظهر الاحتجاجات أي علامة" — the protests
 *   showed no sign of abating);
 * - a comma, colon or parenthesis stands between ("police did not
 *   discriminate, beating young women").
 */

/** The words that decide a negator's reach, as match keys (lexicons/voice.*.yaml). */
export interface NegationWords {
  readonly verbNegators: ReadonlySet<string>;
  readonly copulas: ReadonlySet<string>;
}

/** A clause break between the negator and the term. */
const BREAK = /[,،;؛:()—–]/u;

/** Whether the negator whose last token is `negatorLast` denies the term that begins at token `first`. */
export function negationReaches(body: string, tokens: readonly MatchToken[], negatorFirst: number, negatorLast: number, first: number, words: NegationWords): boolean {
  if (BREAK.test(body.slice(tokens[negatorLast]!.end, tokens[first]!.start))) return false;
  if (negatorLast + 1 >= first) return true;
  const between = tokens[negatorLast + 1]!.key;
  const verbNegator = negatorFirst === negatorLast && words.verbNegators.has(withoutConjunction(tokens[negatorFirst]!.key, words.verbNegators));
  return !verbNegator || words.copulas.has(between);
}

/** "ولم" → "لم" when the bare word is listed (the conjunction is not part of the negator). */
function withoutConjunction(key: string, listed: ReadonlySet<string>): string {
  return (key.startsWith('و') || key.startsWith('ف')) && listed.has(key.slice(1)) ? key.slice(1) : key;
}

/** Arabic and English words together, for a source with paragraphs in both (their keys never collide). */
export function mergedNegationWords(a: NegationWords, b: NegationWords): NegationWords {
  return {
    verbNegators: new Set([...a.verbNegators, ...b.verbNegators]),
    copulas: new Set([...a.copulas, ...b.copulas]),
  };
}
