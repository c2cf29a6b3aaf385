import type {RawMatch} from '../lexicon/match.js';
import type {Span, VerbStance} from '../types.js';
import type {Cue} from './cues.js';
import {headlineRegion, openingParticiple} from './headline.js';
import {anAfterNameAside} from './name-aside.js';
import {impersonalAside} from './impersonal-aside.js';
import {quotedAsSaying} from './quoted-as-saying.js';
import {quoteFirstAsSaying} from './quote-first-as-saying.js';
import {blamedForEventEnd} from './blamed-for-event.js';
import {arabicClauseAfter, backgroundRelative, clauseCommaEnd, frontedClauseEnd, nextReport, objectAfterSpeakerComma, objectScopeEnd, objectSecondPredicateEnd, passiveLabelEnd, quotedBeforeSpeaker, quotedNameEnd, quoteScopeEnd, secondPredicateEnd} from './report-end.js';
import {arabicLabelStart, asClauseStart, calledForToken, chargeToken, claimsThing, englishClauseAfter, englishLabelStart, relativeWithoutClause, reportsThingWithBa, thingWithBaStart} from './report-object.js';
import {narratorParticipleEnd} from './narrator-participle.js';
import {parentheticalEnd} from './parenthetical-report.js';
import {reportsSpeech} from './reports-speech.js';
import {warnedTopicStart} from './warned-listener.js';
import {CLAUSE_MARKS_OR_COLON, clauseMarkBefore, COMPLEMENTIZER, cueEndingAt, cueStartingAt, gapBefore, marksBefore, PUNCT, punctBefore, REPORTING, type SentenceView} from './sentence-view.js';
import {speakerPhraseEnd} from './speaker-end.js';
import {englishInverted, isPassive, isTransmission, MAX_SPEAKER_WORDS, RELATIVE, relativeClauseSubject, speakerAfter, speakerBefore, transmissionSource} from './speaker-phrase.js';
import {NEVER_INVERTED, trailingBeforeClosingReport, trailingVerb} from './trailing-report.js';

export type {SentenceView} from './sentence-view.js';
export {punctBefore} from './sentence-view.js';

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

/** A trailing attribution ("…، بحسب الوكالة") governs the clause before it when that clause is this short. */
const MAX_TRAILING_CLAUSE = 30;
/** A circumstance clause (في ألماتي كبرى مدن البلاد) is at most this long. */
const MAX_CIRCUMSTANCE = 6;

export function attributedRegions(view: SentenceView): Region[] {
  const regions: Region[] = [];
  let lastSpeaker = view.lastSpeaker;
  const headline = headlineRegion(view);
  if (headline) {
    regions.push(headline);
    lastSpeaker = headline.speaker ?? lastSpeaker;
  }
  const participle = openingParticiple(view, lastSpeaker);
  if (participle) regions.push(participle);
  const aside = impersonalAside(view);
  if (aside) regions.push(aside);
  const quotedAs = quotedAsSaying(view);
  if (quotedAs) {
    regions.push(quotedAs);
    lastSpeaker = quotedAs.speaker ?? lastSpeaker;
  }
  for (const cue of view.cues) {
    const kind = cue.payload.kind;
    // The aside's own verb ("…, it is alleged, …") reports nothing more than the aside does.
    if (aside && cue.start === aside.cueSpan.start) continue;
    let region: Region | null = null;
    if (kind === 'verb' || kind === 'continuation') {
      // "بحسب ما أعلنت الوزارة": the attribution phrase governs; its verb adds no scope of its own.
      const governed = cueEndingAt(view, cue.first - 1, ['attribution']) ?? cueEndingAt(view, cue.first - 2, ['attribution']);
      if (!governed && reportsSpeech(view, cue)) region = verbRegion(view, cue, lastSpeaker);
    } else if (kind === 'attribution' || wordsOpening(view, cue)) region = attributionRegion(view, cue);
    if (!region) continue;
    regions.push(region);
    lastSpeaker = region.speaker ?? lastSpeaker;
  }
  return regions;
}

/** "In his words", "in her words", "in their words". */
const IN_THEIR_WORDS = /^in (?:his|her|their) words$/iu;

