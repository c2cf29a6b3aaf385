import type {RawMatch} from '../lexicon/match.js';
import {matchKey} from '../text/normalize.js';
import type {Cue} from './cues.js';
import {blameToken, calledForToken, englishClauseAfter, englishLabelStart} from './report-object.js';
import {BAYYANA, explainedWithShadda} from './explained-shadda.js';
import {participleAsAdjective} from './participle-adjective.js';
import {relayedThat} from './relayed-that.js';
import {SPOKE_OF, spokeOfThat} from './spoke-of-that.js';
import {gapBefore, insideClosedQuote, punctBefore, type SentenceView, withinClause} from './sentence-view.js';
import {isTransmission, transmissionSource, withoutConjunction} from './speaker-phrase.js';
import {warnedOver} from './warned-listener.js';
import {inDomainName} from './domain-name.js';
import {EVENT_NOUNS, eventReported} from './event-reported.js';
import {acknowledged, isAqarra} from './acknowledged-not-approved.js';
import {CIRCULATED, circulatedThat} from './circulated-that.js';

// Whether a reporting word found in a sentence really reports speech: not
// when it is a noun ("the blame", النقل), an action ("called a strike",
// "carried banners"), a preposition's object, or a word inside someone's
// closed quotation.

/** English determiners: "the blame", "a report" are nouns, not reporting verbs. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'no', 'this', 'that', 'these', 'those', 'much']);

/** وُصِف، ووُصِفت، اعتُبِر، اُعتُبِرت: the passive of a verb of describing or considering, when vowelled enough to tell. */
const PASSIVE_LABELLING_AR = /^[وف]?(?:و\u064f\p{M}*ص|ا\p{M}*عت\u064f)/u;

/** Words before "points" that make it the noun (entry points, several points): a compound's first word, a count. */
const POINTS_NOUN_BEFORE = new Set(['entry', 'access', 'exit', 'crossing', 'border', 'check', 'vantage', 'focal', 'flash', 'talking', 'rallying', 'meeting', 'gathering', 'several', 'many', 'multiple', 'some', 'few', 'all', 'both', 'various', 'numerous', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** Ordinals and words of rank that stand between a determiner and an attributive participle ("the first confirmed death"). */
const ORDINAL_BEFORE = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'only', 'latest', 'last', 'sole', 'earliest']);

/** Words that count the noun after them ("one call", "any remark", "every report"), which no verb follows in its base form. */
const COUNTING = new Set(['one', 'any', 'every', 'each', 'another']);

/** English prepositions after which a reporting word is a noun ("despite calls by …", "amid warnings"). */
const NOUN_AFTER = new Set(['despite', 'amid', 'after', 'following', 'of', 'among', 'against', 'over', 'with', 'without', 'by']);

/**
 * Is this reporting-verb match really a report? Not when it is a noun: with
 * the article (النقل "the transport", "the blame"), a transmission verb
 * without its عن (نقلت الطائرات القوات: "carried"), لفت without إلى (لفت
 * انتباهنا: "caught our attention"), or a verb inside a closed quotation,
 * which is the quoted speaker's own wording, not a new statement.
 */
