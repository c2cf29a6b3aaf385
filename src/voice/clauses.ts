import type {RawMatch} from '../lexicon/match.js';
import type {Span, VerbStance} from '../types.js';
import type {Cue} from './cues.js';
import type {Quote} from './quotes.js';
import {matchKey} from '../text/normalize.js';
import {clauseMarkBefore, CLAUSE_MARKS_OR_COLON, COMMAS, COMPLEMENTIZER, cueEndingAt, cueStartingAt, firstTokenAfter, gapBefore, insideClosedQuote, lastTokenBefore, marksBefore, PUNCT, punctBefore, quoteOpeningFrom, quoteTokens, REPORTING, SPEECH_CUES, type SentenceView} from './sentence-view.js';
import {englishInverted, isPassive, isQuotedName, isTransmission, MAX_SPEAKER_WORDS, nameIsSubject, speakerAfter, speakerBefore, transmissionSource} from './speaker-phrase.js';

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
/** Longest claim after the colon of a "Speaker: claim" headline, in words. */
const MAX_HEADLINE_CLAIM = 20;
/** Longest "Speaker:" prefix of a headline, in words. */
const MAX_HEADLINE_SPEAKER = 5;
/** How many words after its verb a quotation may open and still be what the verb introduces. */
const MAX_INTRODUCING_DISTANCE = 30;
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
  for (const cue of view.cues) {
    const kind = cue.payload.kind;
    let region: Region | null = null;
    if (kind === 'verb' || kind === 'continuation') {
      // "بحسب ما أعلنت الوزارة": the attribution phrase governs; its verb adds no scope of its own.
      const governed = cueEndingAt(view, cue.first - 1, ['attribution']) ?? cueEndingAt(view, cue.first - 2, ['attribution']);
      if (!governed && reportsSpeech(view, cue)) region = verbRegion(view, cue, lastSpeaker);
    } else if (kind === 'attribution') region = attributionRegion(view, cue);
    if (!region) continue;
    regions.push(region);
    lastSpeaker = region.speaker ?? lastSpeaker;
  }
  return regions;
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
  if (!m) return null;
  const cueAt = sentence.start + lead + m[0].indexOf(m[1]!);
  return {cue: {start: cueAt, end: cueAt + m[1]!.length}, speaker: m[2]!.trim()};
}

/** An Arabic active participle in the accusative (مُفعِّلاً): م, three to six letters, the alif of tanween. */
const ACCUSATIVE_PARTICIPLE = /^م\p{L}{3,6}ا$/u;

/**
 * "منبهاً إلى أنّ كل ما يُنشر حول تسبب قنابل الغاز بإشعال الحريق هو عار من
 * الصحة", "مذكراً الجميع أنّ رجال الأمن …": a sentence that opens with a
 * participle in the accusative and its إلى أن / أن goes on with the last
 * speaker's statement (the حال of the verb of saying before it), whether or
 * not the participle is a listed continuation (مشيراً، مؤكداً); without أن
 * ("مقدماً شديد الأسف لتعرض …") its object is the speaker's. Null when the
 * sentence does not open so (an adverb of the same shape, مجدداً، مؤخراً, is
 * not a participle), a listed cue already opens it, or nobody spoke before.
 */
function openingParticiple(view: SentenceView, lastSpeaker: string | null): Region | null {
  if (view.language !== 'ar' || lastSpeaker === null || view.end - view.first < 3) return null;
  const {tokens} = view;
  const key = tokens[view.first]!.key;
  if (!ACCUSATIVE_PARTICIPLE.test(key) || view.notSpeaker.has(key) || cueStartingAt(view, view.first, SPEECH_CUES)) return null;
  const first = tokens[view.first]!;
  const region = (start: number): Region => ({cue: view.body.slice(first.start, first.end), cueSpan: {start: first.start, end: first.end}, stance: 'neutral', kind: 'reported', start, end: view.sentence.end, speaker: lastSpeaker});
  for (let t = view.first + 1; t < Math.min(view.end, view.first + 4); t++) {
    if (punctBefore(view, t)) break;
    if (cueStartingAt(view, t, COMPLEMENTIZER)) return region(tokens[t]!.start);
  }
  // "مقدماً شديد الأسف لتعرض عدد من رجال الامن … اثناء تعاملهم مع الشغب والخروج عن القانون": without أن the
  // participle's own object is how the speaker put it.
  return region(first.end);
}

/** The colon of a "Speaker:" prefix: the first within the sentence's first few words, or -1 (as -1 for a sentence of no word). */
function headlineColon(body: string, sentence: Span, tokens: SentenceView['tokens'], first: number, end: number): number {
  if (end <= first) return -1;
  const reach = tokens[Math.min(end - 1, first + MAX_HEADLINE_SPEAKER)]!.end;
  for (let colon = sentence.start; colon < reach; colon++) if (body.charCodeAt(colon) === COLON) return colon;
  return -1;
}

/**
 * Whether attributedRegions could find any region in a sentence that holds
 * no cue: only a "Speaker:" headline (a colon in its first words) or an
 * opening participle (an Arabic accusative participle as its first word,
 * after a speaker) can stand there. The caller skips the sentence when not
 * (a page of one-word paragraphs built a view for each).
 */
export function mayHoldRegionWithoutCue(body: string, language: 'ar' | 'en', sentence: Span, opensParagraph: boolean, tokens: SentenceView['tokens'], first: number, end: number, lastSpeaker: string | null): boolean {
  if (opensParagraph && headlineColon(body, sentence, tokens, first, end) >= 0) return true;
  return language === 'ar' && lastSpeaker !== null && end - first >= 3 && ACCUSATIVE_PARTICIPLE.test(tokens[first]!.key);
}

