import type {MatchToken} from '../lexicon/match.js';
import {marksIn} from './sentence-view.js';

/** The words that open a naming clause: "what he calls", "those they termed", "whom officials called". */
export const WHAT_EN: ReadonlySet<string> = new Set(['what', 'those', 'whom']);
/** Verbs of naming, by lemma. "describe" names only with "as" ("what he describes as"). */
export const NAMING_EN: ReadonlySet<string> = new Set(['call', 'term', 'describe', 'dub', 'label', 'brand']);
/** Words after "call" that make it asking or convening, not naming ("what he called for", "called on", "called off"). */
const NOT_NAMING_AFTER = new Set(['for', 'on', 'upon', 'off', 'up', 'in', 'out']);
/** At most this many words name the speaker between "what" and the verb ("what authoritarian President Alyaksandr Lukashenka calls"). */
const MAX_SPEAKER_WORDS = 4;

/**
 * 'rallied against what authoritarian President Alyaksandr Lukashenka calls a tax on "social parasites."': "what"
 * (those, whom), a speaker of one to four words and a verb of naming, a few words before `anchor` in the same clause
 * (no mark of `stops` between), name the speaker of the words at `anchor`: the label is theirs, set off. Not "what he
 * called for" (an appeal), nor a verb of naming with no "what" clause ("police called a tax on …"). The tokens of
 * "what" and of the verb, or null.
 */
export function namingClauseBefore(tokens: readonly MatchToken[], body: string, anchor: number, reach: number, stops: Uint8Array): {first: number; last: number} | null {
  for (let t = anchor - 1; t >= Math.max(0, anchor - reach); t--) {
    if (marksIn(stops, body, tokens[t]!.end, tokens[t + 1]!.start)) return null;
    const lemma = tokens[t]!.lemma ?? tokens[t]!.key;
    if (!NAMING_EN.has(lemma)) continue;
    const next = tokens[t + 1]?.key;
    if (next !== undefined && NOT_NAMING_AFTER.has(next)) return null;
    if (lemma === 'describe' && next !== 'as') return null;
    for (let w = t - 2; w >= Math.max(0, t - 1 - MAX_SPEAKER_WORDS); w--) {
      if (marksIn(stops, body, tokens[w]!.end, tokens[w + 1]!.start)) break;
      if (WHAT_EN.has(tokens[w]!.key) && tokens[w + 1]!.key !== 'to') return {first: w, last: t};
    }
    return null;
  }
  return null;
}
