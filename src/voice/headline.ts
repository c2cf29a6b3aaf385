import {matchKey} from '../text/normalize.js';
import type {Span} from '../types.js';
import type {Region} from './clauses.js';
import {countryRubric} from './country-rubric.js';
import {reportsSpeech} from './reports-speech.js';
import {afterHeadlineDots, twoDotsRegion, twoDotsSpeaker} from './two-dots-headline.js';
import {COMPLEMENTIZER, cueStartingAt, firstTokenAfter, lastTokenBefore, punctBefore, REPORTING, type SentenceView, SPEECH_CUES} from './sentence-view.js';

// Reported speech with no reporting verb at the head of a text: a
// "Speaker: claim" headline or rubric, and a headline that opens with a
// participle of describing (مصنفا … "terrorists"). Tells such a headline
// from a topic line ("Protests in Almaty:"), a dateline or a place.

/** Longest claim after the colon of a "Speaker: claim" headline, in words. */
const MAX_HEADLINE_CLAIM = 20;
/** Longest "Speaker:" prefix of a headline, in words. */
const MAX_HEADLINE_SPEAKER = 5;
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
export function openingParticiple(view: SentenceView, lastSpeaker: string | null): Region | null {
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
  if (language === 'ar' && !opensParagraph && twoDotsSpeaker(body, sentence) !== null) return true;
  if (language === 'ar' && !opensParagraph && afterHeadlineDots(body, sentence) && headlineColon(body, sentence, tokens, first, end) >= 0) return true;
  if (language === 'en' && opensParagraph && sourceColon(body, sentence) !== null) return true;
  return language === 'ar' && lastSpeaker !== null && end - first >= 3 && ACCUSATIVE_PARTICIPLE.test(tokens[first]!.key);
}

/** "توكاييف: أعمال الشغب …" — a short name before a colon opening a paragraph. */
export function headlineRegion(view: SentenceView): Region | null {
  // The second part of a headline after its two dots is a headline of its own: "… .. والمحتجون: جئنا لمحاربة خامنئي".
  if (!view.opensParagraph) return (view.language === 'ar' && afterHeadlineDots(view.body, view.sentence) ? colonHeadlineRegion(view) : null) ?? twoDotsRegion(view);
  return colonHeadlineRegion(view);
}

/** A "Speaker: claim" headline's claim, given to the words before its colon, or null. */
function colonHeadlineRegion(view: SentenceView): Region | null {
  const {body, sentence, tokens} = view;
  const colon = headlineColon(body, sentence, tokens, view.first, view.end);
  if (colon < 0) return view.language === 'en' ? sourceAfterColonRegion(view) : null;
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
  // "تركيا: تصاعُد الاحتجاجات …", "المغرب:5 قتلى …": a country heading an event or a count files the item under a place.
  if (countryRubric(view, lastBefore, colon)) return null;
  // "Burundi: Not clear if coup succeeded", "Panama: Protests Against Mining Contract Rock the Nation", "Protest
  // against budget: congress … burns down": an English headline headed by a country, or by a topic noun and its
  // preposition, files the item under a place or a topic; no one is speaking.
  if (view.language === 'en' && (isCountryName(withoutRegion(body.slice(sentence.start, colon))) || topicAndPreposition(view, lastBefore))) return null;
  // "VIDEO | Kathmandu, Nepal: Protesters vandalise …", "Harare, Zimbabwe: …": a town and its country (after a
  // rubric and a bar) is a dateline in mixed case, where the item happened.
  if (view.language === 'en' && isPlaceAndCountry(body.slice(sentence.start, colon))) return null;
  // "SUMMARY May 17, 2022: Blockade of Khorugh is continuing": a prefix that ends in a date files the item under a
  // day (a summary, an update), no one is speaking.
  if (view.language === 'en' && DATED_PREFIX.test(body.slice(sentence.start, colon))) return null;
  // "国际英语新闻:Massive, peaceful turnout of …": in an English headline, words before the colon with no Latin letter are
  // a site's rubric in its own script (a section name), not a speaker.
  if (view.language === 'en' && !/\p{Script=Latin}/u.test(body.slice(sentence.start, colon))) return null;
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
    cue: body[colon]!,
    cueSpan: {start: colon, end: colon + 1},
    stance: 'neutral',
    kind: 'headline',
  };
}

