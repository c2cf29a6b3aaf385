import type {Region} from './clauses.js';
import type {SentenceView} from './sentence-view.js';

/*
 * "While seven protesters were killed in "retaliatory firing" by security forces, one person died of drowning when he
 * was trying to escape police firing, the Hindustan Times quoted local police intelligence chief Shiv M Sahai as
 * saying." (IBTimes India): a paper that quotes someone "as saying", closing the sentence after a comma, gives the
 * clause before the comma as that someone's words, as "…, Sahai said." would. The one quoted, not the paper, is the
 * speaker. Only at the sentence end and after a comma: "quoted him as saying the state was …" reports forward, by the rules of "saying",
 * and '“…,” Khojastehpour is quoted as saying.' closes its quotation by the quotation's rules. The passive and "cited
 * … as saying" were left: no real sentence of that form closing an unquoted clause was found to test them on.
 */

/** ", <paper> quoted <speaker> as saying." at the sentence end. */
const QUOTED_AS_SAYING = /,\s+(?:[^\s,.]+\s+){1,6}?quoted\s+((?:[^\s,]+\s+){1,12}?)as\s+saying\s*(?:on\s+\p{L}+\s*)?[.!]?\s*$/u;

export function quotedAsSaying(view: SentenceView): Region | null {
  if (view.language !== 'en' || view.first >= view.end) return null;
  const {body, sentence} = view;
  const text = body.slice(sentence.start, sentence.end);
  const m = QUOTED_AS_SAYING.exec(text);
  if (!m || m.index === 0) return null;
  const start = view.tokens[view.first]!.start;
  const end = sentence.start + m.index;
  if (end <= start) return null;
  const cueAt = sentence.start + m.index + m[0].lastIndexOf('as saying');
  return {start, end, speaker: m[1]!.trim(), cue: 'quoted … as saying', cueSpan: {start: cueAt, end: cueAt + 'as saying'.length}, stance: 'neutral', kind: 'reported'};
}
