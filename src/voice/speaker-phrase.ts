import type {RawMatch} from '../lexicon/match.js';
import {matchKey} from '../text/normalize.js';
import type {Cue} from './cues.js';
import type {Quote} from './quotes.js';
import {COMPLEMENTIZER, cueEndingAt, cueStartingAt, gapBefore, lastTokenBefore, ONLY_COMMA, PUNCT, punctBefore, punctIn, quoteIndexAfter, quoteTokens, REPORTING, SPEECH_CUES, type SentenceView} from './sentence-view.js';

/*
 * Who says it: the speaker phrase of a reporting verb, from surface cues.
 * Arabic puts the subject after a past-tense verb (قال المتحدث) and usually
 * before a present-tense one (روسيا تؤكد); English before the verb. Word
 * lists are compared in match-key space (src/text/normalize.ts: ئ ؤ → ء,
 * ة → ه, أ إ آ → ا, diacritics gone), so they go through matchKey here.
 */

/** Longest speaker we accept, in words ("المتحدث باسم وزارة الداخلية الكازاخية سلطان …"). */
export const MAX_SPEAKER_WORDS = 7;

const keyed = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => matchKey(w)));

/** Titles and offices: a name may follow them without the article (المتحدث باسم الشرطة سالتانات أزيربك). */
const TITLES = keyed([
  'متحدث', 'متحدثة', 'ناطق', 'ناطقة', 'رئيس', 'رئيسة', 'وزير', 'وزيرة', 'نائب', 'نائبة', 'سفير', 'سفيرة', 'مندوب', 'مندوبة', 'ممثل', 'ممثلة',
  'مدير', 'مديرة', 'قائد', 'مسؤول', 'مسؤولة', 'عمدة', 'حاكم', 'محافظ', 'أمين', 'مستشار', 'مستشارة', 'زعيم', 'أمير', 'ملك', 'سيناتور', 'عضو', 'سكرتير', 'سكرتيرة',
]);

/** Media and bodies whose name is often written in quotes: قناة “خبر24”، وكالة «تاس»، مؤسسة «ماعت». */
const NAMED = keyed(['قناة', 'وكالة', 'صحيفة', 'جريدة', 'موقع', 'إذاعة', 'شبكة', 'تلفزيون', 'مجلة', 'حزب', 'حركة', 'جماعة', 'منظمة', 'مؤسسة', 'شركة', 'منصة', 'مجموعة']);

/** Bodies whose names go on with لـ (المرصد السوري لحقوق الإنسان، المفوضية السامية لحقوق الإنسان). */
const ORGANISATIONS = new Set([...NAMED, ...keyed(['مرصد', 'مفوضية', 'هيئة', 'لجنة', 'مجلس', 'مركز', 'اتحاد', 'رابطة', 'جمعية', 'مكتب', 'برنامج', 'صندوق'])]);

/** Words that open a clause without being its subject (كما أشارت، بدورها وزارة …، وكانت الحكومة قد أعلنت). */
export const DISCOURSE = keyed(['كان', 'وكان', 'كانت', 'وكانت', 'كما', 'و', 'ثم', 'فيما', 'بينما', 'حيث', 'إذ', 'لكن', 'ولكن', 'كذلك', 'أيضا', 'بدوره', 'بدورها', 'بدورهم', 'جهته', 'جهتها', 'جهتهم', 'ناحيته', 'ناحيتها', 'وقد', 'قد', 'فقد', 'لقد']);

/** Arabic relative pronouns: "الاضطرابات التي قال إن …" — the subject of the verb is implied. */
export const RELATIVE = keyed(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي']);

/** English words that open a new clause before a subject ("… as police said", "…, which the government said", "what it called"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'as', 'while', 'when', 'after', 'before', 'because', 'since', 'although', 'though', 'if', 'so', 'whereas', 'where', 'which', 'what', 'whom', 'whose', 'yet']);

/** English auxiliaries and adverbs between a subject and its verb ("Lukashenko had said", "police also said"): not part of the speaker. */
const ENGLISH_AUXILIARY = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'also', 'later', 'earlier', 'even', 'reportedly', 'previously', 'repeatedly', 'publicly', 'then', 'once', 'again', 'further', 'first', 'already', 'never', 'not', 'had', 'just', 'recently', 'separately', 'officially']);

/** English prepositions that a subject may contain ("Police in Almaty said"). */
const IN_ENGLISH_SUBJECT = new Set(['in', 'at', 'on', 'of', 'for', 'from']);