export function reportsSpeech(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const {tokens} = view;
  const key = tokens[cue.first]!.key;
  if (view.language === 'en') return !englishNoun(view, cue) && !inferredSuggestion(view, cue) && !expressedOther(view, cue) && !headingWord(view, cue) && !inHyphenCompound(view, cue) && !insideClosedQuote(view, cue) && !englishAction(view, cue) && !partOfName(view, cue) && !inDomainName(view, cue);
  if (/^[وف]?(?:ال|لل|بال|كال)/u.test(key)) return false;
  if (insideClosedQuote(view, cue)) return false;
  if (cue.payload.kind === 'continuation' && participleAsAdjective(view, cue)) return false;
  if (indicatesThing(view, cue) || afterPreposition(view, cue)) return false;
  // "وكلفت العديد منهم" (and assigned): لفت behind a ك or ب is another word.
  if (/^[وف]?[كب]لفت/u.test(key)) return false;
  // "احتجاجات مناهضة للحكومة، وصفت بالأعنف منذ سنوات": a verb of describing with its بـ at once and no one between is
  // the passive (وُصفت): nobody speaks.
  if (/^[وف]?وصف(?:ت|وا)?$/u.test(key) && cue.last + 1 < view.end && /^ب/u.test(view.tokens[cue.last + 1]!.key) && !punctBefore(view, cue.last + 1)) return false;
  // "ووُصِفَت المظاهرات بأنها الأكبر …، ولم تخلُ من انتقادات …": a verb of describing or considering vowelled as a
  // passive (a damma on وصف's first letter, or on اعتبر's ت) names nobody who speaks; what follows it is the thing described.
  if (PASSIVE_LABELLING_AR.test(tokens[cue.first]!.text)) return false;
  if (calledForIt(view, cue)) return false;
  // "وبيّن الناطق …، أن …" (explained) reports; بين without its shadda is "between".
  if (BAYYANA.test(key)) return explainedWithShadda(view, cue);
  if (demonstrativeSubject(view, cue) || factsSubject(view, cue) || showsHow(view, cue)) return false;
  if (isTransmission(key)) return transmissionSource(view, cue) !== null || relayedThat(view, cue) >= 0;
  // "لافتاً إلى أن …" continues a statement; "بدا لافتاً تزامنه مع …" (striking) is an adjective: لفت reports only with its إلى.
  if (/^[وف]?(?:لفت|لافت(?:ا|ه|ين)$)/u.test(key)) return lafataTo(view, cue);
  // "تحدثت وسائل إعلام عن أن …" reports a clause; تحدث with a topic only (تحدثت الصحف عن "الفوضى") does not.
  if (/تحدث/u.test(key)) return SPOKE_OF.test(key) && spokeOfThat(view, cue);
  // "وهدد الحرس الثوري المتظاهرين … بالرد بقبضة من حديد" (threatened with) reports; "هددت الاحتجاجات استقرار البلاد"
  // (endangered) and "ما هدد بتحويل الاحتجاجات … إلى العنف" (which threatened to turn) do not.
  if (/^[وف]?هدد/u.test(key)) return calledForToken(view, cue) >= 0 && !(cue.first > view.first && WHAT.has(tokens[cue.first - 1]!.key));
  // "تناقلت مواقع إخبارية …، أنّ …" (relayed that) reports; "وتداولت حسابات إيرانية مقاطع" (passed round videos) does not.
  if (CIRCULATED.test(key)) return circulatedThat(view, cue);
  // "أقر الرئيس … إصلاحات الدعم" (approved) passes a measure; "أقرت الحكومة بوجود …" (admitted) reports.
  if (isAqarra(key)) return acknowledged(view, cue);
  // "وأنحت السلطات باللائمة … على عملاء أجانب" (laid the blame) reports; أنحى alone ("turned aside") does not.
  if (LAID.test(key)) return blameLaid(view, cue);
  // "وحمّل المحتجون الحكومة مسؤولية …" (held responsible) reports; "حمل المتظاهرون لافتات" (carried) does not.
  if (cue.payload.blames) return blameToken(view, cue) >= 0;
  return true;
}

/**
 * "Melikov suggested that this protest-turned-riot may be followed by more unrest" (TASS) reports the official's
 * forecast; "suggest" in any other form is an inference, the writer's or the evidence's ("Washington's words of
 * concern sure seem to suggest that the months-long demonstrations amount to a 'color revolution'", RT; "the data
 * suggests that …"): only the past "suggested", after a name or a personal pronoun, reports.
 */
