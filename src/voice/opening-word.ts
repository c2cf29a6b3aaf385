import type {SentenceView} from './sentence-view.js';

/*
 * "Overall, he said, the police continue to act professionally and with
 * restraint in the management of extremely provocative situations …": a
 * report set off by commas after the sentence's first word alone does not
 * close a clause said — one word is no clause (an adverb, "Overall",
 * "Instead", or a bare subject, "Protesters, police said, attacked …") — so
 * what was said follows the aside, as after "However, he said, …". A longer
 * stretch before the aside ("Rioters torched cars in the capital on Sunday,
 * police said, as …") is still the clause it governs.
 */

/** Is the stretch from the sentence start to the comma before token `comma` a single word? */
export function loneOpeningWord(view: SentenceView, comma: number): boolean {
  return comma - view.first === 1 && /^\p{L}/u.test(view.tokens[view.first]!.text);
}
