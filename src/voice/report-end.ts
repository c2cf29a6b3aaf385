import type {RawMatch} from '../lexicon/match.js';
import {matchKey} from '../text/normalize.js';
import type {Cue} from './cues.js';
import {anAfterNameAside} from './name-aside.js';
import type {Quote} from './quotes.js';
import {CALLING, LABELLING} from './report-object.js';
import {CLAUSE_MARKS_OR_COLON, clauseMarkBefore, COMMAS, COMPLEMENTIZER, cueEndingAt, cueStartingAt, firstTokenAfter, gapBefore, inflected, lastTokenBefore, marksBefore, punctBefore, quoteOpeningFrom, quoteTokens, REPORTING, type SentenceView, SPEECH_CUES, withinClause} from './sentence-view.js';
import {rankNameAside} from './rank-name-aside.js';
import {speakerAsideEnd} from './speaker-aside.js';
import {quotedNameBeforeThat} from './speaker-end.js';
import {DISCOURSE, isQuotedName, MAX_SPEAKER_WORDS, nameIsSubject, opensWithConjunction, RELATIVE, speakerAfter} from './speaker-phrase.js';

// Where what was reported ends: at the next report, a contrasting or
// background clause, the end of a verb's object, a fronted subordinate
// clause, or the close of the quotation the verb introduces.

/** How many words after its verb a quotation may open and still be what the verb introduces. */
const MAX_INTRODUCING_DISTANCE = 30;
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
export function arabicClauseAfter(view: SentenceView, cue: RawMatch<Cue>): number {
  if (view.language !== 'ar' || CALLING.test(view.tokens[cue.first]!.key)) return -1;
  const {scope} = objectBoundaries(view);
  let limit = Math.min(view.end, cue.last + 1 + MAX_BEFORE_THAT);
  let circumstance = cue.last + 1 < view.end ? scope[cue.last + 1 - view.first]! : -1;
  for (let t = cue.last + 1; t < limit; t++) {
    // "أعلن النائب العام …، الذي عينه الرئيس …، أنه …": a relative or bracketed aside on the speaker is passed over.
    const aside = t > cue.last + 1 ? speakerAsideEnd(view, t) : -1;
    if (aside >= 0) {
      limit = Math.min(view.end, limit + aside - t);
      circumstance = scope[aside - view.first]!;
      t = aside - 1;
      continue;
    }
    if (circumstance >= 0 && t >= circumstance) return -1;
    if (t > cue.last + 1 && punctBefore(view, t) && !clauseMarkBefore(view, t)) return -1;
    if (cueStartingAt(view, t, COMPLEMENTIZER)) return t;
    if (cueStartingAt(view, t, SPEECH_CUES)) return -1;
  }
  return -1;
}

/**
 * The end of the clause opened at token t: the next comma that no
 * complementiser carries on, or the sentence's end — past a comma that only
 * closes a relative clause on the clause's subject (subjectRelativeCloses).
 */
export function clauseCommaEnd(view: SentenceView, t: number): number {
  const {comma} = objectBoundaries(view);
  const next = (from: number): number => (from < view.end ? comma[from - view.first]! : -1);
  let c = next(t + 1);
  if (c >= 0 && subjectRelativeCloses(view, t, c)) c = next(c + 1);
  return c >= 0 ? view.tokens[c - 1]!.end : view.sentence.end;
}

/** "…، ما أدى إلى …", "…، مما …": what the clause before led to, not its subject's verb. */
const THEN_WHAT = new Set(['ما', 'مما']);

/**
 * "أعلن وزير الداخلية …، ان الاحتجاجات التي شهدتها بلاده مؤخراً ضد رفع
 * أسعار المحروقات، اسفرت عن سقوط 33 قتيلاً …": the comma after a relative
 * clause on the subject that follows أن at once closes the relative, not
 * the clause; the subject's verb comes after it. Not when the word after
 * the comma opens something else: a conjunction (و، ف), an article or a
 * preposition, a word of time or place, a clause opener (فيما، لكن، كما،
 * مما) or a cue of its own (مشيراً، بحسب).
 */
