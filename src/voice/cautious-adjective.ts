import type {MatchToken, RawMatch} from '../lexicon/match.js';
import {matchKey} from '../text/normalize.js';
import type {Cue} from './cues.js';

// "ساد هدوء حذر في معظم مناطق ريف دير الزور" (a cautious calm prevailed):
// after a noun of calm, waiting or hope, حذر is the adjective "cautious",
// not the verb "warned" — which, read in verb–subject order, made the
// places after it a speaker and the rest of the sentence their warning.

/** Nouns that حذر qualifies as "cautious": calm, anticipation, optimism, welcome, silence, waiting, advance. */
const QUALIFIED = new Set(['هدوء', 'ترقب', 'تفاؤل', 'ترحيب', 'صمت', 'انتظار', 'تقدم'].map(matchKey));
const WARNED = matchKey('حذر');

/** The noun's key with a و / ف / ب / ل glued before it taken off ("وسط ترقب", "بهدوء"). */
const bare = (key: string): string => (/^[وفبل]/u.test(key) && QUALIFIED.has(key.slice(1)) ? key.slice(1) : key);

/** Is the reporting-verb cue m the adjective حذر right after one of the QUALIFIED nouns? */
export function cautiousAdjective(m: RawMatch<Cue>, tokens: readonly MatchToken[]): boolean {
  if (m.payload.kind !== 'verb' || m.first !== m.last || tokens[m.first]!.key !== WARNED) return false;
  const before = tokens[m.first - 1];
  return before !== undefined && QUALIFIED.has(bare(before.key));
}
