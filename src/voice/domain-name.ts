import type {RawMatch} from '../lexicon/match.js';
import type {Cue} from './cues.js';
import type {SentenceView} from './sentence-view.js';

/** A web domain's ending glued to the word before it: a dot, two to four letters of one case, then no letter (".az", ".AZ/", ".com"). */
const DOMAIN_END = /^\.(?:[a-z]{2,4}|[A-Z]{2,4})(?!\p{L})/u;

/**
 * "Baku. 27 March. REPORT.AZ/ A rally was held …", "Report.az informs …": a reporting word glued by a dot to a
 * domain's ending is an outlet's or a site's name (its dateline), not a verb reporting the sentence. Not a sentence
 * run into the next with no space ("…, police said.The crowd …": "The" is not one case).
 */
export function inDomainName(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const end = view.tokens[cue.last]!.end;
  return DOMAIN_END.test(view.body.slice(end, end + 6));
}