/**
 * "In his words, to understand the situation, including the search for the guilty among the foreign special services,
 * will be the Serbian police.": "in his words" opening an English sentence, before a comma, gives what follows as the
 * last speaker's, as "In his opinion," does; after a word ("…, in his words, …") it sets that word off instead.
 */
function wordsOpening(view: SentenceView, cue: RawMatch<Cue>): boolean {
  if (view.language !== 'en' || cue.payload.kind !== 'distancingAfter' || cue.first !== view.first) return false;
  return IN_THEIR_WORDS.test(view.body.slice(cue.start, cue.end)) && /^\s*,/u.test(gapBefore(view, cue.last + 1));
}

/**
 * "This was stated by Prime Minister Irakli Kobakhidze at a briefing on Tuesday": an English sentence that only
 * names who said the sentence before it ("This was stated by …", "This is reported by …"); its verb and speaker
 * (up to a preposition of setting or a mark), or null.
 */
const CITED_BACK = /^(?:This|That) (?:was|is|has been) (stated|said|reported|announced|declared) by ((?:(?!(?:at|on|in|during|after|to|via|through)\b)[^\s,;:.]+\s*){1,8})/u;
export function citedBack(body: string, sentence: Span): {cue: Span; speaker: string} | null {
  const text = body.slice(sentence.start, Math.min(sentence.end, sentence.start + 200));
  const lead = text.length - text.trimStart().length;
  const m = CITED_BACK.exec(text.slice(lead));
  if (!m) return citedBackActive(text, sentence.start + lead, lead);
  const cueAt = sentence.start + lead + m[0].indexOf(m[1]!);
  return {cue: {start: cueAt, end: cueAt + m[1]!.length}, speaker: m[2]!.trim()};
}

/**
 * "Sergey Melikov, the head of Dagestan, republic within Russia, told this to reporters on Monday." (News.am): the
 * active form of "This was stated by …", a speaker of up to twelve words and a verb of saying whose object is "this",
 * then a listener, a setting or the sentence's end; the speaker is everything before the verb. "said this week that
 * …" (a time) and "said that …" (a clause) are reports of their own.
 */
const CITED_BACK_ACTIVE = /^((?:[^\s.;:!?]+\s+){1,12}?)(told|said|stated|announced|reported|declared|wrote) this(?=\s+(?:to|at|on|in|during|via)\b|\s*[.,]?\s*$)/u;
function citedBackActive(text: string, start: number, lead: number): {cue: Span; speaker: string} | null {
  const m = CITED_BACK_ACTIVE.exec(text.slice(lead));
  if (!m) return null;
  const cueAt = start + m[1]!.length;
  return {cue: {start: cueAt, end: cueAt + m[2]!.length}, speaker: m[1]!.trim().replace(/,$/u, '')};
}

/**
 * A reported region, built field by field: an object spread of a shared
 * base ({...base, start, end}) falls to a slow dictionary-mode copy in V8,
 * which made every report cost about a kilobyte of short-lived memory.
 */
function reported(view: SentenceView, cue: RawMatch<Cue>, stance: VerbStance, start: number, end: number, speaker: string | null): Region {
  // The cue's match is its span, and a one-word cue's text is its token's (the tokenizer keeps one string per word):
  // a storm of reports (a page of قال) made two objects more per report.
  const text = cue.first === cue.last ? view.tokens[cue.first]!.text : view.body.slice(cue.start, cue.end);
  return {cue: text, cueSpan: cue, stance, kind: 'reported', start, end, speaker};
}

