import type {MatchToken, RawMatch} from '../lexicon/match.js';
import type {Span} from '../types.js';
import type {Cue, CueKind} from './cues.js';
import type {Quote} from './quotes.js';

/** Everything the clause rules need to know about one sentence. */
export interface SentenceView {
  readonly body: string;
  readonly language: 'ar' | 'en';
  readonly sentence: Span;
  /** The sentence is the first of its paragraph. */
  readonly opensParagraph: boolean;
  readonly tokens: readonly MatchToken[];
  /** Token index range of the sentence, [first, end). */
  readonly first: number;
  readonly end: number;
  /** Cue matches inside the sentence, in text order. */
  readonly cues: readonly RawMatch<Cue>[];
  readonly quotes: readonly Quote[];
  readonly notSpeaker: ReadonlySet<string>;
  /** Token indexes where a framing term begins: a speaker never runs into one (أعلنت الشرطة القضاء على …). */
  readonly termStarts?: ReadonlySet<number>;
  /** The most recent speaker before this sentence, for continuations and pronoun subjects. */
  readonly lastSpeaker: string | null;
}

export const REPORTING: readonly CueKind[] = ['verb', 'continuation'];
export const COMPLEMENTIZER: readonly CueKind[] = ['complementizer'];
/** Every cue that opens or closes a stretch of speech (all but the object-scope ends). */
export const SPEECH_CUES: readonly CueKind[] = ['verb', 'continuation', 'attribution', 'complementizer', 'ownVoice', 'distancingBefore', 'distancingAfter', 'negator', 'notNegation'];

/**
 * Cue lookups by token. The cues of a sentence come from the matcher, which
 * keeps no two matches that share a token: at most one cue starts (or ends)
 * at any token. A few are scanned in place; more (a 1 MB article without
 * punctuation is one sentence) are indexed by token once per sentence.
 */
const SCAN_LIMIT = 12;

/** For a sentence of many cues: by token (from the first cue's first token), 1 + the index of the cue that starts / ends there, or 0. */
interface CueIndex {
  readonly base: number;
  readonly first: Int32Array;
  readonly last: Int32Array;
}
const INDEXES = new WeakMap<readonly RawMatch<Cue>[], CueIndex>();

function indexOf(cues: readonly RawMatch<Cue>[]): CueIndex {
  let index = INDEXES.get(cues);
  if (!index) {
    const base = cues[0]!.first;
    const size = cues[cues.length - 1]!.last - base + 1;
    index = {base, first: new Int32Array(size), last: new Int32Array(size)};
    for (let i = 0; i < cues.length; i++) {
      index.first[cues[i]!.first - base] = i + 1;
      index.last[cues[i]!.last - base] = i + 1;
    }
    INDEXES.set(cues, index);
  }
  return index;
}

/** For a sentence of many cues, by the index: the cue of one of these kinds that starts / ends at token t. */
function indexedCueAt(view: SentenceView, t: number, kinds: readonly CueKind[], at: 'first' | 'last'): RawMatch<Cue> | undefined {
  const {cues} = view;
  // Many cues (a long sentence of reports): two typed arrays per sentence, made once, then one read per lookup.
  const index = indexOf(cues);
  const slot = t - index.base;
  const n = slot >= 0 && slot < index.first.length ? index[at][slot]! : 0;
  const c = n > 0 ? cues[n - 1] : undefined;
  return c !== undefined && kinds.includes(c.payload.kind) ? c : undefined;
}

/*
 * A few cues are scanned in place, one function for starts and one for ends
 * (the rules ask this of every word they walk over): plain property reads,
 * where one function for both read c[at] by a name held in a variable.
 */

/** The cue of one of these kinds that starts at token t. */
export function cueStartingAt(view: SentenceView, t: number, kinds: readonly CueKind[]): RawMatch<Cue> | undefined {
  const {cues} = view;
  if (cues.length > SCAN_LIMIT) return indexedCueAt(view, t, kinds, 'first');
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i]!;
    if (c.first === t && kinds.includes(c.payload.kind)) return c;
  }
  return undefined;
}

/** The cue of one of these kinds that ends at token t. */
export function cueEndingAt(view: SentenceView, t: number, kinds: readonly CueKind[]): RawMatch<Cue> | undefined {
  const {cues} = view;
  if (cues.length > SCAN_LIMIT) return indexedCueAt(view, t, kinds, 'last');
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i]!;
    if (c.last === t && kinds.includes(c.payload.kind)) return c;
  }
  return undefined;
}

/** English words that open a noun phrase ("a statement", "the parliament", "their heads"). */
export const NOUN_PHRASE_START: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);

/** An English word with an inflection the lemmatiser takes back to another form: a plural in -s, a past in -ed. */
export const inflected = (token: MatchToken, ending: 's' | 'ed'): boolean => token.key.endsWith(ending) && token.lemma !== undefined && token.lemma !== token.key;

