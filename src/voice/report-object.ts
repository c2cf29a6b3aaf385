import type {MatchToken, RawMatch} from '../lexicon/match.js';
import {matchKey} from '../text/normalize.js';
import {baBeforeQuote} from './ba-quote.js';
import type {Cue} from './cues.js';
import {COMPLEMENTIZER, cueStartingAt, gapBefore, inflected, NOUN_PHRASE_START, PUNCT, punctBefore, type SentenceView, SPEECH_CUES, withinClause} from './sentence-view.js';
import {MAX_NAMED_SPEAKER_WORDS} from './speaker-end.js';
import {MAX_SPEAKER_WORDS, RELATIVE} from './speaker-phrase.js';

// Where what was reported begins after verbs that take an object rather than
// a clause: accusing and blaming (اتهم … بـ، حمّل … مسؤولية), calling for and
// vowing (دعا إلى، طالب بـ), describing and labelling (وصف … بـ, "called them
// thugs"), claiming a thing ("claimed victory").

/**
 * "وطالب المحتجون السلميون باستقالة الحكومة", "ودعا المتظاهرون إلى إسقاط النظام",
 * "توعد سيف الإسلام … المتظاهرين في ليبيا بالقتال": after a verb of calling for
 * or vowing, what was called for or vowed opens with إلى or with
 * بـ on a verbal noun; the speaker and the one called on or threatened, named
 * before it, are the outlet's wording; what was called for runs from that
 * word as an announced object does. The word's token, or -1 when none comes
 * before a punctuation mark other than a comma.
 */
export function calledForToken(view: SentenceView, cue: RawMatch<Cue>): number {
  // CALLING holds past forms only, so the verb stands first even where its ت reads as a present prefix (توعد).
  if (view.language !== 'ar' || !CALLING.test(view.tokens[cue.first]!.key)) return -1;
  for (let t = cue.last + 2; t < Math.min(view.end, cue.last + 2 + MAX_NAMED_SPEAKER_WORDS); t++) {
    // Commas set off a name or an aside ("طالب المحتجون في لبنان رئيس الوزراء، سعد الحريري، بالرحيل"); other marks end the search.
    if (punctBefore(view, t) && PUNCT.test(gapBefore(view, t).replace(/[،,]/gu, ''))) return -1;
    if (CALLED_FOR.test(view.tokens[t]!.key) || baBeforeQuote(view, t)) return t;
  }
  return -1;
}

/** Arabic verbs of accusing: past forms stand before their subject (اتهم، اتهمت، اتهمهم), present and plural ones after it. */
const ACCUSES_VS = /^[وف]?(?:اتهم|اتهمت)(?:ه|ها|هم|هما)?$/u;
const ACCUSES_SV = /^[وف]?(?:يتهم|تتهم|يتهمون|يتهمان|اتهموا)$/u;
/** A verb of accusing with the accused in its object pronoun (اتهمه، اتهموهم، يتهمونها): its charge may follow it at once. */
const ACCUSES_PRONOUN = /^[وف]?(?:اتهم|اتهمت|اتهمو|[يت]تهم|[يت]تهمون)(?:ه|ها|هم|هما)$/u;
/**
 * The word that opens a charge, as a key: بـ glued to أن or to a verbal
 * noun (بأن، بالتحريض، بإشعال، بتزوير), or on one of the plain verbal nouns
 * charged most (بقتل، بمحاولة، بممارسة، بدعم …). Not every بـ word: بين،
 * بعد، بيان are no charge.
 */
const CHARGED_WITH = /^(?:با|بت|ب(?:قتل|محاوله|ممارسه|دعم|تمويل|قمع|خرق|نشر|خيانه|فبركه|تلفيق|عرقله|سرقه|تهديد|تخريب|تحريض|ارتكاب|استخدام|اطلاق|اثاره|زعزعه)$)/u;
/** How far after a VS verb of accusing its speaker and the accused may run before the charge, in words ("اتهم زعيم النظام … الشباب الثائر الذي خرج في احتجاجات … بأن"). */
const MAX_ACCUSED_WORDS = 20;