function verbRegion(view: SentenceView, cue: RawMatch<Cue>, lastSpeaker: string | null): Region {
  const {body, tokens, sentence} = view;
  const stance = cue.payload.stance;
  const key = tokens[cue.first]!.key;
  // "أُعلِن …" has no speaker; "نُقِل عن مصدر أمني" still names its source.
  const passive = view.language === 'ar' && isPassive(tokens[cue.first]!.text) && !(isTransmission(key) && transmissionSource(view, cue) !== null);

  // "…، قال المتحدث." / "…, police said." — the verb closes the sentence and governs what came before it.
  const trailing = trailingVerb(view, cue) ?? trailingBeforeClosingReport(view, cue);
  if (trailing) return reported(view, cue, stance, trailing.start, trailing.end, passive ? null : trailing.speaker);

  // Arabic puts the subject after a past-tense verb (قال المتحدث) and usually before a present-tense one
  // (روسيا تعلن …); a verb with the plural ending (أعلنوا، and with an object pronoun after it: اتهموهم، حملوها) agrees
  // with a subject already named, or a pronoun.
  // "توكاييف الذي ألقى خطابا …، ناشد منظمة …": a name and its relative clause before the verb's comma are its subject;
  // the noun after the verb, and an aside on it ("، وهي تحالف عسكري …،"), open the object as a VS speaker would.
  const relativeSubject = view.language === 'ar' ? relativeClauseSubject(view, cue) : null;
  const subjectFirst = view.language === 'en' || /^[وف]?[يت]/u.test(key) || /و(?:ا|ه|ها|هم|هما)$/u.test(key) || kanaSubject(view, cue) || relativeSubject !== null;
  // English names the subject after the verb only in inversion ("…,” said Lam"); otherwise the words after
  // the verb are what was said ("said more than 500 …"), never the speaker.
  const found =
    view.language === 'en'
      ? speakerBefore(view, cue) ?? (englishInverted(view, cue) && !NEVER_INVERTED.has(tokens[cue.first]!.lemma ?? key) ? speakerAfter(view, cue) : null)
      : subjectFirst
        ? relativeSubject ?? speakerBefore(view, cue) ?? speakerAfter(view, cue)
        : speakerAfter(view, cue) ?? speakerBefore(view, cue);
  const calledFor = calledForToken(view, cue);
  const charge = calledFor < 0 ? chargeToken(view, cue, subjectFirst) : -1;
  // "كما حملوا حكومة نتنياهو مسؤولية …", "اتهموا السلطات بتزوير …": after a verb that agrees with its subject the
  // words before the charge are the one accused or blamed, never the speaker.
  const named = view.language === 'ar' && subjectFirst && charge >= 0 ? speakerBefore(view, cue) : found;
  const speaker = cue.payload.kind === 'continuation' ? lastSpeaker : passive ? null : named ?? lastSpeaker;
  let end = sentence.end;
  const announcedClause = cue.payload.takes === 'object' ? arabicClauseAfter(view, cue) : -1;
  // '"…," said Sebastián Piñera after a weekend of demonstrations.': the quotation before the verb is what was
  // said; after the speaker the sentence is the narrator's again.
  const afterQuote = view.language === 'en' && found !== null && speaker === found && cue.first > 0 && /["”’]\s*$/u.test(gapBefore(view, cue.first)) ? indexWithin(body, found, cue.end, sentence.end) : -1;
  if (afterQuote >= 0) end = afterQuote + found!.length;
  // '“Time’s up!” police said as they fired warning jets in the air': in SV order too, a quotation right before the
  // speaker is what was said; the words after the verb are the narrator's, unless "that" opens more of what was said.
  else if (view.language === 'en' && found !== null && speaker === found && quotedBeforeSpeaker(view, cue, found)) end = cue.end;
  // '“…,” Khamenei was quoted by state TV as saying, in reference to the protests.': the quotation was what was said.
  else if (quoteFirstAsSaying(view, cue)) end = cue.end;
  else if (calledFor >= 0) end = objectScopeEnd(view, {...cue, last: calledFor - 1}, true);
  else if (announcedClause >= 0) end = clauseCommaEnd(view, announcedClause);
  else if (((cue.payload.takes === 'object' || claimsThing(view, cue)) && !englishClauseAfter(view, cue)) || reportsThingWithBa(view, cue) || relativeWithoutClause(view, cue)) end = objectScopeEnd(view, cue, subjectFirst && relativeSubject === null);
  end = Math.min(end, nextReport(view, cue), parentheticalEnd(view, cue));
  if (view.language === 'en') end = Math.min(end, frontedClauseEnd(view, cue), secondPredicateEnd(view, cue), asClauseStart(view, cue), passiveLabelEnd(view, cue), quotedNameEnd(view, cue), narratorParticipleEnd(view, cue), blamedForEventEnd(view, cue), objectSecondPredicateEnd(view, cue));
  if (view.language === 'ar') end = Math.min(end, backgroundRelative(view, cue));
  end = Math.min(end, quoteScopeEnd(view, cue, end));
  const afterSpeaker = cue.payload.takes === 'object' && calledFor < 0 && charge < 0 ? Math.max(objectAfterSpeakerComma(view, cue, subjectFirst), anAfterNameAside(view, cue, subjectFirst)) : -1;
  const start = englishLabelStart(view, cue) ?? warnedTopicStart(view, cue) ?? arabicLabelStart(view, cue, subjectFirst) ?? (calledFor >= 0 ? view.tokens[calledFor]!.start : null) ?? (charge >= 0 ? tokens[charge]!.start : null) ?? (afterSpeaker >= 0 ? tokens[afterSpeaker]!.start : null) ?? thingWithBaStart(view, cue, subjectFirst) ?? speakerPhraseEnd(view, cue, subjectFirst) ?? cue.end;
  return reported(view, cue, stance, start, end, speaker);
}

const KANA = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'كانوا', 'وكانوا', 'فكان', 'فكانت']);
const KAF = 0x643;
/** KANA.has, with the test every KANA word passes first (ك first, or after و / ف): the words before every verb of a page of reports. */
const isKana = (key: string): boolean => (key.charCodeAt(0) === KAF || key.charCodeAt(1) === KAF) && KANA.has(key);

