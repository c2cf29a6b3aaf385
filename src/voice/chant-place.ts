import type {MatchToken} from '../lexicon/match.js';
import {matchKey} from '../text/normalize.js';

// "وهتف المتظاهرون في دزفول "الموت لرئيسي"" (the protesters in Dezful
// chanted "…"): a place named between the chanting and the chant. The word
// of chanting is looked for back from the place's في, as from the
// quotation itself, so the place does not use up the reach that a chant
// right after its subject has.

const IN = matchKey('في');
/** How many words the place may have after في ("في دزفول", "في ساحة التحرير"). */
const PLACE_WORDS = 2;

/**
 * The token of the في that opens a place of one or two words right before the quotation at `anchor`, with no clause
 * mark inside it (`markBetween(t)`: a mark between tokens t and t + 1), or -1.
 */
export function placeBeforeQuote(tokens: readonly MatchToken[], anchor: number, markBetween: (t: number) => boolean): number {
  for (let t = anchor - 2; t >= Math.max(0, anchor - 1 - PLACE_WORDS); t--) {
    if (markBetween(t)) return -1;
    if (tokens[t]!.key === IN) return t;
  }
  return -1;
}