/** Punctuation that ends a speaker phrase or a clause. */
export const PUNCT = /[،,.:;؛!?؟"“”«»()\[\]–—]/u;

/** A gap between two words that holds a comma and nothing else. */
export const ONLY_COMMA = /^\s*[,،]\s*$/u;

/** A table by code unit of a few marks, none of them a surrogate: a regex class tested over a gap without cutting the gap out. */
export function markTable(marks: string): Uint8Array {
  const table = new Uint8Array(0x2020);
  for (const c of marks) table[c.charCodeAt(0)] = 1;
  return table;
}

/** PUNCT's marks by code unit. */
const PUNCT_CODES = markTable('،,.:;؛!?؟"“”«»()[]–—');
/** Commas, Arabic and Latin: the class /[،,]/. */
export const COMMAS = markTable('،,');
/** Commas, semicolons and colons: the class /[،,;؛:]/. */
export const CLAUSE_MARKS_OR_COLON = markTable('،,;؛:');

/** Whether any of a table's marks stands in body[from, to). */
export function marksIn(table: Uint8Array, body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (table[body.charCodeAt(i)] === 1) return true;
  return false;
}

/** Whether PUNCT matches anything in body[from, to) (the tests of a storm of reports cut a string each). */
export const punctIn = (body: string, from: number, to: number): boolean => marksIn(PUNCT_CODES, body, from, to);

/** Whether PUNCT matches what stands between token t − 1 and token t: `PUNCT.test(gapBefore(view, t))` without the string. */
export function punctBefore(view: SentenceView, t: number): boolean {
  return marksBefore(view, t, PUNCT_CODES);
}

/**
 * What a word means to a scan of the words after a cue: `true` it is the word looked for, `false` the scan ends
 * without it, `undefined` it goes on.
 */
export type WordVerdict = (t: number) => boolean | undefined;

/**
 * Reads the words from token `from` on, at most `reach` of them and not past the sentence, until `verdict` decides;
 * punctuation before a word ends the scan without a find, except before the first word when `punctFirst` lets it
 * stand there ("لفت، إلى …" is read as "لفت إلى"). The shape of the many "X within a few words, before any
 * punctuation" tests of the clause rules.
 */
export function withinClause(view: SentenceView, from: number, reach: number, verdict: WordVerdict, punctFirst = false): boolean {
  for (let t = from, end = Math.min(view.end, from + reach); t < end; t++) {
    if ((t > from || !punctFirst) && punctBefore(view, t)) return false;
    const found = verdict(t);
    if (found !== undefined) return found;
  }
  return false;
}

/** Whether one of a table's marks (COMMAS …) stands between token t − 1 and token t: a class's test of gapBefore without the string. */
export function marksBefore(view: SentenceView, t: number, table: Uint8Array): boolean {
  return marksIn(table, view.body, view.tokens[t - 1]!.end, view.tokens[t]!.start);
}

/** What stands between token t-1 and token t (spaces, punctuation, quotation marks). */
export function gapBefore(view: SentenceView, t: number): string {
  return view.body.slice(view.tokens[t - 1]!.end, view.tokens[t]!.start);
}

/** Whether a clause mark (, ; ، ؛) stands between token t − 1 and token t: gapBefore's test without cutting the gap out. */
export function clauseMarkBefore(view: SentenceView, t: number): boolean {
  const {body} = view;
  for (let i = view.tokens[t - 1]!.end, end = view.tokens[t]!.start; i < end; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x60c || c === 0x61b) return true;
  }
  return false;
}

/** The first token of the sentence that starts after `offset`, or null (binary search). */
export function firstTokenAfter(view: SentenceView, offset: number): number | null {
  let lo = view.first;
  let hi = view.end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.tokens[mid]!.start > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < view.end ? lo : null;
}

/** The last token of the sentence that ends at or before `offset`, or -1 (binary search). */
export function lastTokenBefore(view: SentenceView, offset: number): number {
  let lo = view.first;
  let hi = view.end;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1 >= view.first ? lo - 1 : -1;
}

/** Index of the first quotation of the sentence whose words start after `offset` (binary search over `quotes`, sorted by start). */
export function quoteIndexAfter(view: SentenceView, offset: number): number {
  let lo = 0;
  let hi = view.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.quotes[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Is the span inside a closed quotation? Looks back from the span over the few quotes that can enclose it. */
export function insideClosedQuote(view: SentenceView, span: Span): boolean {
  for (let i = quoteIndexAfter(view, span.start) - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
    const q = view.quotes[i]!;
    if (q.open !== null && q.close !== null && q.open < span.start && q.close >= span.end) return true;
  }
  return false;
}

/** The first quotation with an opening mark at or after `offset`, or null. */
export function quoteOpeningFrom(view: SentenceView, offset: number): Quote | null {
  for (let i = quoteIndexAfter(view, offset); i < view.quotes.length; i++) {
    const q = view.quotes[i]!;
    if (q.open !== null && q.open >= offset) return q;
  }
  return null;
}

/** Tokens of a closed quotation: [first, last] inclusive, and how many. */
export function quoteTokens(view: SentenceView, quote: Quote): {first: number; last: number; words: number} | null {
  if (quote.open === null || quote.close === null) return null;
  const first = firstTokenAfter(view, quote.open);
  const last = lastTokenBefore(view, quote.close);
  if (first === null || last < first) return null;
  return {first, last, words: last - first + 1};
}