/** Where `text` (the speaker's words) stands between `from` and `end` (the sentence's end), or -1: never searched past it. */
function indexWithin(body: string, text: string, from: number, end: number): number {
  const at = body.slice(from, end).indexOf(text);
  return at < 0 ? -1 : from + at;
}

/** "وكانت وزارة الداخلية حذرت المواطنين": after كان + a noun, a past-tense verb follows its subject. */
function kanaSubject(view: SentenceView, cue: RawMatch<Cue>): boolean {
  for (let t = cue.first - 1; t >= view.first && cue.first - t <= MAX_SPEAKER_WORDS + 1; t--) {
    if (isKana(view.tokens[t]!.key)) return cue.first - t >= 2;
    if (t + 1 < cue.first && punctBefore(view, t + 1)) return false;
  }
  return false;
}

/** Clause openers after a preposition that make a clause of its own (في حين قُتل …، في وقت …، بعد أن …). */
const NOT_CIRCUMSTANCE = new Set(['حين', 'وقت', 'الوقت', 'حال', 'حاله', 'ان', 'ما', 'اثناء']);

/** بحسب / وفق / نقلاً عن: at the sentence start it governs the sentence; later, the clause before it. */
function attributionRegion(view: SentenceView, cue: RawMatch<Cue>): Region {
  const {tokens, sentence} = view;
  // "بحسب ما أعلنت الوزارة": the speaker is the verb's subject.
  const verb = cueStartingAt(view, cue.last + 1, REPORTING) ?? cueStartingAt(view, cue.last + 2, REPORTING);
  const aside = dashedAttribution(view, cue);
  if (aside) return reported(view, cue, 'neutral', aside.start, aside.end, aside.speaker);
  // "In his opinion, Russia cannot …": the view is the last speaker's, not the words after it.
  const speaker = view.language === 'en' && /^in (?:his|her|their) /iu.test(view.body.slice(cue.start, cue.end)) ? view.lastSpeaker : speakerAfter(view, verb ?? cue);
  if (cue.first - view.first <= 1 || opensClause(view, cue)) {
    return reported(view, cue, 'neutral', complementiserAfterSpeaker(view, verb ?? cue) ?? cue.end, laterAttributionStart(view, cue) ?? sentence.end, speaker);
  }
  // "…، فيما قالت وكالة "فارس" شبه الرسمية للأنباء إن "…"": a phrase with its verb of saying and an إن after the
  // speaker opens a report of its own; the clause before it is the narrator's.
  const said = saidForward(view, cue);
  if (said !== null) return reported(view, cue, 'neutral', tokens[said]!.start, sentence.end, speaker);
  // Later in the sentence it governs the clause just before it (back to the previous comma).
  // The comma right before the phrase ("…”، بحسب") closes that clause; look for the one before it.
  // Never further back than the longest clause it may govern, so a sentence without commas stays linear.
  const floor = Math.max(view.first, cue.first - MAX_TRAILING_CLAUSE - 1);
  const clauseStart = (before: number): number => {
    let t = Math.max(view.first, before - 1);
    while (t > floor && !marksBefore(view, t, CLAUSE_MARKS_OR_COLON)) t--;
    return t;
  };
  let from = clauseStart(cue.first);
  // "وسُجل مقتل 103 …، في ألماتي كبرى مدن البلاد، بحسب ما ذكرت …": a short prepositional phrase adds a
  // circumstance to the clause before it, which the attribution covers too ("في حين قُتل …" is a clause of its own).
  for (let end = cue.first; from > view.first && (isCircumstance(view, from, end) || isAppositiveName(view, from, end)); ) {
    end = from;
    from = clauseStart(from);
    if (cue.first - from > MAX_TRAILING_CLAUSE) break;
  }
  if (cue.first - from > MAX_TRAILING_CLAUSE) from = cue.first - MAX_TRAILING_CLAUSE;
  return reported(view, cue, 'neutral', tokens[from]!.start, cue.start, speaker);
}