function inferredSuggestion(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const key = view.tokens[cue.first]!.key;
  if (!key.startsWith('suggest')) return false;
  if (key !== 'suggested' || cue.first === view.first) return true;
  // "The local grapevine suggested that some of the government representatives … are expected to visit" (Gulf News):
  // a rumour's or a thing's suggestion; a named person or a personal pronoun makes the report.
  const before = view.tokens[cue.first - 1]!;
  return !(/^\p{Lu}/u.test(before.text) || PERSONAL.has(before.key));
}

/** Personal pronouns that may make a suggestion. */
const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i']);

/** Feelings whose object "express" gives in the speaker's words, and the words that may stand before them. */
const FEELINGS = new Set(['condolences', 'gratitude', 'thanks', 'appreciation', 'sympathy', 'regret', 'concern', 'concerns', 'outrage', 'indignation']);
const BEFORE_FEELING = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'deep', 'deepest', 'sincere', 'serious', 'grave', 'profound']);

/**
 * "He further expressed his gratitude to the “selfless” commanders …" (Tasnim) gives those thanked in the speaker's
 * words, as "offered his condolences over …" does; "express" reports only a feeling of that kind, and never after
 * "to": "officials repeatedly expressed support for the anti-government Ukrainian protesters" (Press TV), "the local
 * citizens still expressed their dissatisfaction and took to the streets" and "protests … to express their rejection
 * of the social and economic policies of President Ivan Duque" tell what people did, in the outlet's words.
 */
function expressedOther(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const {tokens} = view;
  if (!tokens[cue.first]!.key.startsWith('express')) return false;
  if (cue.first > view.first && tokens[cue.first - 1]!.key === 'to') return true;
  let t = cue.last + 1;
  while (t < view.end && t < cue.last + 3 && BEFORE_FEELING.has(tokens[t]!.key)) t++;
  return t >= view.end || !FEELINGS.has(tokens[t]!.key);
}

/**
 * "Highlights: Clashes erupted between tribal fighters in Deir Ezzor …": a capitalised reporting word that opens its
 * sentence alone and is closed at once by a colon is a heading naming the kind of item, a noun with no subject, not
 * a verb reporting what follows.
 */
function headingWord(view: SentenceView, cue: RawMatch<Cue>): boolean {
  if (cue.first !== view.first) return false;
  const token = view.tokens[cue.last]!;
  return /^\p{Lu}/u.test(view.tokens[cue.first]!.text) && /^[ \t\u00a0]*:/u.test(view.body.slice(token.end, token.end + 3));
}

/**
 * "a ride-hailing driver": a reporting word glued by a hyphen to the word before it is the second half of a compound
 * modifier or noun, not a verb of its own.
 */
function inHyphenCompound(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const start = view.tokens[cue.first]!.start;
  return start >= 2 && view.body[start - 1] === '-' && /\p{L}/u.test(view.body[start - 2]!);
}

/** The words that join an Arabic name to a father's or a family's: "Qaboos bin Said", "Abu Said", "Al Said". */
const NAME_LINKS = new Set(['bin', 'ibn', 'bint', 'ben', 'abu', 'al', 'el']);

/**
 * "Oman's ruler, Sultan Qaboos bin Said, replaced six Cabinet members": a
 * capitalised Said after bin, ibn, Abu or Al is the end of a name, not
 * "said" closing what came before it.
 */
