import type {RawMatch} from '../lexicon/match.js';
import type {Cue} from './cues.js';
import {gapBefore, punctBefore, type SentenceView} from './sentence-view.js';
import {isThat} from './speaker-phrase.js';

// A continuation participle (مشيرةً إلى أن، مؤكدةً أن) carries on the last speaker's statement. Its feminine forms,
// and مشدداً, are also adjectives and nouns of the narrator's: "وسط إجراءات أمنية مشددة", "معلومات مؤكدة حول",
// "لمراقبة مشددة من قبل الشرطة", "واعتقلت السلطات داعية إسلامياً" (a preacher), "رفع لافتة". Right after the word
// it describes, with no mark between, such a form continues a statement only when what it governs follows at once.

/** Match keys of the forms that are adjectives or nouns as often as participles: the feminine ones end in ه. */
const AMBIGUOUS = /^[وف]?(?:م\S+ه|داعيه|واصفه|قاءله|لافته|زاعمه|مشددا)$/u;

/** What a continuation governs, as its first word, besides إن / أن (isThat): إلى، على، عن، an object pronoun. */
const COMPLEMENT = new Set(['الي', 'علي', 'عن', 'اياه', 'اياها', 'اياهم']);
/** The forms that govern with بـ (مطالبةً بالإفراج، متهمةً بـ، واصفةً إياه بـ، منوهةً بـ). */
const TAKES_BA = /(?:مطالبه|متهمه|واصفه|منوهه)$/u;
/** Words that may stand between the participle and what it governs (مؤكدة فيه أن، مشدداً مجدداً على). */
const BETWEEN = new Set(['فيه', 'فيها', 'له', 'لها', 'لهم', 'ايضا', 'مجددا']);

/**
 * The plural متهمين is the passive "accused" (معارضين متهمين بالتحريض، توقيفهم … متهمين بالقيام بعمليات نهب) as often
 * as the active "accusing" (متهمين إياها بالتضييق على الحريات، متهمين حاكم مقاطعة عرفات بمغالطة …): the passive takes
 * its charge with بـ at once, the active names whom it accuses first.
 */
const ACCUSED = /^[وف]?متهمين$/u;

/** Is the word at t (after متهمين) the charge of a passive "accused of" — a بـ word, a mark or the sentence's end? */
function accusedOf(view: SentenceView, t: number): boolean {
  if (t >= view.end || punctBefore(view, t)) return true;
  const next = view.tokens[t]!.key;
  return next.length > 2 && next.startsWith('ب');
}

/** Whether an Arabic continuation cue is, by its place, an adjective or a noun rather than a participle of speech. */
export function participleAsAdjective(view: SentenceView, cue: RawMatch<Cue>): boolean {
  if (cue.first !== cue.last) return false;
  if (ACCUSED.test(view.tokens[cue.first]!.key)) return accusedOf(view, cue.last + 1);
  if (cue.first <= view.first || punctBefore(view, cue.first)) return false;
  const key = view.tokens[cue.first]!.key;
  if (!AMBIGUOUS.test(key)) return false;
  for (let t = cue.last + 1; t < view.end && t <= cue.last + 2; t++) {
    if (/[:"“”«»]/u.test(gapBefore(view, t))) return false;
    if (punctBefore(view, t)) return true;
    const next = view.tokens[t]!.key;
    if (isThat(view, t) || COMPLEMENT.has(next) || (next === 'من' && /محذره$/u.test(key)) || (next.length > 2 && next.startsWith('ب') && TAKES_BA.test(key))) return false;
    if (!BETWEEN.has(next)) return true;
  }
  return true;
}