/**
 * "وحسب منظمي التظاهرة فإن حوالي 8000 شخص تظاهروا …": an Arabic attribution that opens its sentence and closes its
 * speaker with إن / أن (فإن) governs what follows the complementiser; the words that name the speaker are the
 * narrator's. The complementiser's end, or null when none follows within a speaker's length before any mark.
 */
function complementiserAfterSpeaker(view: SentenceView, cue: RawMatch<Cue>): number | null {
  if (view.language !== 'ar') return null;
  for (let t = cue.last + 1; t < Math.min(view.end, cue.last + 1 + MAX_SPEAKER_WORDS); t++) {
    if (t > cue.last + 1 && PUNCT.test(gapBefore(view, t))) return null;
    const complementiser = cueStartingAt(view, t, COMPLEMENTIZER);
    if (complementiser) return complementiser.end;
  }
  return null;
}

/**
 * "وحسب منظمي التظاهرة فإن … يوم الأحد، حسب ادعاءات المتظاهرين.": a second attribution after a comma governs the
 * clause before it and names a source of its own; the opening attribution's stretch ends where it begins, so the
 * words that name the second source stay the narrator's. Its start, or null.
 */
function laterAttributionStart(view: SentenceView, cue: RawMatch<Cue>): number | null {
  const later = view.cues.find((other) => other.first > cue.last && other.payload.kind === 'attribution' && clauseMarkBefore(view, other.first));
  return later ? later.start : null;
}

/** فيما قال / كما قالت …: attribution phrases that end in a verb of saying. */
const SAYING_PHRASE_HEAD = new Set(['فيما', 'كما']);

/**
 * The complementiser (إن / أن) after the speaker of a saying phrase (فيما قالت الوكالة إن …), or null. A speaker
 * described by a relative clause ("فيما قال الرئيس روبرت موغابي الذي يحكم البلاد منذ نحو 40 عاما إنه …") may run
 * that much longer before it.
 */
function saidForward(view: SentenceView, cue: RawMatch<Cue>): number | null {
  if (view.language !== 'ar' || cue.last === cue.first || !SAYING_PHRASE_HEAD.has(view.tokens[cue.first]!.key.replace(/^و/u, ''))) return null;
  let limit = cue.last + 2 + MAX_SPEAKER_WORDS;
  for (let t = cue.last + 1; t < Math.min(view.end, limit); t++) {
    if (t > cue.last + 1 && /[.،,:;؛!?؟]/u.test(gapBefore(view, t))) return null;
    if (cueStartingAt(view, t, COMPLEMENTIZER)) return t;
    if (limit === cue.last + 2 + MAX_SPEAKER_WORDS && RELATIVE.has(view.tokens[t]!.key)) limit = t + 1 + MAX_SPEAKER_WORDS;
  }
  return null;
}

