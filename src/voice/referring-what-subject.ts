import {matchKey} from '../text/normalize.js';
import type {SentenceView} from './sentence-view.js';

// "…، وهو ما اعتبره البعض محاولة لكسب ولائهم": a relative that points back at the clause before the comma (وهو ما،
// وهي ما، ما، مما، الأمر الذي) stands where a subject closing the sentence would, but it names nobody: the one who
// holds the view is named after the verb (البعض), and what they said of it is what follows. The clause before the
// comma is not their report.

/** Words of a relative that refers back to the clause before it. */
const REFERRING = new Set(['وهو', 'وهي', 'هو', 'هي', 'ما', 'وما', 'مما', 'الامر', 'والامر', 'الذي', 'وهذا', 'هذا'].map(matchKey));
/** Its head: the last word before the verb must be ما or الذي. */
const HEAD = new Set(['ما', 'وما', 'مما', 'الذي'].map(matchKey));

/** Are the Arabic words from `from` up to (not including) `verb` only a relative referring back (وهو ما، الأمر الذي)? */
export function referringWhatSubject(view: SentenceView, from: number, verb: number): boolean {
  if (view.language !== 'ar' || from >= verb || verb - from > 3) return false;
  if (!HEAD.has(view.tokens[verb - 1]!.key)) return false;
  for (let t = from; t < verb; t++) if (!REFERRING.has(view.tokens[t]!.key)) return false;
  return true;
}