const COLON = 0x3a;

/** Longest source named after the colon of a "claim: Source" headline, in words ("Iraqi security official"). */
const MAX_HEADLINE_SOURCE = 4;
/** Fewest words of the claim before it. */
const MIN_SOURCE_CLAIM = 3;
/**
 * Head nouns of the source that closes a "claim: Source" headline ("… aimed at their heads: Statement", "… killed
 * in clashes: police", "… foreign plot: Iranian official"): who said it, or the kind of item that says it.
 */
const HEADLINE_SOURCE = new Set([
  'statement', 'statements', 'report', 'reports', 'source', 'sources', 'official', 'officials', 'minister', 'ministry', 'spokesman', 'spokeswoman', 'spokesperson',
  'police', 'army', 'military', 'witness', 'witnesses', 'activists', 'medics', 'doctors', 'president', 'pm', 'fm', 'envoy', 'governor', 'mayor', 'government', 'agency',
  'media', 'commander', 'chief', 'leader', 'prosecutor', 'prosecutors', 'embassy', 'ambassador', 'lawmaker', 'lawmakers', 'mp', 'monitor', 'observatory', 'ngo', 'un',
]);

/**
 * The colon (or spaced dash) of a "claim: Source" headline and the source after it, or null: a line of one sentence
 * whose last colon or spaced dash is followed by one to MAX_HEADLINE_SOURCE words, the last a HEADLINE_SOURCE noun
 * (after a colon, also a person's name), after a claim of MIN_SOURCE_CLAIM words or more.
 */
function sourceColon(body: string, sentence: Span): {colon: number; source: string} | null {
  if (paragraphGoesOn(body, sentence.end)) return null;
  const colon = lastClosingMarkIn(body, sentence);
  if (colon <= sentence.start) return null;
  const source = body.slice(colon + 1, sentence.end).replace(/[.!?\s]+$/u, '').trim();
  const words = source.split(/\s+/u);
  if (words.length === 0 || words.length > MAX_HEADLINE_SOURCE || !/^\p{L}/u.test(words[0]!)) return null;
  // After a dash a name is as often the site's own ("… – Global Times", "… – BBC News"): only a source noun speaks.
  const byDash = body[colon] !== ':';
  if (!namesSource(words) && (byDash || !isPersonName(words))) return null;
  return body.slice(sentence.start, colon).trim().split(/\s+/u).length >= MIN_SOURCE_CLAIM ? {colon, source} : null;
}

/** The head of an office named with its place or body after "of" ("head of region", "chief of police"), besides HEADLINE_SOURCE's nouns. */
const OFFICE_HEAD = new Set(['head']);

/**
 * Words after a headline's closing mark that name a source: a source noun last ("… – army", "…: Police"), or an
 * office and what it is of ("Overseas handlers behind attempts to destabilize situation in Dagestan — head of
 * region", TASS): a source noun or "head", then "of".
 */
function namesSource(words: readonly string[]): boolean {
  if (HEADLINE_SOURCE.has(words[words.length - 1]!.toLowerCase())) return true;
  const first = words[0]!.toLowerCase();
  return words.length >= 3 && words[1]!.toLowerCase() === 'of' && (HEADLINE_SOURCE.has(first) || OFFICE_HEAD.has(first));
}

/** Words of a name after a headline's colon: two or three. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;
/** Capitalised words that open no name ("What We Know", "How It Happened", "The Latest"). */
const NOT_NAME = new Set(['what', 'how', 'why', 'who', 'when', 'where', 'we', 'it', 'the', 'a', 'an', 'in', 'of', 'and', 'is', 'are', 'this', 'our', 'your', 'latest', 'more']);

/**
 * "Troublemakers to be dealt with iron hand: Sheikh Rashid", "…: Shehbaz Sharif": two or three capitalised words
 * (not in capitals throughout), none a function word, a kind of item or an office, and not a country's name.
 */