/**
 * "…، وبحسب وسائل إعلام عراقية محلية وصل عدد حالات الاختناق إلى 66.": an
 * attribution joined by و after a comma opens a clause of its own and
 * governs what follows it, as at the start of a sentence.
 */
function opensClause(view: SentenceView, cue: RawMatch<Cue>): boolean {
  if (view.language !== 'ar' || !clauseMarkBefore(view, cue.first)) return false;
  return /^[وف](?:ب?حسب|وفق|طبق|نقلا|علي|كما)/u.test(view.tokens[cue.first]!.key);
}

/** Relative pronouns and conjunctions where the clause around a dashed aside begins. */
const CLAUSE_HEADS = new Set([...RELATIVE, 'which', 'who', 'that']);
/** A dash set off by spaces, or an en/em dash: not the hyphen inside "pro-democracy". */
const DASH = /(?:^|\s)[-–—](?:\s|$)|[–—]/u;

/**
 * "نظام عمر البشير الذي يواجه - بحسب خبراء - أكبر تحدٍّ منذ توليه الحكم":
 * an attribution set off by dashes governs the clause it interrupts — the
 * few words before the first dash (back to a comma or a relative pronoun)
 * and what follows the second dash up to the next comma — not the sentence
 * before it.
 */
function dashedAttribution(view: SentenceView, cue: RawMatch<Cue>): {start: number; end: number; speaker: string | null} | null {
  const {body, tokens} = view;
  if (cue.first <= view.first || !DASH.test(gapBefore(view, cue.first))) return null;
  let close = -1;
  for (let t = cue.last + 1; t < Math.min(view.end, cue.last + 1 + MAX_SPEAKER_WORDS); t++) {
    const gap = gapBefore(view, t);
    if (DASH.test(gap)) {
      close = t;
      break;
    }
    if (PUNCT.test(gap)) return null;
  }
  if (close < 0) return null;
  let from = cue.first - 1;
  while (from > view.first && cue.first - from < MAX_CIRCUMSTANCE && !marksBefore(view, from, CLAUSE_MARKS_OR_COLON) && !CLAUSE_HEADS.has(tokens[from - 1]!.key)) from--;
  let last = close;
  while (last + 1 < view.end && last - close < MAX_TRAILING_CLAUSE && !marksBefore(view, last + 1, CLAUSE_MARKS_OR_COLON)) last++;
  const speaker = close > cue.last + 1 ? body.slice(tokens[cue.last + 1]!.start, tokens[close - 1]!.end) : null;
  return {start: tokens[from]!.start, end: tokens[last]!.end, speaker};
}

/** Longest English name set off by commas that a trailing attribution reaches past ("…, Migbaru Kebede, according to …"). */
const MAX_APPOSITIVE_NAME = 4;

/**
 * "The group has also wounded the attorney general of the regional government, Migbaru Kebede, according to the
 * press release …": an English name of capitalised words set off by commas names someone in the clause before;
 * the attribution after it covers that clause too.
 */
function isAppositiveName(view: SentenceView, from: number, end: number): boolean {
  if (view.language !== 'en' || end - from > MAX_APPOSITIVE_NAME || end <= from) return false;
  for (let t = from; t < end; t++) if (!/^\p{Lu}\p{Ll}/u.test(view.tokens[t]!.text) || (t > from && punctBefore(view, t))) return false;
  return true;
}

/** Tokens [from, end) are a short prepositional phrase with no report and no clause of its own. */
function isCircumstance(view: SentenceView, from: number, end: number): boolean {
  if (end - from > MAX_CIRCUMSTANCE || !view.notSpeaker.has(view.tokens[from]!.key)) return false;
  if (from + 1 < end && NOT_CIRCUMSTANCE.has(view.tokens[from + 1]!.key)) return false;
  for (let t = from; t < end; t++) if (cueStartingAt(view, t, REPORTING) || cueStartingAt(view, t, COMPLEMENTIZER)) return false;
  return true;
}