function partOfName(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const token = view.tokens[cue.first]!;
  return token.text === 'Said' && cue.first > view.first && NAME_LINKS.has(view.tokens[cue.first - 1]!.key) && !punctBefore(view, cue.first);
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
  // "parked at several entry points to Taksim", "all access points to the square": "points" after a word that makes it
  // a counted or compound noun is the places, not a verb whose subject went before.
  if (tokens[cue.first]!.key === 'points' && cue.first > view.first && POINTS_NOUN_BEFORE.has(tokens[cue.first - 1]!.key) && !punctBefore(view, cue.first)) return true;
  // "the first confirmed death during the postelection demonstrations", "the only reported case": a participle after a
  // determiner and an ordinal describes the noun after it, as an adjective; nobody confirms or reports anything.
  if (cue.first - 1 > view.first && ORDINAL_BEFORE.has(tokens[cue.first - 1]!.key) && DETERMINERS.has(tokens[cue.first - 2]!.key) && tokens[cue.first]!.key.endsWith('ed') && !punctBefore(view, cue.first - 1) && !punctBefore(view, cue.first)) return true;
  const base = tokens[cue.first]!.key === (tokens[cue.first]!.lemma ?? tokens[cue.first]!.key);
  // "OVD Info’s hotline got more than one call about police brutality", "let slip any remark that might be construed
  // as opposing the authoritarian regime": a base form right after a word that counts it is a noun.
  if (base && cue.first > view.first && COUNTING.has(tokens[cue.first - 1]!.key) && !punctBefore(view, cue.first)) return true;
  return base && cue.first - 1 > view.first && /^an?$/u.test(tokens[cue.first - 2]!.key) && !punctBefore(view, cue.first - 1) && !punctBefore(view, cue.first);
}

/** What one calls to convene it ("called the press conference", "called a general strike", "call snap elections"). */
const CONVENED = new Set(['conference', 'meeting', 'meetings', 'election', 'elections', 'strike', 'strikes', 'vote', 'referendum', 'session', 'summit', 'rally', 'halt', 'truce', 'ceasefire']);
/** How far after "call"'s object its meeting or its "to" may stand ("called the press conference", "called on residents to"), in words. */
const CALL_REACH = 3;

/** Written things whose text "reads" ("the statement read", "one placard read"). */
const WRITTEN = new Set(['statement', 'letter', 'placard', 'placards', 'banner', 'banners', 'sign', 'signs', 'note', 'message', 'post', 'tweet', 'poster', 'posters', 'slogan', 'slogans', 'notice', 'communique', 'declaration', 'caption', 'leaflet', 'leaflets', 'graffiti']);

/** Forms of "be" before a passive, and the harms a passive "reported" may hedge ("were reported killed"). */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const HARMED = new Set(['killed', 'dead', 'injured', 'wounded', 'hurt', 'missing', 'arrested', 'detained']);
/** Passive participles that hedge a count of the harmed with no one named: "were reported killed", "were confirmed dead". */
const PASSIVE_HEDGES = new Set(['reported', 'confirmed']);