function isPersonName(words: readonly string[]): boolean {
  if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS) return false;
  if (!words.every((w) => /^\p{Lu}\p{Ll}[\p{L}'’.-]*$/u.test(w))) return false;
  if (words.some((w) => NOT_NAME.has(w.toLowerCase()) || RUBRIC.has(matchKey(w)) || OFFICE.has(w.toLowerCase()))) return false;
  return !isCountryName(words.join(' '));
}

/**
 * The last mark inside the sentence that may close a headline's claim before its source, or -1: a colon, or a dash
 * set off by spaces ("DR Congo thwarts Kinshasa ‘coup attempt’ – army" closes its claim as a colon does). Searched
 * within the sentence only: `lastIndexOf` from its end ran on back through the body to the previous colon, across
 * every sentence of a text with none (quadratic).
 */
function lastClosingMarkIn(body: string, sentence: Span): number {
  for (let i = sentence.end - 1; i >= sentence.start; i--) {
    const c = body.charCodeAt(i);
    if (c === 0x3a) return i;
    // – or —, with a space on each side.
    if ((c === 0x2013 || c === 0x2014) && i > sentence.start && body.charCodeAt(i - 1) === 0x20 && body.charCodeAt(i + 1) === 0x20) return i;
  }
  return -1;
}

/**
 * "Snipers on roofs fired at protesters in Beirut, aimed at their heads: Statement": a headline that names its
 * source after a closing colon gives the claim before it in that source's voice, as "Speaker: claim" does after
 * its opening one. Not when a verb of saying in the claim already names who said it.
 */
function sourceAfterColonRegion(view: SentenceView): Region | null {
  const {body, sentence} = view;
  const found = sourceColon(body, sentence);
  if (found === null) return null;
  const {colon, source} = found;
  for (let t = view.first; t < view.end && view.tokens[t]!.start < colon; t++) {
    const verb = cueStartingAt(view, t, REPORTING);
    if (verb && reportsSpeech(view, verb)) return null;
  }
  return {
    start: view.tokens[view.first]!.start,
    end: colon,
    speaker: source,
    cue: body[colon]!,
    cueSpan: {start: colon, end: colon + 1},
    stance: 'neutral',
    kind: 'headline',
  };
}

/**
 * Rubrics before a headline's colon, as match keys: the head of an English
 * prefix (its last word: "Peru protests:", "In pictures:", "Sudan coup:") or the first word
 * of an Arabic one (خبر، عاجل، احتجاجات لبنان، انقلاب بوركينا فاسو). A topic or a kind of item, not a speaker.
 */
const RUBRIC = new Set(
  [
    'protest', 'protests', 'riot', 'riots', 'unrest', 'clashes', 'crisis', 'violence', 'killing', 'shooting', 'demonstrations', 'uprising', 'crackdown', 'coup', 'putsch',
    // A war filed under its country ("Syria war: Druze city of Suweida rocked by rare anti-Assad protests", BBC).
    'war',
    // An event of force filed as a topic ("Awamia Siege: Saudi Forces Firing Rockets at Residential Buildings",
    // Al-Ahed; "Excesses in Indian Kashmir: 11 killed as clashes erupt …", The Express Tribune).
    'siege', 'excesses', 'massacre', 'curfew',
    'pictures', 'photos', 'video', 'videos', 'watch', 'live', 'update', 'updates', 'breaking', 'exclusive', 'analysis', 'explainer', 'factbox', 'timeline', 'opinion', 'editorial',
    // A news agency's kind of item ("Wrap: Anti-communist protests in Moldova turn violent", RIA Novosti; Xinhua's "Roundup:").
    // "Highlights: Clashes erupted between tribal fighters in Deir Ezzor …" (Teller Report's summary of Al Jazeera).
    'wrap', 'roundup', 'round-up', 'recap', 'summary', 'highlights',
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

/**
 * "Iran (Khuzestan): Arbitrary arrest/torture" (Amnesty International's urgent actions): a country may name its
 * province or region in brackets after it; the prefix without them, or the prefix unchanged.
 */
const withoutRegion = (prefix: string): string => prefix.replace(/^\s*([^()]+?)\s*\([^()]{1,40}\)\s*$/u, '$1');

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
