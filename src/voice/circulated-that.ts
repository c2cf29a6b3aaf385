import type {RawMatch} from '../lexicon/match.js';
import type {Cue} from './cues.js';
import {gapBefore, punctBefore, type SentenceView} from './sentence-view.js';
import {isThat} from './speaker-phrase.js';

// "تناقلت مواقع إخبارية عبر تطبيق “تلغرام”، أنّ الاحتجاجات تركزت في …"
// (news sites relayed that …): a verb of passing round (تناقل، تداول)
// reports a clause when its أنّ follows the ones who passed it round, a
// comma perhaps before it. With a thing only ("وتداولت حسابات إيرانية
// مقاطع وصورا عن الإضراب") it tells what they did, and nobody speaks.

/** تناقل and تداول in their conjugations (with و / ف), as match keys. */
export const CIRCULATED = /^[وف]?(?:[يت]?تناقل|[يت]?تداول)(?:ت|وا|ون)?$/u;
/** How far after the verb its أنّ may stand (the ones who passed it round between), in words. */
const REACH = 10;
/** A gap that holds only spaces and quotation marks. */
const ONLY_MARKS = /^[\s"“”«»]*$/u;
/** A gap that holds only a comma (and spaces or quotation marks). */
const ONLY_COMMA = /^[\s"“”«»]*[،,][\s"“”«»]*$/u;

/** Is this تناقل / تداول match followed in its clause by أن / أنّ / بأن (after a comma at most)? */
export function circulatedThat(view: SentenceView, cue: RawMatch<Cue>): boolean {
  for (let t = cue.last + 1; t < Math.min(view.end, cue.last + 1 + REACH); t++) {
    // A quoted name among them ("عبر تطبيق “تلغرام”") goes on; a comma ends the search unless أنّ follows it.
    if (punctBefore(view, t) && !ONLY_MARKS.test(gapBefore(view, t))) return ONLY_COMMA.test(gapBefore(view, t)) && isThat(view, t);
    if (isThat(view, t)) return true;
  }
  return false;
}
