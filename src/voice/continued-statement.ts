import {skipSpaceBack} from '../text/white-space.js';
import type {Sentence, Span} from '../types.js';
import type {Region} from './clauses.js';

// A statement carried on over a sentence with no cue of its own: the
// speaker is named once, a sentence of what they said follows with no
// verb of saying, and the next sentence names the same statement again as
// it closes ("…, the regional administration said. The chief administrator
// and his advisor were attacked … . The group has also wounded …,
// according to the press release …"). The narrator's next sentence is far
// commoner than such a run, so the sentence counts as the statement's only
// between two paraphrased reports that close their sentences, the second
// naming the same statement back (a pronoun, "the statement", "the
// release", or a word of the first speaker's: "the intelligence service"
// after "the State Security Service"). Quoted speech interleaved with the
// narrator's background ("“…,” he said. Protests went on … . “…,” he
// added.") never carries it, nor does an informant's report. A sentence
// that opens by adding to the report right before it ("Furthermore, …",
// "In addition, …") goes on with that report, unless journalists or
// witnesses made it.

/** How near a sentence's end its report must close (its verb, speaker or content), in characters: the report is what ends it. */
const CLOSING_REACH = 60;
/** Nouns that name a statement as a document: "the release said", "according to the statement". */
const DOCUMENT = /\b(?:statement|release|communiqu[eé]|bulletin)s?\b/iu;
/** A pronoun speaker: "…, he said", "…, it added". */
const PRONOUN = /^(?:he|she|it|they)$/iu;
/** A sentence that opens by adding to what came before: "Furthermore, …", "In addition, …". */
const ADDING = /^(?:Furthermore|Moreover|In addition|Additionally),/u;
/** Words of a speaker that say nothing of who it is. */
const FUNCTION_WORDS = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'its', 'his', 'her', 'their', 'sent', 'said', 'from', 'with']);

/** Whether a quotation reaches into a span (looked up by position, not by a scan of every quotation). */
type OverlapsQuote = (span: Span) => boolean;

/** A paraphrased report (no quotation inside it) of a named speaker. */
function paraphrase(region: Region, overlapsQuote: OverlapsQuote): boolean {
  return region.kind === 'reported' && region.speaker !== null && !overlapsQuote(region);
}

/** The sentence's end without its closing spaces. */
function trimmedEnd(body: string, sentence: Span): number {
  return skipSpaceBack(body, sentence.start, sentence.end);
}

/** A paraphrased report that is what ends the sentence: its content, verb or speaker reaches the last words. */
function closesSentence(body: string, sentence: Span, region: Region, overlapsQuote: OverlapsQuote): boolean {
  return paraphrase(region, overlapsQuote) && Math.max(region.end, region.cueSpan.end) >= trimmedEnd(body, sentence) - CLOSING_REACH;
}

/** A report whose verb (or "according to") comes after what it reports: "…, the release said." */
function closingReport(region: Region): boolean {
  return region.end <= region.cueSpan.start;
}

/** Content words of a speaker, in lower case. */
function speakerWords(speaker: string): string[] {
  return speaker
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w));
}

/** The second speaker names the first one's statement back: a pronoun, a document, or a shared word after "the". */
export function namesSameStatement(second: string, first: string): boolean {
  const s = second.trim();
  if (PRONOUN.test(s)) return true;
  if (!/^the\s/iu.test(s)) return false;
  if (DOCUMENT.test(s)) return true;
  const earlier = new Set(speakerWords(first));
  return speakerWords(s).some((w) => earlier.has(w));
}

export interface ContinuationInput {
  readonly body: string;
  readonly sentences: readonly Sentence[];
  /** The regions found in each sentence, by sentence index. */
  readonly regionsBySentence: readonly (readonly Region[] | undefined)[];
  readonly overlapsQuote: OverlapsQuote;
  /** Whether a region is an informant's ("…, witnesses said"), whose facts the outlet vouches for. */
  readonly informant: (region: Region) => boolean;
  /** Whether the sentence is English. */
  readonly english: (sentence: Sentence) => boolean;
}

/**
 * The regions of sentences that carry on a statement with no cue of their
 * own, by sentence index: each covers the sentence and is given to the
 * closing report's speaker and cue.
 */
export function continuedStatements(input: ContinuationInput): Map<number, Region> {
  const {body, sentences, regionsBySentence, overlapsQuote} = input;
  const out = new Map<number, Region>();
  for (let i = 1; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    if ((regionsBySentence[i]?.length ?? 0) > 0 || !input.english(sentence)) continue;
    // A line with no full stop is a headline or a caption, never a sentence of the statement.
    if (!/[.!?]["”’]?$/u.test(body.slice(sentence.start, trimmedEnd(body, sentence)))) continue;
    if (overlapsQuote(sentence)) continue;
    const previous = sentences[i - 1]!;
    const before = (regionsBySentence[i - 1] ?? []).find((r) => closesSentence(body, previous, r, overlapsQuote) && !input.informant(r));
    if (!before) continue;
    // "According to the Twitter statement, the workers … attacked the Nawankot Police Station … . Furthermore, the
    // TLP workers also …": a sentence that opens by adding to the report before it goes on with that report.
    if (ADDING.test(body.slice(sentence.start, sentence.start + 40).trimStart())) {
      out.set(i, {cue: before.cue, cueSpan: before.cueSpan, stance: before.stance, kind: 'reported', start: sentence.start, end: trimmedEnd(body, sentence), speaker: before.speaker});
      continue;
    }
    const next = sentences[i + 1];
    if (!next) continue;
    const after = (regionsBySentence[i + 1] ?? []).find(
      (r) => closingReport(r) && closesSentence(body, next, r, overlapsQuote) && !input.informant(r) && namesSameStatement(r.speaker!, before.speaker!),
    );
    if (!after) continue;
    out.set(i, {cue: after.cue, cueSpan: after.cueSpan, stance: after.stance, kind: 'reported', start: sentence.start, end: trimmedEnd(body, sentence), speaker: after.speaker});
  }
  return out;
}