const CLAUSE_PUNCT = /[،,.:;؛!?؟()\[\]–—]/u;

const DEFINITE = /^[وفبلك]?(?:ال|لل)/u;

/** Proclitics a title or medium word may carry (والمتحدث → متحدث, لقناة → قناة), longest first. */
const PROCLITIC = /^(?:[وف]?(?:[بلك]?ال|لل|[بلك])|[وف])/u;

/** Is the word, as written or without its proclitics, one of the set? */
export function isOneOf(set: ReadonlySet<string>, key: string): boolean {
  if (set.has(key)) return true;
  const proclitic = PROCLITIC.exec(key)?.[0];
  if (!proclitic) return false;
  // Try every shorter split too: و of وزير and ل of لجنة belong to the word.
  for (let n = proclitic.length; n > 0; n--) if (set.has(key.slice(n))) return true;
  return false;
}
export const isTitle = (key: string): boolean => isOneOf(TITLES, key);
export const isNamed = (key: string): boolean => isOneOf(NAMED, key);

/** A word that is never a speaker (a preposition, a time word, بيان …), with or without a leading و/ف. */
const isNotSpeaker = (view: SentenceView, key: string): boolean => view.notSpeaker.has(key) || (opensWithConjunction(key) && view.notSpeaker.has(key.replace(/^[وف](?=..)/u, '')));
/** Whether a key begins with و or ف: only then can /^[وف]…/ take something off it (tested first: the replace makes a string per word walked). */
export const opensWithConjunction = (key: string): boolean => key.charCodeAt(0) === 0x648 || key.charCodeAt(0) === 0x641;

/** A key without the و / ف that opens it, where three letters or more follow (ووصف → وصف, والواقع → الواقع, وفي stays). */
export const withoutConjunction = (key: string): string => (opensWithConjunction(key) && key.length >= 4 ? key.slice(1) : key);

/** نقل / نقلت / نقلوا / نقلته: the speaker of "نقلت الوكالة عن المتحدث قوله" follows عن. */
export function isTransmission(key: string): boolean {
  return /^[وف]?نقل(?:ت|وا)?(?:ه|ها|هم|هما)?$/u.test(key);
}

/** The عن of a transmission verb within reach, before any punctuation or other report; null when it has none (نقلت الطائرات القوات: carried). */
export function transmissionSource(view: SentenceView, cue: RawMatch<Cue>): number | null {
  for (let t = cue.last + 1; t < Math.min(view.end, cue.last + 9); t++) {
    // Quotation marks may stand between (نقلت «رويترز» عن …); other punctuation ends the search, unless it opens an aside.
    if (t > cue.last + 1 && CLAUSE_PUNCT.test(gapBefore(view, t))) return asideThenSource(view, t);
    if (cueStartingAt(view, t, REPORTING)) return null;
    // 'نقلت وكالة "فارس" الإيرانية تقريرا مصورا عن إضراب …' (carried a filmed report about a strike): after a carried
    // item the عن names what it is about, not a source.
    // Not أنباء in an agency's name ("ونقلت وكالة أنباء «نوفوستي» الروسية عن الرئيس …").
    if (CARRIED_ITEMS.has(view.tokens[t]!.key) && view.tokens[t - 1]!.key !== AGENCY) return null;
    if (view.tokens[t]!.key === 'عن') return t;
  }
  return null;
}

/** Items a medium carries (a report, pictures, footage, news), indefinite, as the object of نقل: "نقلت … تقريرا عن …" is about its topic. */
const CARRIED_ITEMS = keyed(['تقريرا', 'تقارير', 'صورا', 'صور', 'مشاهد', 'لقطات', 'خبرا', 'أخبارا', 'أنباء', 'مقاطع', 'مقطعا', 'فيديو', 'تسجيلا', 'تسجيلات']);

/** وكالة, as a match key: the word before أنباء in an agency's name. */
const AGENCY = matchKey('وكالة');

/** How many words an aside of time or place between a medium and its عن may hold ("اليوم السبت 13 يناير 2018"). */
const MAX_ASIDE_WORDS = 7;

/**
 * 'ونقلت إذاعة "شمس إف أم" التونسية، اليوم السبت 13 يناير 2018، عن الناطق
 * …': a time or a place set off by commas (opened by a time word or a
 * preposition) may stand between the medium and the عن of its source. The
 * عن after the aside's closing comma, or null.
 */