/**
 * "اتّهمت منظمة العفو الدولية قوات الأمن النيجيرية بقتل العديد من
 * المتظاهرين", "المعارضة تتهم الحكومة بتزوير الانتخابات": after an Arabic
 * verb of accusing, the charge opens with its بـ; the speaker and the
 * accused, named before it, are the outlet's words; the charge runs on as
 * any report does ("بالعمالة وتلقي أموال من الخارج، والمس بالمؤسسات").
 * Not past punctuation or a quotation mark: an accused the speaker names in
 * his own word («مندسين») or after an aside ("اتهم مسئول روسى … أمس،
 * الولايات المتحدة بتسليح …") is part of what was said. With the accused in
 * the verb's pronoun ("واتهموهم بتنظيم اضطرابات"، "واتهمهم المحققون بتنظيم
 * …") the charge opens at its بـ all the same, at once or past the speaker.
 * The charge's token, or -1.
 */
export function chargeToken(view: SentenceView, cue: RawMatch<Cue>, subjectFirst: boolean): number {
  if (view.language !== 'ar') return -1;
  const key = view.tokens[cue.first]!.key;
  if (cue.payload.blames) return blameToken(view, cue);
  const next = cue.last + 1;
  if (ACCUSES_PRONOUN.test(key) && next < view.end && !punctBefore(view, next) && CHARGED_WITH.test(view.tokens[next]!.key)) return next;
  const vs = !subjectFirst && ACCUSES_VS.test(key);
  if (!vs && !(subjectFirst && ACCUSES_SV.test(key))) return -1;
  return wordAfterNamed(
    view,
    cue,
    vs ? MAX_ACCUSED_WORDS : MAX_SPEAKER_WORDS,
    (t) => punctBefore(view, t) || /["«»“”]/u.test(gapBefore(view, t)),
    (key) => CHARGED_WITH.test(key) && !view.notSpeaker.has(key),
  );
}

/**
 * The first word `opens` accepts among the `words` after a verb, past the
 * speaker and the one named (accused, blamed), or -1 when a gap `ends`
 * stops the search first or another report begins: where what the verb
 * reports opens.
 */
function wordAfterNamed(view: SentenceView, cue: RawMatch<Cue>, words: number, ends: (t: number) => boolean, opens: (key: string) => boolean): number {
  for (let t = cue.last + 2; t < Math.min(view.end, cue.last + 1 + words); t++) {
    if (ends(t)) return -1;
    if (opens(view.tokens[t]!.key)) return t;
    if (cueStartingAt(view, t, SPEECH_CUES)) return -1;
  }
  return -1;
}

/** The words of the blame: responsibility, the cause (مسؤولية، المسؤولية، سبب), with or without the article. */
const BLAME_WORDS: ReadonlySet<string> = new Set(['مسؤولية', 'المسؤولية', 'مسؤوليات', 'سبب'].map(matchKey));
/** How far after the verb the word of the blame may stand: the speaker and the one blamed ("حمّل المحتجون حكومة رئيس الوزراء بنيامين نتنياهو سبب …"). */
const MAX_BLAMED_WORDS = 10;

/**
 * "وحمّل المحتجون حكومة رئيس الوزراء بنيامين نتنياهو سبب تدهور الوضع"،
 * "كما حملوا حكومة نتنياهو مسؤولية الانقسام": a verb of holding responsible
 * reports the blame, which begins at مسؤولية or سبب after the one blamed
 * (also when a pronoun names that one, "التي حمّلها المتظاهرون مسؤولية …",
 * though not in the forms that are also حملة, a campaign, with its pronoun);
 * the speaker and the one blamed are the outlet's words. Not when the word
 * follows the verb at once ("تحمل المسؤولية", bore the responsibility) nor
 * past punctuation or another report: "حمل المتظاهرون لافتات" carried
 * something. The blame's token, or -1.
 */
export function blameToken(view: SentenceView, cue: RawMatch<Cue>): number {
  // "حمَّل مشاركون في المظاهرات «حماس» المسؤولية": marks around the one blamed are no punctuation that ends the search.
  return wordAfterNamed(view, cue, MAX_BLAMED_WORDS, (t) => punctBefore(view, t) && !ONLY_QUOTE_MARKS.test(gapBefore(view, t)), (key) => BLAME_WORDS.has(key));
}

/** A gap between two words that holds quotation marks and spaces only. */
const ONLY_QUOTE_MARKS = /^[\s\u00a0«»"“”]*$/u;

/** What one claims as a thing won or done ("claimed victory", "claim responsibility for"), not a statement. */
const CLAIMED_THINGS = new Set(['victory', 'responsibility', 'credit', 'win']);

/**
 * "after Maduro claimed victory again, this time over challenger Edmundo
 * González in the disputed election held July 28": claiming a win or a deed
 * names a thing, as declaring does; its object only, not the rest of the
 * sentence.
 */
export function claimsThing(view: SentenceView, cue: RawMatch<Cue>): boolean {
  if (view.language !== 'en' || cue.last + 1 >= view.end || (view.tokens[cue.first]!.lemma ?? view.tokens[cue.first]!.key) !== 'claim') return false;
  return CLAIMED_THINGS.has(view.tokens[cue.last + 1]!.key) && !punctBefore(view, cue.last + 1);
}

/** How far after "declares" the "as" of its label may stand ("declares events unfolded after Imran Khan's arrest on May 9 as …"), in words. */
const MAX_DECLARED_THING = 15;

/**
 * "announced that …", "declared: “…”": an English verb of announcing followed by "that", a colon or a quotation
 * reports a clause, not a thing; "declares events … as “black chapter”" labels what it names.
 */
export function englishClauseAfter(view: SentenceView, cue: RawMatch<Cue>): boolean {
  if (view.language !== 'en' || cue.last + 1 >= view.end) return false;
  if (reportsThat(view, cue) || /[:“"«]/u.test(gapBefore(view, cue.last + 1))) return true;
  if (!LABELLING.has(view.tokens[cue.first]!.lemma ?? view.tokens[cue.first]!.key)) return false;
  // "has declared another curfew as it struggles to contain violence": "as" and a subject pronoun open a clause of
  // time, not the label.
  const label = (t: number): boolean | undefined => (view.tokens[t]!.key === 'as' ? !(t + 1 < view.end && SUBJECT_PRONOUNS.has(view.tokens[t + 1]!.key)) && !asOpensClause(view, t) : undefined);
  return withinClause(view, cue.last + 2, MAX_DECLARED_THING - 1, label);
}

/** Words of a short setting between a verb and its "that" ("warned on Friday that", "said in a statement that"). */
const SETTING_WORDS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'statement', 'speech', 'interview', 'address', 'briefing', 'televised', 'news', 'press', 'conference', 'night', 'morning', 'evening', 'afternoon']);
/** Longest setting between a verb and its "that", in words. */
const MAX_SETTING_BEFORE_THAT = 5;

/** An English verb followed by "that", right after it or after a short setting ("warned on Friday that"). */
export function reportsThat(view: SentenceView, cue: RawMatch<Cue>): boolean {
  if (view.language !== 'en' || cue.last + 1 >= view.end) return false;
  return cueStartingAt(view, cue.last + 1, COMPLEMENTIZER) !== undefined || thatAfterSetting(view, cue);
}

/**
 * "Hezbollah warned on Friday that a power vacuum could …": a short setting of time or place (no punctuation, only
 * not-a-speaker words, articles and nouns of a statement) between the verb and its "that": the verb reports a clause.
 */
function thatAfterSetting(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const verdict = (t: number): boolean | undefined => {
    if (t > cue.last + 1 && cueStartingAt(view, t, COMPLEMENTIZER) !== undefined) return true;
    const key = view.tokens[t]!.key;
    return !view.notSpeaker.has(key) && !SETTING_WORDS.has(key) ? false : undefined;
  };
  return withinClause(view, cue.last + 1, MAX_SETTING_BEFORE_THAT + 1, verdict, true);
}

/** English subject pronouns: after "as" they open a clause, not a label. */
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);

/** Verbs of what crowds and unrest do, in the present, as a clause of time after "as" has them ("as protests continue"). */
const EVENT_VERBS = new Set([
  'continue', 'continues', 'grow', 'grows', 'mount', 'mounts', 'rage', 'rages', 'spread', 'spreads', 'escalate', 'escalates', 'enter', 'enters', 'gather', 'gathers',
  'clash', 'clashes', 'overtake', 'overtakes', 'storm', 'storms', 'swell', 'swells', 'rally', 'rallies', 'march', 'marches', 'flee', 'flees', 'resume', 'resumes',
  'occupy', 'occupies', 'surround', 'surrounds', 'block', 'blocks', 'pour', 'pours', 'flood', 'floods', 'erupt', 'erupts', 'persist', 'persists', 'intensify', 'intensifies',
]);
/** Nouns that stand as a clause's subject without a plural ending ("as police fire", "as the crowd gathers"). */
const COLLECTIVE_SUBJECTS = new Set(['police', 'people', 'crowd', 'army', 'military', 'government', 'youth', 'unrest', 'violence']);
/** How far after "as" the clause's verb may stand, in words. */
const MAX_AS_SUBJECT = 7;

/**
 * "Iraq declares state of emergency as protesters overtake Parliament", "condemns US intervention in the internal
 * affairs of China as the protests in Hong Kong continue": "as" followed by a subject (a plural noun, a name, a
 * collective noun) and a verb of its own in the present — or a past tense with its object — opens a clause of time,
 * not a label; a label has no verb ("as acts of terrorism", "as Russophobic provocation", "as thugs paid to …").
 */
export function asOpensClause(view: SentenceView, as: number): boolean {
  const {tokens} = view;
  for (let t = as + 2; t < view.end && t - as <= MAX_AS_SUBJECT; t++) {
    if (punctBefore(view, t)) return false;
    const subject = tokens[t - 1]!;
    if (!(inflected(subject, 's') || /^\p{Lu}/u.test(subject.text) || COLLECTIVE_SUBJECTS.has(subject.key))) continue;
    const verb = tokens[t]!;
    if (EVENT_VERBS.has(verb.key)) return true;
    // A past tense with its own object ("as protesters stormed the parliament").
    if (inflected(verb, 'ed') && t + 1 < view.end && !punctBefore(view, t + 1) && NOUN_PHRASE_START.has(tokens[t + 1]!.key)) return true;
  }
  return false;
}

/** How far after a verb that names a thing its clause of time may open with "as", in words (the thing named between). */
const MAX_OBJECT_BEFORE_AS = 24;

/**
 * The "as" that opens a clause of time after a verb that names a thing, within MAX_OBJECT_BEFORE_AS words and before
 * any punctuation; the sentence end when none does. Bounded: a sentence of a megabyte with no punctuation and a verb
 * of naming in every clause made this scan quadratic (the round's review: 1 MB in 17 s).
 */
export function asClauseStart(view: SentenceView, cue: RawMatch<Cue>): number {
  if (view.language !== 'en' || cue.payload.takes !== 'object') return view.sentence.end;
  for (let t = cue.last + 2; t < view.end && t - cue.last <= MAX_OBJECT_BEFORE_AS; t++) {
    if (punctBefore(view, t)) return view.sentence.end;
    if (view.tokens[t]!.key === 'as' && asOpensClause(view, t)) return view.tokens[t - 1]!.end;
  }
  return view.sentence.end;
}

/** Arabic verbs of calling for, of vowing and of threatening, past tense (the VS order): دعا إلى، طالب بـ، ناشد بـ، تعهد بـ، توعد بـ، هدد بـ. */
export const CALLING = /^[وف]?(?:دعا|دعت|طالب|طالبت|ناشد|ناشدت|تعهد|تعهدت|توعد|توعدت|هدد|هددت)$/u;
/**
 * The word that opens what was called for, as a key: إلى, or بـ on a verbal
 * noun (بإسقاط، باستقالة، بالإفراج، بتحسين), or on one of the plain verbal
 * nouns demanded most (برحيل، بمحاسبة، بوقف، بحل، بعودة، بسحب، بطرد، بفرض). Not every
 * بـ word: بشار is a name, بريطانيا a country.
 */
const CALLED_FOR = /^(?:الي|با|بت|ب(?:رحيل|محاسبه|محاكمه|وقف|حل|عوده|سحب|طرد|رفع|منع|فرض)$)/u;

/**
 * "وتستمر التظاهرات، التي دعت إليها المعارضة، منذ نحو ثلاثة أشهر …": a
 * reporting verb inside a relative clause, with no إن/أن of its own, names
 * what the speaker did; the relative clause ends at its comma.
 */
export function relativeWithoutClause(view: SentenceView, cue: RawMatch<Cue>): boolean {
  if (view.language !== 'ar' || cue.first <= view.first || !RELATIVE.has(view.tokens[cue.first - 1]!.key)) return false;
  for (let t = cue.last + 1; t < Math.min(view.end, cue.last + 1 + MAX_SPEAKER_WORDS); t++) {
    if (punctBefore(view, t)) return true;
    if (cueStartingAt(view, t, COMPLEMENTIZER)) return false;
  }
  return true;
}

/** Verbs that report a thing when بـ + noun follows them (أفاد تقرير بسقوط 20 قتيلاً، وصرح مدير الأمن بإصابة …), a clause when بأن does. */
const REPORTS_WITH_BA = /^[وف]?(?:افاد|يفيد|تفيد|ابلغ|صرح|يصرح|تصرح)/u;

/** "أفاد تقرير سوداني أمس بسقوط 20 قتيلا جراء …": the reported thing ends where the circumstance begins, as for أعلن. */
export function reportsThingWithBa(view: SentenceView, cue: RawMatch<Cue>): boolean {
  return thingWithBaToken(view, cue) >= 0;
}

/** In VS order, where the thing reported with بـ begins (thingWithBaToken), as an offset; null when none does. */
export function thingWithBaStart(view: SentenceView, cue: RawMatch<Cue>, subjectFirst: boolean): number | null {
  if (subjectFirst) return null;
  const t = thingWithBaToken(view, cue);
  return t >= 0 ? view.tokens[t]!.start : null;
}

/**
 * "وصرح مدير الأمن في الأردن بإصابة ما لايقل عن 42 شخصًا …": the token of
 * the بـ word that opens the thing reported after أفاد / أبلغ / صرّح, or -1.
 * What was reported begins there: the words before it name the speaker,
 * and an عن inside the thing ("ما لايقل عن") opens no topic.
 */
export function thingWithBaToken(view: SentenceView, cue: RawMatch<Cue>): number {
  const {tokens} = view;
  if (view.language !== 'ar' || !REPORTS_WITH_BA.test(tokens[cue.first]!.key)) return -1;
  for (let t = cue.last + 1; t < Math.min(view.end, cue.last + 1 + MAX_SPEAKER_WORDS); t++) {
    if (punctBefore(view, t) || cueStartingAt(view, t, SPEECH_CUES)) return -1;
    if (THING_WITH_BA.test(tokens[t]!.key) && !view.notSpeaker.has(tokens[t]!.key)) return t;
  }
  return -1;
}

/**
 * The بـ of the thing reported, as a key: on a verbal noun (بإصابة، بالإفراج، بتزايد) or on one of the plain nouns
 * reported most (بسقوط، بمقتل، بوقوع). Not باسم (المتحدث باسم الوزارة) nor a body's name (مصدر بوزارة الداخلية), which
 * belong to the speaker: after them the search goes on, and a بأن after them makes the verb report a clause.
 */
const THING_WITH_BA = /^ب(?:ا(?!سم$)\p{L}{2,}|ت\p{L}{2,}|(?:سقوط|مقتل|وقوع|وفاه|حدوث|وجود|قتل|مصرع|اصابه|فرار|هروب|رفض|نجاح|فشل|ارتفاع|انخفاض)$)/u;

/**
 * English verbs that name a thing and then give it a label: "calls Belarus protests ‘Color Revolution’" (by lemma; the
 * lemmatiser leaves "branded" as it is). A verb of condemning labels what it names with "as", as "denounce" does
 * ("condemned the peaceful protests in Canada as "illegal"", "slams Tbilisi protests as Russophobic provocation").
 */
export const LABELLING = new Set(['call', 'describe', 'brand', 'branded', 'label', 'dub', 'term', 'declare', 'denounce', 'condemn', 'slam', 'criticize', 'criticise', 'dismiss', 'refer']);
/** Verbs of labelling whose label only "as" (or a quotation mark) opens: "declared students leading a … movement as terrorists". */
const LABELLING_AS = new Set(['term', 'declare', 'denounce', 'condemn', 'slam', 'criticize', 'criticise', 'dismiss', 'refer']);
/** Words that open the label after a verb of labelling ("described them as …", "calling it a …"). */
const LABEL_WORDS = new Set(['as', 'a', 'an']);
/** An opening quotation mark of any kind, single ones included (‘Color Revolution,’); a straight mark only after a space, not the closing one of `fanatics," and` nor the apostrophe of "Washington's intervention". */
const OPENING_MARK = /(?:^|\s)"\s*$|\s'\s*$|[‘“«]\s*$/u;

/**
 * "Lukashenko calls Belarus protests ‘Color Revolution,’": after a verb of
 * labelling, the words up to the label (an opening mark, "as", "a/an") are
 * the thing labelled, named in the outlet's words; the label is the
 * speaker's. Null when no label follows within a few words.
 */
export function englishLabelStart(view: SentenceView, cue: RawMatch<Cue>): number | null {
  const {tokens} = view;
  const lemma = tokens[cue.first]!.lemma ?? tokens[cue.first]!.key;
  if (view.language !== 'en' || !LABELLING.has(lemma)) return null;
  const asOnly = LABELLING_AS.has(lemma);
  for (let t = cue.last + 1; t < Math.min(view.end, cue.last + 1 + MAX_SPEAKER_WORDS); t++) {
    const gap = gapBefore(view, t);
    // "those he termed “fascist fanatics”": a label may follow the verb at once; the thing labelled is named before it.
    if (OPENING_MARK.test(gap)) return tokens[t]!.start;
    if (t === cue.last + 1) continue;
    if (PUNCT.test(gap)) return null;
    if (tokens[t]!.key === 'as' && asOpensClause(view, t)) return null;
    // "described what began as peaceful protests as “riots”": the "as" of a verb of beginning names what the thing was,
    // in the outlet's words; the label's "as" or mark comes after it.
    if (tokens[t]!.key === 'as' && asOfBeginning(view, t)) continue;
    if (asOnly ? tokens[t]!.key === 'as' : LABEL_WORDS.has(tokens[t]!.key)) return tokens[t]!.start;
  }
  return null;
}

/** Verbs of beginning whose "as" tells what a thing was at first ("what began as", "what started out as"). */
const BEGINNING = new Set(['begin', 'began', 'begun', 'start', 'started']);

/** Is the "as" at token `as` the one of a verb of beginning ("began as", "started out as"), not a label's? No token before `first` is read. */
export function asAfterBeginning(tokens: readonly MatchToken[], as: number, first: number): boolean {
  const beginning = (t: number): boolean => t >= first && (BEGINNING.has(tokens[t]!.key) || BEGINNING.has(tokens[t]!.lemma ?? ''));
  return beginning(as - 1) || (as - 2 >= first && tokens[as - 1]!.key === 'out' && beginning(as - 2));
}

/** The same, within a sentence, with no punctuation before the "as". */
function asOfBeginning(view: SentenceView, as: number): boolean {
  return !punctBefore(view, as) && asAfterBeginning(view.tokens, as, view.first);
}

/** Arabic verbs of describing in SV order (بايدن يصف …) and their بـ. */
const DESCRIBES = /^[وف]?(?:يصف|تصف|يصفون)$/u;
/** The بـ that opens a description: بـ alone, or glued to the article or to أن (بـ«المتطرفين»، بالمتاجرين، بأنهم). */
const DESCRIBED_AS = /^(?:ب|بال\p{L}{2,}|بان\p{L}*|باعتبار\p{L}*)$/u;

/**
 * "بايدن يصف مقتحمى الكونجرس فى يناير بـ«المتطرفين والإرهابيين»": after an
 * Arabic verb of describing whose subject stands before it, the words up
 * to the بـ of the description are the thing described, in the outlet's
 * words; the description is the speaker's. Null when no بـ follows within
 * a few words, before any punctuation.
 */
export function arabicLabelStart(view: SentenceView, cue: RawMatch<Cue>, subjectFirst: boolean): number | null {
  const {tokens} = view;
  if (view.language !== 'ar') return null;
  if (!subjectFirst) return describedAfterSpeaker(view, cue);
  if (!DESCRIBES.test(tokens[cue.first]!.key)) return null;
  // Only a quotation the بـ opens may stand before it ("بـ«…»").
  return describedAsStart(view, cue.last + 2, MAX_SPEAKER_WORDS, /[«"“]\s*$/u);
}

/**
 * Where the بـ of a description begins, within `words` words from token
 * `from`: null when punctuation comes first (marks that `allowed` matches in
 * a gap do not count).
 */
function describedAsStart(view: SentenceView, from: number, words: number, allowed: RegExp): number | null {
  const {tokens} = view;
  for (let t = from; t < Math.min(view.end, from + words); t++) {
    if (PUNCT.test(gapBefore(view, t).replace(allowed, ''))) return null;
    if (DESCRIBED_AS.test(tokens[t]!.key)) return tokens[t]!.start;
    // "ووصف …، وقال إن …": another report ends the search.
    if (t > from && cueStartingAt(view, t, SPEECH_CUES)) return null;
  }
  return null;
}

/** Arabic verbs of describing in VS order: وصفت حركة … X بأنها …، ووصف الرئيس المحتجين بالمخربين. */
const DESCRIBES_VS = /^[وف]?(?:وصف|وصفت|وصفوا|نعت|نعتت)$/u;
/** How many words after a VS verb of describing its speaker and the thing described may run before the بـ. */
const MAX_DESCRIBED = 12;

/**
 * "وصفت حركة "جيل زد" في مدغشقر إقالة الحكومة وتعيين عسكريين بأنها تحد
 * لإرادة الشعب": in verb–subject order, what the speaker says begins at
 * the بـ of the description; the speaker and the thing described before it
 * are named in the outlet's words. Null when no بـ follows before any
 * punctuation other than quotation marks.
 */
function describedAfterSpeaker(view: SentenceView, cue: RawMatch<Cue>): number | null {
  if (!DESCRIBES_VS.test(view.tokens[cue.first]!.key)) return null;
  // The speaker and the thing described may be quoted names ("جيل زد"), and commas may set off an aside ("ووصف
  // الرئيس الكيني ويليام روتو، في كلمة له، الاحتجاجات في بلاده بأنها …").
  return describedAsStart(view, cue.last + 2, MAX_DESCRIBED, /["«»“”،,]/gu);
}