function subjectRelativeCloses(view: SentenceView, that: number, c: number): boolean {
  const {tokens} = view;
  if (that + 2 >= c || !/^(?:ال|لل)/u.test(tokens[that + 1]!.key) || !RELATIVE.has(tokens[that + 2]!.key)) return false;
  for (let u = that + 1; u < c; u++) if (punctBefore(view, u)) return false;
  const verb = tokens[c]!.key;
  if (opensWithConjunction(verb) || /^(?:ال|لل|بال|كال)/u.test(verb) || view.notSpeaker.has(verb) || ARABIC_CLAUSE_START.has(verb) || DISCOURSE.has(verb) || THEN_WHAT.has(verb)) return false;
  return !cueStartingAt(view, c, SPEECH_CUES);
}

/** A quotation closes right before the English speaker that stands before the verb, and no "that" follows the verb. */
export function quotedBeforeSpeaker(view: SentenceView, cue: RawMatch<Cue>, speaker: string): boolean {
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
export function frontedClauseEnd(view: SentenceView, cue: RawMatch<Cue>): number {
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

/** English verbs that take an infinitive of what they urge, vow or order ("urged citizens to evacuate", "vowed to stand firm"). */
const TAKES_INFINITIVE = new Set(['urge', 'vow', 'pledge', 'promise', 'call', 'ask', 'order', 'tell', 'warn', 'appeal', 'instruct', 'encourage', 'threaten']);
/** How far after the verb its "to" may stand: an object of a few words ("urged all citizens to …"). */
const MAX_BEFORE_INFINITIVE = 4;
/** How far the infinitive's clause may run before its "and", in words. */
const MAX_INFINITIVE_CLAUSE = 12;
/** Words that open a clause of their own inside the infinitive's: after one, an "and" may belong to it ("those who attacked and killed"). */
const CLAUSE_OPENERS = new Set(['who', 'whom', 'which', 'that', 'where', 'when', 'while', 'whose']);
/** Words that open the object of a second predicate ("and arrested several armed men", "and appointed a new army chief"). */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'several', 'some', 'many', 'dozens', 'hundreds', 'thousands', 'scores', 'him', 'them', 'it', 'all', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** Irregular past forms of verbs of acting that may stand as a second predicate (no "-ed" to tell them by). */
const IRREGULAR_PAST = new Set(['made', 'took', 'sent', 'left', 'withdrew', 'began', 'shot', 'struck', 'held', 'led', 'set', 'threw', 'fought', 'broke', 'gave', 'met', 'kept', 'brought', 'caught', 'drove', 'told']);

/** A past tense of the subject's own: "-ed" on a word the lemmatiser takes back to another form, or a listed irregular past. */
function pastTense(view: SentenceView, t: number): boolean {
  const token = view.tokens[t]!;
  if (IRREGULAR_PAST.has(token.key)) return true;
  return inflected(token, 'ed');
}

/**
 * "he vowed to stand firm and appointed a new army chief who ordered troops to stand down", "The army urged
 * citizens to evacuate the streets and arrested several armed men": after a verb of urging or vowing and its
 * infinitive, "and" and a past tense with its object open a second predicate of the same subject, the
 * narrator's account of what was done rather than of what was urged. The report ends before the "and". Not when
 * the word before "and" is itself a past form ("those arrested and detained"), a relative or a clause of its own
 * opens inside the infinitive's clause ("to punish those who attacked and killed protesters"), a mark comes
 * between, nor where the infinitive's verb goes on in the base form ("to stay calm and avoid the area").
 */
export function secondPredicateEnd(view: SentenceView, cue: RawMatch<Cue>): number {
  const {tokens} = view;
  if (view.language !== 'en' || !TAKES_INFINITIVE.has(tokens[cue.first]!.lemma ?? tokens[cue.first]!.key)) return view.sentence.end;
  let to = -1;
  for (let t = cue.last + 1; t < view.end && t - cue.last <= MAX_BEFORE_INFINITIVE; t++) {
    if (punctBefore(view, t)) return view.sentence.end;
    if (tokens[t]!.key === 'to') {
      to = t;
      break;
    }
  }
  if (to < 0) return view.sentence.end;
  return secondPredicateAfter(view, to, (t) => punctBefore(view, t));
}

/**
 * From two words after token `from`, within MAX_INFINITIVE_CLAUSE words of it: where the words before an "and" that
 * opens a second predicate of the subject (a past tense with an object of its own) end, or the sentence end at the
 * clause's end (`clauseEndsBefore`), at a clause of its own ("those who …") or when none does. A past form right
 * before the "and" ("those arrested and detained") keeps it going.
 */
function secondPredicateAfter(view: SentenceView, from: number, clauseEndsBefore: (t: number) => boolean): number {
  const {tokens} = view;
  for (let t = from + 2; t + 2 < view.end && t - from <= MAX_INFINITIVE_CLAUSE; t++) {
    if (clauseEndsBefore(t) || CLAUSE_OPENERS.has(tokens[t]!.key)) return view.sentence.end;
    if (tokens[t]!.key !== 'and' || pastTense(view, t - 1)) continue;
    if (punctBefore(view, t + 1) || punctBefore(view, t + 2)) return view.sentence.end;
    if (pastTense(view, t + 1) && OBJECT_OPENERS.has(tokens[t + 2]!.key)) return tokens[t - 1]!.end;
  }
  return view.sentence.end;
}

/**
 * "The students chanted slogans denouncing "liars" and demanded the resignation and prosecution of those responsible
 * for downing the plane and allegedly covering up the accidental action" (AFP): after a verb that names its object
 * (denounce, condemn, declare, urge …), "and" and a past tense with an object of its own open a second predicate of
 * the subject, the narrator's account of what was done; what was denounced ends before the "and". Quotation marks
 * around the object do not end the scan; a comma, a colon or a clause of its own ("those who attacked and killed")
 * does, and a past form before the "and" ("those arrested and detained") keeps it going, as in secondPredicateEnd.
 */
export function objectSecondPredicateEnd(view: SentenceView, cue: RawMatch<Cue>): number {
  if (view.language !== 'en' || cue.payload.takes !== 'object') return view.sentence.end;
  return secondPredicateAfter(view, cue.last, (t) => marksBefore(view, t, CLAUSE_MARKS_OR_COLON));
}

/** English participles of labelling in the passive ("labeled by some", "described by the government as"). */
const PASSIVE_LABELLING_EN = new Set(['labeled', 'labelled', 'dubbed', 'termed', 'called', 'branded', 'described']);
/** How far a passive label set off by commas may run, in words. */
const MAX_PASSIVE_LABEL = 12;

/**
 * "The Tayouneh ambush, labeled by some 'a massacre,' left several people martyred": a passive participle of
 * labelling right after a comma, with "by" or "as", is an aside on the noun before it; what it reports ends at
 * the aside's closing comma, and the sentence's own predicate after it is the narrator's. The sentence end when
 * no such aside opens at the cue.
 */
export function passiveLabelEnd(view: SentenceView, cue: RawMatch<Cue>): number {
  const {tokens} = view;
  if (view.language !== 'en' || cue.first === view.first || !PASSIVE_LABELLING_EN.has(tokens[cue.first]!.key) || !/,\s*$/u.test(gapBefore(view, cue.first))) return view.sentence.end;
  const next = tokens[cue.last + 1]?.key;
  if (next !== 'by' && next !== 'as') return view.sentence.end;
  for (let t = cue.last + 2; t < view.end && t - cue.last <= MAX_PASSIVE_LABEL; t++) {
    if (/[.;:!?]/u.test(gapBefore(view, t))) return view.sentence.end;
    if (/,/u.test(gapBefore(view, t))) return tokens[t - 1]!.end;
  }
  return view.sentence.end;
}

/** English participles that give a thing its name ("protests dubbed the 'Friday of Rage'"). */
const NAMING_PARTICIPLES_EN = new Set(['dubbed', 'termed', 'nicknamed', 'christened', 'labeled', 'labelled', 'branded']);
/** The article (or the "as" of "dubbed as") that may stand between such a participle and the quoted name. */
const NAME_ARTICLES = new Set(['the', 'a', 'an', 'as']);

/**
 * "… for protests dubbed the 'Friday of Rage' after the violent dispersal of their sit-ins": a participle of naming
 * right after a noun (no punctuation before it), followed by an article at most and a closed quotation, reports the
 * name only; what follows the closing mark is the narrator's. The sentence end when no such quotation follows.
 */
export function quotedNameEnd(view: SentenceView, cue: RawMatch<Cue>): number {
  const {tokens} = view;
  if (view.language !== 'en' || cue.first === view.first || cue.first !== cue.last || !NAMING_PARTICIPLES_EN.has(tokens[cue.first]!.key) || punctBefore(view, cue.first)) return view.sentence.end;
  let t = cue.last + 1;
  if (t < view.end && NAME_ARTICLES.has(tokens[t]!.key)) t++;
  if (t >= view.end) return view.sentence.end;
  const quote = quoteOpeningFrom(view, tokens[t - 1]!.end);
  if (quote === null || quote.open === null || quote.close === null || quote.open > tokens[t]!.start) return view.sentence.end;
  return quote.close + 1;
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
export function backgroundRelative(view: SentenceView, cue: RawMatch<Cue>): number {
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

/** How far after an English verb a ", but X said" clause is looked for, in words. */
export const MAX_REPORTED_CLAUSE = 60;

/** English words that open a clause of their own after a comma ("…, but witnesses said"). */
export const ENGLISH_CLAUSE_START = new Set(['but', 'and', 'while', 'whereas', 'although', 'though', 'yet', 'as', 'which', 'what', 'who', 'whom', 'whose', 'that', 'where', 'when']);

/** Arabic words that open a clause of their own after a comma (…، فيما تحدث متظاهرون عن …؛ …، لكن محتجين ردوا). */
const ARABIC_CLAUSE_START = new Set(['فيما', 'بينما', 'لكن', 'ولكن', 'حين']);
/**
 * "…، فيما …" / "…، بينما …" / "…، في حين …" (while): the narrator sets a fact beside the report. حين alone is "when"
 * ("وقالت شبكة …، إن الاشتباكات تجددت …، مساء أمس، حين هاجم مقاتلو العشائر …"): the time of what was said, inside it.
 */
const WHILE = new Set(['فيما', 'بينما', 'حين']);
/** Is the clause opener at `opener` (after the comma at t) a "while": فيما, بينما, or حين after في. */
function whileOpener(view: SentenceView, t: number, opener: number): boolean {
  const key = view.tokens[opener]!.key;
  return WHILE.has(key) && (key !== 'حين' || opener === t + 1);
}
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
export function nextReport(view: SentenceView, cue: RawMatch<Cue>): number {
  const {tokens} = view;
  const starts = view.language === 'en' ? ENGLISH_CLAUSE_START : ARABIC_CLAUSE_START;
  // Within the longest clause a report governs, so that a sentence with many verbs stays linear.
  const limit = Math.min(view.end, cue.last + 2 + MAX_REPORTED_CLAUSE);
  for (let t = nextClauseMark(view, cue.last + 2, limit); t >= 0; t = nextClauseMark(view, t + 1, limit)) {
    // "…، في حين قال …": the clause opener is two words.
    const opener = view.language === 'ar' && tokens[t]!.key === 'في' && t + 1 < view.end && tokens[t + 1]!.key === 'حين' ? t + 1 : t;
    if (view.language === 'ar' && COMES.has(tokens[t]!.key) && t + 1 < view.end && THIS.has(tokens[t + 1]!.key)) return tokens[t - 1]!.end;
    if (!starts.has(tokens[opener]!.key)) continue;
    if (view.language === 'ar' && whileOpener(view, t, opener)) return tokens[t - 1]!.end;
    // "…، مدعياً وجود جهات خارجية تمولها، لكن محتجين ردوا عليها": a participle's elaboration ends at a "but".
    if (view.language === 'ar' && cue.payload.kind === 'continuation') return tokens[t - 1]!.end;
    for (let u = t + 1; u < Math.min(view.end, t + 7); u++) {
      if (punctBefore(view, u)) break;
      if (cueStartingAt(view, u, REPORTING)) return tokens[t - 1]!.end;
    }
  }
  return view.sentence.end;
}

/** "أعلن القضاء على …، في أعقاب …": the announced thing ends at a circumstantial phrase or a comma (`subjectFirst`: as verbRegion read the verb). */
export function objectScopeEnd(view: SentenceView, cue: RawMatch<Cue>, subjectFirst: boolean): number {
  const {comma, scope} = objectBoundaries(view);
  let c = cue.last + 2 < view.end ? comma[cue.last + 2 - view.first]! : -1;
  // "ودعا ناشطون على مواقع التواصل الاجتماعي، إلى استمرار التحركات …", "أعلنت الداخلية التونسية، توقيف 632 شخصا …":
  // in VS order the comma that closes the speaker's name (and one after an aside such as "في بيان،") does not end the object.
  const verbSubject = view.language === 'ar' && !subjectFirst;
  // "أعلن قائد الحرس الثوري الإيراني، اللواء محمد علي جعفري، اليوم الأربعاء، انتهاء …": a rank and name after the
  // title's comma is one more aside of the speaker's (src/voice/rank-name-aside.ts).
  let maxSkips = 2;
  for (let skips = 0; verbSubject && c >= 0 && skips < maxSkips; skips++) {
    const speakerComma = closesSpeakerOrAside(view, cue, c, skips === 0) || (skips === 0 && objectAfterSpeakerComma(view, cue, subjectFirst) === c);
    const previous = skips === 1 ? lastCommaBefore(view, cue, c) : -1;
    if (!speakerComma && !(previous >= 0 && rankNameAside(view, previous, c))) break;
    if (!speakerComma) maxSkips = 3;
    c = c + 1 < view.end ? comma[c + 1 - view.first]! : -1;
  }
  // "أعلن وزير الداخلية، الطيب الشرقاوي، عن سقوط …": the commas round the speaker's name come before the announced thing.
  const an = anAfterNameAside(view, cue, subjectFirst);
  if (an >= 0) c = an + 1 < view.end ? comma[an + 1 - view.first]! : -1;
  const s = cue.last + 1 < view.end ? scope[cue.last + 1 - view.first]! : -1;
  if (c >= 0 && (s < 0 || c <= s)) return view.tokens[c - 1]!.end;
  return s >= 0 ? view.tokens[s]!.start : view.sentence.end;
}

/**
 * "أعلن المشاركون في حراك 23 أغسطس في العاصمة الليبية طرابلس، دخولهم في عصيان مدني …": in VS order, when the first
 * comma after a verb of announcing closes its speaker's name and where it spoke, the announced thing begins after that
 * comma; the speaker and its place are the outlet's words. The token after the comma, or -1.
 */
export function objectAfterSpeakerComma(view: SentenceView, cue: RawMatch<Cue>, subjectFirst: boolean): number {
  if (view.language !== 'ar' || subjectFirst) return -1;
  const {comma} = objectBoundaries(view);
  const c = cue.last + 2 < view.end ? comma[cue.last + 2 - view.first]! : -1;
  if (c < 0 || !closesSpeakerOrAside(view, cue, c, true, MAX_SPEAKER_AND_PLACE_WORDS)) return -1;
  // The announced thing is a bare noun after the comma (دخولهم، إقالة): not a preposition, a time or a word joined by
  // و / ف ("أعلنت اللجنة الانتخابية في جورجيا فوز حزب …، في الانتخابات", "أعلن حظر التجول في لوس أنجلوس …، ومدن …"),
  // where the words before the comma held the object.
  const next = view.tokens[c]!.key;
  if (view.notSpeaker.has(next) || opensWithConjunction(next)) return -1;
  // Only where words stand between the name and the comma: after the name alone ("أعلنت الداخلية التونسية، توقيف …")
  // the speaker phrase already ends at the comma.
  const nameEnd = view.tokens[cue.last + 1]!.start + speakerAfter(view, cue)!.length;
  return view.tokens[c - 1]!.end > nameEnd ? c : -1;
}

/** The token after the clause mark nearest before token `c` (after the verb's first word), or -1. */
function lastCommaBefore(view: SentenceView, cue: RawMatch<Cue>, c: number): number {
  for (let t = c - 1; t > cue.last + 1; t--) if (clauseMarkBefore(view, t)) return t;
  return -1;
}

/** Longest aside set off by commas after an Arabic speaker ("، في بيان،", "، اليوم الخميس،"), in words. */
const MAX_SPEAKER_ASIDE = 4;
/** Longest stretch from a VS verb to the comma that closes its speaker's name and where it spoke ("المشاركون في حراك 23 أغسطس في العاصمة الليبية طرابلس،"), in words. */
const MAX_SPEAKER_AND_PLACE_WORDS = 12;

/**
 * Does the comma before token `c` only close what comes between an Arabic
 * verb in VS order (the caller checks the order) and its object: the speaker's name (`speaker`: the
 * noun phrase right after the verb, "أعلنت الداخلية التونسية،") or a short
 * aside after it that opens with a word that is no speaker (في بيان، اليوم)?
 */
function closesSpeakerOrAside(view: SentenceView, cue: RawMatch<Cue>, c: number, speaker: boolean, words = MAX_SPEAKER_WORDS): boolean {
  if (speaker) {
    if (c - cue.last - 1 > words || c - cue.last - 1 < 1) return false;
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
export function quoteScopeEnd(view: SentenceView, cue: RawMatch<Cue>, end: number): number {
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
  // 'ووصف أردوغان تجمعات "احترام الإرادة الوطنية" في إسطنبول وأنقرة بأنها رد من الشعب على أعمال العنف': a quoted name
  // inside the thing described, a few words of it after the quotation, then the بأن of the description.
  if (view.language === 'ar' && next !== null && AR_OBJECT_FRAME.test(view.tokens[cue.first]!.key) && describedSoonAfter(view, next)) return end;
  // 'President Boluarte said "radical groups with a political and economic agenda …" had incited Peruvians to protest': the
  // quotation is the subject of what was said, and its verb goes on with it.
  if (view.language === 'en' && next !== null && quotedSubjectGoesOn(view, next) && /^\s*$/u.test(view.body.slice(quote.close + 1, view.tokens[next]!.start))) return end;
  return quote.close + 1;
}

/**
 * Does the clause go on with the verb of a quoted subject from `next`, the first word after the quotation: an
 * auxiliary at once ('said "radical groups …" had incited …') or after a short phrase of place ("The soldiers said
 * 'all institutions' in the country would be suspended") or of what was counted ('say “a large number” of
 * demonstrators have been arrested')?
 */
function quotedSubjectGoesOn(view: SentenceView, next: number): boolean {
  if (SUBJECT_GOES_ON.has(view.tokens[next]!.key)) return true;
  if (!SUBJECT_PLACE.has(view.tokens[next]!.key)) return false;
  return withinClause(view, next + 1, SUBJECT_PLACE_WORDS, (t) => SUBJECT_GOES_ON.has(view.tokens[t]!.key) || undefined);
}

/**
 * Prepositions of a short phrase of place between a quoted subject and its verb ('all institutions' in the country
 * would …), and "of" after a quoted quantity ('Judiciary officials say “a large number” of demonstrators have been
 * arrested').
 */
const SUBJECT_PLACE = new Set(['in', 'across', 'throughout', 'around', 'at', 'on', 'within', 'of']);
/** How many words that phrase may hold, its verb included. */
const SUBJECT_PLACE_WORDS = 4;

/** How many words after a quotation the بأن of a description may stand (اسم "…" في إسطنبول بأنها). */
const DESCRIBED_SOON = 3;

/** بأنّ / بأنها / باعتبار within a few words from `next`, before any punctuation: the description the verb goes on to. */
function describedSoonAfter(view: SentenceView, next: number): boolean {
  return withinClause(view, next, DESCRIBED_SOON + 1, (t) => /^(?:بان|باعتبار)/u.test(view.tokens[t]!.key) || undefined, true);
}

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
    // 'said some people used "a number of telephones outside the country" to direct mobs …': a subject and a verb in
    // the past of their own (not a word in -ed right after the verb: "told assembled reporters") make a clause too.
    for (let t = cue.last + 1; t <= last; t++) if (cueStartingAt(view, t, COMPLEMENTIZER) || CLAUSE_VERB.has(view.tokens[t]!.key) || (t > cue.last + 1 && inflected(view.tokens[t]!, 'ed'))) return false;
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
