import type {RawMatch} from '../lexicon/match.js';
import type {Cue} from './cues.js';
import {type SentenceView, withinClause} from './sentence-view.js';
import {isThat} from './speaker-phrase.js';

// "أقر الرئيس الإيراني إبراهيم رئيسي إصلاحات الدعم" (approved the subsidy
// reforms) passes a measure: nobody speaks. أقرّ reports (acknowledged,
// admitted) with what is admitted after its بـ or with a clause: "أقرّ
// بالهزيمة"، "أقرت الحكومة بوجود …"، "يقر بأن …"، "أقر أن …". So the verb
// reports only when, before any punctuation and within a speaker's reach,
// a complementiser or a بـ on a verbal or definite noun follows it.

/** أقر, أقرت, أقروا, يقر, تقر (with و / ف) as match keys. */
const AQARRA = /^[وف]?(?:اقر|اقرت|اقروا|يقر|تقر)$/u;
/** How far after the verb its بـ or complementiser may stand (the speaker between), in words. */
const REACH = 8;
/**
 * The بـ of what is admitted, as a key: on a definite or verbal noun (بالهزيمة، باستخدام، بتقصير) or on one of the
 * plain nouns admitted most (بوجود، بفشل، بصعوبة، بحق، بمسؤولية). Not بهدف، بعد، بين, which open no admission.
 */
const ADMITTED = /^ب(?:ا\p{L}{2,}|ت\p{L}{2,}|(?:وجود|فشل|صعوبه|حق|مسؤوليه|مسئوليه|خطا|ضروره|عجز|وقوع)$)/u;

/** Is this a form of أقر? */
export function isAqarra(key: string): boolean {
  return AQARRA.test(key);
}

/** Does this أقر match report: a complementiser or the بـ of what is admitted after it, in its clause? */
export function acknowledged(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const verdict = (t: number): boolean | undefined => (isThat(view, t) || ADMITTED.test(view.tokens[t]!.key) ? true : undefined);
  return withinClause(view, cue.last + 1, REACH, verdict);
}
