import type {MatchToken} from '../lexicon/match.js';
import {marksIn} from './sentence-view.js';

/*
 * 'وحمل الأطفال لافتات كتبوا عليها بالعربية والانكليزية "انتبه أمامك
 * تمثال"' (Kataeb.org, Daraa 2019): a short quotation after "written on it"
 * (كتب عليها، كتبوا عليه، كُتب عليها، مكتوب عليها، خطوا عليها) is the words
 * on the placard or the wall, the writers', not the outlet's scare quote. A
 * few words may stand between (the language it was written in, "بخط اليد");
 * a clause mark between ends the search. كتب without على and its pronoun
 * ('كتب الصحفي عن "الثورة"', written about) names a topic and voices
 * nothing.
 */

/** How many words before a quotation "written on it" may end. */
const WRITTEN_REACH = 4;

/** A verb or participle of writing, as match keys (normalize.ts): كتب، كتبت، كتبوا، يكتب، مكتوب، خط، خطوا … behind و / ف. */
const WRITE = /^[وف]?(?:[يت]?كتب(?:ت|وا|ون)?|مكتوب(?:ه|ا|ين)?|[يت]?خط(?:ت|وا|ون)?)$/u;

/** على with a pronoun: what is written on. */
const ON_IT = /^(?:عليها|عليه|عليهم|عليهما)$/u;

/**
 * Does a verb of writing and "on it" end within `WRITTEN_REACH` words before token `anchor` (a quotation's first word),
 * with no clause mark between them and the quotation? `clauseEnd` is the mark table of the marks that end a clause.
 */
export function writtenOnBefore(tokens: readonly MatchToken[], body: string, anchor: number, clauseEnd: Uint8Array): boolean {
  for (let t = anchor - 1; t >= 1 && t >= anchor - WRITTEN_REACH; t--) {
    if (marksIn(clauseEnd, body, tokens[t]!.end, tokens[t + 1]!.start)) return false;
    if (ON_IT.test(tokens[t]!.key) && WRITE.test(tokens[t - 1]!.key) && !marksIn(clauseEnd, body, tokens[t - 1]!.end, tokens[t]!.start)) return true;
  }
  return false;
}