/** "call for / call on" ask for a thing; "respond with / reply by" name an action. */
const NOT_SPEECH_AFTER: Readonly<Record<string, ReadonlySet<string>>> = {
  // "block protests called by activists": a protest, a strike or a rally called by someone is convened by them.
  // "a group calling itself the Movement for the People", "calling themselves the Defence and Security Forces": the
  // name a group goes by, not a report.
  call: new Set(['for', 'off', 'up', 'in', 'by', 'itself', 'themselves']),
  respond: new Set(['with', 'by', 'to']),
  reply: new Set(['with', 'by']),
  // "the terrorists groups still insist to refuse the settlement and hand over their weapons": "insist to" with an
  // infinitive persists in doing a thing; "insisted that …" reports.
  insist: new Set(['to']),
  // "The gruesome attack was claimed by the militant Islamic State (IS) group" (Daily Times): a thing claimed by
  // someone is owned by them, responsibility taken; neither the thing nor the claimer is a report.
  claim: new Set(['by']),
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
  // "have stopped short of explicitly condemning the unprecedented use of firepower against opposition demonstrators":
  // a speech withheld reports nothing; what it names is the outlet's.
  if (withheldSpeech(view, cue)) return true;
  // "Iran police chief warns Mousavi over unrest": the one warned, then the occasion of the warning; nothing reported.
  if (lemma === 'warn' && warnedOver(view, cue)) return true;
  // "The police responded violently, injuring dozens": a manner adverb with no "that", colon or quotation after it.
  if ((lemma === 'respond' || lemma === 'reply') && next !== null && /^\p{L}{3,}ly$/u.test(next) && !saysAfterAdverb(view, cue.last + 2)) return true;
  if (lemma === 'continue' && !continuedReport(view, cue)) return true;
  // "Two top J&K Police officers were fielded to explain the firing deaths and the surging crowds" (The Indian
  // Express): "explain" with a determiner's object names the thing explained, the outlet's words; only "explained
  // that …", "explained how …", a colon or a quotation, or a closing "he explained", report.
  if (lemma === 'explain' && next !== null && next !== 'that' && DETERMINERS.has(next) && !punctBefore(view, cue.last + 1)) return true;
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
  // "Seven people were confirmed dead in the Sunday protests" (an Iranian state report, Iran 2009): a passive
  // "confirmed" before a word of harm counts the harmed as "reported" does, with no one named; no report opens.
  if (PASSIVE_HEDGES.has(tokens[cue.first]!.key) && cue.first > view.first && BE.has(tokens[cue.first - 1]!.key) && next !== null && HARMED.has(next) && !punctBefore(view, cue.first)) return true;
  // "The government's day-old ban on journalists reporting from the streets did not halt the broadcast of pictures of
  // the protests" (The Guardian, Iran 2009): "reporting from" a place names where reporters work, not what they said;
  // a report still opens with its own verb ("…, reporting from Tehran, said …").
  if (tokens[cue.first]!.key === 'reporting' && next === 'from') return true;
  // "slams Tbilisi protests as Russophobic provocation": "slam" reports only a label ("as", a quotation) or a clause
  // ("that", a colon); "slammed street protests in Ukraine against …", "slammed into the crowd" name what was hit.
  // "dismissed the protesters as callow, pampered youths and Western stooges" labels; "dismissed the minister" does not.
  if ((lemma === 'slam' || lemma === 'dismiss') && englishLabelStart(view, cue) === null && !englishClauseAfter(view, cue)) return true;
  // "He referred to the demonstrations as a “color revolution”" labels; "referred the case to the courts", "referred to
  // the events in Minsk" name what they point at: "refer to" reports only with the "as" of a label.
  if (lemma === 'refer' && englishLabelStart(view, cue) === null) return true;
  // "The renewed protests and calls for justice highlighted the ongoing struggle for democracy": what events or
  // numbers bring to light is the outlet's reading; only a speaker highlights a point of theirs.
  if (SHOWING.has(lemma) && eventSubject(view, cue)) return true;
  // "Protests also reported from Shadegan where people blocked roads with burning tires": an event and a bare
  // "reported" are a passive without its "were"; no one is named as speaking.
  if (eventReported(view, cue)) return true;
  // "A state of emergency was announced in the country in response to the attempted coup": a passive of a verb that
  // names a thing, with no one named ("by …") and no clause ("that", a colon), names no speaker: its subject is the
  // thing announced, the rest the outlet's account.
  if (cue.payload.takes === 'object' && cue.first > view.first && BE.has(tokens[cue.first - 1]!.key) && next !== 'by' && !punctBefore(view, cue.first) && !englishClauseAfter(view, cue)) return true;
  // "in the long term": the noun; only "termed" labels.
  if (lemma === 'term' && tokens[cue.first]!.key !== 'termed') return true;
  // "state-run", "state television", "State Violence": the noun; only "stated"/"stating" report for sure.
  if (lemma === 'state' && !/^stat(?:ed|ing)$/u.test(tokens[cue.first]!.key) && next !== 'that') return true;
  // "Díaz-Canel called the press conference after thousands of people marched …": calling a meeting convenes it.
  if (lemma === 'call' && next !== null && DETERMINERS.has(next) && withinClause(view, cue.last + 2, CALL_REACH, (t) => CONVENED.has(tokens[t]!.key) || undefined)) return true;
  // "called on residents to recognize …" is an appeal whose content is the speaker's.
  if (lemma !== 'call' || next === 'on' || next === 'upon') return false;
  // "calling them a precursor to military invasion": an article after the object opens the label, whose "to" is its own.
  const verdict = (t: number): boolean | undefined => (tokens[t]!.key === 'a' || tokens[t]!.key === 'an' ? false : tokens[t]!.key === 'to' ? true : undefined);
  return withinClause(view, cue.last + 2, CALL_REACH, verdict);
}

