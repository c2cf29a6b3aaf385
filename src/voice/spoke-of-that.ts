import type {RawMatch} from '../lexicon/match.js';
import type {Cue} from './cues.js';
import {punctBefore, type SentenceView, withinClause} from './sentence-view.js';
import {isThat} from './speaker-phrase.js';

// "وتحدثت وسائل إعلام عراقية عن أن مسلحين مجهولين أطلقوا النار على الوزني":
// تحدث عن أن (spoke of it that …) reports a clause as قال إن does. تحدث
// with a topic only ("تحدثت الصحف عن "الفوضى"", "فيما تحدث متظاهرون عن
// اعتقال عدد منهم") stays as it was: the topic spoken of may be the outlet's
// own words or its scare quote, so the verb reports only with عن and a
// complementiser right after it.

/** تحدث, تحدثت, تحدثوا, يتحدث, تتحدث, يتحدثون (with و / ف) as match keys. */
export const SPOKE_OF = /^[وف]?(?:[يت]?تحدث(?:ت|وا|ون)?)$/u;

/** How far after the verb its عن may stand (the speaker between: "تحدثت وسائل إعلام عراقية عن"), in words. */
const REACH = 8;

/** Is this تحدث match followed, before any punctuation, by عن and then أن / أنه / أنها …? */
export function spokeOfThat(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const verdict = (t: number): boolean | undefined => (view.tokens[t]!.key === 'عن' ? t + 1 < view.end && !punctBefore(view, t + 1) && isThat(view, t + 1) : undefined);
  return withinClause(view, cue.last + 1, REACH, verdict);
}
