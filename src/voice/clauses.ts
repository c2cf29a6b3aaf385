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
    if ((kind === 'verb' || kind === 'continuation') && !governed && reportsSpeech(view, cue)) region = verbRegion(view, cue, lastSpeaker);
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

/**
 * Is this reporting-verb match really a report? Not when it is a noun with
 * the article (النقل "the transport"), a transmission verb without its عن
 * (نقلت الطائرات القوات: "carried"), لفت without إلى (لفت انتباهنا:
 * "caught our attention"), or a verb inside a closed quotation, which is
 * the quoted speaker's own wording, not a new statement.
 */
function reportsSpeech(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const {tokens} = view;
  if (view.language === 'en') return true;
  const key = tokens[cue.first]!.key;
  if (/^[وف]?(?:ال|لل|بال|كال)/u.test(key)) return false;
  if (view.quotes.some((q) => q.open !== null && q.close !== null && q.open < cue.start && q.close >= cue.end)) return false;
  const next = (k: number): string => (cue.last + k < view.end ? tokens[cue.last + k]!.key : '');
  if (isTransmission(key)) {
    for (let k = 1; k <= 8 && cue.last + k < view.end; k++) if (next(k) === 'عن') return true;
    return false;
  }
  if (/^[وف]?لفت/u.test(key)) return /^(?:الي|الانتباه|النظر)$/u.test(next(1));
  return true;
}

function verbRegion(view: SentenceView, cue: RawMatch<Cue>, lastSpeaker: string | null): Region {
  const {body, tokens, sentence} = view;
  const base = {cue: body.slice(cue.start, cue.end), cueSpan: {start: cue.start, end: cue.end}, stance: cue.payload.stance, kind: 'reported' as const};

  // "…، قال المتحدث." / "…, police said." — the verb closes the sentence and governs what came before it.
  const trailing = trailingVerb(view, cue);
  if (trailing) return {...base, ...trailing};

  // Arabic puts the subject after a past-tense verb (قال المتحدث) and usually before a present-tense one
  // (روسيا تعلن …); English puts it before (the spokesman said).
  // A verb with the plural ending (أعلنوا) agrees with a subject already named, or with a pronoun.
  const subjectFirst = view.language === 'en' || /^[وف]?[يت]/u.test(tokens[cue.first]!.key) || /وا$/u.test(tokens[cue.first]!.key);
  const found = subjectFirst ? speakerBefore(view, cue) ?? speakerAfter(view, cue) : speakerAfter(view, cue) ?? speakerBefore(view, cue);
  const speaker = cue.payload.kind === 'continuation' ? lastSpeaker : isPassive(tokens[cue.first]!.text) ? null : found ?? lastSpeaker;
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
  // "وأضافت: سنواصل …" / "وقالت: “…”": a pronoun subject; the words after the colon are the statement.
  if (t < view.end && PUNCT.test(body.slice(cue.end, tokens[t]!.start))) return null;
  if (isTransmission(tokens[cue.first]!.key)) {
    for (let k = t; k < Math.min(view.end, t + 8); k++) {
      if (tokens[k]!.key === 'عن') {
        // "ونقلت وسائل إعلام محلية عن بحسب …": when nothing usable follows عن, the transmitter speaks.
        const source = speakerFrom(view, k + 1);
        if (source !== null || k === t) return source;
        return speakerFrom(view, t, k);
      }
    }
  }
  return speakerFrom(view, t);
}

/** A title or office: a name may follow it without the article (المتحدث باسم الشرطة سالتانات أزيربك). */
const TITLE = /^[وف]?(?:ال)?(?:متحدث|ناطق|رئيس|وزير|نائب|سفير|مندوب|ممثل|مدير|قائد|مسؤول|عمدة|حاكم|امين|مستشار|زعيم|امير|ملك|سيناتور|نائبة|وزيرة|رئيسة)/u;
const DEFINITE = /^[وفبلك]?(?:ال|لل)/u;

