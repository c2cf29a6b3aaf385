import {firstTokenAfter, gapBefore, ONLY_COMMA, punctBefore, type SentenceView, SPEECH_CUES, cueStartingAt} from './sentence-view.js';
import {RELATIVE} from './speaker-phrase.js';

// "أعلن النائب العام المستشار حمادة الصاوي، الذي عينه الرئيس …، أنه تم
// استجواب …", "أعلنت لجان مقاومة أم درمان (مكونة من ناشطين)، في بيان، أنها
// ستواصل التصعيد": in VS order, between a verb of announcing and the أن that
// makes what it announces a clause, the speaker may be described by a
// relative clause set off by commas or by words in brackets. The aside is
// the outlet's description of the speaker; it neither ends the search for
// that أن nor counts as a circumstance (الذي is one of objectScopeEnds only
// where it opens a relative on the announced thing).

/** How long a relative clause describing the speaker between commas may run, in words. */
const MAX_RELATIVE_ASIDE = 20;
/** How far a bracketed description of the speaker may run, in characters ("(مكونة من ناشطين)"). */
const MAX_BRACKETED_ASIDE = 40;

/**
 * The token after an aside on a VS speaker that opens at token `t` — a
 * relative clause after a comma, up to and past its closing comma, or words
 * in brackets, past the closing bracket (and a comma after it) — or -1 when
 * none opens there. No other mark, quotation or cue of speech inside.
 */
export function speakerAsideEnd(view: SentenceView, t: number): number {
  if (view.language !== 'ar' || t >= view.end) return -1;
  return ONLY_COMMA.test(gapBefore(view, t)) ? relativeAsideEnd(view, t) : bracketedAsideEnd(view, t);
}

/** ", الذي عينه الرئيس … قبل أسبوعين،": the token after the relative's closing comma, or -1. */
function relativeAsideEnd(view: SentenceView, t: number): number {
  if (!RELATIVE.has(view.tokens[t]!.key)) return -1;
  for (let u = t + 1; u < Math.min(view.end, t + MAX_RELATIVE_ASIDE); u++) {
    if (punctBefore(view, u)) return ONLY_COMMA.test(gapBefore(view, u)) ? u : -1;
    if (cueStartingAt(view, u, SPEECH_CUES)) return -1;
  }
  return -1;
}

/** "(مكونة من ناشطين)،": the token after the closing bracket, or -1. */
function bracketedAsideEnd(view: SentenceView, t: number): number {
  if (!/^\s*\(\s*$/u.test(gapBefore(view, t))) return -1;
  const from = view.tokens[t]!.start;
  const within = view.body.slice(from, from + MAX_BRACKETED_ASIDE + 1).indexOf(')');
  if (within < 0 || /[،,\n("“”«»]/u.test(view.body.slice(from, from + within))) return -1;
  const after = firstTokenAfter(view, from + within);
  if (after === null || after >= view.end || !/^\)\s*[,،]?\s+$/u.test(view.body.slice(from + within, view.tokens[after]!.start))) return -1;
  for (let u = t; u < after; u++) if (cueStartingAt(view, u, SPEECH_CUES)) return -1;
  return after;
}
