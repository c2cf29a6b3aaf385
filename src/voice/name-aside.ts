import type {RawMatch} from '../lexicon/match.js';
import type {Cue} from './cues.js';
import {cueStartingAt, gapBefore, ONLY_COMMA, punctBefore, type SentenceView, SPEECH_CUES} from './sentence-view.js';
import {isTransmission, MAX_SPEAKER_WORDS, opensWithConjunction} from './speaker-phrase.js';

// A speaker's title, then its name set off by commas, before the عن that a
// verb of announcing or revealing takes: the announced thing begins at عن.

/** How many words the name between the commas may hold ("الطيب الشرقاوي", "دحو ولد قابلية", "حسين هزاع المجالي"). */
const MAX_NAME_WORDS = 4;

/**
 * "أعلن وزير الداخلية، الطيب الشرقاوي، عن سقوط 5 قتلى في أعمال الشغب": in VS
 * order, after a verb that takes an object (أعلن، كشف), the speaker's title,
 * a comma, a short name with no mark or cue inside, and a comma right before
 * عن: the name is the speaker's, and what was announced begins at عن. The
 * عن's token, or -1. Not after a transmission verb, whose عن names a source
 * (نقلت الوكالة، اليوم، عن …); not when the words between the commas open with
 * a word that is no speaker (في بيان، اليوم), an aside the object's own
 * comma rules already pass over.
 */
export function anAfterNameAside(view: SentenceView, cue: RawMatch<Cue>, subjectFirst: boolean): number {
  if (view.language !== 'ar' || subjectFirst || cue.payload.takes !== 'object' || isTransmission(view.tokens[cue.first]!.key)) return -1;
  const comma = commaAfterTitle(view, cue);
  if (comma < 0) return -1;
  const first = view.tokens[comma]!.key;
  if (view.notSpeaker.has(first) || opensWithConjunction(first)) return -1;
  for (let t = comma; t < Math.min(view.end, comma + MAX_NAME_WORDS + 1); t++) {
    if (t > comma && punctBefore(view, t)) return ONLY_COMMA.test(gapBefore(view, t)) && view.tokens[t]!.key === 'عن' ? t : -1;
    if (cueStartingAt(view, t, SPEECH_CUES)) return -1;
  }
  return -1;
}

/** The token after the first comma that follows the verb's subject (its title, within a speaker's length), or -1. */
function commaAfterTitle(view: SentenceView, cue: RawMatch<Cue>): number {
  for (let t = cue.last + 2; t < Math.min(view.end, cue.last + 2 + MAX_SPEAKER_WORDS); t++) {
    if (punctBefore(view, t)) return ONLY_COMMA.test(gapBefore(view, t)) ? t : -1;
    if (cueStartingAt(view, t, SPEECH_CUES)) return -1;
  }
  return -1;
}