/** The speaker phrase starting at token t (stopping before token `stop`). */
function speakerFrom(view: SentenceView, t: number, stop = view.end): string | null {
  const {body, tokens} = view;
  const start = t;
  let from = -1;
  let to = -1;
  let quotedEnd = -1;
  for (; t < stop && (from < 0 || t - from < MAX_SPEAKER_WORDS); t++) {
    if (t > start && PUNCT.test(body.slice(tokens[t - 1]!.end, tokens[t]!.start))) {
      // "ذكرت وكالة “رويترز” للأنباء": a short quoted name belongs to the speaker.
      const name = from >= 0 ? quotedName(view, tokens[t - 1]!.end, tokens[t]!.start) : null;
      if (!name) break;
      to = name.last;
      quotedEnd = name.close + 1;
      break;
    }
    if (startsCue(view, t) || view.termStarts?.has(t)) break;
    if (tokens[t]!.isNumber) break;
    if (from < 0 && (view.notSpeaker.has(tokens[t]!.key) || view.notSpeaker.has(tokens[t]!.key.replace(/^[وف](?=..)/u, '')))) continue;
    // Once the speaker has begun, a preposition or time word opens an adverbial ("في تصريح", "on Friday").
    if (from >= 0 && view.notSpeaker.has(tokens[t]!.key) && tokens[t]!.key !== 'من') break;
    // "ودعت الشرطة سكان المدينة …", "أعلنت الحكومة استقالتها": after a definite noun, a word without
    // the article starts the object — unless the phrase opened with a title, which a name may follow.
    if (from >= 0 && t > from && DEFINITE.test(tokens[t - 1]!.key) && !DEFINITE.test(tokens[t]!.key) && !TITLE.test(tokens[from]!.key)) break;
    if (from < 0) from = t;
    to = t;
  }
  if (from < 0) return null;
  // "أُعلِن يوماً للحداد": an indefinite accusative (tanween fath) is an object; the verb is passive or the subject implied.
  if (/\u064b/u.test(tokens[from]!.text)) return null;
  // "أكدت دعمها الكامل …": a first word with a possessive pronoun is the object, the subject is implied.
  if (/^[\p{L}\p{M}]{3,}(ها|هم|هما|ه)$/u.test(tokens[from]!.text) && !/^(رئيس|وزير|متحدث|ممثل|سفير|مندوب)/u.test(tokens[from]!.key)) return null;
  // Drop trailing function words ("في", "من") and the قوله of "نقلت عن X قوله".
  while (quotedEnd < 0 && to > from && (view.notSpeaker.has(tokens[to]!.key) || /^قول(ه|ها|هم)$/u.test(tokens[to]!.key))) to--;
  return body.slice(tokens[from]!.start, quotedEnd >= 0 ? quotedEnd : tokens[to]!.end);
}

/** A closed quotation of at most three words opening in the gap [gapStart, gapEnd): its last token and closing mark. */
function quotedName(view: SentenceView, gapStart: number, gapEnd: number): {last: number; close: number} | null {
  const q = view.quotes.find((x) => x.open !== null && x.open >= gapStart && x.open < gapEnd && x.close !== null);
  if (!q || !/^\s*$/u.test(view.body.slice(gapStart, q.open!))) return null;
  let last = -1;
  let words = 0;
  for (let t = view.first; t < view.end && view.tokens[t]!.start < q.close!; t++) {
    if (view.tokens[t]!.start > q.open!) {
      last = t;
      words++;
    }
  }
  return last >= 0 && words <= 3 ? {last, close: q.close!} : null;
}

/** Words that open a clause without being its subject (كما أشارت، بدورها وزارة …). */
const DISCOURSE = new Set(['كان', 'وكان', 'كانت', 'وكانت', 'كما', 'و', 'ثم', 'فيما', 'بينما', 'حيث', 'اذ', 'لكن', 'ولكن', 'كذلك', 'ايضا', 'بدوره', 'بدورها', 'بدورهم', 'جهته', 'جهتها', 'جهتهم', 'ناحيته', 'ناحيتها', 'وقد', 'قد', 'فقد']);

const RELATIVE = new Set(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'who', 'which', 'that']);

