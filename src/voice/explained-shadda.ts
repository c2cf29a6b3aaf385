import type {RawMatch} from '../lexicon/match.js';
import type {Cue} from './cues.js';
import type {SentenceView} from './sentence-view.js';

// "وبيّن الناطق باسم الداخلية، أن هدف بعض هذه التحركات يتمثل في …": بيّن
// (explained) reports as أوضح does, but unvowelled its letters are بين
// (between), the commonest of prepositions. Only the verb written with its
// shadda on the ي — the way agency copy often spells it to tell the two
// apart — is taken as a report; بين without it never is. The feminine
// بيّنت, whose letters are no preposition, is listed as a verb of its own.

/** The key of بيّن / بين, behind و or ف. */
export const BAYYANA = /^[وف]?بين$/u;

/** بيّن with a shadda on its ي (a fatha may follow it): the verb "explained". */
const WITH_SHADDA = /^[وف]?\p{M}*ب\p{M}*ي\p{M}*\u0651/u;

/** Is this بين the verb بيّن, written with its shadda? */
export function explainedWithShadda(view: SentenceView, cue: RawMatch<Cue>): boolean {
  return WITH_SHADDA.test(view.tokens[cue.first]!.text);
}
