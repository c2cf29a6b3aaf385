import type {RawMatch} from '../lexicon/match.js';
import type {Cue} from './cues.js';
import {punctBefore, type SentenceView} from './sentence-view.js';

/*
 * "Protests also reported from Shadegan where people blocked roads with burning tires." (Iran Freedom): an event
 * noun right before a bare "reported" (no "were") is a passive with its auxiliary dropped, as headlines and lists of
 * places write it ("Protests reported in …"): the event is what was reported, by no one named, and the rest is the
 * outlet's account, as "Demonstrations were reported in Ahvaz" is. Not with "by" (a reporter named) or "that".
 */

/** Nouns of events, which are reported, bring things to light, but say nothing. */
export const EVENT_NOUNS = new Set(['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'march', 'marches', 'unrest', 'riot', 'riots', 'clash', 'clashes', 'violence', 'event', 'events', 'crisis', 'incident', 'incidents', 'crackdown', 'uprising', 'poll', 'polls', 'survey', 'vote', 'election', 'elections']);

/** Adverbs that may stand between the event and "reported" ("Protests also reported"). */
const BETWEEN = new Set(['also', 'again', 'too', 'further']);

/** Is the cue a bare "reported" right after an event noun (one adverb between at most), with no reporter or clause after it? */
export function eventReported(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const {tokens} = view;
  if (view.language !== 'en' || tokens[cue.first]!.key !== 'reported') return false;
  const next = cue.last + 1 < view.end ? tokens[cue.last + 1]!.key : null;
  if (next === 'by' || next === 'that') return false;
  let t = cue.first - 1;
  if (t > view.first && BETWEEN.has(tokens[t]!.key) && !punctBefore(view, t + 1)) t--;
  return t >= view.first && !punctBefore(view, t + 1) && EVENT_NOUNS.has(tokens[t]!.key);
}