/** Most words of the speaker between a comma (or a closing mark) and "continued" ("…, Barr continued,"). */
const MAX_CONTINUED_SPEAKER = 4;

/**
 * "These violent groups seek to divide, Barr continued, warning that …", "“…,” he continued.", "He continued: “…”":
 * "continued" reports only as a closing report set off by punctuation — a short speaker right after a comma or a
 * closing mark (or opening the sentence before a colon), and the sentence's end or punctuation right after it.
 * "The protests continued", "rioters continued to loot" go on doing.
 */
function continuedReport(view: SentenceView, cue: RawMatch<Cue>): boolean {
  if (view.tokens[cue.first]!.key !== 'continued' || cue.first === view.first) return false;
  const closed = cue.last + 1 >= view.end || punctBefore(view, cue.last + 1);
  if (!closed) return false;
  for (let t = cue.first - 1; t >= view.first && cue.first - t <= MAX_CONTINUED_SPEAKER; t--) {
    if (view.notSpeaker.has(view.tokens[t]!.key)) return false;
    // "He continued: “…”"; a sentence that ends the text at "continued" ("Protests continued.") has no gap after it.
    if (t === view.first) return cue.last + 1 < view.tokens.length && /^\s*:/u.test(gapBefore(view, cue.last + 1));
    if (punctBefore(view, t)) return true;
  }
  return false;
}

/** Verbs before "to" that withhold what follows: "declined to condemn", "refused to criticise". */
const WITHHOLD_TO = new Set(['decline', 'refuse']);

/**
 * "stopped short of (explicitly) condemning …", "refrained from (publicly) criticising …", "declined to (directly)
 * condemn …": the verb names speech that was not made, so nothing after it is anyone's words. One adverb in -ly may
 * stand between; a mark between ends it.
 */
function withheldSpeech(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const {tokens} = view;
  let t = cue.first - 1;
  if (t >= view.first && /^\p{L}{3,}ly$/u.test(tokens[t]!.key) && !punctBefore(view, t + 1)) t--;
  if (t < view.first || punctBefore(view, t + 1)) return false;
  const lemmaAt = (i: number): string => tokens[i]!.lemma ?? tokens[i]!.key;
  if (tokens[t]!.key === 'from') return t - 1 >= view.first && lemmaAt(t - 1) === 'refrain' && !punctBefore(view, t);
  if (tokens[t]!.key === 'to') return t - 1 >= view.first && WITHHOLD_TO.has(lemmaAt(t - 1)) && !punctBefore(view, t);
  if (tokens[t]!.key !== 'of' || t - 2 < view.first || tokens[t - 1]!.key !== 'short' || punctBefore(view, t) || punctBefore(view, t - 1)) return false;
  return lemmaAt(t - 2) === 'stop';
}

/** Verbs of bringing a point to light, which events and findings do as well as speakers. */
const SHOWING = new Set(['highlight', 'underline', 'underscore']);
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

/**
 * A present-tense verb of confirming or revealing (تؤكد، يكشف، توضح), whose subject set before it may be a thing
 * rather than a speaker: not one with its own و ("هذا وأفادت …" is a formula for "moreover") nor a past one, whose
 * subject is most often people (تلك العناصر اعترفت).
 */