/** "توكاييف: أعمال الشغب …" — a short name before a colon opening a paragraph. */
function headlineRegion(view: SentenceView): Region | null {
  if (!view.opensParagraph) return null;
  const {body, sentence, tokens} = view;
  const colon = headlineColon(body, sentence, tokens, view.first, view.end);
  if (colon < 0) return null;
  const lastBefore = lastTokenBefore(view, colon);
  if (lastBefore < view.first) return null;
  for (let t = view.first; t <= lastBefore; t++) {
    const verb = cueStartingAt(view, t, REPORTING);
    // "Read more: …" holds no report ("read" reports only after a written thing): still a "Speaker:" line, which furniture then marks.
    if (verb && reportsSpeech(view, verb)) return null;
  }
  // "KHARTOUM: Sudanese police fired …" — a dateline in capitals names a place, not a speaker.
  if (isDateline(body.slice(sentence.start, colon))) return null;
  // "Tottenham riots: police let gangs run riot and loot", "In pictures: …", "خبر: تظاهرة مليونية …": a rubric names the topic or the kind of item, not a speaker.
  if (RUBRIC.has(tokens[view.language === 'en' ? lastBefore : view.first]!.key)) return null;
  // "Burundi: Not clear if coup succeeded", "Panama: Protests Against Mining Contract Rock the Nation", "Protest
  // against budget: congress … burns down": an English headline headed by a country, or by a topic noun and its
  // preposition, files the item under a place or a topic; no one is speaking.
  if (view.language === 'en' && (isCountryName(body.slice(sentence.start, colon)) || topicAndPreposition(view, lastBefore))) return null;
  // "VIDEO | Kathmandu, Nepal: Protesters vandalise …", "Harare, Zimbabwe: …": a town and its country (after a
  // rubric and a bar) is a dateline in mixed case, where the item happened.
  if (view.language === 'en' && isPlaceAndCountry(body.slice(sentence.start, colon))) return null;
  // "SUMMARY May 17, 2022: Blockade of Khorugh is continuing": a prefix that ends in a date files the item under a
  // day (a summary, an update), no one is speaking.
  if (view.language === 'en' && DATED_PREFIX.test(body.slice(sentence.start, colon))) return null;
  // "22 Aug, 2020 15:39": a time, not a speaker and a claim.
  if (/\p{Nd}$/u.test(body.slice(sentence.start, colon)) && /^\p{Nd}/u.test(body.slice(colon + 1, colon + 2))) return null;
  const rest = firstTokenAfter(view, colon);
  if (rest === null) return null;
  // "الأردن اليوم :  قُتل متظاهران الإثنين، خلال احتجاج آلاف السودانيين …": a claim longer than a headline is a
  // lead after the outlet's credit line, not a "Speaker: claim" headline.
  if (view.end - rest > MAX_HEADLINE_CLAIM) return null;
  // "Violence in Bangladesh: On Sunday (August 4), violence broke out once again …. Thousands of protesters …": a
  // headline is one sentence; a paragraph that goes on after it is a lead under a label. "‘Black Chapter: …" opens
  // with a quotation mark: a label quoted, not a speaker.
  if (paragraphGoesOn(body, sentence.end) || /^\s*[‘'"“«]/u.test(body.slice(sentence.start, colon))) return null;
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

const COLON = 0x3a;

/**
 * Rubrics before a headline's colon, as match keys: the head of an English
 * prefix (its last word: "Peru protests:", "In pictures:", "Sudan coup:") or the first word
 * of an Arabic one (خبر، عاجل، احتجاجات لبنان، انقلاب بوركينا فاسو). A topic or a kind of item, not a speaker.
 */
const RUBRIC = new Set(
  [
    'protest', 'protests', 'riot', 'riots', 'unrest', 'clashes', 'crisis', 'violence', 'killing', 'shooting', 'demonstrations', 'uprising', 'crackdown', 'coup', 'putsch',
    'pictures', 'photos', 'video', 'videos', 'watch', 'live', 'update', 'updates', 'breaking', 'exclusive', 'analysis', 'explainer', 'factbox', 'timeline', 'opinion', 'editorial',
    'خبر', 'عاجل', 'فيديو', 'بالفيديو', 'صور', 'بالصور', 'شاهد', 'تقرير', 'مباشر', 'تحليل', 'احتجاجات', 'مظاهرات', 'تظاهرات', 'أحداث', 'اشتباكات', 'أزمة', 'انقلاب',
    // An event named by its verbal noun ("سقوط ألفا كوندي: …", "مقتل …:"), as English "Killing of …:".
    'سقوط', 'مقتل', 'اغتيال', 'اعتقال', 'محاولة', 'إضراب', 'مظاهرة', 'تظاهرة', 'حراك', 'انتفاضة', 'اضطرابات', 'قمع', 'تمرد',
  ].map(matchKey),
);

/** An English headline prefix that ends in a date: "May 17, 2022", "17 May 2022", "Oct. 3" (a month's name and its day). */
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATED_PREFIX = new RegExp(`(?:\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH})(?:,?\\s+\\d{4})?\\s*$`, 'iu');

/** English prepositions after a topic noun that opens a rubric ("Protest against budget:", "Clashes in Caracas:"). */
const TOPIC_PREPOSITIONS = new Set(['against', 'in', 'over', 'at', 'on', 'after', 'across', 'for']);

/** An English rubric that opens with a topic noun and its preposition, up to `lastBefore` (the prefix's last word). */
const topicAndPreposition = (view: SentenceView, lastBefore: number): boolean =>
  lastBefore >= view.first + 2 && RUBRIC.has(view.tokens[view.first]!.key) && TOPIC_PREPOSITIONS.has(view.tokens[view.first + 1]!.key);

/**
 * Countries and territories as an English headline names them before its colon ("Zimbabwe: Army Takes Over",
 * "Burundi: Not clear if coup succeeded"): where the item happened, not who speaks. Lower case, one space.
 */
const COUNTRY = new Set([
  'afghanistan', 'albania', 'algeria', 'angola', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahrain', 'bangladesh', 'belarus', 'belgium', 'benin', 'bolivia',
  'bosnia', 'botswana', 'brazil', 'bulgaria', 'burkina faso', 'burundi', 'cambodia', 'cameroon', 'canada', 'central african republic', 'chad', 'chile', 'china', 'colombia', 'congo',
  'dr congo', 'drc', 'costa rica', 'croatia', 'cuba', 'cyprus', 'czech republic', 'denmark', 'djibouti', 'ecuador', 'egypt', 'el salvador', 'eritrea', 'estonia', 'eswatini',
  'swaziland', 'ethiopia', 'fiji', 'finland', 'france', 'gabon', 'gambia', 'the gambia', 'georgia', 'germany', 'ghana', 'greece', 'guatemala', 'guinea', 'guinea-bissau', 'haiti',
  'honduras', 'hong kong', 'hungary', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'ivory coast', "côte d'ivoire", 'jamaica', 'japan', 'jordan',
  'kenya', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'latvia', 'lebanon', 'lesotho', 'liberia', 'libya', 'lithuania', 'madagascar', 'malawi', 'malaysia', 'maldives', 'mali',
  'mauritania', 'mexico', 'moldova', 'mongolia', 'montenegro', 'morocco', 'mozambique', 'myanmar', 'burma', 'namibia', 'nepal', 'netherlands', 'new caledonia', 'new zealand',
  'nicaragua', 'niger', 'nigeria', 'north korea', 'north macedonia', 'norway', 'oman', 'pakistan', 'palestine', 'panama', 'papua new guinea', 'paraguay', 'peru', 'philippines',
  'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'saudi arabia', 'senegal', 'serbia', 'sierra leone', 'singapore', 'slovakia', 'slovenia', 'solomon islands',
  'somalia', 'somaliland', 'south africa', 'south korea', 'south sudan', 'spain', 'sri lanka', 'sudan', 'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania',
  'thailand', 'tibet', 'togo', 'tunisia', 'turkey', 'türkiye', 'turkmenistan', 'uganda', 'ukraine', 'united kingdom', 'uk', 'united states', 'us', 'usa', 'uruguay',
  'uzbekistan', 'venezuela', 'vietnam', 'west papua', 'yemen', 'zambia', 'zimbabwe',
]);

/** Whether a stretch of text, spaced and cased as it may be, names a country of COUNTRY. */
const isCountryName = (text: string): boolean => COUNTRY.has(text.trim().replace(/\s+/gu, ' ').toLowerCase());

/** "Kathmandu, Nepal", "VIDEO | Harare, Zimbabwe": a capitalised place of up to three words, a comma and a country, after an optional rubric and a bar. */
function isPlaceAndCountry(prefix: string): boolean {
  const place = prefix.slice(prefix.lastIndexOf('|') + 1);
  const comma = place.lastIndexOf(',');
  if (comma < 0) return false;
  const town = place.slice(0, comma).trim();
  if (!/^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(town) || town.split(/\s+/u).some((w) => OFFICE.has(w.toLowerCase()))) return false;
  return isCountryName(place.slice(comma + 1));
}

/** Words of an office, never of a town ("Interior Minister, Kenya:" names a speaker). */
const OFFICE = new Set(['minister', 'ministry', 'president', 'premier', 'prime', 'spokesman', 'spokeswoman', 'spokesperson', 'police', 'army', 'military', 'chief', 'leader', 'government', 'governor', 'mayor', 'senator', 'general', 'commander', 'opposition', 'king', 'queen', 'envoy', 'ambassador', 'embassy', 'party']);

/** Text after `offset` before the end of its line: the paragraph holds another sentence. */
function paragraphGoesOn(body: string, offset: number): boolean {
  for (let i = offset; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return false;
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return true;
  }
  return false;
}

/** A place written in capitals, as wire copy opens its first paragraph ("KHARTOUM", "BAGHDAD (Reuters)"). */
const isDateline = (prefix: string): boolean => /^[\p{Lu}\s,.'’-]+(?:\([^)]*\))?\s*$/u.test(prefix.trim()) && /\p{Lu}{3}/u.test(prefix);

/** English determiners: "the blame", "a report" are nouns, not reporting verbs. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'no', 'this', 'that', 'these', 'those', 'much']);

/** English prepositions after which a reporting word is a noun ("despite calls by …", "amid warnings"). */
const NOUN_AFTER = new Set(['despite', 'amid', 'after', 'following', 'of', 'among', 'against', 'over', 'with', 'without', 'by']);

/**
 * Is this reporting-verb match really a report? Not when it is a noun: with
 * the article (النقل "the transport", "the blame"), a transmission verb
 * without its عن (نقلت الطائرات القوات: "carried"), لفت without إلى (لفت
 * انتباهنا: "caught our attention"), or a verb inside a closed quotation,
 * which is the quoted speaker's own wording, not a new statement.
 */
function reportsSpeech(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const {tokens} = view;
  const key = tokens[cue.first]!.key;
  if (view.language === 'en') return !englishNoun(view, cue) && !insideClosedQuote(view, cue) && !englishAction(view, cue);
  if (/^[وف]?(?:ال|لل|بال|كال)/u.test(key)) return false;
  if (insideClosedQuote(view, cue)) return false;
  if (indicatesThing(view, cue) || afterPreposition(view, cue)) return false;
  // "وكلفت العديد منهم" (and assigned): لفت behind a ك or ب is another word.
  if (/^[وف]?[كب]لفت/u.test(key)) return false;
  // "احتجاجات مناهضة للحكومة، وصفت بالأعنف منذ سنوات": a verb of describing with its بـ at once and no one between is
  // the passive (وُصفت): nobody speaks.
  if (/^[وف]?وصف(?:ت|وا)?$/u.test(key) && cue.last + 1 < view.end && /^ب/u.test(view.tokens[cue.last + 1]!.key) && !punctBefore(view, cue.last + 1)) return false;
  if (calledForIt(view, cue)) return false;
  if (demonstrativeSubject(view, cue) || showsHow(view, cue)) return false;
  if (isTransmission(key)) return transmissionSource(view, cue) !== null;
  // "لافتاً إلى أن …" continues a statement; "بدا لافتاً تزامنه مع …" (striking) is an adjective: لفت reports only with its إلى.
  if (/^[وف]?(?:لفت|لافت(?:ا|ه|ين)$)/u.test(key)) return lafataTo(view, cue);
  // "وحمّل المحتجون الحكومة مسؤولية …" (held responsible) reports; "حمل المتظاهرون لافتات" (carried) does not.
  if (BLAMES.test(key)) return blameToken(view, cue) >= 0;
  return true;
}

/**
 * "the blame", "a report": a reporting word after a determiner is a noun; so is a base form after "a" and one more
 * word ("What they got was a police report"), which no singular subject takes as a verb. But a claim with its "that"
 * ("to back his claim that a coup attempt was under way") reports what was claimed.
 */
function englishNoun(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const {tokens} = view;
  if (cue.first > view.first && DETERMINERS.has(tokens[cue.first - 1]!.key)) {
    const lemma = tokens[cue.first]!.lemma ?? tokens[cue.first]!.key;
    return !(lemma === 'claim' && cue.last + 1 < view.end && tokens[cue.last + 1]!.key === 'that');
  }
  // "despite calls by Ansarullah revolutionaries", "amid warnings of …": right after a preposition a reporting word
  // is a noun (not a gerund, "after saying …", nor one that reports a clause, "amid claims that …").
  if (cue.first > view.first && NOUN_AFTER.has(tokens[cue.first - 1]!.key) && !tokens[cue.first]!.key.endsWith('ing') && !punctBefore(view, cue.first)) {
    return !(cue.last + 1 < view.end && tokens[cue.last + 1]!.key === 'that');
  }
  // "there were reports of widespread looting", "claims of fraud": a plural before "of" is the noun.
  if ((tokens[cue.first]!.key === 'reports' || tokens[cue.first]!.key === 'claims') && cue.last + 1 < view.end && tokens[cue.last + 1]!.key === 'of' && !punctBefore(view, cue.last + 1)) return true;
  // "Bashir defies calls to step down amid widespread protests": "calls" after an inflected word (a verb of its own:
  // defies, rejected) and before "to" is the plural noun (appeals to do a thing), not a verb whose subject went before.
  if (tokens[cue.first]!.key === 'calls' && cue.first > view.first && cue.last + 1 < view.end && tokens[cue.last + 1]!.key === 'to' && (tokens[cue.first - 1]!.lemma ?? tokens[cue.first - 1]!.key) !== tokens[cue.first - 1]!.key && !punctBefore(view, cue.first) && !punctBefore(view, cue.last + 1)) return true;
  const base = tokens[cue.first]!.key === (tokens[cue.first]!.lemma ?? tokens[cue.first]!.key);
  return base && cue.first - 1 > view.first && /^an?$/u.test(tokens[cue.first - 2]!.key) && !punctBefore(view, cue.first - 1) && !punctBefore(view, cue.first);
}

/** What one calls to convene it ("called the press conference", "called a general strike", "call snap elections"). */
const CONVENED = new Set(['conference', 'meeting', 'meetings', 'election', 'elections', 'strike', 'strikes', 'vote', 'referendum', 'session', 'summit', 'rally', 'halt', 'truce', 'ceasefire']);

/** Written things whose text "reads" ("the statement read", "one placard read"). */
const WRITTEN = new Set(['statement', 'letter', 'placard', 'placards', 'banner', 'banners', 'sign', 'signs', 'note', 'message', 'post', 'tweet', 'poster', 'posters', 'slogan', 'slogans', 'notice', 'communique', 'declaration', 'caption', 'leaflet', 'leaflets', 'graffiti']);

/** Forms of "be" before a passive, and the harms a passive "reported" may hedge ("were reported killed"). */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const HARMED = new Set(['killed', 'dead', 'injured', 'wounded', 'hurt', 'missing', 'arrested', 'detained']);

/** "call for / call on" ask for a thing; "respond with / reply by" name an action. */
const NOT_SPEECH_AFTER: Readonly<Record<string, ReadonlySet<string>>> = {
  // "block protests called by activists": a protest, a strike or a rally called by someone is convened by them.
  // "a group calling itself the Movement for the People", "calling themselves the Defence and Security Forces": the
  // name a group goes by, not a report.
  call: new Set(['for', 'off', 'up', 'in', 'by', 'itself', 'themselves']),
  respond: new Set(['with', 'by', 'to']),
  reply: new Set(['with', 'by']),
};

/**
 * An English reporting verb used for an action: "Protest organizers have
 * called for near-daily demonstrations", "prompting police to respond with
 * tear gas", "bots … to call protesters to join" (call someone to do).
 */
function englishAction(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const {tokens} = view;
  const lemma = tokens[cue.first]!.lemma ?? tokens[cue.first]!.key;
  const next = cue.last + 1 < view.end ? tokens[cue.last + 1]!.key : null;
  if (next !== null && NOT_SPEECH_AFTER[lemma]?.has(next)) return true;
  // "The police responded violently, injuring dozens": a manner adverb with no "that", colon or quotation after it.
  if ((lemma === 'respond' || lemma === 'reply') && next !== null && /^\p{L}{3,}ly$/u.test(next) && !saysAfterAdverb(view, cue.last + 2)) return true;
  // "…, the statement read.", "“Reform or revolution,” one placard read.": only a written thing reads out what it says.
  if (lemma === 'read' && !(cue.first > view.first && WRITTEN.has(tokens[cue.first - 1]!.key))) return true;
  // "Officials will almost certainly maintain a heightened security presence": keeping a thing up, not insisting; only
  // "maintained that …", a colon or a quotation after it, or a verb closing its sentence ("…, he maintained on Monday.") report.
  if (lemma === 'maintain' && next !== null && next !== 'that' && !view.notSpeaker.has(next) && !/[:“"«‘]/u.test(gapBefore(view, cue.last + 1))) return true;
  // "with gunfire reported by Monday night", "with only sporadic unrest reported in recent weeks": a participle after
  // "with" and its noun says what was reported, by no one named; no report opens.
  if (/ed$/u.test(tokens[cue.first]!.key) && afterWithNoun(view, cue)) return true;
  // "at least three people were reported killed in two separate arson attacks": a passive "reported" before a word of
  // harm, with no one named, hedges a fact of the outlet's account; no report opens.
  if (tokens[cue.first]!.key === 'reported' && cue.first > view.first && BE.has(tokens[cue.first - 1]!.key) && next !== null && HARMED.has(next) && !punctBefore(view, cue.first)) return true;
  // "slams Tbilisi protests as Russophobic provocation": "slam" reports only a label ("as", a quotation) or a clause
  // ("that", a colon); "slammed street protests in Ukraine against …", "slammed into the crowd" name what was hit.
  if (lemma === 'slam' && englishLabelStart(view, cue) === null && !englishClauseAfter(view, cue)) return true;
  // "The renewed protests and calls for justice highlighted the ongoing struggle for democracy": what events or
  // numbers bring to light is the outlet's reading; only a speaker highlights a point of theirs.
  if (SHOWING.has(lemma) && eventSubject(view, cue)) return true;
  // "A state of emergency was announced in the country in response to the attempted coup": a passive of a verb that
  // names a thing, with no one named ("by …") and no clause ("that", a colon), names no speaker: its subject is the
  // thing announced, the rest the outlet's account.
  if (cue.payload.takes === 'object' && cue.first > view.first && BE.has(tokens[cue.first - 1]!.key) && next !== 'by' && !punctBefore(view, cue.first) && !englishClauseAfter(view, cue)) return true;
  // "in the long term": the noun; only "termed" labels.
  if (lemma === 'term' && tokens[cue.first]!.key !== 'termed') return true;
  // "state-run", "state television", "State Violence": the noun; only "stated"/"stating" report for sure.
  if (lemma === 'state' && !/^stat(?:ed|ing)$/u.test(tokens[cue.first]!.key) && next !== 'that') return true;
  // "Díaz-Canel called the press conference after thousands of people marched …": calling a meeting convenes it.
  if (lemma === 'call' && next !== null && DETERMINERS.has(next)) {
    for (let t = cue.last + 2; t < Math.min(view.end, cue.last + 5); t++) {
      if (punctBefore(view, t)) break;
      if (CONVENED.has(tokens[t]!.key)) return true;
    }
  }
  // "called on residents to recognize …" is an appeal whose content is the speaker's.
  if (lemma !== 'call' || next === 'on' || next === 'upon') return false;
  for (let t = cue.last + 2; t < Math.min(view.end, cue.last + 5); t++) {
    if (punctBefore(view, t)) return false;
    // "calling them a precursor to military invasion": an article after the object opens the label, whose "to" is its own.
    if (tokens[t]!.key === 'a' || tokens[t]!.key === 'an') return false;
    if (tokens[t]!.key === 'to') return true;
  }
  return false;
}

/** Verbs of bringing a point to light, which events and findings do as well as speakers. */
const SHOWING = new Set(['highlight', 'underline', 'underscore']);
/** Nouns of events, which bring things to light but say nothing. */
const EVENT_NOUNS = new Set(['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'march', 'marches', 'unrest', 'riot', 'riots', 'clash', 'clashes', 'violence', 'event', 'events', 'crisis', 'incident', 'incidents', 'crackdown', 'uprising', 'poll', 'polls', 'survey', 'vote', 'election', 'elections']);
/** Longest subject looked back over before a verb of bringing to light, in words. */
const MAX_SHOWING_SUBJECT = 8;

/** An event noun in the subject right before the verb, back to the sentence start or a punctuation mark. */
function eventSubject(view: SentenceView, cue: RawMatch<Cue>): boolean {
  for (let t = cue.first - 1; t >= view.first && cue.first - t <= MAX_SHOWING_SUBJECT; t--) {
    if (EVENT_NOUNS.has(view.tokens[t]!.key)) return true;
    if (t === view.first || punctBefore(view, t)) return false;
  }
  return false;
}

/** Words that make a participle after "with" a clause's own verb ("with police having reported", "with those who reported"). */
const NOT_WITH_PARTICIPLE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'having', 'who', 'which', 'that']);
/** How many words a noun phrase may take between "with" and its participle. */
const MAX_WITH_NOUN = 5;

/** "with gunfire reported": "with", one to five words of a noun phrase, then the participle, no mark between. */
function afterWithNoun(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const {tokens} = view;
  for (let t = cue.first - 1; t >= Math.max(view.first, cue.first - 1 - MAX_WITH_NOUN); t--) {
    if (punctBefore(view, t + 1)) return false;
    const key = tokens[t]!.key;
    if (key === 'with') return t < cue.first - 1;
    if (NOT_WITH_PARTICIPLE.has(key)) return false;
  }
  return false;
}

/** After "responded angrily", what opens a statement: "that", a colon or a quotation mark. */
function saysAfterAdverb(view: SentenceView, t: number): boolean {
  if (t >= view.end) return false;
  return view.tokens[t]!.key === 'that' || /[:“"«]/u.test(gapBefore(view, t));
}

/**
 * "تحركات تحت عنوان “سبت الساحات”، كانت دعت إليه مجموعة “لحقي”، إحدى الجهات المنظمة
 * الاحتجاجات": دعا + إليه/إليها calls for a thing named before it; nothing said follows,
 * the words after are the caller, named by the outlet.
 */
function calledForIt(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const {tokens} = view;
  return /^[وف]?(?:دعا|دعت|دعوا|يدعو|تدعو|يدعون)$/u.test(tokens[cue.first]!.key) && cue.last + 1 < view.end && /^الي(?:ه|ها|هم)$/u.test(tokens[cue.last + 1]!.key);
}

/** Prepositions after which a reporting word is a verbal noun: "أعلن مسؤول أمني عن كشف واعتقال شبكة …". */
const PREPOSITIONS = new Set(['عن', 'علي', 'في', 'الي', 'حول', 'بعد', 'قبل', 'خلال', 'عبر', 'ضد']);
const afterPreposition = (view: SentenceView, cue: RawMatch<Cue>): boolean => cue.first > view.first && PREPOSITIONS.has(view.tokens[cue.first - 1]!.key) && !/[،,.:;؛]/u.test(gapBefore(view, cue.first));

/** ما / مما / بما before a present-tense verb of showing makes it "what indicates" (ما يشير إلى تراجع …): a thing, not a speaker. */
const WHAT = new Set(['ما', 'مما', 'بما']);
function indicatesThing(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const key = view.tokens[cue.first]!.key;
  if (cue.first <= view.first || !WHAT.has(view.tokens[cue.first - 1]!.key)) return false;
  return /^[وف]?[يت]/u.test(key) && !/^[وف]?[يت]قو?ل/u.test(key);
}

/** Demonstratives that open an Arabic subject: هذه التطورات، هذا، تلك الأحداث. */
const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'هذان', 'هاتان', 'وهذا', 'وهذه', 'وذلك', 'وتلك'].map(matchKey));

/**
 * "هذه التطورات تؤكد أن الازمة في العراق دخلت مراحل الحسم الاخيرة …": a
 * subject that a demonstrative opens, set before the verb (هذا يؤكد، هذه
 * التطورات تؤكد، تلك الأحداث كشفت), is the outlet's own reasoning about what
 * it has told — facts that "confirm" or "reveal" — not someone speaking;
 * what follows is the outlet's. No punctuation between.
 */
function demonstrativeSubject(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const {tokens} = view;
  // A present-tense verb of confirming or revealing (تؤكد، يكشف، توضح), not one with its own و ("هذا وأفادت …" is a
  // formula for "moreover") nor a past one, whose subject is most often people (تلك العناصر اعترفت).
  if (cue.payload.stance !== 'endorsing' || !/^[يت]/u.test(tokens[cue.first]!.key)) return false;
  const before = cue.first - 1;
  if (before < view.first || punctBefore(view, cue.first)) return false;
  const demonstrative = DEMONSTRATIVES.has(tokens[before]!.key) ? before : before - 1 >= view.first && /^ال/u.test(tokens[before]!.key) && !punctBefore(view, before) && DEMONSTRATIVES.has(tokens[before - 1]!.key) ? before - 1 : -1;
  // The demonstrative opens the subject: first in its sentence or after punctuation, not the object of a preposition
  // ("إلى ذلك أكد …", moreover).
  return demonstrative >= 0 && (demonstrative === view.first || punctBefore(view, demonstrative));
}

/** Words of "how" and "why" after a verb of showing. */
const HOW = new Set(['كيف', 'كيفية', 'لماذا', 'مدى'].map(matchKey));

/**
 * "إذ تُوضح كيف يمكن القيام بانقلاب مدني …": a verb of making clear or
 * revealing followed at once by "how" or "why" (كيف، لماذا، مدى) shows
 * something, as "show" does in English; it reports no one's words.
 */
function showsHow(view: SentenceView, cue: RawMatch<Cue>): boolean {
  if (cue.payload.stance !== 'endorsing' || cue.last + 1 >= view.end || punctBefore(view, cue.last + 1)) return false;
  return HOW.has(view.tokens[cue.last + 1]!.key);
}

/** لفت إلى / لفت الانتباه إلى / لفت المتحدث إلى: إلى within reach, before any punctuation. */
function lafataTo(view: SentenceView, cue: RawMatch<Cue>): boolean {
  for (let t = cue.last + 1; t < Math.min(view.end, cue.last + 9); t++) {
    if (t > cue.last + 1 && punctBefore(view, t)) return false;
    const key = view.tokens[t]!.key;
    if (key === 'الي') return true;
    if (t === cue.last + 1 && /^انتباه/u.test(key)) return false;
  }
  return false;
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
  // (روسيا تعلن …); a verb with the plural ending (أعلنوا) agrees with a subject already named, or a pronoun.
  const subjectFirst = view.language === 'en' || /^[وف]?[يت]/u.test(key) || /وا$/u.test(key) || kanaSubject(view, cue);
  // English names the subject after the verb only in inversion ("…,” said Lam"); otherwise the words after
  // the verb are what was said ("said more than 500 …"), never the speaker.
  const found =
    view.language === 'en'
      ? speakerBefore(view, cue) ?? (englishInverted(view, cue) && !NEVER_INVERTED.has(tokens[cue.first]!.lemma ?? key) ? speakerAfter(view, cue) : null)
      : subjectFirst
        ? speakerBefore(view, cue) ?? speakerAfter(view, cue)
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
  const afterQuote = view.language === 'en' && found !== null && speaker === found && cue.first > 0 && /["”’]\s*$/u.test(gapBefore(view, cue.first)) ? body.indexOf(found, cue.end) : -1;
  if (afterQuote >= 0) end = afterQuote + found!.length;
  // '“Time’s up!” police said as they fired warning jets in the air': in SV order too, a quotation right before the
  // speaker is what was said; the words after the verb are the narrator's, unless "that" opens more of what was said.
  else if (view.language === 'en' && found !== null && speaker === found && quotedBeforeSpeaker(view, cue, found)) end = cue.end;
  else if (calledFor >= 0) end = objectScopeEnd(view, {...cue, last: calledFor - 1}, true);
  else if (announcedClause >= 0) end = clauseCommaEnd(view, announcedClause);
  else if (((cue.payload.takes === 'object' || claimsThing(view, cue)) && !englishClauseAfter(view, cue)) || reportsThingWithBa(view, cue) || relativeWithoutClause(view, cue)) end = objectScopeEnd(view, cue, subjectFirst);
  end = Math.min(end, nextReport(view, cue));
  if (view.language === 'en') end = Math.min(end, frontedClauseEnd(view, cue));
  if (view.language === 'ar') end = Math.min(end, backgroundRelative(view, cue));
  end = Math.min(end, quoteScopeEnd(view, cue, end));
  const start = englishLabelStart(view, cue) ?? arabicLabelStart(view, cue, subjectFirst) ?? (calledFor >= 0 ? view.tokens[calledFor]!.start : null) ?? (charge >= 0 ? tokens[charge]!.start : null) ?? speakerPhraseEnd(view, cue, subjectFirst) ?? cue.end;
  return reported(view, cue, stance, start, end, speaker);
}

/** Longest stretch between أعلن and its أن: the speaker, a medium and a time ("جيش ميانمار في بيان على محطة تلفزيونية تابعة له اليوم الاثنين،"). */
const MAX_BEFORE_THAT = 16;

/**
 * "أعلن جيش ميانمار في بيان على محطة تلفزيونية …، أنه سيطر على البلاد بعد
 * اعتقال الزعيمة …": an Arabic verb of announcing whose object opens with
 * أن / أنه (after its speaker and perhaps a medium or a time) reports a
 * clause, as "announced that" does; a circumstance inside it (بعد، عقب) is
 * part of what was said, not the end of an announced thing; what was said
 * still ends at the next comma ("…، كما هاجم آلاف المتظاهرين …" is the
 * narrator's again). Not a verb of calling or vowing, nor when a
 * circumstance, a punctuation mark other than a comma or another report
 * comes first ("أعلن … بعد أن …"). The complementiser's token, or -1.
 */
function arabicClauseAfter(view: SentenceView, cue: RawMatch<Cue>): number {
  if (view.language !== 'ar' || CALLING.test(view.tokens[cue.first]!.key)) return -1;
  const {scope} = objectBoundaries(view);
  const limit = Math.min(view.end, cue.last + 1 + MAX_BEFORE_THAT);
  const circumstance = cue.last + 1 < view.end ? scope[cue.last + 1 - view.first]! : -1;
  for (let t = cue.last + 1; t < limit; t++) {
    if (circumstance >= 0 && t >= circumstance) return -1;
    if (t > cue.last + 1 && punctBefore(view, t) && !clauseMarkBefore(view, t)) return -1;
    if (cueStartingAt(view, t, COMPLEMENTIZER)) return t;
    if (cueStartingAt(view, t, SPEECH_CUES)) return -1;
  }
  return -1;
}

/** The end of the clause opened at token t: the next comma that no complementiser carries on, or the sentence's end. */
function clauseCommaEnd(view: SentenceView, t: number): number {
  const {comma} = objectBoundaries(view);
  const c = t + 1 < view.end ? comma[t + 1 - view.first]! : -1;
  return c >= 0 ? view.tokens[c - 1]!.end : view.sentence.end;
}

/**
 * "وطالب المحتجون السلميون باستقالة الحكومة", "ودعا المتظاهرون إلى إسقاط النظام",
 * "توعد سيف الإسلام … المتظاهرين في ليبيا بالقتال": after a verb of calling for
 * or vowing, what was called for or vowed opens with إلى or with
 * بـ on a verbal noun; the speaker and the one called on or threatened, named
 * before it, are the outlet's wording; what was called for runs from that
 * word as an announced object does. The word's token, or -1 when none comes
 * before a punctuation mark other than a comma.
 */
function calledForToken(view: SentenceView, cue: RawMatch<Cue>): number {
  // CALLING holds past forms only, so the verb stands first even where its ت reads as a present prefix (توعد).
  if (view.language !== 'ar' || !CALLING.test(view.tokens[cue.first]!.key)) return -1;
  for (let t = cue.last + 2; t < Math.min(view.end, cue.last + 2 + MAX_NAMED_SPEAKER_WORDS); t++) {
    // Commas set off a name or an aside ("طالب المحتجون في لبنان رئيس الوزراء، سعد الحريري، بالرحيل"); other marks end the search.
    if (punctBefore(view, t) && PUNCT.test(gapBefore(view, t).replace(/[،,]/gu, ''))) return -1;
    if (CALLED_FOR.test(view.tokens[t]!.key)) return t;
  }
  return -1;
}

/** Arabic verbs of accusing: past forms stand before their subject (اتهم، اتهمت), present and plural ones after it. */
const ACCUSES_VS = /^[وف]?(?:اتهم|اتهمت)$/u;
const ACCUSES_SV = /^[وف]?(?:يتهم|تتهم|يتهمون|يتهمان|اتهموا)$/u;
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
 * الولايات المتحدة بتسليح …") is part of what was said. The charge's token,
 * or -1.
 */
function chargeToken(view: SentenceView, cue: RawMatch<Cue>, subjectFirst: boolean): number {
  if (view.language !== 'ar') return -1;
  const key = view.tokens[cue.first]!.key;
  if (BLAMES.test(key)) return blameToken(view, cue);
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

/** Arabic verbs of holding someone responsible (حمّل، حمّلت، حمّلوا، يحمّل): the same letters as "carried" (حمل). */
const BLAMES = /^[وف]?(?:حمل|حملت|حملوا|يحمل|يحملون)$/u;
/** The words of the blame: responsibility, the cause (مسؤولية، المسؤولية، سبب), with or without the article. */
const BLAME_WORDS: ReadonlySet<string> = new Set(['مسؤولية', 'المسؤولية', 'مسؤوليات', 'سبب'].map(matchKey));
/** How far after the verb the word of the blame may stand: the speaker and the one blamed ("حمّل المحتجون حكومة رئيس الوزراء بنيامين نتنياهو سبب …"). */
const MAX_BLAMED_WORDS = 10;

/**
 * "وحمّل المحتجون حكومة رئيس الوزراء بنيامين نتنياهو سبب تدهور الوضع"،
 * "كما حملوا حكومة نتنياهو مسؤولية الانقسام": a verb of holding responsible
 * reports the blame, which begins at مسؤولية or سبب after the one blamed;
 * the speaker and the one blamed are the outlet's words. Not when the word
 * follows the verb at once ("تحمل المسؤولية", bore the responsibility) nor
 * past punctuation or another report: "حمل المتظاهرون لافتات" carried
 * something. The blame's token, or -1.
 */
function blameToken(view: SentenceView, cue: RawMatch<Cue>): number {
  return wordAfterNamed(view, cue, MAX_BLAMED_WORDS, (t) => punctBefore(view, t), (key) => BLAME_WORDS.has(key));
}

/** What one claims as a thing won or done ("claimed victory", "claim responsibility for"), not a statement. */
const CLAIMED_THINGS = new Set(['victory', 'responsibility', 'credit', 'win']);

/**
 * "after Maduro claimed victory again, this time over challenger Edmundo
 * González in the disputed election held July 28": claiming a win or a deed
 * names a thing, as declaring does; its object only, not the rest of the
 * sentence.
 */
function claimsThing(view: SentenceView, cue: RawMatch<Cue>): boolean {
  if (view.language !== 'en' || cue.last + 1 >= view.end || (view.tokens[cue.first]!.lemma ?? view.tokens[cue.first]!.key) !== 'claim') return false;
  return CLAIMED_THINGS.has(view.tokens[cue.last + 1]!.key) && !punctBefore(view, cue.last + 1);
}

/** How far after "declares" the "as" of its label may stand ("declares events unfolded after Imran Khan's arrest on May 9 as …"), in words. */
const MAX_DECLARED_THING = 15;

/**
 * "announced that …", "declared: “…”": an English verb of announcing followed by "that", a colon or a quotation
 * reports a clause, not a thing; "declares events … as “black chapter”" labels what it names.
 */
function englishClauseAfter(view: SentenceView, cue: RawMatch<Cue>): boolean {
  if (view.language !== 'en' || cue.last + 1 >= view.end) return false;
  if (cueStartingAt(view, cue.last + 1, COMPLEMENTIZER) !== undefined || /[:“"«]/u.test(gapBefore(view, cue.last + 1))) return true;
  if (!LABELLING.has(view.tokens[cue.first]!.lemma ?? view.tokens[cue.first]!.key)) return false;
  for (let t = cue.last + 2; t < Math.min(view.end, cue.last + 1 + MAX_DECLARED_THING); t++) {
    if (punctBefore(view, t)) return false;
    // "has declared another curfew as it struggles to contain violence": "as" and a subject pronoun open a clause of
    // time, not the label.
    if (view.tokens[t]!.key === 'as') return !(t + 1 < view.end && SUBJECT_PRONOUNS.has(view.tokens[t + 1]!.key));
  }
  return false;
}

/** English subject pronouns: after "as" they open a clause, not a label. */
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);

/** A quotation closes right before the English speaker that stands before the verb, and no "that" follows the verb. */
function quotedBeforeSpeaker(view: SentenceView, cue: RawMatch<Cue>, speaker: string): boolean {
  const at = view.body.lastIndexOf(speaker, cue.start);
  // The quotation may end the sentence before ('“Time’s up!” police said …' splits after its "!").
  if (at < 0 || at < view.sentence.start || !/["”][ \t]*$/u.test(view.body.slice(Math.max(0, at - 3), at))) return false;
  if (!/^\s*$/u.test(view.body.slice(at + speaker.length, cue.start))) return false;
  // "police said anti-social elements had gathered …" goes on with what was said (no "that"); "as they fired …" does not.
  // "described as “barbarism” the …": after a verb of labelling "as" opens the label, not the narrator's clause.
  const next = cue.last + 1 < view.end ? view.tokens[cue.last + 1]!.key : null;
  if (next === 'as' && LABELLING.has(view.tokens[cue.first]!.lemma ?? view.tokens[cue.first]!.key)) return false;
  return next !== null && NARRATOR_AFTER_VERB.has(next);
}

/** English subordinators that open a clause set before the main one ("While Jackson said …, protesters were …"). */
const FRONTED_SUBORDINATOR = new Set(['while', 'as', 'although', 'though', 'when', 'whereas', 'after', 'before', 'because', 'since', 'once', 'until']);
/** Words that may stand before the subordinator at the sentence start ("Hours after …", "Even as …"). */
const MAX_BEFORE_SUBORDINATOR = 2;

/**
 * "While Jackson said he wanted to mend fences with the community,
 * protesters were on the streets …", "As nations around the world condemned
 * the attack, the day’s events drew …", "Hours after Ms Boluarte … urged
 * calm, thousands of protesters clashed with police": a report inside a
 * subordinate clause set before the main clause governs that clause only,
 * up to its comma; the main clause is the narrator's. Not "As Reuters
 * reported on Monday, …", whose clause names only when it was said and
 * introduces what follows, nor "As noted by the Belarusian leader …, Belarus
 * is beginning to face terrorist threats".
 */
function frontedClauseEnd(view: SentenceView, cue: RawMatch<Cue>): number {
  const {tokens} = view;
  let sub = -1;
  for (let t = view.first; t < cue.first && t <= view.first + MAX_BEFORE_SUBORDINATOR; t++) {
    if (t > view.first && punctBefore(view, t)) return view.sentence.end;
    if (FRONTED_SUBORDINATOR.has(tokens[t]!.key)) {
      sub = t;
      break;
    }
  }
  if (sub < 0) return view.sentence.end;
  for (let t = sub + 1; t <= cue.first; t++) if (punctBefore(view, t)) return view.sentence.end;
  let onlySetting = true;
  for (let t = cue.last + 1; t < view.end && t - cue.last <= MAX_REPORTED_CLAUSE; t++) {
    const gap = gapBefore(view, t);
    const comma = gap.search(/[,;]/u);
    if (comma >= 0) return t === cue.last + 1 || (tokens[sub]!.key === 'as' && (onlySetting || tokens[cue.last + 1]!.key === 'by')) ? view.sentence.end : tokens[t - 1]!.end + comma;
    if (/[.!?:]/u.test(gap)) return view.sentence.end;
    if (!view.notSpeaker.has(tokens[t]!.key)) onlySetting = false;
  }
  return view.sentence.end;
}

/** Words after an English verb of saying that open the narrator's clause, not what was said ("… police said as they fired"). */
const NARRATOR_AFTER_VERB = new Set(['as', 'when', 'while', 'before', 'after', 'amid', 'during', 'following', 'of']);

/** و + relative pronoun: a clause the writer adds about a name (…، والتي شهدت …). */
const ADDED_RELATIVE = new Set(['والتي', 'والذي', 'والذين']);

const ADDED_RELATIVES = new WeakMap<SentenceView, Int32Array>();
/** More cues than this in a sentence, and its added relatives are tabled once rather than looked for from each verb. */
const MANY_CUES = 12;

/**
 * For every token of the sentence, the next token (at or after it) that is
 * an added relative after a comma, or -1: once per sentence, so that a long
 * sentence of many reports does not look for it again from every verb.
 */
function addedRelatives(view: SentenceView): Int32Array {
  let next = ADDED_RELATIVES.get(view);
  if (next) return next;
  next = new Int32Array(view.end - view.first);
  let later = -1;
  for (let t = view.end - 1; t >= view.first; t--) {
    if (t > view.first && ADDED_RELATIVE.has(view.tokens[t]!.key) && marksBefore(view, t, COMMAS)) later = t;
    next[t - view.first] = later;
  }
  ADDED_RELATIVES.set(view, next);
  return next;
}

/**
 * "وتابع المتحدث أن عملية … تجري في أحد أحياء ألماتي، العاصمة الاقتصادية
 * لهذا البلد …، والتي شهدت أعنف أعمال الشغب.": a relative clause joined by و
 * after a comma that closes the sentence is background the outlet adds about
 * a place or body, not the speaker's words. Looked for within the longest
 * clause a report governs (linear).
 */
function backgroundRelative(view: SentenceView, cue: RawMatch<Cue>): number {
  const {tokens} = view;
  const limit = Math.min(view.end, cue.last + 2 + MAX_REPORTED_CLAUSE);
  const from = cue.last + 2;
  let found = -1;
  if (view.cues.length > MANY_CUES) {
    // A long sentence of many reports: the next added relative from a table made once for the sentence.
    found = from < limit ? addedRelatives(view)[from - view.first]! : -1;
    if (found >= limit) found = -1;
  } else {
    for (let t = from; t < limit && found < 0; t++) if (ADDED_RELATIVE.has(tokens[t]!.key) && marksBefore(view, t, COMMAS)) found = t;
  }
  // It must close the sentence: no further clause, report or quotation after it.
  if (found >= 0) for (let t = found + 1; t < limit; t++) if (punctBefore(view, t) || cueStartingAt(view, t, SPEECH_CUES)) return view.sentence.end;
  if (found < 0 || view.end - found > MAX_REPORTED_CLAUSE) return view.sentence.end;
  return tokens[found - 1]!.end;
}

/**
 * "ويقول المحتجون إن …", "وقال أحد المتظاهرين لمراسلة القناة: لا نريد …":
 * in Arabic VS order the words between the verb and its إن/أن — or the
 * colon or quotation mark that opens what was said — name the speaker in
 * the outlet's words; what was said begins there. Null when none follows
 * within a speaker's length.
 */
function speakerPhraseEnd(view: SentenceView, cue: RawMatch<Cue>, subjectFirst: boolean): number | null {
  if (view.language !== 'ar') return null;
  // "وأضافت ان تلك الأعمال تؤكد أن مرتكبيها …": with no speaker named, what was said begins at the verb's own أن, not a later one.
  if (cue.last + 1 < view.end && cueStartingAt(view, cue.last + 1, COMPLEMENTIZER)) return null;
  let limit = Math.min(view.end, cue.last + 2 + MAX_SPEAKER_WORDS);
  let bracketed = -1;
  for (let t = cue.last + 2; t < limit; t++) {
    // Only in VS order: after "روسيا تعلن" the words before a quotation are the announced thing, not a speaker.
    // (The colon or quotation mark that opens a statement is itself PUNCT: a gap without one is cut out only when it has one.)
    if (t !== bracketed && punctBefore(view, t)) {
      if (!subjectFirst && OPENS_STATEMENT.test(gapBefore(view, t))) {
        const named = quotedNameBeforeThat(view, cue);
        return named >= 0 ? view.tokens[named]!.start : view.tokens[t]!.start;
      }
      if (subjectFirst) return null;
      // "وقال أحد المتظاهرين، إنّه شارك …": a comma between the speaker and its إن / أن.
      if (ONLY_COMMA.test(gapBefore(view, t)) && isThat(view, t)) return view.tokens[t]!.start;
      // "وقالت مجموعة (أو.في.دي-إنفو) التي تراقب الاحتجاجات … إن …": a name in brackets is part of the speaker.
      const after = bracketedNameEnd(view, t);
      if (after >= 0) {
        limit = Math.min(view.end, limit + after - t);
        bracketed = after;
        t = after - 1;
        continue;
      }
      return describedSpeakerEnd(view, t);
    }
    if (cueStartingAt(view, t, COMPLEMENTIZER)) return view.tokens[t]!.start;
    // "فيما تحدث متظاهرون عن اعتقال عدد منهم": what was spoken of follows عن (نقل عن names a source instead).
    if (view.tokens[t]!.key === 'عن' && !isTransmission(view.tokens[cue.first]!.key)) return view.tokens[t]!.start;
  }
  return subjectFirst ? null : longSpeakerPhraseEnd(view, cue);
}

/** إن / أن themselves at token t (بأن، أنه …), not كأن, whose key the complementisers' list shares with كان. */
const isThat = (view: SentenceView, t: number): boolean => cueStartingAt(view, t, COMPLEMENTIZER) !== undefined && /^ب?ان/u.test(view.tokens[t]!.key);

/** How many words a quoted name inside a VS speaker may hold ('حاكم اسطنبول "حسين عوني موتلو"'). */
const MAX_QUOTED_NAME = 4;

/**
 * 'هذا و اكد حاكم اسطنبول "حسين عوني موتلو" أن قوات الأمن ستستمر …': in VS
 * order a short quotation between the speaker's first words and its إن / أن
 * (perhaps after a comma) is the speaker's name, not what was said; what was
 * said begins at that إن / أن. The complementiser's token, or -1.
 */
function quotedNameBeforeThat(view: SentenceView, cue: RawMatch<Cue>): number {
  if (view.language !== 'ar') return -1;
  const quote = quoteOpeningFrom(view, cue.end);
  if (!quote || quote.open === null || quote.close === null) return -1;
  const next = firstTokenAfter(view, quote.close);
  if (next === null || next >= view.end || !isThat(view, next)) return -1;
  if (!/^\s*[,،]?\s*$/u.test(view.body.slice(quote.close + 1, view.tokens[next]!.start))) return -1;
  let before = 0;
  let inside = 0;
  for (let t = cue.last + 1; t < next; t++) {
    if (view.tokens[t]!.start > quote.open) inside++;
    else if (t > cue.last + 1 && punctBefore(view, t)) return -1;
    else before++;
  }
  return before >= 1 && before <= MAX_SPEAKER_WORDS && inside >= 1 && inside <= MAX_QUOTED_NAME ? next : -1;
}

/** How far a bracketed name inside a VS speaker may run, in characters. */
const MAX_BRACKETED = 40;

/**
 * "وقالت مجموعة (أو.في.دي-إنفو) التي تراقب …": brackets opening before token
 * t that close within a short name, with no comma, quotation or إن / أن
 * inside. The first token after the closing bracket, or -1.
 */
function bracketedNameEnd(view: SentenceView, t: number): number {
  if (!/^\s*\(\s*$/u.test(gapBefore(view, t))) return -1;
  const from = view.tokens[t]!.start;
  const close = view.body.indexOf(')', from);
  if (close < 0 || close - from > MAX_BRACKETED || /[،,\n("“”«»]/u.test(view.body.slice(from, close))) return -1;
  const after = firstTokenAfter(view, close);
  if (after === null || after >= view.end || !/^\)\s+$/u.test(view.body.slice(close, view.tokens[after]!.start))) return -1;
  for (let u = t; u < after; u++) if (cueStartingAt(view, u, COMPLEMENTIZER)) return -1;
  return after;
}

/** A gap that holds one comma and nothing else but white space. */
const ONLY_COMMA = /^\s*[,،]\s*$/u;

/** The comma that closes a VS speaker's description, with the colon or quotation mark that may open what was said (…، :" إنه …). */
const DESCRIPTION_CLOSES = /^\s*[,،]\s*:?\s*["“”«]?\s*$/u;

/** How long a relative clause describing a VS speaker between commas may run, in words. */
const MAX_SPEAKER_DESCRIPTION = 20;

/**
 * "وقال المتظاهرون، الذين أطلقوا صفارات وسخرية، إنهم …", "وقال أحد منظمي
 * الاحتجاج، الذي غطى وجهه ورفض الكشف عن اسمه خوفا من الانتقام، إن …": in VS
 * order a relative clause set off by commas right after the speaker describes
 * it in the outlet's words; what was said begins at the إن / أن after the
 * closing comma. `t` is the token after the comma that follows the speaker;
 * null unless a relative pronoun opens there and a comma and إن / أن close
 * it, with no other mark, quotation or إن / أن between.
 */
function describedSpeakerEnd(view: SentenceView, t: number): number | null {
  if (!ONLY_COMMA.test(gapBefore(view, t))) return null;
  const key = view.tokens[t]!.key;
  const relative = RELATIVES.has(key);
  if (!relative && !ASIDE_OPENERS.has(key) && !key.startsWith('ال')) return null;
  for (let u = t + 1; u < Math.min(view.end, t + MAX_SPEAKER_DESCRIPTION); u++) {
    if (punctBefore(view, u)) {
      const gap = gapBefore(view, u);
      if (!DESCRIPTION_CLOSES.test(gap)) return null;
      if (relative ? cueStartingAt(view, u, COMPLEMENTIZER) : isThat(view, u)) return view.tokens[u]!.start;
      return ONLY_COMMA.test(gap) ? listenerThenColon(view, u) : null;
    }
    // "…، الذي أكد أن …": the relative clause reports something of its own.
    if (cueStartingAt(view, u, COMPLEMENTIZER)) return null;
  }
  return null;
}

/** "وهو" / "وهي" (and he / she is …) open an aside describing a VS speaker: "وقال أحد المحتجين، وهو طالب جامعي، إن …". */
const ASIDE_OPENERS = new Set(['وهو', 'وهي', 'وهم', 'وهما', 'وهن'].map(matchKey));

/** How many words the one spoken to may take after a speaker's aside (لوكالة الصحافة الفرنسية). */
const MAX_LISTENER_WORDS = 5;

/**
 * "وقالت المتظاهرة داتا نادرايا، وهي طالبة …، لوكالة الصحافة الفرنسية: «…»":
 * after the comma that closes a speaker's aside, the one spoken to (لـ and a
 * few words) and the colon that opens what was said. The token after the
 * colon, or null.
 */
function listenerThenColon(view: SentenceView, u: number): number | null {
  if (!view.tokens[u]!.key.startsWith('ل')) return null;
  for (let w = u + 1; w < Math.min(view.end, u + 1 + MAX_LISTENER_WORDS); w++) {
    if (!punctBefore(view, w)) continue;
    const gap = gapBefore(view, w);
    return /:/u.test(gap) && OPENS_STATEMENT.test(gap) ? view.tokens[w]!.start : null;
  }
  return null;
}

/** Arabic verbs of calling for and of vowing, past tense (the VS order): دعا إلى، طالب بـ، تعهد بـ، توعد بـ. */
const CALLING = /^[وف]?(?:دعا|دعت|طالب|طالبت|تعهد|تعهدت|توعد|توعدت)$/u;
/**
 * The word that opens what was called for, as a key: إلى, or بـ on a verbal
 * noun (بإسقاط، باستقالة، بالإفراج، بتحسين), or on one of the plain verbal
 * nouns demanded most (برحيل، بمحاسبة، بوقف، بحل، بعودة، بسحب، بطرد). Not every
 * بـ word: بشار is a name, بريطانيا a country.
 */
const CALLED_FOR = /^(?:الي|با|بت|ب(?:رحيل|محاسبه|محاكمه|وقف|حل|عوده|سحب|طرد|رفع|منع)$)/u;

/** How far after a VS verb the colon that opens what was said may stand when the speaker is named at length, in words. */
const MAX_NAMED_SPEAKER_WORDS = 16;

/**
 * "وقالت لجنة أطباء السودان المركزية المناهضة للانقلاب على صفحتها الرسمية على
 * موقع فيسبوك: “ارتقى …”": a speaker named with where it spoke, longer than a
 * speaker phrase, up to the colon (or the space before a quotation mark) that
 * opens what was said, or its إن / أن ("وقال العميد … في مؤتمر صحفي مشترك عقده مع
 * وزارة الدفاع اليوم في بغداد ان …"). No comma, quotation mark or other report between.
 */
function longSpeakerPhraseEnd(view: SentenceView, cue: RawMatch<Cue>): number | null {
  for (let t = cue.last + 2; t < Math.min(view.end, cue.last + 2 + MAX_NAMED_SPEAKER_WORDS); t++) {
    const far = t - cue.last - 2 >= MAX_SPEAKER_WORDS;
    // The colon and the quotation marks tested here are all PUNCT: a gap without PUNCT is cut out for neither test.
    if (punctBefore(view, t)) {
      const gap = gapBefore(view, t);
      return far && /:/u.test(gap) && OPENS_STATEMENT.test(gap) ? view.tokens[t]!.start : null;
    }
    if (cueStartingAt(view, t, COMPLEMENTIZER)) return far ? view.tokens[t]!.start : null;
    if (cueStartingAt(view, t, SPEECH_CUES)) return null;
  }
  return null;
}

/** A colon, or a colon or space before an opening quotation mark: what was said begins after it. */
const OPENS_STATEMENT = /^\s*:\s*[“”"«]?\s*$|^\s+[“”"«]\s*$/u;

const RELATIVES = new Set(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين']);

/**
 * "وتستمر التظاهرات، التي دعت إليها المعارضة، منذ نحو ثلاثة أشهر …": a
 * reporting verb inside a relative clause, with no إن/أن of its own, names
 * what the speaker did; the relative clause ends at its comma.
 */
function relativeWithoutClause(view: SentenceView, cue: RawMatch<Cue>): boolean {
  if (view.language !== 'ar' || cue.first <= view.first || !RELATIVES.has(view.tokens[cue.first - 1]!.key)) return false;
  for (let t = cue.last + 1; t < Math.min(view.end, cue.last + 1 + MAX_SPEAKER_WORDS); t++) {
    if (punctBefore(view, t)) return true;
    if (cueStartingAt(view, t, COMPLEMENTIZER)) return false;
  }
  return true;
}

const KANA = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'كانوا', 'وكانوا', 'فكان', 'فكانت']);
const KAF = 0x643;
/** KANA.has, with the test every KANA word passes first (ك first, or after و / ف): the words before every verb of a page of reports. */
const isKana = (key: string): boolean => (key.charCodeAt(0) === KAF || key.charCodeAt(1) === KAF) && KANA.has(key);

/** "وكانت وزارة الداخلية حذرت المواطنين": after كان + a noun, a past-tense verb follows its subject. */
function kanaSubject(view: SentenceView, cue: RawMatch<Cue>): boolean {
  for (let t = cue.first - 1; t >= view.first && cue.first - t <= MAX_SPEAKER_WORDS + 1; t--) {
    if (isKana(view.tokens[t]!.key)) return cue.first - t >= 2;
    if (t + 1 < cue.first && punctBefore(view, t + 1)) return false;
  }
  return false;
}

/** Verbs that report a thing when بـ + noun follows them (أفاد تقرير بسقوط 20 قتيلاً), a clause when بأن does. */
const REPORTS_WITH_BA = /^[وف]?(?:افاد|يفيد|تفيد|ابلغ)/u;

/** "أفاد تقرير سوداني أمس بسقوط 20 قتيلا جراء …": the reported thing ends where the circumstance begins, as for أعلن. */
function reportsThingWithBa(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const {tokens} = view;
  if (view.language !== 'ar' || !REPORTS_WITH_BA.test(tokens[cue.first]!.key)) return false;
  for (let t = cue.last + 1; t < Math.min(view.end, cue.last + 1 + MAX_SPEAKER_WORDS); t++) {
    if (punctBefore(view, t) || cueStartingAt(view, t, SPEECH_CUES)) return false;
    if (/^ب\p{L}{3,}/u.test(tokens[t]!.key) && !view.notSpeaker.has(tokens[t]!.key)) return true;
  }
  return false;
}

/**
 * English verbs that name a thing and then give it a label: "calls Belarus protests ‘Color Revolution’" (by lemma; the
 * lemmatiser leaves "branded" as it is). A verb of condemning labels what it names with "as", as "denounce" does
 * ("condemned the peaceful protests in Canada as "illegal"", "slams Tbilisi protests as Russophobic provocation").
 */
const LABELLING = new Set(['call', 'describe', 'brand', 'branded', 'label', 'dub', 'term', 'declare', 'denounce', 'condemn', 'slam', 'criticize', 'criticise']);
/** Verbs of labelling whose label only "as" (or a quotation mark) opens: "declared students leading a … movement as terrorists". */
const LABELLING_AS = new Set(['term', 'declare', 'denounce', 'condemn', 'slam', 'criticize', 'criticise']);
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
function englishLabelStart(view: SentenceView, cue: RawMatch<Cue>): number | null {
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
    if (asOnly ? tokens[t]!.key === 'as' : LABEL_WORDS.has(tokens[t]!.key)) return tokens[t]!.start;
  }
  return null;
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
function arabicLabelStart(view: SentenceView, cue: RawMatch<Cue>, subjectFirst: boolean): number | null {
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

/** "كما أفاد …", "وكما ذكرت …" (as … reported). */
const AS = new Set(['كما', 'وكما'].map(matchKey));

/**
 * The verb is followed by at most a short speaker up to the sentence end,
 * and a comma precedes it ("…، قال المتحدث."). Not when a preposition
 * follows it: "…، وأُعلِن عن حظر التجول" announces a thing.
 */
function trailingVerb(view: SentenceView, cue: RawMatch<Cue>): {start: number; end: number; speaker: string | null} | null {
  const {body, tokens, sentence} = view;
  if (view.language === 'en') {
    const aside = englishAside(view, cue);
    if (aside) return aside;
  }
  const after = view.end - 1 - cue.last;
  if ((after > 4 && !englishSettingTail(view, cue) && !englishInvertedSpeaker(view, cue)) || cue.first === view.first) return null;
  // "…, state television reported on Tuesday.": in English a time after the verb still closes the report.
  const timeAfter = view.language === 'en' && after > 0 && view.notSpeaker.has(tokens[cue.last + 1]!.key);
  if (after > 0 && view.notSpeaker.has(tokens[cue.last + 1]!.key) && !timeAfter) return null;
  // "…، في صدامات بين الأمن القرغيزي ومحتجين في العاصمة بيشكيك، اتهموا السلطات بتزوير الانتخابات": an Arabic verb
  // with the plural ending agrees with a subject already named, so the words after it are its object, never a
  // speaker closing the sentence.
  if (view.language === 'ar' && after > 0 && /وا$/u.test(tokens[cue.last]!.key)) return null;
  for (let t = cue.last + 1; t < view.end; t++) if (cueStartingAt(view, t, SPEECH_CUES)) return null;
  if (view.quotes.some((q) => q.start >= cue.end)) return null;
  // Look back over a short SV subject ("police", "the ministry"), or a longer title and name ("the Supreme Leader of
  // Iran Ayatollah Ali Khamenei"), for the comma that ends the reported clause.
  const reach = view.language === 'en' ? titledSubjectReach(view, cue) : 4;
  for (let t = cue.first; t > view.first && cue.first - t <= reach; t--) {
    if (marksBefore(view, t, COMMAS)) {
      // "…، كما أفاد شهود عيان في المكان": كما (as) before the verb is no subject; the speaker follows the verb.
      const as = view.language === 'ar' && t === cue.first - 1 && AS.has(tokens[t]!.key);
      const subject = t < cue.first && !as ? body.slice(tokens[t]!.start, tokens[cue.first - 1]!.end) : null;
      // "…, but witnesses said officers fired": an English subject after "but" opens a new clause, whose verb governs what follows.
      // A subject with a listener after the verb (', residents told the Reuters news agency.') still closes the report.
      if (view.language === 'en' && subject !== null && ENGLISH_CLAUSE_START.has(tokens[t]!.key)) return null;
      // "…, accuses foreign countries of meddling": only verbs of saying invert ("…, said Lam"); others take an object.
      if (view.language === 'en' && subject === null && after > 0 && !timeAfter && NEVER_INVERTED.has(tokens[cue.first]!.lemma ?? tokens[cue.first]!.key)) return null;
      // "protests erupted in the capital …, condemning the rising cost of living": a participle never stands before its
      // subject; what follows it is its object, not a speaker closing the sentence.
      if (view.language === 'en' && subject === null && after > 0 && !timeAfter && tokens[cue.first]!.key.endsWith('ing')) return null;
      // "…، داعيا المتظاهرين للانسحاب.": an Arabic participle that goes on with the last speaker (مشيرا، مؤكدا،
      // داعيا) names its object after it, never a subject closing the sentence.
      if (view.language === 'ar' && subject === null && after > 0 && cue.payload.kind === 'continuation') return null;
      const object = after > 0 && !timeAfter ? body.slice(tokens[cue.last + 1]!.start, tokens[view.end - 1]!.end) : null;
      return {start: englishClauseStart(view, t) ?? sentence.start, end: tokens[t - 1]!.end, speaker: subject ?? object};
    }
  }
  return null;
}

/**
 * "…, the Supreme Leader of Iran Ayatollah Ali Khamenei stated on October 30,
 * Mehr News Agency reported.": an English verb that closes its clause right
 * before another report closing the sentence (an agency citing the speaker)
 * closes its own report as if the sentence ended at that report's comma.
 */
function trailingBeforeClosingReport(view: SentenceView, cue: RawMatch<Cue>): {start: number; end: number; speaker: string | null} | null {
  if (view.language !== 'en') return null;
  const found = closingReport(view);
  if (!found || found.cue.first <= cue.last + 1 || found.closing.end < view.tokens[cue.last]!.end) return null;
  // The later report's subject starts after its comma: the sentence, for this verb, ends there.
  let end = cue.last + 1;
  while (end < found.cue.first && view.tokens[end]!.start <= found.closing.end) end++;
  return end > cue.last + 1 || end === found.cue.first ? trailingVerb({...view, end}, cue) : null;
}

const CLOSING_REPORTS = new WeakMap<SentenceView, {cue: RawMatch<Cue>; closing: {start: number; end: number; speaker: string | null}} | null>();

/**
 * The report that closes the sentence, if any, once per sentence: only the last verb can (a verb with
 * another cue after it closes nothing), so a sentence of many reports does not test each against each.
 */
function closingReport(view: SentenceView): {cue: RawMatch<Cue>; closing: {start: number; end: number; speaker: string | null}} | null {
  let found = CLOSING_REPORTS.get(view);
  if (found !== undefined) return found;
  let last: RawMatch<Cue> | null = null;
  for (const c of view.cues) if (c.payload.kind === 'verb') last = c;
  const closing = last ? trailingVerb(view, last) : null;
  found = last && closing ? {cue: last, closing} : null;
  CLOSING_REPORTS.set(view, found);
  return found;
}

/** Longest English subject before a verb closing its sentence when it is a title and a name, in words. */
const MAX_TITLED_SUBJECT = 10;
/** Lower-case words inside an English title and name ("the Supreme Leader of Iran"). */
// "s": a possessive inside the title ("the Interior Ministry’s North Caucasus Federal District Directorate said").
const TITLE_JOINERS = new Set(['the', 'of', 'and', 'for', 'de', 'al', 'bin', 'ibn', 's']);

/**
 * How far back an English verb closing its sentence may look for the comma
 * before its subject: 4 words, or up to 10 when every word before the verb
 * back to that comma is capitalised or joins a title ("the Supreme Leader of
 * Iran Ayatollah Ali Khamenei stated").
 */
function titledSubjectReach(view: SentenceView, cue: RawMatch<Cue>): number {
  const {tokens} = view;
  let capitalised = 0;
  for (let t = cue.first - 1; t > view.first && cue.first - t <= MAX_TITLED_SUBJECT; t--) {
    const word = tokens[t]!;
    if (!/^\p{Lu}/u.test(word.text) && !TITLE_JOINERS.has(word.key)) return capitalised >= 2 ? lowerCaseTitleReach(view, cue, t) : 4;
    if (/^\p{Lu}/u.test(word.text)) capitalised++;
    if (/[،,]/u.test(gapBefore(view, t))) return cue.first - t;
  }
  return 4;
}

/** Longest lower-case title before a capitalised name ("youth minister", "police inspector general"), in words. */
const MAX_LOWER_CASE_TITLE = 3;

/**
 * "…, youth minister Mohamed Orman Bangura said.", "…, police inspector
 * general William Fayia Sellu told Reuters.": wire copy puts a lower-case
 * title of up to three words before a name of two or more capitalised
 * words; the comma before the title still ends the reported clause. Not
 * when a preposition, a time or a word that opens a clause stands in it
 * ("…, in Lagos State …", "…, but witnesses …").
 */
function lowerCaseTitleReach(view: SentenceView, cue: RawMatch<Cue>, last: number): number {
  const {tokens} = view;
  for (let t = last; t > view.first && last - t < MAX_LOWER_CASE_TITLE && cue.first - t <= MAX_TITLED_SUBJECT; t--) {
    const {key, text} = tokens[t]!;
    if (!/^\p{Ll}+$/u.test(text) || ENGLISH_CLAUSE_START.has(key) || view.notSpeaker.has(key)) return 4;
    if (/[،,]/u.test(gapBefore(view, t))) return cue.first - t;
  }
  return 4;
}

/** Prepositions that open where, when and to whom something was said ("to a crowd of …", "in a statement on …"). */
const SETTING = new Set(['to', 'in', 'at', 'on', 'during', 'after', 'before', 'from', 'via', 'through', 'while', 'with', 'late', 'early', 'earlier', 'later']);
/** Longest setting after a verb closing its sentence, in words. */
const MAX_SETTING = 14;

/**
 * "The protesters, financed by the “North American empire” …, had been
 * conspiring to mount a “coup d’etat” in the Central American nation,
 * Ortega claimed to a crowd of thousands of supporters in Managua.": after
 * an English verb closing its sentence, a longer tail still closes the
 * report when it only says where, when or to whom it was said — it opens
 * with a preposition (after "told" and a listener of up to three words) and
 * holds no punctuation, quotation or further report.
 */
function englishSettingTail(view: SentenceView, cue: RawMatch<Cue>): boolean {
  if (view.language !== 'en' || view.end - 1 - cue.last > MAX_SETTING) return false;
  const {tokens} = view;
  const told = (tokens[cue.first]!.lemma ?? tokens[cue.first]!.key) === 'tell';
  let opens = false;
  for (let t = cue.last + 1; t < view.end; t++) {
    if (t > cue.last + 1 && punctBefore(view, t)) return false;
    if (!opens && SETTING.has(tokens[t]!.key)) opens = t === cue.last + 1 || (told && t - cue.last <= 4);
    if (!opens && (!told || t - cue.last >= 4)) return false;
  }
  return opens;
}

/** Longest speaker after an English verb of saying that closes its sentence ("…, said a statement by …"), in words. */
const MAX_INVERTED_SPEAKER = 12;
/** Words that open a noun phrase: the speaker after an inverted verb of saying. */
const NOUN_PHRASE_START = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);

/**
 * "Police will also continue to prevent and tackle with all force such
 * practices …, said a statement by the Interior Ministry's Security Media
 * Department.": a verb of saying right after a comma, followed to the end
 * of the sentence by a longer speaker — a noun phrase opening with an
 * article or a capital, perhaps with an apposition after a comma, and no
 * "that", quotation or further report in it — still closes the report.
 */
function englishInvertedSpeaker(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const {tokens} = view;
  if (view.language !== 'en' || view.end - 1 - cue.last > MAX_INVERTED_SPEAKER || cue.first === view.first) return false;
  if (NEVER_INVERTED.has(tokens[cue.first]!.lemma ?? tokens[cue.first]!.key) || !/,\s*$/u.test(gapBefore(view, cue.first))) return false;
  const head = tokens[cue.last + 1]!;
  if (!NOUN_PHRASE_START.has(head.key) && !/^\p{Lu}/u.test(head.text)) return false;
  for (let t = cue.last + 1; t < view.end; t++) {
    if (t > cue.last + 1 && /[^\s,'’-]/u.test(gapBefore(view, t))) return false;
    if (cueStartingAt(view, t, SPEECH_CUES)) return false;
  }
  return true;
}

/** English reporting verbs that take an object and never stand before their subject. */
const NEVER_INVERTED = new Set(['accuse', 'blame', 'urge', 'call', 'describe', 'liken', 'vow', 'pledge', 'announce', 'deny']);

/** Conjunctions after a comma that open a contrasting clause ("…, but they were quickly confronted …, witnesses said"). */
const CONTRAST = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet']);

/**
 * "Hundreds of protesters attempted to march …, but they were quickly
 * confronted by riot police who fired tear gas, witnesses said.": a report
 * closing an English sentence governs the clause after the last ", but"
 * before it; the first clause is the narrator's. Looked for within the
 * longest clause a report governs, so a sentence without commas stays linear.
 */
function englishClauseStart(view: SentenceView, comma: number): number | null {
  if (view.language !== 'en') return null;
  for (let t = comma - 2; t > view.first && comma - t <= MAX_REPORTED_CLAUSE; t--) {
    if (CONTRAST.has(view.tokens[t]!.key) && /[,;]/u.test(gapBefore(view, t))) return view.tokens[t]!.start;
  }
  return null;
}

/** How far after an English verb a ", but X said" clause is looked for, in words. */
const MAX_REPORTED_CLAUSE = 60;

/** English words that open a clause of their own after a comma ("…, but witnesses said"). */
const ENGLISH_CLAUSE_START = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'yet', 'as', 'which', 'what', 'who', 'whom', 'whose', 'that', 'where', 'when']);

/** Arabic words that open a clause of their own after a comma (…، فيما تحدث متظاهرون عن …؛ …، لكن محتجين ردوا). */
const ARABIC_CLAUSE_START = new Set(['فيما', 'بينما', 'لكن', 'ولكن', 'حين']);
/** "…، فيما …" / "…، بينما …" / "…، في حين …" (while): the narrator sets a fact beside the report. */
const WHILE = new Set(['فيما', 'بينما', 'حين']);
/**
 * "أكد جيش ميانمار أنه سيطر على البلاد …، ويأتي ذلك بعد تصاعد التوترات …": "and this comes after …" is the
 * narrator setting the report in its background, as يذكر أن is; the report ends at its comma.
 */
const COMES = new Set(['يأتي', 'ويأتي', 'تأتي', 'وتأتي', 'جاء', 'وجاء', 'جاءت', 'وجاءت'].map(matchKey));
const THIS = new Set(['ذلك', 'هذا', 'هذه', 'تلك'].map(matchKey));

const CLAUSE_MARKS = new WeakMap<SentenceView, Int32Array>();

/**
 * The first token t in [from, limit) with a clause mark before it, or -1.
 * A sentence of many cues tables the next mark from every token once, so
 * that a storm of reports does not test the same gaps again from each verb.
 */
function nextClauseMark(view: SentenceView, from: number, limit: number): number {
  if (view.cues.length <= MANY_CUES) {
    for (let t = from; t < limit; t++) if (clauseMarkBefore(view, t)) return t;
    return -1;
  }
  let next = CLAUSE_MARKS.get(view);
  if (!next) {
    next = new Int32Array(view.end - view.first);
    let later = -1;
    for (let t = view.end - 1; t >= view.first; t--) {
      if (t > view.first && clauseMarkBefore(view, t)) later = t;
      next[t - view.first] = later;
    }
    CLAUSE_MARKS.set(view, next);
  }
  const t = from < limit ? next[from - view.first]! : -1;
  return t < limit ? t : -1;
}

/**
 * "Police said they used tear gas, but witnesses said officers fired",
 * "وقالت وسائل إعلام إن القوى الأمنية …، فيما تحدث متظاهرون عن اعتقال …":
 * the first report ends at the comma where a clause with its own reporting
 * verb begins (within a few words: "but witnesses who saw it said").
 */
function nextReport(view: SentenceView, cue: RawMatch<Cue>): number {
  const {tokens} = view;
  const starts = view.language === 'en' ? ENGLISH_CLAUSE_START : ARABIC_CLAUSE_START;
  // Within the longest clause a report governs, so that a sentence with many verbs stays linear.
  const limit = Math.min(view.end, cue.last + 2 + MAX_REPORTED_CLAUSE);
  for (let t = nextClauseMark(view, cue.last + 2, limit); t >= 0; t = nextClauseMark(view, t + 1, limit)) {
    // "…، في حين قال …": the clause opener is two words.
    const opener = view.language === 'ar' && tokens[t]!.key === 'في' && t + 1 < view.end && tokens[t + 1]!.key === 'حين' ? t + 1 : t;
    if (view.language === 'ar' && COMES.has(tokens[t]!.key) && t + 1 < view.end && THIS.has(tokens[t + 1]!.key)) return tokens[t - 1]!.end;
    if (!starts.has(tokens[opener]!.key)) continue;
    if (view.language === 'ar' && WHILE.has(tokens[opener]!.key)) return tokens[t - 1]!.end;
    // "…، مدعياً وجود جهات خارجية تمولها، لكن محتجين ردوا عليها": a participle's elaboration ends at a "but".
    if (view.language === 'ar' && cue.payload.kind === 'continuation') return tokens[t - 1]!.end;
    for (let u = t + 1; u < Math.min(view.end, t + 7); u++) {
      if (punctBefore(view, u)) break;
      if (cueStartingAt(view, u, REPORTING)) return tokens[t - 1]!.end;
    }
  }
  return view.sentence.end;
}

/**
 * "Rioters torched cars in the capital on Sunday, police said, as
 * peacekeepers moved into the city.": a report set off by commas in the
 * middle of an English sentence governs the clause before it; what follows
 * the second comma is the narrator's again. Not when the verb goes on
 * with what was said ("police said, however, that …").
 */
function englishAside(view: SentenceView, cue: RawMatch<Cue>): {start: number; end: number; speaker: string | null} | null {
  const {body, tokens, sentence} = view;
  // The comma after the verb, or after a few words ("police said on Sunday,", "said Lam,").
  let close = -1;
  for (let t = cue.last + 1; t < view.end && t - cue.last <= 4; t++) {
    const gap = gapBefore(view, t);
    if (/^\s*[,;]\s*$/u.test(gap)) {
      close = t;
      break;
    }
    if (PUNCT.test(gap) || cueStartingAt(view, t, SPEECH_CUES)) break;
  }
  if (close < 0 || cueStartingAt(view, close, COMPLEMENTIZER)) return null;
  // The comma before the subject: the reported clause runs from the sentence start to it.
  for (let t = cue.first; t > view.first && cue.first - t <= 4; t--) {
    if (!/,/u.test(gapBefore(view, t))) continue;
    // "The toll, which the government said was 30, rose": a relative clause, not an aside.
    if (ENGLISH_CLAUSE_START.has(tokens[t]!.key)) return null;
    // "Immediately after the arrest, it said, army properties … were attacked", "Following the protests, the armed forces
    // said May 9, 2023 would go down …": before the subject's comma stands only an opening phrase of time or place, not
    // a clause said; what was said follows the verb.
    if (openingPhrase(view, t)) return null;
    const subject = t < cue.first ? body.slice(tokens[t]!.start, tokens[cue.first - 1]!.end) : null;
    const inverted = subject === null && close > cue.last + 1 ? body.slice(tokens[cue.last + 1]!.start, tokens[close - 1]!.end) : null;
    // "Key government installations … were targeted in the protests, he added, with nine police stations attacked":
    // an absolute "with" phrase after the aside goes on with what was said.
    if (tokens[close]!.key === 'with' && !withFurtherReport(view, close)) return {start: sentence.start, end: sentence.end, speaker: subject ?? inverted};
    return {start: sentence.start, end: tokens[t - 1]!.end, speaker: subject ?? inverted};
  }
  return null;
}

/** Words that open an English phrase of time, place or sequence before a sentence's subject. */
const OPENING_PHRASE = new Set(['immediately', 'shortly', 'soon', 'meanwhile', 'separately', 'however', 'despite', 'since', 'before', 'after', 'following', 'during', 'amid', 'on', 'in', 'at', 'earlier', 'later', 'last', 'yesterday', 'today', 'tonight']);
/** Longest opening phrase before an English subject, in words. */
const MAX_OPENING_PHRASE = 8;

/** Tokens from the sentence start to the comma before token `comma` are one short opening phrase ("Immediately after the arrest,"), with no report in it. */
function openingPhrase(view: SentenceView, comma: number): boolean {
  if (comma - view.first > MAX_OPENING_PHRASE || !OPENING_PHRASE.has(view.tokens[view.first]!.key)) return false;
  for (let t = view.first + 1; t < comma; t++) if (punctBefore(view, t) || cueStartingAt(view, t, SPEECH_CUES)) return false;
  return true;
}

/** A report cue from token `from` to the end of the sentence. */
function withFurtherReport(view: SentenceView, from: number): boolean {
  for (let t = from; t < view.end; t++) if (cueStartingAt(view, t, SPEECH_CUES)) return true;
  return false;
}

/** "أعلن القضاء على …، في أعقاب …": the announced thing ends at a circumstantial phrase or a comma (`subjectFirst`: as verbRegion read the verb). */
function objectScopeEnd(view: SentenceView, cue: RawMatch<Cue>, subjectFirst: boolean): number {
  const {comma, scope} = objectBoundaries(view);
  let c = cue.last + 2 < view.end ? comma[cue.last + 2 - view.first]! : -1;
  // "ودعا ناشطون على مواقع التواصل الاجتماعي، إلى استمرار التحركات …", "أعلنت الداخلية التونسية، توقيف 632 شخصا …":
  // in VS order the comma that closes the speaker's name (and one after an aside such as "في بيان،") does not end the object.
  const verbSubject = view.language === 'ar' && !subjectFirst;
  for (let skips = 0; verbSubject && c >= 0 && skips < 2 && closesSpeakerOrAside(view, cue, c, skips === 0); skips++) c = c + 1 < view.end ? comma[c + 1 - view.first]! : -1;
  const s = cue.last + 1 < view.end ? scope[cue.last + 1 - view.first]! : -1;
  if (c >= 0 && (s < 0 || c <= s)) return view.tokens[c - 1]!.end;
  return s >= 0 ? view.tokens[s]!.start : view.sentence.end;
}

/** Longest aside set off by commas after an Arabic speaker ("، في بيان،", "، اليوم الخميس،"), in words. */
const MAX_SPEAKER_ASIDE = 4;

/**
 * Does the comma before token `c` only close what comes between an Arabic
 * verb in VS order (the caller checks the order) and its object: the speaker's name (`speaker`: the
 * noun phrase right after the verb, "أعلنت الداخلية التونسية،") or a short
 * aside after it that opens with a word that is no speaker (في بيان، اليوم)?
 */
function closesSpeakerOrAside(view: SentenceView, cue: RawMatch<Cue>, c: number, speaker: boolean): boolean {
  if (speaker) {
    if (c - cue.last - 1 > MAX_SPEAKER_WORDS || c - cue.last - 1 < 1) return false;
    for (let t = cue.last + 2; t < c; t++) if (punctBefore(view, t) || cueStartingAt(view, t, SPEECH_CUES)) return false;
    const name = speakerAfter(view, cue);
    if (name === null || !view.body.startsWith(name, view.tokens[cue.last + 1]!.start)) return false;
    // The name, then perhaps where the speaker spoke ("ناشطون على مواقع التواصل الاجتماعي،"), not an object ("الجيش السيطرة …،").
    const nameEnd = view.tokens[cue.last + 1]!.start + name.length;
    let t = cue.last + 1;
    while (t < c && view.tokens[t]!.end <= nameEnd) t++;
    return t === c || view.notSpeaker.has(view.tokens[t]!.key);
  }
  // An aside after the speaker's comma: from that comma's token to `c`.
  let from = c - 1;
  while (from > cue.last + 1 && !clauseMarkBefore(view, from)) from--;
  if (c - from > MAX_SPEAKER_ASIDE || !view.notSpeaker.has(view.tokens[from]!.key)) return false;
  for (let t = from; t < c; t++) if (cueStartingAt(view, t, SPEECH_CUES)) return false;
  return true;
}

/** A comma before token t ends an announced object — "أعلنت المنظمة اليوم الخميس، أنه تم إرسال …": not when a complementiser carries it on. */
const isCommaBoundary = (view: SentenceView, t: number): boolean => clauseMarkBefore(view, t) && !cueStartingAt(view, t, COMPLEMENTIZER);

const BOUNDARIES = new WeakMap<SentenceView, {comma: Int32Array; scope: Int32Array}>();
/** objectBoundaries' mark for a token where a circumstance cue starts, before `scope` holds indexes (never one). */
const OPENS_SCOPE = -2;

/**
 * For every token of the sentence, the next token (at or after it) that
 * a comma boundary precedes and the next one that opens a circumstance (في
 * أعقاب، التي …). Computed once per sentence, so that a long sentence full
 * of announcing verbs stays linear.
 */
function objectBoundaries(view: SentenceView): {comma: Int32Array; scope: Int32Array} {
  let found = BOUNDARIES.get(view);
  if (found) return found;
  const size = view.end - view.first;
  const comma = new Int32Array(size);
  const scope = new Int32Array(size);
  // Where a circumstance cue starts, marked from the sentence's few cues (at most one starts at a token) with
  // OPENS_SCOPE, which no token index is, before the walk back fills `scope`: not a cueStartingAt per token.
  for (const c of view.cues) if (c.payload.kind === 'scopeEnd' && c.first >= view.first && c.first < view.end) scope[c.first - view.first] = OPENS_SCOPE;
  for (let t = view.end - 1; t >= view.first; t--) {
    const i = t - view.first;
    const later = (list: Int32Array): number => (i + 1 < size ? list[i + 1]! : -1);
    comma[i] = t > view.first && isCommaBoundary(view, t) ? t : later(comma);
    scope[i] = scope[i] === OPENS_SCOPE ? t : later(scope);
  }
  found = {comma, scope};
  BOUNDARIES.set(view, found);
  return found;
}

/**
 * A verb that introduces a quotation governs that quotation; what follows
 * its closing mark is the narrator's again, unless a coordinated
 * complementiser (وإن، وأن) continues the reported speech.
 */
function quoteScopeEnd(view: SentenceView, cue: RawMatch<Cue>, end: number): number {
  const quote = quoteOpeningFrom(view, cue.end);
  if (!quote || quote.open! >= end || quote.close === null || quote.close >= end) return end;
  if (!introducesQuote(view, cue, quote)) return end;
  // 'وأكد حاكم اسطنبول "حسين عوني موتلو" أن …': the quotation names the speaker; what was said follows it.
  if (quotedNameBeforeThat(view, cue) >= 0) return end;
  const next = firstTokenAfter(view, quote.close);
  if (next !== null && cueStartingAt(view, next, COMPLEMENTIZER) && /^[وف]/u.test(view.tokens[next]!.key)) return end;
  // 'He accused “the North American empire” of being involved in the attempted “coup d’etat,”': the quotation is the
  // one accused, blamed or described; what they are accused of follows it and is the speaker's too.
  if (view.language === 'en' && next !== null && OBJECT_FRAME[view.tokens[cue.first]!.lemma ?? view.tokens[cue.first]!.key]?.has(view.tokens[next]!.key) && /^\s*$/u.test(view.body.slice(quote.close + 1, view.tokens[next]!.start))) return end;
  // 'واتهم الرئيس "قوى خارجية" بالوقوف وراء الاضطرابات': in Arabic the charge or the label follows with بـ.
  if (view.language === 'ar' && next !== null && AR_OBJECT_FRAME.test(view.tokens[cue.first]!.key) && view.tokens[next]!.key.startsWith('ب') && /^\s*$/u.test(view.body.slice(quote.close + 1, view.tokens[next]!.start))) return end;
  // 'President Boluarte said "radical groups with a political and economic agenda …" had incited Peruvians to protest': the
  // quotation is the subject of what was said, and its verb goes on with it.
  if (view.language === 'en' && next !== null && quotedSubjectGoesOn(view, next) && /^\s*$/u.test(view.body.slice(quote.close + 1, view.tokens[next]!.start))) return end;
  return quote.close + 1;
}

/**
 * Does the clause go on with the verb of a quoted subject from `next`, the first word after the quotation: an
 * auxiliary at once ('said "radical groups …" had incited …') or after a short phrase of place ("The soldiers said
 * 'all institutions' in the country would be suspended")?
 */
function quotedSubjectGoesOn(view: SentenceView, next: number): boolean {
  if (SUBJECT_GOES_ON.has(view.tokens[next]!.key)) return true;
  if (!SUBJECT_PLACE.has(view.tokens[next]!.key)) return false;
  for (let t = next + 1; t < Math.min(view.end, next + 1 + SUBJECT_PLACE_WORDS); t++) {
    if (punctBefore(view, t)) return false;
    if (SUBJECT_GOES_ON.has(view.tokens[t]!.key)) return true;
  }
  return false;
}

/** Prepositions of a short phrase of place between a quoted subject and its verb ('all institutions' in the country would …). */
const SUBJECT_PLACE = new Set(['in', 'across', 'throughout', 'around', 'at', 'on', 'within']);
/** How many words that phrase may hold, its verb included. */
const SUBJECT_PLACE_WORDS = 4;

/** Arabic verbs of accusing and labelling whose quoted object is followed by the charge or label with بـ (اتهم “X” بـ، وصف “X” بـ). */
const AR_OBJECT_FRAME = /^[وف]?(?:اتهم|اتهمت|اتهموا|يتهم|تتهم|وصف|وصفت|وصفوا|يصف|تصف|نعت|نعتت)$/u;

/** Auxiliaries and modals that go on right after a quoted subject ('said "radical groups …" had incited …'). */
const SUBJECT_GOES_ON = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'can', 'should', 'must', 'might', 'may', 'did']);

/** English verbs that take an object and then a preposition of their own: accuse “X” of, blame “X” for, describe “X” as. */
const OBJECT_FRAME: Readonly<Record<string, ReadonlySet<string>>> = {
  accuse: new Set(['of']),
  blame: new Set(['for']),
  condemn: new Set(['for']),
  denounce: new Set(['for', 'as']),
  describe: new Set(['as']),
  brand: new Set(['as']),
  label: new Set(['as']),
};

/**
 * Does the verb introduce this quotation (قال: “…”, قال إن “…”, قال المتحدث “…”)
 * rather than meet it later inside its clause (أكد أن … كانت "محاولة انقلاب")
 * or as a name (وذكرت «رويترز» أن …، لقناة “خبر24”)?
 */
function introducesQuote(view: SentenceView, cue: RawMatch<Cue>, quote: Quote): boolean {
  const open = quote.open!;
  const last = lastTokenBefore(view, open);
  // Far from the verb, a quotation is something met inside its clause (and the checks below stay short).
  if (last - cue.last > MAX_INTRODUCING_DISTANCE) return false;
  const between = view.body.slice(cue.end, open);
  if (/[.!?؟]/u.test(between)) return false;
  // "described as “barbarism” the serious altercations …": a label right after "as" is what the verb introduces.
  if (view.language === 'en' && /^\s+as\s*$/u.test(between) && LABELLING.has(view.tokens[cue.first]!.lemma ?? view.tokens[cue.first]!.key)) return true;
  if (isQuotedName(view, open) || nameIsSubject(view, quote)) return false;
  if (/[:،,]\s*$/u.test(between)) return true;
  // English puts the speaker before the verb: a short quoted phrase later in the clause ("said the protesters
  // were “terrorists” who …") is inside the report; a longer quotation is what was said when at most an
  // addressee or an aside stands before it ('told reporters "…"', 'said in a statement "…"'), and inside the
  // report when a clause of its own or a "that" does ('said the country had faced "an act of aggression" by …').
  if (view.language === 'en') {
    if (/^[\s,:]*$/u.test(between)) return true;
    const words = quoteTokens(view, quote)?.words ?? 0;
    if (words <= 3 || last - cue.last > MAX_ADDRESSEE_WORDS) return false;
    // 'claiming on Monday that “Chinese netizens are cheering” looting': right after "that" it is what was said;
    // 'reported that the “remnants of Mousavi cult” have created havoc': further on, inside the report.
    if (cueEndingAt(view, last, COMPLEMENTIZER)) return true;
    // 'Hollande said the attacks were “an act of war" committed by …': a clause's own verb before it.
    for (let t = cue.last + 1; t <= last; t++) if (cueStartingAt(view, t, COMPLEMENTIZER) || CLAUSE_VERB.has(view.tokens[t]!.key)) return false;
    return true;
  }
  if (last <= cue.last) return true;
  if (cueEndingAt(view, last, COMPLEMENTIZER)) return true;
  for (let t = cue.last + 1; t < last; t++) if (cueStartingAt(view, t, COMPLEMENTIZER)) return false;
  return last - cue.last <= MAX_SPEAKER_WORDS;
}

/** Words between an English verb and the quotation it introduces: an addressee or an aside ("told the news agency"). */
const MAX_ADDRESSEE_WORDS = 3;
/** Auxiliaries and copulas: words that make a clause of what stands between a verb and a quotation. */
const CLAUSE_VERB = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'must']);

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
  if (cue.first - view.first <= 1 || opensClause(view, cue)) return reported(view, cue, 'neutral', cue.end, sentence.end, speaker);
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
  for (let end = cue.first; from > view.first && isCircumstance(view, from, end); ) {
    end = from;
    from = clauseStart(from);
    if (cue.first - from > MAX_TRAILING_CLAUSE) break;
  }
  if (cue.first - from > MAX_TRAILING_CLAUSE) from = cue.first - MAX_TRAILING_CLAUSE;
  return reported(view, cue, 'neutral', tokens[from]!.start, cue.start, speaker);
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
    if (limit === cue.last + 2 + MAX_SPEAKER_WORDS && RELATIVES.has(view.tokens[t]!.key)) limit = t + 1 + MAX_SPEAKER_WORDS;
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
const CLAUSE_HEADS = new Set([...RELATIVES, 'which', 'who', 'that']);
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

/** Tokens [from, end) are a short prepositional phrase with no report and no clause of its own. */
function isCircumstance(view: SentenceView, from: number, end: number): boolean {
  if (end - from > MAX_CIRCUMSTANCE || !view.notSpeaker.has(view.tokens[from]!.key)) return false;
  if (from + 1 < end && NOT_CIRCUMSTANCE.has(view.tokens[from + 1]!.key)) return false;
  for (let t = from; t < end; t++) if (cueStartingAt(view, t, REPORTING) || cueStartingAt(view, t, COMPLEMENTIZER)) return false;
  return true;
}
