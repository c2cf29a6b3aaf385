import type {MatchToken, RawMatch} from '../lexicon/match.js';
import {matchKey} from '../text/normalize.js';
import type {Cue} from './cues.js';

// "ليس على السوق فحسب، بل على البازار …" (not on the market only, but on the
// bazaar): فحسب written whole is the adverb "only", not ف + حسب (according
// to), which the attribution phrase حسب matches behind its proclitic.

const ONLY = matchKey('فحسب');
/** Words that take up "not only …": بل، وإنما، إنما. */
const BUT = new Set(['بل', 'وإنما', 'إنما', 'وانما', 'انما'].map(matchKey));

/**
 * Is the attribution cue m the adverb فحسب: the one word فحسب with a punctuation mark, "بل" / "وإنما" or the end
 * of the text after it? An attribution names its source right after it ("فحسب مصادر …" stays one).
 */
export function onlyAdverb(m: RawMatch<Cue>, tokens: readonly MatchToken[], body: string): boolean {
  if (m.payload.kind !== 'attribution' || m.first !== m.last || tokens[m.first]!.key !== ONLY) return false;
  const next = tokens[m.last + 1];
  if (next === undefined) return true;
  return /\p{P}/u.test(body.slice(tokens[m.last]!.end, next.start)) || BUT.has(next.key);
}
