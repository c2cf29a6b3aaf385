import type {RawMatch} from '../lexicon/match.js';
import type {Cue} from './cues.js';
import {cueStartingAt, gapBefore, insideClosedQuote, REPORTING, type SentenceView} from './sentence-view.js';
import {isThat} from './speaker-phrase.js';

// A transmission verb (نقل) that relays what a medium said with أن, and no
// عن of a source: the medium is the speaker, and what it said begins at أن.

/** How many words the medium between the verb and its أن may take, a quoted name's words included ("قناة "إن آر تي" الكردية"). */
const MAX_MEDIUM_WORDS = 8;

/** Only spaces and quotation marks may stand between the medium's words: a comma or a stop ends the search. */
const MEDIUM_GAP = /^[\s"“”«»]*$/u;
/** A gap that holds a comma and nothing else but spaces and quotation marks. */
const COMMA_GAP = /^[\s"“”«»]*[،,][\s"“”«»]*$/u;

/**
 * 'ونقلت قناة "إن آر تي" الكردية أن "4 من الأسايش … أصيبوا أثناء احتجاجات …"':
 * a transmission verb with no عن but with أن / إن after the medium that
 * relays reports, as "قالت القناة إن" does; "نقلت الطائرات القوات" (carried)
 * has none, nor has "نقلت الطائرات القوات إلى المدينة بعد أن …", whose أن
 * follows a preposition. The complementiser's token, or -1. A complementiser
 * inside the medium's quoted name ("إن آر تي") is the name's. With
 * `passedRound` (تناقل، تداول), the medium may hold where it was passed
 * round, and a comma may stand before the أن.
 */
export function relayedThat(view: SentenceView, cue: RawMatch<Cue>, passedRound = false): number {
  if (view.language !== 'ar') return -1;
  // An أن that is the medium's: not inside a quoted name, not right after a preposition or a time word (بعد أن).
  const mediumThat = (t: number): boolean => t > cue.last + 1 && isThat(view, t) && !insideClosedQuote(view, view.tokens[t]!) && !view.notSpeaker.has(view.tokens[t - 1]!.key);
  for (let t = cue.last + 1; t < Math.min(view.end, cue.last + 1 + MAX_MEDIUM_WORDS); t++) {
    const gap = t > cue.last + 1 ? gapBefore(view, t) : '';
    // 'تناقلت مواقع إخبارية عبر تطبيق “تلغرام”، أنّ …': after a verb of passing round, a comma may close the medium before أن.
    if (!MEDIUM_GAP.test(gap)) return passedRound && COMMA_GAP.test(gap) && mediumThat(t) ? t : -1;
    const token = view.tokens[t]!;
    // "نقلت الطائرات القوات إلى المدينة بعد أن …": a preposition or a time word is no medium's; the أن after it is another
    // clause's. What is passed round is passed round somewhere ("عبر تطبيق"): the place is the medium's, not its end.
    if (view.notSpeaker.has(token.key)) {
      if (passedRound) continue;
      return -1;
    }
    if (isThat(view, t) && !insideClosedQuote(view, token)) return mediumThat(t) ? t : -1;
    if (cueStartingAt(view, t, REPORTING)) return -1;
  }
  return -1;
}
