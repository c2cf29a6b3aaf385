import {matchKey} from '../text/normalize.js';
import {COMPLEMENTIZER, cueStartingAt, gapBefore, ONLY_COMMA, punctBefore, type SentenceView, SPEECH_CUES} from './sentence-view.js';

// "ذكر الكرملين اليوم (الثلاثاء) بعد حملة الاعتقالات الضخمة للمحتجين … أن
// الإجراءات الصارمة … قانونية": in Arabic VS order a circumstance set
// between the speaker and its أن (بعد، عقب، إثر، خلال، وسط، غداة) tells
// when or amid what the speaker spoke; it is the outlet's, and what was
// said begins at the أن after it — also when commas set the circumstance
// off ("اعتبر الرئيس …، بعد يومين من تظاهرات حاشدة …، أن …").

/** Words that open a circumstance of the speaking, as match keys. Not قبل: "قبل أن" is a clause of its own, and so is every one of them with أن at once. */
const OPENS_CIRCUMSTANCE: ReadonlySet<string> = new Set(['بعد', 'عقب', 'إثر', 'خلال', 'وسط', 'غداة'].map(matchKey));
/** How long the circumstance may run before the أن, in words. */
const MAX_CIRCUMSTANCE_WORDS = 12;

/**
 * When token t (inside a VS speaker's phrase) opens a circumstance that
 * runs, with no punctuation and no other report in it, to an إن / أن: that
 * complementiser's token; otherwise -1. A circumstance a comma opens
 * (`commaSet`) may close with a comma right before its أن. Not "بعد أن" /
 * "عقب أن" (the أن at once is the circumstance's own clause).
 */
export function thatAfterCircumstance(view: SentenceView, t: number, commaSet: boolean): number {
  if (view.language !== 'ar' || !OPENS_CIRCUMSTANCE.has(view.tokens[t]!.key)) return -1;
  if (t + 1 >= view.end || cueStartingAt(view, t + 1, COMPLEMENTIZER)) return -1;
  for (let u = t + 2; u < Math.min(view.end, t + 2 + MAX_CIRCUMSTANCE_WORDS); u++) {
    if (punctBefore(view, u)) return commaSet && ONLY_COMMA.test(gapBefore(view, u)) && cueStartingAt(view, u, COMPLEMENTIZER) ? u : -1;
    if (cueStartingAt(view, u, COMPLEMENTIZER)) return u;
    if (cueStartingAt(view, u, SPEECH_CUES)) return -1;
  }
  return -1;
}