function asideThenSource(view: SentenceView, t: number): number | null {
  if (!ONLY_COMMA.test(gapBefore(view, t)) || !view.notSpeaker.has(view.tokens[t]!.key) || view.tokens[t]!.key === 'عن') return null;
  for (let u = t + 1; u < Math.min(view.end, t + 1 + MAX_ASIDE_WORDS); u++) {
    if (punctBefore(view, u)) return ONLY_COMMA.test(gapBefore(view, u)) && view.tokens[u]!.key === 'عن' ? u : null;
    if (cueStartingAt(view, u, REPORTING)) return null;
  }
  return null;
}

/** "أُعلِن" (it was announced): a passive verb, when the text is vowelled enough to tell. */
export function isPassive(verb: string): boolean {
  return /^[وف]?[أا]\u064f/u.test(verb) || /^[وف]?[أا]\p{L}\p{L}\u0650\p{L}$/u.test(verb) || /^[وف]?\p{L}\u064f\p{L}\u0650\p{L}$/u.test(verb);
}

/** VS order: the words after the verb, up to a complementiser, punctuation or a quote (نقل … عن X). */
export function speakerAfter(view: SentenceView, cue: RawMatch<Cue>): string | null {
  const {body, tokens} = view;
  const t = cue.last + 1;
  if (t >= view.end) return null;
  if (isTransmission(tokens[cue.first]!.key)) {
    const an = transmissionSource(view, cue);
    if (an !== null) {
      // "ونقلت وسائل إعلام محلية عن بحسب …": when nothing usable follows عن, the transmitter speaks.
      const source = speakerFrom(view, an + 1);
      return source !== null || an === t ? source : speakerFrom(view, t, an);
    }
  }
  const gap = body.slice(cue.end, tokens[t]!.start);
  // "وأضافت: سنواصل …": a pronoun subject; the words after the colon are the statement.
  if (gap.includes(':')) return null;
  if (PUNCT.test(gap)) {
    // "وذكرت «رويترز» أن …": a short quoted name right after the verb is its subject; a quotation is the statement.
    const name = quoteOpeningIn(view, cue.end, tokens[t]!.start);
    return name && (nameIsSubject(view, name) || closingQuotedSource(view, cue, name)) ? body.slice(name.open!, name.close! + 1) : null;
  }
  return speakerFrom(view, t);
}

/** The speaker phrase starting at token t (stopping before token `stop`). */
function speakerFrom(view: SentenceView, t: number, stop = view.end): string | null {
  const {body, tokens, notSpeaker} = view;
  const start = t;
  let from = -1;
  let to = -1;
  let quotedEnd = -1;
  for (; t < stop && (from < 0 || t - from < MAX_SPEAKER_WORDS); t++) {
    const key = tokens[t]!.key;
    if (t > start && punctBefore(view, t)) {
      // "ذكرت وكالة “رويترز” للأنباء": a short quoted name belongs to the medium it names.
      const quote = from >= 0 ? quoteOpeningIn(view, tokens[t - 1]!.end, tokens[t]!.start) : null;
      const words = quote ? quoteTokens(view, quote) : null;
      if (quote && words && words.words <= 3 && phraseNamesMedium(view, from, t - 1)) {
        to = words.last;
        quotedEnd = quote.close! + 1;
      }
      break;
    }
    if (cueStartingAt(view, t, SPEECH_CUES) || view.termStarts?.has(t) || tokens[t]!.isNumber) break;
    if (from < 0 && isNotSpeaker(view, key)) continue;
    // Once the speaker has begun, a preposition or time word opens an adverbial ("في تصريح", "on Friday").
    if (from >= 0 && notSpeaker.has(key) && key !== 'من') break;
    if (from >= 0 && objectBegins(view, from, t)) break;
    if (from < 0) from = t;
    to = t;
  }
  if (from < 0) return null;
  // "أُعلِن يوماً للحداد": an indefinite accusative (tanween fath) is an object; the subject is implied.
  if (/\u064b/u.test(tokens[from]!.text)) return null;
  // "أكدت دعمها الكامل …": a first word with a possessive pronoun is the object, the subject is implied.
  if (/^[\p{L}\p{M}]{3,}(ها|هم|هما|ه)$/u.test(tokens[from]!.text) && !isTitle(tokens[from]!.key)) return null;
  // Drop trailing function words ("في", "من") and the قوله of "نقلت عن X قوله".
  while (quotedEnd < 0 && to > from && (notSpeaker.has(tokens[to]!.key) || /^قول(ه|ها|هم)$/u.test(tokens[to]!.key))) to--;
  return body.slice(tokens[from]!.start, quotedEnd >= 0 ? quotedEnd : tokens[to]!.end);
}

