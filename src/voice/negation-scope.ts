import type {MatchToken} from '../lexicon/match.js';
import {matchKey} from '../text/normalize.js';
import {markTable, marksIn} from './sentence-view.js';
import {isOneOf} from './speaker-phrase.js';

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
 *   discriminate, beating young women");
 * - a demonstrative stands between ("وليس تلك المظاهرات": not those
 *   demonstrations — they are still called demonstrations).
 */

/** The words that decide a negator's reach, as match keys (lexicons/voice.*.yaml). */
export interface NegationWords {
  readonly verbNegators: ReadonlySet<string>;
  readonly copulas: ReadonlySet<string>;
}

/** Demonstratives, as match keys: after a negator they point at named things, whose name is not denied. */
const POINTING = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'أولئك', 'هذان', 'هاتان', 'those', 'these'].map(matchKey));

/** A clause break between the negator and the term: the class /[,،;؛:()—–]/. */
const BREAK = markTable(',،;؛:()—–');

/** Whether the negator whose last token is `negatorLast` denies the term that begins at token `first`. */
export function negationReaches(body: string, tokens: readonly MatchToken[], negatorFirst: number, negatorLast: number, first: number, words: NegationWords): boolean {
  if (marksIn(BREAK, body, tokens[negatorLast]!.end, tokens[first]!.start)) return false;
  if (negatorLast + 1 >= first) return true;
  const between = tokens[negatorLast + 1]!.key;
  // "وليس تلك المظاهرات التي نظمها …": a demonstrative after the negator points at things the text has named; what is
  // denied is that they are the thing just said (the true picture), not their name.
  if (POINTING.has(between)) return false;
  // "ولم", "فلن": the conjunction is no part of the negator.
  const verbNegator = negatorFirst === negatorLast && isOneOf(words.verbNegators, tokens[negatorFirst]!.key);
  return !verbNegator || words.copulas.has(between);
}

/** Arabic and English words together, for a source with paragraphs in both (their keys never collide). */
export function mergedNegationWords(a: NegationWords, b: NegationWords): NegationWords {
  return {
    verbNegators: new Set([...a.verbNegators, ...b.verbNegators]),
    copulas: new Set([...a.copulas, ...b.copulas]),
  };
}
