import type {MatchToken, RawMatch} from '../lexicon/match.js';
import type {Span, VerbStance} from '../types.js';
import type {Cue} from './cues.js';
import type {Quote} from './quotes.js';

/**
 * A stretch of a sentence in someone else's voice: what a reporting verb,
 * an attribution phrase or a "Speaker: claim" headline governs.
 */
export interface Region extends Span {
  readonly speaker: string | null;
  /** The cue as written (قال، بحسب، the headline's colon …). */
  readonly cue: string;
  readonly cueSpan: Span;
  readonly stance: VerbStance;
  readonly kind: 'reported' | 'headline';
}

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

const PUNCT = /[،,.:;؛!?؟"“”«»()\[\]–—]/u;
/** Longest speaker we accept, in words ("المتحدث باسم وزارة الداخلية الكازاخية سلطان …"). */
const MAX_SPEAKER_WORDS = 7;
/** Longest "Speaker:" prefix of a headline, in words. */
const MAX_HEADLINE_SPEAKER = 5;
/** A trailing attribution ("…، بحسب الوكالة") governs the clause before it when that clause is this short. */
const MAX_TRAILING_CLAUSE = 30;

export function attributedRegions(view: SentenceView): Region[] {
  const regions: Region[] = [];
  let lastSpeaker = view.lastSpeaker;
  const headline = headlineRegion(view);
  if (headline) {
    regions.push(headline);
    lastSpeaker = headline.speaker ?? lastSpeaker;
  }
  for (const cue of view.cues) {
    const kind = cue.payload.kind;
    let region: Region | null = null;
    // "بحسب ما أعلنت الوزارة": the attribution phrase governs; its verb adds no scope of its own.
    const governed = view.cues.some((c) => c.payload.kind === 'attribution' && c.last < cue.first && c.last >= cue.first - 2);
    if ((kind === 'verb' || kind === 'continuation') && !governed) region = verbRegion(view, cue, lastSpeaker);
    else if (kind === 'attribution') region = attributionRegion(view, cue);
    if (!region) continue;
    regions.push(region);
    lastSpeaker = region.speaker ?? lastSpeaker;
  }
  return regions;
}

/** "توكاييف: أعمال الشغب …" — a short name before a colon opening a paragraph. */
function headlineRegion(view: SentenceView): Region | null {
  if (!view.opensParagraph) return null;
  const {body, sentence, tokens} = view;
  const colon = body.indexOf(':', sentence.start);
  if (colon < 0 || colon >= sentence.end) return null;
  let words = 0;
  for (let t = view.first; t < view.end && tokens[t]!.end <= colon; t++) words++;
  if (words === 0 || words > MAX_HEADLINE_SPEAKER) return null;
  if (view.cues.some((c) => c.end <= colon && (c.payload.kind === 'verb' || c.payload.kind === 'continuation'))) return null;
  const rest = firstTokenAfter(tokens, view, colon);
  if (rest === null) return null;
  return {
    start: tokens[rest]!.start,
    end: sentence.end,
    speaker: body.slice(sentence.start, colon).trim(),
    cue: ':',
    cueSpan: {start: colon, end: colon + 1},
    stance: 'neutral',
    kind: 'headline',
  };
}

function verbRegion(view: SentenceView, cue: RawMatch<Cue>, lastSpeaker: string | null): Region {
  const {body, tokens, sentence} = view;
  const base = {cue: body.slice(cue.start, cue.end), cueSpan: {start: cue.start, end: cue.end}, stance: cue.payload.stance, kind: 'reported' as const};

  // "…، قال المتحدث." / "…, police said." — the verb closes the sentence and governs what came before it.
  const trailing = trailingVerb(view, cue);
  if (trailing) return {...base, ...trailing};

  // Arabic puts the subject after a past-tense verb (قال المتحدث) and usually before a present-tense one
  // (روسيا تعلن …); English puts it before (the spokesman said).
  const subjectFirst = view.language === 'en' || /^[وف]?[يت]/u.test(tokens[cue.first]!.key);
  const found = subjectFirst ? speakerBefore(view, cue) ?? speakerAfter(view, cue) : speakerAfter(view, cue) ?? speakerBefore(view, cue);
  const speaker = cue.payload.kind === 'continuation' ? lastSpeaker : found ?? lastSpeaker;
  let end = sentence.end;
  if (cue.payload.takes === 'object') end = objectScopeEnd(view, cue);
  end = Math.min(end, quoteScopeEnd(view, cue, end));
  return {...base, start: cue.end, end, speaker};
}

/** The verb is followed by at most a short speaker up to the sentence end, and a comma precedes it. */
function trailingVerb(view: SentenceView, cue: RawMatch<Cue>): {start: number; end: number; speaker: string | null} | null {
  const {body, tokens, sentence} = view;
  const after = view.end - 1 - cue.last;
  if (after > 4 || cue.first === view.first) return null;
  if (view.cues.some((c) => c.first > cue.last && c.payload.kind !== 'scopeEnd')) return null;
  if (view.quotes.some((q) => q.start >= cue.end)) return null;
  // Look back over a short SV subject ("police", "the ministry") for the comma that ends the reported clause.
  for (let t = cue.first; t > view.first && cue.first - t <= 4; t--) {
    const gap = body.slice(tokens[t - 1]!.end, tokens[t]!.start);
    if (/[،,]/u.test(gap)) {
      const subject = t < cue.first ? body.slice(tokens[t]!.start, tokens[cue.first - 1]!.end) : null;
      const object = after > 0 ? body.slice(tokens[cue.last + 1]!.start, tokens[view.end - 1]!.end) : null;
      return {start: sentence.start, end: tokens[t - 1]!.end, speaker: subject ?? object};
    }
  }
  return null;
}

/** VS order: the words after the verb, up to a complementiser, punctuation or a quote (نقل … عن X). */
function speakerAfter(view: SentenceView, cue: RawMatch<Cue>): string | null {
  const {body, tokens} = view;
  let t = cue.last + 1;
  if (isTransmission(body.slice(cue.start, cue.end))) {
    for (let k = t; k < Math.min(view.end, t + 8); k++) {
      if (tokens[k]!.key === 'عن') {
        t = k + 1;
        break;
      }
    }
  }
  let from = -1;
  let to = -1;
  for (; t < view.end && (from < 0 || t - from < MAX_SPEAKER_WORDS); t++) {
    if (t > cue.last + 1 && PUNCT.test(body.slice(tokens[t - 1]!.end, tokens[t]!.start))) break;
    if (startsCue(view, t) || view.termStarts?.has(t)) break;
    if (tokens[t]!.isNumber) break;
    if (from < 0 && (view.notSpeaker.has(tokens[t]!.key) || view.notSpeaker.has(tokens[t]!.key.replace(/^[وف](?=..)/u, '')))) continue;
    // Once the speaker has begun, a preposition or time word opens an adverbial ("في تصريح", "on Friday").
    if (from >= 0 && view.notSpeaker.has(tokens[t]!.key) && tokens[t]!.key !== 'من') break;
    if (from < 0) from = t;
    to = t;
  }
  if (from < 0) return null;
  // "أكدت دعمها الكامل …": a first word with a possessive pronoun is the object, the subject is implied.
  if (/^[\p{L}\p{M}]{3,}(ها|هم|هما|ه)$/u.test(tokens[from]!.text) && !/^(رئيس|وزير|متحدث|ممثل|سفير|مندوب)/u.test(tokens[from]!.key)) return null;
  // Drop trailing function words ("في", "من") and the قوله of "نقلت عن X قوله".
  while (to > from && (view.notSpeaker.has(tokens[to]!.key) || /^قول(ه|ها|هم)$/u.test(tokens[to]!.key))) to--;
  return body.slice(tokens[from]!.start, tokens[to]!.end);
}

/** SV order: a short subject between the clause start and the verb. */
function speakerBefore(view: SentenceView, cue: RawMatch<Cue>): string | null {
  const {body, tokens} = view;
  let from = cue.first;
  while (from > view.first && !PUNCT.test(body.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--;
  const words = cue.first - from;
  if (words === 0 || words > MAX_SPEAKER_WORDS) return null;
  return body.slice(tokens[from]!.start, tokens[cue.first - 1]!.end);
}

/** "أعلن القضاء على …، في أعقاب …": the announced thing ends at a circumstantial phrase or a comma. */
function objectScopeEnd(view: SentenceView, cue: RawMatch<Cue>): number {
  const {body, tokens, sentence} = view;
  for (let t = cue.last + 1; t < view.end; t++) {
    if (t > cue.last + 1 && /[،,;؛]/u.test(body.slice(tokens[t - 1]!.end, tokens[t]!.start))) return tokens[t - 1]!.end;
    const scope = view.cues.find((c) => c.first === t && c.payload.kind === 'scopeEnd');
    if (scope) return tokens[t]!.start;
  }
  return sentence.end;
}

/**
 * A verb that introduces a quotation governs that quotation; what follows
 * its closing mark is the narrator's again, unless a coordinated
 * complementiser (وإن، وأن) continues the reported speech.
 */
function quoteScopeEnd(view: SentenceView, cue: RawMatch<Cue>, end: number): number {
  const {body, tokens} = view;
  const quote = view.quotes.find((q) => q.open !== null && q.open >= cue.end && q.open < end);
  if (!quote || quote.close === null || quote.close >= end) return end;
  if (!introducesQuote(view, cue, quote.open!)) return end;
  const next = firstTokenAfter(tokens, view, quote.close);
  if (next !== null && view.cues.some((c) => c.first === next && c.payload.kind === 'complementizer' && /^[وف]/u.test(tokens[next]!.key))) return end;
  return quote.close + 1;
}

/**
 * Does the verb introduce this quotation (قال: “…”, قال إن “…”, قال المتحدث “…”)
 * rather than meet it later inside its clause (أكد أن … كانت "محاولة انقلاب")?
 */
function introducesQuote(view: SentenceView, cue: RawMatch<Cue>, open: number): boolean {
  const {body, tokens} = view;
  const between = body.slice(cue.end, open);
  if (/[.!?؟]/u.test(between)) return false;
  if (/[:،,]\s*$/u.test(between)) return true;
  let last = -1;
  let count = 0;
  for (let t = cue.last + 1; t < view.end && tokens[t]!.end <= open; t++) {
    last = t;
    count++;
  }
  if (last < 0) return true;
  if (view.cues.some((c) => c.last === last && c.payload.kind === 'complementizer')) return true;
  const complementizerBefore = view.cues.some((c) => c.payload.kind === 'complementizer' && c.first > cue.last && c.last < last);
  return !complementizerBefore && count <= MAX_SPEAKER_WORDS;
}

/** بحسب / وفق / نقلاً عن: at the sentence start it governs the sentence; later, the clause before it. */
function attributionRegion(view: SentenceView, cue: RawMatch<Cue>): Region {
  const {body, tokens, sentence} = view;
  const base = {cue: body.slice(cue.start, cue.end), cueSpan: {start: cue.start, end: cue.end}, stance: 'neutral' as const, kind: 'reported' as const};
  // "بحسب ما أعلنت الوزارة": the speaker is the verb's subject.
  const verb = view.cues.find((c) => (c.payload.kind === 'verb' || c.payload.kind === 'continuation') && c.first > cue.last && c.first <= cue.last + 2);
  const speaker = speakerAfter(view, verb ?? cue);
  if (cue.first - view.first <= 1) return {...base, start: cue.end, end: sentence.end, speaker};
  // Later in the sentence it governs the clause just before it (back to the previous comma).
  // The comma right before the phrase ("…”، بحسب") closes that clause; look for the one before it.
  let from = Math.max(view.first, cue.first - 1);
  while (from > view.first && !/[،,;؛:]/u.test(body.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--;
  if (cue.first - from > MAX_TRAILING_CLAUSE) from = cue.first - MAX_TRAILING_CLAUSE;
  return {...base, start: tokens[from]!.start, end: cue.start, speaker};
}

function startsCue(view: SentenceView, t: number): boolean {
  return view.cues.some((c) => c.first === t && c.payload.kind !== 'scopeEnd');
}

function firstTokenAfter(tokens: readonly MatchToken[], view: SentenceView, offset: number): number | null {
  for (let t = view.first; t < view.end; t++) if (tokens[t]!.start > offset) return t;
  return null;
}

/** نقل / نقلت / نقلوا: "نقلت الوكالة عن المتحدث قوله" — the speaker follows عن. */
function isTransmission(verb: string): boolean {
  return /^[وف]?نقل/u.test(verb);
}