/**
 * "ودعت الشرطة سكان المدينة …", "أعلنت الحكومة استقالتها": after a definite
 * noun, a word without the article starts the object — unless the phrase
 * opened with a title, which a name may follow, or with an organisation
 * whose name goes on with لـ (المرصد السوري لحقوق الإنسان).
 */
function objectBegins(view: SentenceView, from: number, t: number): boolean {
  if (view.language !== 'ar') return false;
  const {tokens} = view;
  if (!DEFINITE.test(tokens[t - 1]!.key) || DEFINITE.test(tokens[t]!.key)) return false;
  if (isTitle(tokens[from]!.key)) return false;
  return !(isOneOf(ORGANISATIONS, tokens[from]!.key) && /^ل(?!ل)/u.test(tokens[t]!.key));
}

/**
 * The English subject of the verb at token `verb`: back to a clause opener,
 * a function word or punctuation, without the auxiliaries and adverbs
 * before the verb ("Lukashenko had said" → Lukashenko) and without a
 * number or date before it ("22 Aug, 2020 15:04 police said"). When a
 * parenthetical stands between subject and verb ("Rights groups, citing
 * hospital records, said"), the subject is the phrase before it.
 */
function englishSubject(view: SentenceView, verb: number): string | null {
  const {tokens} = view;
  let to = verb - 1;
  while (to >= view.first && !punctBefore(view, to + 1)) {
    // "wouldn’t" is two of our tokens: wouldn + t.
    if (to > view.first && tokens[to]!.key === 't' && /^[’']$/u.test(gapBefore(view, to)) && isAuxiliary(`${tokens[to - 1]!.key}’t`)) to -= 2;
    else if (isAuxiliary(tokens[to]!.key)) to--;
    else break;
  }
  if (to < view.first) return null;
  if (to === verb - 1 && /,\s*$/u.test(gapBefore(view, verb))) {
    // "Rights groups, citing hospital records, said …": skip back over the parenthetical to the subject before it.
    let t = to;
    while (t > view.first && verb - t <= 12 && !/,/u.test(gapBefore(view, t))) t--;
    const commaOnly = t > view.first && /^\s*,\s*$/u.test(gapBefore(view, t));
    return commaOnly ? subjectEndingAt(view, t - 1) : null;
  }
  return punctBefore(view, to + 1) ? null : subjectEndingAt(view, to);
}

/** The English noun phrase ending at token `to`: back to a clause opener, a function word, a number or punctuation. */
function subjectEndingAt(view: SentenceView, to: number): string | null {
  const {body, tokens} = view;
  let from = to + 1;
  // Never further back than the longest speaker (a sentence without punctuation stays linear).
  while (from > view.first && to - from < MAX_SPEAKER_WORDS) {
    const prev = from - 1;
    const key = tokens[prev]!.key;
    // "Activists and human rights groups said": an "and" near the clause start joins two subjects.
    const joins = key === 'and' && prev > view.first && clauseStartWithin(view, prev - 1, 3);
    if ((CLAUSE_OPENERS.has(key) && !joins) || (view.notSpeaker.has(key) && !IN_ENGLISH_SUBJECT.has(key)) || tokens[prev]!.isNumber) break;
    if (cueEndingAt(view, prev, SPEECH_CUES)) break;
    from = prev;
    if (from > view.first && punctBefore(view, from)) break;
  }
  // A subject does not begin with a preposition ("in Almaty police said" → police): drop leading ones.
  while (from <= to && IN_ENGLISH_SUBJECT.has(tokens[from]!.key)) from++;
  const words = to - from + 1;
  if (words <= 0 || words > MAX_SPEAKER_WORDS) return null;
  return body.slice(tokens[from]!.start, tokens[to]!.end);
}

/** Does a clause start (the sentence start or punctuation) come within `n` words back from token t? */
function clauseStartWithin(view: SentenceView, t: number, n: number): boolean {
  for (let u = t; u >= view.first && t - u < n; u--) {
    if (u === view.first || punctBefore(view, u)) return true;
    if (CLAUSE_OPENERS.has(view.tokens[u - 1]!.key)) return true;
  }
  return false;
}

/** had, also, wouldn’t, didn't …: between a subject and its verb. */
const isAuxiliary = (key: string): boolean => ENGLISH_AUXILIARY.has(key) || /^(?:would|could|should|did|does|do|was|were|is|are|has|have|had|wo|ca|must|need)n[’']?t$/u.test(key);

/** Is the English verb at the start of its clause ("…,” said Lam", "…, said police")? Then its subject follows it. */
export function englishInverted(view: SentenceView, cue: RawMatch<Cue>): boolean {
  // "…, blaming the unrest on …": a participle after a comma goes on with the sentence's subject; what follows it is its object.
  if (/ing$/iu.test(view.tokens[cue.first]!.text)) return false;
  return cue.first === view.first || /[,:;"”’]\s*$/u.test(gapBefore(view, cue.first));
}

/** Does the phrase [from, last] name a medium or body (وكالة الأنباء, قناة)? Its quoted name may follow. */
function phraseNamesMedium(view: SentenceView, from: number, last: number): boolean {
  for (let t = from; t <= last; t++) if (isNamed(view.tokens[t]!.key)) return true;
  return false;
}

/** A closed quotation that opens in [gapStart, gapEnd) with only spaces before its mark. */
function quoteOpeningIn(view: SentenceView, gapStart: number, gapEnd: number): Quote | null {
  for (let i = quoteIndexAfter(view, gapStart); i < view.quotes.length; i++) {
    const q = view.quotes[i]!;
    if (q.start > gapEnd) break;
    if (q.open !== null && q.open >= gapStart && q.open < gapEnd && q.close !== null) return /^\s*$/u.test(view.body.slice(gapStart, q.open)) ? q : null;
  }
  return null;
}

/**
 * Is this short quotation a name — the subject of the verb before it
 * (وذكرت «رويترز» أن …) — rather than what was said? One or two words
 * followed by a complementiser, عن or more of the sentence.
 */
export function nameIsSubject(view: SentenceView, quote: Quote): boolean {
  const words = quoteTokens(view, quote);
  if (!words || words.words > 2) return false;
  const next = words.last + 1;
  if (next >= view.end || punctIn(view.body, quote.close! + 1, view.tokens[next]!.start)) return false;
  return Boolean(cueStartingAt(view, next, COMPLEMENTIZER)) || view.tokens[next]!.key === 'عن' || words.words === 1 || thatAfterTitle(view, next) >= 0;
}

/** إن / أن themselves at token t (بأن، أنه …), not كأن, whose key the complementisers' list shares with كان. */
export const isThat = (view: SentenceView, t: number): boolean => cueStartingAt(view, t, COMPLEMENTIZER) !== undefined && /^ب?ان/u.test(view.tokens[t]!.key);

/** How many words a speaker's title after a quoted name may hold ("المتحدث باسم السفارة الصينية بالقاهرة"). */
const MAX_TITLE_WORDS = 6;

/**
 * 'أكد “لي دونج” المتحدث باسم السفارة الصينية بالقاهرة، أن المظاهرات …': after a quoted name, the speaker's title
 * (from token `next`, at least one word) and perhaps a comma before إن / أن, where what was said begins. That
 * complementiser's token, or -1.
 */
export function thatAfterTitle(view: SentenceView, next: number): number {
  if (view.language !== 'ar' || isThat(view, next) || cueStartingAt(view, next, SPEECH_CUES)) return -1;
  for (let t = next + 1; t < Math.min(view.end, next + MAX_TITLE_WORDS + 1); t++) {
    if (punctBefore(view, t)) return ONLY_COMMA.test(gapBefore(view, t)) && isThat(view, t) ? t : -1;
    if (isThat(view, t)) return t;
    if (cueStartingAt(view, t, SPEECH_CUES)) return -1;
  }
  return -1;
}

/**
 * "…، بحسب "فرانس برس".": after an attribution phrase (بحسب، وفق، على ما
 * أوردت …) a short quotation that ends the sentence, or stands before its
 * punctuation, is the source's name; an attribution phrase introduces no
 * speech of its own.
 */
function closingQuotedSource(view: SentenceView, cue: RawMatch<Cue>, quote: Quote): boolean {
  if (cue.payload.kind !== 'attribution') return false;
  const words = quoteTokens(view, quote);
  if (!words || words.words > 3) return false;
  const next = words.last + 1;
  return next >= view.end || punctIn(view.body, quote.close! + 1, view.tokens[next]!.start);
}

/** Is the quotation opening at `open` the quoted name of a medium or body just before it (قناة “خبر24”، وكالة الأنباء «تاس»)? */
export function isQuotedName(view: SentenceView, open: number): boolean {
  const before = lastTokenBefore(view, open);
  if (before < 0 || !/^\s*$/u.test(view.body.slice(view.tokens[before]!.end, open))) return false;
  for (let t = before; t >= Math.max(view.first, before - 2); t--) {
    if (isNamed(view.tokens[t]!.key)) return true;
    if (t > view.first && punctBefore(view, t)) return false;
  }
  return false;
}

/** Longest name before a relative clause on it that opens the sentence ("توكاييف الذي …"), in words. */
const MAX_RELATIVE_SUBJECT_WORDS = 3;
/** Longest stretch from the relative pronoun to the verb after the clause's comma, in words. */
const MAX_RELATIVE_CLAUSE_WORDS = 14;

/**
 * "توكاييف الذي ألقى خطابا ثانيا في غضون ساعات قليلة، ناشد منظمة معاهدة الأمن الجماعي …": a sentence that opens with a
 * short name and a relative clause on it, closed by the comma right before an Arabic verb, names the verb's subject
 * first; the words after the verb are its object (the one appealed to), not its speaker. The name, or null.
 */
export function relativeClauseSubject(view: SentenceView, cue: RawMatch<Cue>): string | null {
  if (view.language !== 'ar' || cue.first - view.first < 3 || !ONLY_COMMA.test(gapBefore(view, cue.first))) return null;
  const {tokens} = view;
  let relative = -1;
  for (let t = view.first + 1; t <= view.first + MAX_RELATIVE_SUBJECT_WORDS && t < cue.first; t++) {
    if (punctBefore(view, t)) return null;
    if (RELATIVE.has(tokens[t]!.key)) {
      relative = t;
      break;
    }
  }
  if (relative < 0 || cue.first - relative > MAX_RELATIVE_CLAUSE_WORDS) return null;
  for (let t = relative + 1; t < cue.first; t++) if (punctBefore(view, t) || cueStartingAt(view, t, SPEECH_CUES)) return null;
  if (isNotSpeaker(view, tokens[view.first]!.key)) return null;
  return view.body.slice(tokens[view.first]!.start, tokens[relative - 1]!.end);
}

/** SV order: a short subject between the clause start and the verb (روسيا تؤكد، السلطات تؤكد، Police said). */
export function speakerBefore(view: SentenceView, cue: RawMatch<Cue>): string | null {
  if (view.language === 'en') return englishSubject(view, cue.first);
  const {body, tokens, notSpeaker} = view;
  const arabic = view.language === 'ar';
  let from = cue.first;
  while (from > view.first && !punctBefore(view, from)) {
    const prev = from - 1;
    const key = tokens[prev]!.key;
    // "وأشارت في بيان لها بأن روسيا تؤكد": a complementiser or another cue ends the subject.
    if (cueEndingAt(view, prev, SPEECH_CUES)) break;
    if (arabic) {
      if (RELATIVE.has(key)) return null;
      // "وفي موسكو تؤكد …", "إلى الشوارع وقالوا": the words after a preposition are its object, not the subject.
      if (!DISCOURSE.has(key) && isNotSpeaker(view, key)) return null;
    } else if (CLAUSE_OPENERS.has(key) || (notSpeaker.has(key) && !IN_ENGLISH_SUBJECT.has(key))) break;
    from = prev;
    // "… في كازاخستان والسلطات تؤكد": a conjunct with the article starts a new clause.
    if (arabic && /^و(?:ال|لل)/u.test(tokens[from]!.key)) break;
  }
  let to = cue.first - 1;
  if (arabic) {
    while (from <= to && DISCOURSE.has(tokens[from]!.key)) from++;
    while (to >= from && DISCOURSE.has(tokens[to]!.key)) to--;
  }
  const words = to - from + 1;
  if (words <= 0 || words > MAX_SPEAKER_WORDS) return null;
  // "والسلطات" / "وَالسلطات": the conjunction (and its vowel) is not part of the name.
  const lead = arabic && /^و(?:ال|لل)/u.test(tokens[from]!.key) ? (/^[وف]\p{M}*/u.exec(tokens[from]!.text)?.[0].length ?? 0) : 0;
  return body.slice(tokens[from]!.start + lead, tokens[to]!.end);
}