const presentConfirming = (view: SentenceView, cue: RawMatch<Cue>): boolean => cue.payload.stance === 'endorsing' && /^[يت]/u.test(view.tokens[cue.first]!.key);

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
  if (!presentConfirming(view, cue)) return false;
  const before = cue.first - 1;
  if (before < view.first || punctBefore(view, cue.first)) return false;
  const demonstrative = DEMONSTRATIVES.has(tokens[before]!.key) ? before : before - 1 >= view.first && /^ال/u.test(tokens[before]!.key) && !punctBefore(view, before) && DEMONSTRATIVES.has(tokens[before - 1]!.key) ? before - 1 : -1;
  // The demonstrative opens the subject: first in its sentence or after punctuation, not the object of a preposition
  // ("إلى ذلك أكد …", moreover).
  return demonstrative >= 0 && (demonstrative === view.first || punctBefore(view, demonstrative));
}

/** Nouns of facts and what they show, as the subject of a verb of confirming: الواقع، الوقائع، التطورات، الأرقام، التاريخ. */
const FACTS = new Set(['الواقع', 'الوقائع', 'الحقائق', 'التطورات', 'المعطيات', 'الأرقام', 'المؤشرات', 'الشواهد', 'التاريخ', 'التجربة', 'التجارب'].map(matchKey));
/** Words that open a clause before its subject: the fact noun may stand after them (غير أن الواقع يؤكد، لكن الأرقام تكشف). */
const CLAUSE_OPENING = new Set(['أن', 'إن', 'لكن', 'ولكن', 'بل', 'لعل', 'ولعل'].map(matchKey));
/** How many words (an adjective, على الأرض) may stand between the fact noun and its verb. */
const FACT_MODIFIER_WORDS = 2;

/**
 * "غير أن الواقع على الأرض يؤكد أن الفوضى تستمر …", "ولعلّ التاريخ القريب
 * يؤكد هذا الواقع": a noun of facts (the reality, the developments, the
 * figures, history), with up to two words of its own, set before a
 * present-tense verb of confirming or revealing, is the outlet's reasoning
 * from what it has told, as a demonstrative subject is: nobody speaks. The
 * noun opens its clause (first in the sentence, after punctuation, or after
 * أن / لكن / بل / لعل) and no punctuation stands between it and the verb.
 */
function factsSubject(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const {tokens} = view;
  if (!presentConfirming(view, cue)) return false;
  for (let t = cue.first - 1; t >= Math.max(view.first, cue.first - 1 - FACT_MODIFIER_WORDS); t--) {
    if (punctBefore(view, t + 1)) return false;
    if (!FACTS.has(withoutConjunction(tokens[t]!.key))) continue;
    return t === view.first || punctBefore(view, t) || CLAUSE_OPENING.has(tokens[t - 1]!.key);
  }
  return false;
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

/** أنحى، أنحت، أنحوا، ينحي، تنحي، ينحون as match keys (with و / ف). */
const LAID = /^[وف]?(?:انحي|انحت|انحوا|ينحي|تنحي|ينحون)$/u;
/** باللائمة and باللوم as match keys. */
const BLAME = new Set(['باللاءمه', 'باللوم']);
/** How far after أنحى its باللائمة may stand, past the speaker ("وأنحت السلطات الإيرانية باللائمة"), in words. */
const LAID_REACH = 6;

/** Is أنحى followed, before any punctuation, by باللائمة or باللوم (laid the blame)? */
function blameLaid(view: SentenceView, cue: RawMatch<Cue>): boolean {
  return withinClause(view, cue.last + 1, LAID_REACH, (t) => BLAME.has(view.tokens[t]!.key) || undefined);
}

/** How far after لفت its إلى may stand (لفت الانتباه إلى، لفت المتحدث باسم الوزارة إلى), in words. */
const LAFATA_REACH = 8;

/** لفت إلى / لفت الانتباه إلى / لفت المتحدث إلى: إلى within reach, before any punctuation. */
function lafataTo(view: SentenceView, cue: RawMatch<Cue>): boolean {
  const verdict = (t: number): boolean | undefined => {
    const key = view.tokens[t]!.key;
    if (key === 'الي') return true;
    return t === cue.last + 1 && /^انتباه/u.test(key) ? false : undefined;
  };
  return withinClause(view, cue.last + 1, LAFATA_REACH, verdict, true);
}