/** SV order: a short subject between the clause start and the verb (روسيا تؤكد، السلطات تؤكد). */
function speakerBefore(view: SentenceView, cue: RawMatch<Cue>): string | null {
  const {body, tokens} = view;
  let from = cue.first;
  while (from > view.first && !PUNCT.test(body.slice(tokens[from - 1]!.end, tokens[from]!.start))) {
    const prev = from - 1;
    // "وأشارت في بيان لها بأن روسيا تؤكد": a complementiser, another cue or a preposition ends the subject.
    if (view.cues.some((c) => c.last === prev && c.payload.kind !== 'scopeEnd') || view.notSpeaker.has(tokens[prev]!.key)) break;
    // "الاضطرابات التي قال إن …": a relative clause; its subject is implied.
    if (RELATIVE.has(tokens[prev]!.key)) return null;
    from = prev;
    // "… في كازاخستان والسلطات تؤكد": a conjunct with the article starts a new clause.
    if (/^و(?:ال|لل)/u.test(tokens[from]!.key)) break;
  }
  while (from < cue.first && (DISCOURSE.has(tokens[from]!.key) || (from > view.first && view.notSpeaker.has(tokens[from]!.key)))) from++;
  const words = cue.first - from;
  if (words === 0 || words > MAX_SPEAKER_WORDS) return null;
  // "والسلطات": the conjunction is not part of the name.
  const lead = /^و(?:ال|لل)/u.test(tokens[from]!.key) ? 1 : 0;
  return body.slice(tokens[from]!.start + lead, tokens[cue.first - 1]!.end);
}

/** "أعلن القضاء على …، في أعقاب …": the announced thing ends at a circumstantial phrase or a comma. */
function objectScopeEnd(view: SentenceView, cue: RawMatch<Cue>): number {
  const {body, tokens, sentence} = view;
  for (let t = cue.last + 1; t < view.end; t++) {
    // "أعلنت المنظمة اليوم الخميس، أنه تم إرسال …": a complementiser after the comma carries the announcement on.
    const continues = view.cues.some((c) => c.first === t && c.payload.kind === 'complementizer');
    if (t > cue.last + 1 && !continues && /[،,;؛]/u.test(body.slice(tokens[t - 1]!.end, tokens[t]!.start))) return tokens[t - 1]!.end;
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
  if (isQuotedName(view, open)) return false;
  if (/[:،,]\s*$/u.test(between)) return true;
  // English puts the speaker before the verb: a quotation it introduces follows at once ("said: “…”"); one
  // later in the clause ("said the protesters were “terrorists” who …") is a phrase inside the report.
  if (view.language === 'en') return /^[\s,:]*$/u.test(between);
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
  const clauseStart = (before: number): number => {
    let t = Math.max(view.first, before - 1);
    while (t > view.first && !/[،,;؛:]/u.test(body.slice(tokens[t - 1]!.end, tokens[t]!.start))) t--;
    return t;
  };
  let from = clauseStart(cue.first);
  // "وسُجل مقتل 103 …، في ألماتي كبرى مدن البلاد، بحسب ما ذكرت …": a clause that is only a
  // prepositional phrase adds a circumstance to the clause before it, which the attribution covers too.
  while (from > view.first && view.notSpeaker.has(tokens[from]!.key) && cue.first - clauseStart(from) <= MAX_TRAILING_CLAUSE) from = clauseStart(from);
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
function isTransmission(key: string): boolean {
  return /^[وف]?نقل(?:ت|وا)?$/u.test(key);
}

/** "أُعلِن" (it was announced): a passive verb, when the text is vowelled enough to tell; it has no speaker. */
function isPassive(verb: string): boolean {
  return /^[وف]?[أا]\u064f/u.test(verb) || /^[وف]?[أا][\p{L}]\p{L}\u0650\p{L}$/u.test(verb) || /^[وف]?\p{L}\u064f\p{L}\u0650\p{L}$/u.test(verb);
}

/** A medium or body whose name is in quotes: قناة “خبر24”، وكالة "رويترز". */
const NAMED = /^[وفبلك]{0,2}(?:ال)?(?:قناه|وكاله|صحيفه|موقع|اذاعه|شبكه|تلفزيون|مجله|حزب|حركه|جماعه|منظمه|مؤسسه|شركه)$/u;

/** Is the quotation opening at `open` the name of the word before it, not a statement? */
function isQuotedName(view: SentenceView, open: number): boolean {
  let before = -1;
  for (let t = view.first; t < view.end && view.tokens[t]!.end <= open; t++) before = t;
  if (before < 0 || !NAMED.test(view.tokens[before]!.key)) return false;
  return /^\s*$/u.test(view.body.slice(view.tokens[before]!.end, open));
}
