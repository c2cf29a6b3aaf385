import type {RawMatch} from '../lexicon/match.js';
import type {Cue} from './cues.js';
import {relayedThat} from './relayed-that.js';
import type {SentenceView} from './sentence-view.js';

// "تناقلت مواقع إخبارية عبر تطبيق “تلغرام”، أنّ الاحتجاجات تركزت في …"
// (news sites relayed that …): a verb of passing round (تناقل، تداول)
// reports a clause when its أنّ follows the ones who passed it round, a
// comma perhaps before it. With a thing only ("وتداولت حسابات إيرانية
// مقاطع وصورا عن الإضراب") it tells what they did, and nobody speaks.

/** تناقل and تداول in their conjugations (with و / ف), as match keys. */
export const CIRCULATED = /^[وف]?(?:[يت]?تناقل|[يت]?تداول)(?:ت|وا|ون)?$/u;

/** Is this تناقل / تداول match followed in its clause by أن / أنّ / بأن after the ones who passed it round (a comma at most before it)? */
export function circulatedThat(view: SentenceView, cue: RawMatch<Cue>): boolean {
  return relayedThat(view, cue, true) >= 0;
}
