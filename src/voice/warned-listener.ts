import type {RawMatch} from '../lexicon/match.js';
import type {Cue} from './cues.js';
import {punctBefore, type SentenceView} from './sentence-view.js';

// "Iran police chief warns Mousavi over unrest", "Moscow Police Warn
// Activists About Navalny’s March 26 Rally": "warn" with the one warned
// after it and then a preposition. "over" gives the occasion of the
// warning, the narrator's word for it: nothing is reported. "about", "of"
// and "against" give what the warning is about, in the speaker's terms:
// the report begins there, and the one warned is the outlet's word.

/** Longest listener between "warn" and its preposition, in words ("opposition leader Mirhossein Mousavi"). */
const MAX_LISTENER_WORDS = 4;
/** Words that end the listener: a clause, an infinitive or a negation after "warn" reports what was said from there. */
const NOT_LISTENER = new Set(['that', 'to', 'not', 'of', 'about', 'against', 'over', 'on', 'in', 'at', 'for', 'as', 'and']);
/** The prepositions after the one warned. */
const TOPIC = new Set(['over', 'about', 'of', 'against']);

/**
 * The preposition after "warn" and the one warned (its token and word), or null: not when "warn" is followed at
 * once by a preposition, a clause or an infinitive ("warned of …", "warned that …", "warned protesters to …"), nor
 * across punctuation.
 */
export function warnedListener(view: SentenceView, cue: RawMatch<Cue>): {at: number; word: string} | null {
  const {tokens} = view;
  if (view.language !== 'en' || (tokens[cue.first]!.lemma ?? tokens[cue.first]!.key) !== 'warn' || cue.first !== cue.last) return null;
  for (let t = cue.last + 1; t < view.end && t - cue.last <= MAX_LISTENER_WORDS + 1; t++) {
    if (punctBefore(view, t)) return null;
    const word = tokens[t]!.key;
    if (TOPIC.has(word)) return t > cue.last + 1 ? {at: t, word} : null;
    if (NOT_LISTENER.has(word)) return null;
  }
  return null;
}

/** "warns Mousavi over unrest": the occasion of a warning, no report. */
export function warnedOver(view: SentenceView, cue: RawMatch<Cue>): boolean {
  return warnedListener(view, cue)?.word === 'over';
}

/** "Warn Activists About Navalny’s … Rally": where what was warned about begins (the preposition's start), or null. */
export function warnedTopicStart(view: SentenceView, cue: RawMatch<Cue>): number | null {
  const found = warnedListener(view, cue);
  return found && found.word !== 'over' ? view.tokens[found.at]!.start : null;
}
