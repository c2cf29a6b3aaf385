import type {RawMatch} from '../lexicon/match.js';
import {matchKey} from '../text/normalize.js';
import type {Cue} from './cues.js';
import {loneOpeningWord} from './opening-word.js';
import {referringWhatSubject} from './referring-what-subject.js';
import {ENGLISH_CLAUSE_START, MAX_REPORTED_CLAUSE} from './report-end.js';
import {COMMAS, COMPLEMENTIZER, cueStartingAt, gapBefore, marksBefore, NOUN_PHRASE_START, PUNCT, punctBefore, type SentenceView, SPEECH_CUES} from './sentence-view.js';

// Reports that close what they govern: a verb after the words it reports
// ("…, police said", "…، قال المتحدث"), an aside inside them ("…, they say,
// …"), and the speaker phrases such verbs take, titles and settings
// included.

/** The auxiliaries of the English perfect ("has announced", "have said"). */
const PERFECT = new Set(['has', 'have', 'had']);

/** "كما أفاد …", "وكما ذكرت …" (as … reported). */
const AS = new Set(['كما', 'وكما'].map(matchKey));

/**
 * The verb is followed by at most a short speaker up to the sentence end,
 * and a comma precedes it ("…، قال المتحدث."). Not when a preposition
 * follows it: "…، وأُعلِن عن حظر التجول" announces a thing.
 */
export function trailingVerb(view: SentenceView, cue: RawMatch<Cue>): {start: number; end: number; speaker: string | null} | null {
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
  // "…, the country's premier has announced.": a perfect tense's auxiliary is no word of the subject.
  const perfect = view.language === 'en' && cue.first - 1 > view.first && PERFECT.has(tokens[cue.first - 1]!.key) ? 1 : 0;
  const reach = (view.language === 'en' ? Math.max(titledSubjectReach(view, cue), headOfReach(view, cue)) : 4) + perfect;
  for (let t = cue.first; t > view.first && cue.first - t <= reach; t--) {
    if (marksBefore(view, t, COMMAS)) {
      // "…، كما أفاد شهود عيان في المكان": كما (as) before the verb is no subject; the speaker follows the verb.
      const as = view.language === 'ar' && t === cue.first - 1 && AS.has(tokens[t]!.key);
      const subject = t < cue.first - perfect && !as ? body.slice(tokens[t]!.start, tokens[cue.first - 1 - perfect]!.end) : null;
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
      // "…، وهو ما اعتبره البعض محاولة …": a relative pointing back at the clause names no speaker closing it.
      if (subject !== null && referringWhatSubject(view, t, cue.first)) return null;
      // "In his first public statement since quelling the coup attempt, Arce denied any collusion with Zuniga.": an
      // English subject and verb with a determiner after them name what was denied or said, their own object; the
      // comma before ends an opening phrase, not a report the verb closes ("…, Arce informed the press" names a listener).
      // "…; Amal, Hezbollah blame agitators": a verb that takes the one blamed, accused or urged as its object (and
      // never inverts) names it after itself, unless a setting follows ("…, the opposition vowed in a statement").
      const lemma = tokens[cue.first]!.lemma ?? tokens[cue.first]!.key;
      const next = tokens[cue.last + 1]?.key ?? '';
      if (view.language === 'en' && subject !== null && after > 0 && !timeAfter && ((OBJECT_DETERMINERS.has(next) && !LISTENER_VERBS.has(lemma)) || (NEVER_INVERTED.has(lemma) && !SETTING.has(next)))) return null;
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
export function trailingBeforeClosingReport(view: SentenceView, cue: RawMatch<Cue>): {start: number; end: number; speaker: string | null} | null {
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

/** Longest English subject "the head of …" before a verb closing its sentence, in words. */
const MAX_HEAD_OF_SUBJECT = 9;
/** Determiners that open such a subject, and the prepositions that join its head to what it heads. */
const HEAD_DETERMINERS = new Set(['the', 'a', 'an']);
const HEAD_JOINERS = new Set(['of', 'for']);

/**
 * "…, the head of the regional government said on Monday.": a lower-case
 * subject of a determiner, a head of one or two words, "of" or "for" and
 * what it heads, longer than the four words a plain subject may run to, is
 * still the speaker after the comma that ends the reported clause. What it
 * heads may be named ("…, the prosecutor general of Tehran said.", "…, a
 * lawyer for Navalny’s Anti-Corruption Foundation told Sputnik."): capitals
 * and a possessive stand after the joiner only. The distance to that comma,
 * or 0 when the words back to it are not such a phrase (a capital before
 * the joiner, a mark, a word that opens a clause or a cue among them) or
 * when a name stands before the comma (the phrase is its apposition).
 */
function headOfReach(view: SentenceView, cue: RawMatch<Cue>): number {
  const {tokens} = view;
  let joiner = false;
  for (let t = cue.first - 1; t > view.first && cue.first - t <= MAX_HEAD_OF_SUBJECT; t--) {
    const {key, text} = tokens[t]!;
    const named = !joiner && (/^\p{Lu}/u.test(text) || key === 's');
    if ((!/^\p{Ll}+$/u.test(text) && !named) || ENGLISH_CLAUSE_START.has(key) || cueStartingAt(view, t, SPEECH_CUES)) return 0;
    if (HEAD_JOINERS.has(key)) joiner = true;
    // The apostrophe of a possessive in the name headed ("Navalny’s") is no mark that ends the subject.
    if (t + 1 < cue.first && punctBefore(view, t + 1) && tokens[t + 1]!.key !== 's') return 0;
    if (!/[،,]/u.test(gapBefore(view, t))) continue;
    // "…, Ahmed al-Hawary, a spokesman for the revolutionary forces said": after a name the phrase is its apposition,
    // and the comma before it ends no clause.
    if (/^\p{Lu}/u.test(tokens[t - 1]!.text)) return 0;
    // A determiner, a head of one or two words, then "of" / "for".
    const joined = (t + 2 < cue.first && HEAD_JOINERS.has(tokens[t + 2]!.key)) || (t + 3 < cue.first && HEAD_JOINERS.has(tokens[t + 3]!.key));
    return HEAD_DETERMINERS.has(key) && joined ? cue.first - t : 0;
  }
  return 0;
}

/** Verbs of saying whose object is the listener ("told the Associated Press", "informed the press"). */
const LISTENER_VERBS = new Set(['tell', 'inform', 'informed']);

/** Determiners that open an English verb's object ("denied any collusion", "confirmed the deaths"). */
const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'any', 'all', 'no', 'some', 'his', 'her', 'its', 'their', 'this', 'these', 'those']);

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
export const NEVER_INVERTED = new Set(['accuse', 'blame', 'urge', 'call', 'describe', 'liken', 'vow', 'pledge', 'announce', 'deny']);

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
    // "Overall, he said, the police continue …": one word before the aside is no clause said either.
    if (openingPhrase(view, t) || loneOpeningWord(view, t)) return null;
    const subject = t < cue.first ? body.slice(tokens[t]!.start, tokens[cue.first - 1]!.end) : null;
    // "Authorities displayed handcuffed detainees to the media, announcing 17 arrests, including …": a participle
    // right after the comma never stands before its subject; the words after it are its object, not a speaker.
    if (subject === null && tokens[cue.first]!.key.endsWith('ing')) return null;
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
