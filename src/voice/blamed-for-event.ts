import type {RawMatch} from '../lexicon/match.js';
import type {Cue} from './cues.js';
import {CLAUSE_MARKS_OR_COLON, marksBefore, type SentenceView} from './sentence-view.js';

/*
 * "State media blamed "rioters" for the killing." (RFE/RL), "Mansour Al-Turki … blamed foreign elements on Thursday
 * for the clashes between security forces and rioters" (Saudi Arabia 2011), "Yanukovych has also blamed the West for
 * the crisis that continues to unfold": "blame X for" and a determiner name the event the blame is laid for, the
 * outlet's words; the one blamed is the speaker's charge. The report ends before "for". "blamed protesters for
 * attacking police" (a gerund) is the charge itself and stays reported.
 */

/** How far "for" may stand after "blame", in words: the one blamed and a day between ("foreign elements on Thursday"), seven at most. */
const MAX_BLAMED_WORDS = 8;
/** Words that open the event's noun phrase after "for". */
const EVENT_DETERMINERS = new Set(['the', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'a', 'an']);

/** Where the report of an English "blame X for <the event>" ends (the end of the word before "for"), or the sentence end. */
export function blamedForEventEnd(view: SentenceView, cue: RawMatch<Cue>): number {
  const {tokens} = view;
  if (view.language !== 'en' || (tokens[cue.first]!.lemma ?? tokens[cue.first]!.key) !== 'blame') return view.sentence.end;
  for (let t = cue.last + 2; t + 1 < view.end && t - cue.last <= MAX_BLAMED_WORDS; t++) {
    if (marksBefore(view, t, CLAUSE_MARKS_OR_COLON)) return view.sentence.end;
    if (tokens[t]!.key !== 'for') continue;
    return EVENT_DETERMINERS.has(tokens[t + 1]!.key) && !marksBefore(view, t + 1, CLAUSE_MARKS_OR_COLON) ? tokens[t - 1]!.end : view.sentence.end;
  }
  return view.sentence.end;
}
