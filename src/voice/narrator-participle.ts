import type {RawMatch} from '../lexicon/match.js';
import type {Cue} from './cues.js';
import {reportsThat} from './report-object.js';
import {cueStartingAt, gapBefore, NOUN_PHRASE_START, punctBefore, type SentenceView, SPEECH_CUES} from './sentence-view.js';

// "China's premier denounced the Dalai Lama's supporters as instigators of
// violent anti-Chinese riots in Tibet's capital, taking a hard stance
// Tuesday as a deadline for protesters … passed", "pledged to conduct the
// rally near the Kremlin, setting up a possible showdown with police": a
// participle with its own object after the comma that closes what a verb of
// naming, labelling or pledging names is the narrator's comment on the act,
// not more of the label or the pledge.

/** Verbs that name what they pledge, urge or promise with an infinitive ("pledged to conduct the rally …"). */
const PLEDGING = new Set(['vow', 'pledge', 'promise', 'urge', 'threaten']);
/** How far after the verb the comma may stand, in words: the object or the label and its infinitive. */
const MAX_NAMED_WORDS = 20;
/** Particles a participle may take before its object ("setting up a …", "calling off the …"). */
const PARTICLES = new Set(['up', 'off', 'out', 'down', 'back', 'in', 'on']);
/** Determiners that open the participle's object: a noun phrase of its own, not the next item of a list ("looting, burning and killing"). */
const OBJECT_START = new Set([...NOUN_PHRASE_START, 'this', 'that', 'these', 'those', 'some', 'more', 'fresh', 'new']);

/**
 * Where an English verb that names a thing (declare, condemn, denounce … as, urge) or pledges an act (vowed to …,
 * pledged to …) stops naming it: before the first comma followed by a participle (-ing) with an object of its own
 * (a determiner after it, perhaps after a particle). Not a participle of saying ("…, urging the public to …",
 * "…, saying …"), which reports on its own; not a list ("the looting, burning and killing"). The sentence end
 * when there is none.
 */
export function narratorParticipleEnd(view: SentenceView, cue: RawMatch<Cue>): number {
  const {tokens} = view;
  if (view.language !== 'en') return view.sentence.end;
  const lemma = tokens[cue.first]!.lemma ?? tokens[cue.first]!.key;
  if (cue.payload.takes !== 'object' && !PLEDGING.has(lemma)) return view.sentence.end;
  // "warned on Friday that a power vacuum could …, suggesting that …": a verb that reports a clause names nothing.
  if (reportsThat(view, cue)) return view.sentence.end;
  const limit = Math.min(view.end - 1, cue.last + 1 + MAX_NAMED_WORDS);
  for (let t = cue.last + 2; t < limit; t++) {
    if (!punctBefore(view, t)) continue;
    if (!/^\s*,\s*$/u.test(gapBefore(view, t))) return view.sentence.end;
    if (participleWithObject(view, t)) return tokens[t - 1]!.end;
  }
  return view.sentence.end;
}

/** Is token t a participle (not one of saying) whose object opens with a determiner, perhaps after a particle? */
function participleWithObject(view: SentenceView, t: number): boolean {
  const {tokens} = view;
  const word = tokens[t]!.key;
  if (word.length < 6 || !word.endsWith('ing') || cueStartingAt(view, t, SPEECH_CUES)) return false;
  let next = t + 1;
  if (next < view.end && PARTICLES.has(tokens[next]!.key) && !punctBefore(view, next)) next++;
  return next < view.end && !punctBefore(view, next) && OBJECT_START.has(tokens[next]!.key);
}
