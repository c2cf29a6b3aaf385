import type {VerbStance} from '../types.js';
import type {Region} from './clauses.js';
import type {SentenceView} from './sentence-view.js';

/*
 * "Such land expropriation, it is alleged, is part of a government policy which aims to dispossess Arabs of their
 * traditional lands …" (Amnesty International): an impersonal passive report set off by commas inside an English
 * sentence ("…, it is alleged, …", "…, it was claimed, …", "…, it is said, …") gives the whole sentence as a report
 * of nobody named, as "It is alleged that …" does before it. Not when it opens the sentence (the verb's own rules
 * read "It is alleged that …"), nor with no comma after it.
 */

/** ", it is alleged," and its kin: the aside's verb, and the stance it gives. */
const ASIDE = /,\s+it\s+(?:is|was|has\s+been)\s+(alleged|claimed|said|reported|believed|understood)\s*,/iu;
const DISTANCING = new Set(['alleged', 'claimed']);

export function impersonalAside(view: SentenceView): Region | null {
  if (view.language !== 'en' || view.first >= view.end) return null;
  const {body, sentence} = view;
  const text = body.slice(sentence.start, sentence.end);
  const m = ASIDE.exec(text);
  if (!m || m.index === 0) return null;
  const verb = m[1]!.toLowerCase();
  const cueStart = sentence.start + m.index + m[0].toLowerCase().lastIndexOf(verb);
  const stance: VerbStance = DISTANCING.has(verb) ? 'distancing' : 'neutral';
  return {start: view.tokens[view.first]!.start, end: sentence.end, speaker: null, cue: m[1]!, cueSpan: {start: cueStart, end: cueStart + verb.length}, stance, kind: 'reported'};
}
