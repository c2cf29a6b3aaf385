import type {RawMatch} from '../lexicon/match.js';
import type {Cue} from './cues.js';
import {punctBefore, type SentenceView} from './sentence-view.js';

/*
 * '“The people showed their displeasure, but we cannot really blame the people …,” Khamenei was quoted by state TV
 * as saying, in reference to the protests.' (Reuters); '“…,” Khamenei was quoted on Friday by Iranian news agencies
 * as saying, in his first direct mention of the weeklong protests.' (Al Jazeera): a quotation opens the sentence and
 * a frame with "quoted … as saying" closes it. What was said is the quotation; a comma, a full stop or a day after
 * "as saying" leaves what follows to the outlet, as '“…,” Khamenei said, in reference to …' does. "as saying that
 * …" and "as saying, “…”" still report forward.
 */

/** Most words of the frame between the quotation's closing mark and "as saying" ("Khamenei was quoted on Friday by Iranian news agencies"). */
const MAX_FRAME_WORDS = 12;
/** How far after "as saying" its close is looked for, in characters ("on Friday,", "on July 21,"). */
const CLOSE_REACH = 24;
/** After "as saying": an optional day ("on Friday", "on July 21") and a comma not opening a quotation or "that", or the sentence's end. */
const CLOSES_FRAME = /^\s*(?:on\s+\p{L}+(?:\s+\d{1,2})?\s*)?(?:[.!?]|,(?!\s*(?:["“‘«']|that\b))|$)/u;
/** A quotation's closing mark after its last word's comma, "!", "?" or "…", and the spaces before the frame. */
const QUOTATION_CLOSED = /[,!?…]\s*["”’]\s*$/u;

/** Is the cue the "as saying" of a "“…,” X was quoted (by Y) as saying" frame that says nothing after it? */
export function quoteFirstAsSaying(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const {tokens, body} = view;
  if (view.language !== 'en' || cue.first !== cue.last || tokens[cue.first]!.key !== 'saying') return false;
  if (cue.first - 1 <= view.first || tokens[cue.first - 1]!.key !== 'as' || punctBefore(view, cue.first)) return false;
  if (!CLOSES_FRAME.test(body.slice(cue.end, Math.min(cue.end + CLOSE_REACH, view.sentence.end)))) return false;
  let quoted = false;
  for (let t = cue.first - 2; t >= view.first && cue.first - t <= MAX_FRAME_WORDS + 1; t--) {
    if (tokens[t]!.key === 'quoted') quoted = true;
    // The frame's first word: a quotation must close right before it ('“Time’s up!” police said' may split after "!").
    if (t === view.first || punctBefore(view, t)) return quoted && QUOTATION_CLOSED.test(body.slice(Math.max(0, tokens[t]!.start - 4), tokens[t]!.start));
  }
  return false;
}
