import type {RawMatch} from '../lexicon/match.js';
import {matchKey} from '../text/normalize.js';
import {thatAfterCircumstance} from './circumstance-before-that.js';
import type {Cue} from './cues.js';
import {COMPLEMENTIZER, cueStartingAt, firstTokenAfter, gapBefore, ONLY_COMMA, punctBefore, quoteOpeningFrom, quoteTokens, type SentenceView, SPEECH_CUES} from './sentence-view.js';
import {isNamed, isThat, isTransmission, MAX_SPEAKER_WORDS, RELATIVE, thatAfterTitle} from './speaker-phrase.js';

// Where the speaker's phrase after a reporting verb ends and what was said
// begins: past a description of the speaker, a name in brackets or quotation
// marks, a listener, or a long phrase of where the speaker spoke, up to the
// colon or the أن that opens the statement.

/**
 * "ويقول المحتجون إن …", "وقال أحد المتظاهرين لمراسلة القناة: لا نريد …":
 * in Arabic VS order the words between the verb and its إن/أن — or the
 * colon or quotation mark that opens what was said — name the speaker in
 * the outlet's words; what was said begins there. Null when none follows
 * within a speaker's length.
 */
export function speakerPhraseEnd(view: SentenceView, cue: RawMatch<Cue>, subjectFirst: boolean): number | null {
  if (view.language !== 'ar') return null;
  // "وأضافت ان تلك الأعمال تؤكد أن مرتكبيها …": with no speaker named, what was said begins at the verb's own أن, not a later one.
  if (cue.last + 1 < view.end && cueStartingAt(view, cue.last + 1, COMPLEMENTIZER)) return null;
  // 'أكد “لي دونج” المتحدث باسم السفارة الصينية بالقاهرة، أن …': a quoted name (after the speaker's first words, or
  // right after the verb and before the speaker's title) is part of the speaker; what was said begins at its إن / أن.
  const named = subjectFirst ? -1 : quotedNameBeforeThat(view, cue);
  if (named >= 0) return view.tokens[named]!.start;
  let limit = Math.min(view.end, cue.last + 2 + MAX_SPEAKER_WORDS);
  let bracketed = -1;
  for (let t = cue.last + 2; t < limit; t++) {
    // Only in VS order: after "روسيا تعلن" the words before a quotation are the announced thing, not a speaker.
    // (The colon or quotation mark that opens a statement is itself PUNCT: a gap without one is cut out only when it has one.)
    if (t !== bracketed && punctBefore(view, t)) {
      if (!subjectFirst && OPENS_STATEMENT.test(gapBefore(view, t))) return view.tokens[t]!.start;
      if (subjectFirst) return null;
      // "وقال أحد المتظاهرين، إنّه شارك …": a comma between the speaker and its إن / أن.
      if (ONLY_COMMA.test(gapBefore(view, t)) && isThat(view, t)) return view.tokens[t]!.start;
      // "اعتبر الرئيس …، بعد يومين من تظاهرات حاشدة …، أن …": a circumstance set off by commas before the أن.
      const commaCircumstance = ONLY_COMMA.test(gapBefore(view, t)) ? thatAfterCircumstance(view, t, true) : -1;
      if (commaCircumstance >= 0) return view.tokens[commaCircumstance]!.start;
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
    // "ذكر الكرملين اليوم بعد حملة الاعتقالات … أن …": a circumstance of the speaking before the أن is the outlet's.
    const circumstanceThat = subjectFirst ? -1 : thatAfterCircumstance(view, t, false);
    if (circumstanceThat >= 0) return view.tokens[circumstanceThat]!.start;
    // "فيما تحدث متظاهرون عن اعتقال عدد منهم": what was spoken of follows عن (نقل عن names a source instead).
    if (view.tokens[t]!.key === 'عن' && !isTransmission(view.tokens[cue.first]!.key)) return view.tokens[t]!.start;
  }
  return subjectFirst ? null : longSpeakerPhraseEnd(view, cue);
}

/** How many words a quoted name inside a VS speaker may hold ('حاكم اسطنبول "حسين عوني موتلو"'). */
const MAX_QUOTED_NAME = 4;

/**
 * 'هذا و اكد حاكم اسطنبول "حسين عوني موتلو" أن قوات الأمن ستستمر …': in VS
 * order a short quotation between the speaker's first words and its إن / أن
 * (perhaps after a comma) is the speaker's name, not what was said; what was
 * said begins at that إن / أن. So is one right after the verb and before the
 * speaker's title ('أكد “لي دونج” المتحدث باسم السفارة الصينية بالقاهرة، أن …').
 * The complementiser's token, or -1.
 */
export function quotedNameBeforeThat(view: SentenceView, cue: RawMatch<Cue>): number {
  if (view.language !== 'ar') return -1;
  const quote = quoteOpeningFrom(view, cue.end);
  if (!quote || quote.open === null || quote.close === null) return -1;
  const next = firstTokenAfter(view, quote.close);
  if (next === null || next >= view.end) return -1;
  if (!isThat(view, next)) return quoteOpensAfter(view, cue, quote.open) && /^\s+$/u.test(view.body.slice(quote.close + 1, view.tokens[next]!.start)) && (quoteTokens(view, quote)?.words ?? MAX_QUOTED_NAME + 1) <= MAX_QUOTED_NAME ? thatAfterTitle(view, next) : -1;
  if (!/^\s*[,،]?\s*$/u.test(view.body.slice(quote.close + 1, view.tokens[next]!.start))) return -1;
  let before = 0;
  let inside = 0;
  for (let t = cue.last + 1; t < next; t++) {
    if (view.tokens[t]!.start > quote.open) inside++;
    else if (t > cue.last + 1 && punctBefore(view, t) && !listenerOfQuote(view, t, quote.open)) return -1;
    else before++;
  }
  return before >= 1 && before <= MAX_SPEAKER_WORDS && inside >= 1 && inside <= MAX_QUOTED_NAME ? next : -1;
}

/** Does the quotation opening at `open` stand right after the verb, with nothing but space between them? */
function quoteOpensAfter(view: SentenceView, cue: RawMatch<Cue>, open: number): boolean {
  return /^\s*$/u.test(view.body.slice(cue.end, open));
}

/**
 * 'وأضاف المصدر، لـ«الشروق»، أن …': the listener set off by a comma after
 * the speaker — a لـ, or a medium with its لـ (لوكالة «…»), right before
 * the quoted name. Token t opens it; `open` is the quotation's opening mark.
 */
function listenerOfQuote(view: SentenceView, t: number, open: number): boolean {
  const {key} = view.tokens[t]!;
  if (!ONLY_COMMA.test(gapBefore(view, t)) || !(key === 'ل' || (key.startsWith('ل') && isNamed(key)))) return false;
  return /^\s*$/u.test(view.body.slice(view.tokens[t]!.end, open));
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
  // Looked for within MAX_BRACKETED only: an unclosed bracket must not send every speaker's search on to the body's end.
  const within = view.body.slice(from, from + MAX_BRACKETED + 1).indexOf(')');
  const close = within < 0 ? -1 : from + within;
  if (close < 0 || /[،,\n("“”«»]/u.test(view.body.slice(from, close))) return -1;
  const after = firstTokenAfter(view, close);
  if (after === null || after >= view.end || !/^\)\s+$/u.test(view.body.slice(close, view.tokens[after]!.start))) return -1;
  for (let u = t; u < after; u++) if (cueStartingAt(view, u, COMPLEMENTIZER)) return -1;
  return after;
}

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
  const relative = RELATIVE.has(key);
  if (!relative && !ASIDE_OPENERS.has(key) && !key.startsWith('ال')) return null;
  for (let u = t + 1; u < Math.min(view.end, t + MAX_SPEAKER_DESCRIPTION); u++) {
    if (punctBefore(view, u)) {
      const gap = gapBefore(view, u);
      // "وقال أوزيل، وهو زعيم حزب الشعب الجمهوري أمام مبنى بلدية إسطنبول حيث تجمع محتجون: "…"": an aside opened by
      // وهو or a relative pronoun may close at the colon that opens what was said.
      if (!DESCRIPTION_CLOSES.test(gap)) return (relative || ASIDE_OPENERS.has(key)) && colonOpensStatement(gap) ? view.tokens[u]!.start : null;
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
    return colonOpensStatement(gap) ? view.tokens[w]!.start : null;
  }
  return null;
}

/** How far after a VS verb the colon that opens what was said may stand when the speaker is named at length, in words. */
export const MAX_NAMED_SPEAKER_WORDS = 16;

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
      return far && colonOpensStatement(gap) ? view.tokens[t]!.start : null;
    }
    if (cueStartingAt(view, t, COMPLEMENTIZER)) return far ? view.tokens[t]!.start : null;
    if (cueStartingAt(view, t, SPEECH_CUES)) return null;
  }
  return null;
}

/** A colon, or a colon or space before an opening quotation mark: what was said begins after it. */
const OPENS_STATEMENT = /^\s*:\s*[“”"«]?\s*$|^\s+[“”"«]\s*$/u;

/** A gap that is a colon opening what was said (": “"), not only a space before a quotation mark. */
const colonOpensStatement = (gap: string): boolean => gap.includes(':') && OPENS_STATEMENT.test(gap);

