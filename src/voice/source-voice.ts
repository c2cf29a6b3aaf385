import {findMatchesIn, type MatchToken, type RawMatch} from '../lexicon/match.js';
import type {FurnitureKind, Paragraph, Sentence, Span, Statement, Voice} from '../types.js';
import {sentenceAt} from '../text/sentences.js';
import {askedForBefore} from './asked-for-quote.js';
import {describedAfterQuote} from './as-locals-describe-it.js';
import {carriedText} from './carried-text.js';
import {insideEditorialGloss} from './editorial-gloss.js';
import {embeddedPosts} from './embedded-post.js';
import {cautiousAdjective} from './cautious-adjective.js';
import {citesReason} from './cited-reason.js';
import {attributedRegions, citedBack, type Region} from './clauses.js';
import {continuedStatements} from './continued-statement.js';
import type {Cue, VoiceCues} from './cues.js';
import {mayHoldRegionWithoutCue} from './headline.js';
import {afterHeadlineDots} from './two-dots-headline.js';
import {listedReports} from './listed-report.js';
import {matchKey} from '../text/normalize.js';
import {mergedNegationWords, negationReaches} from './negation-scope.js';
import {findQuotes, quoteAround, quoteCutting, type Quote} from './quotes.js';
import {blockQuotations} from './spanning-quote.js';
import {markTable, marksIn} from './sentence-view.js';
import {onlyAdverb} from './only-adverb.js';
import {asAfterBeginning} from './report-object.js';
import {placeBeforeQuote} from './chant-place.js';
import {NAMING_EN, namingClauseBefore, WHAT_EN} from './naming-clause.js';
import {isOneOf, opensWithConjunction, withoutConjunction} from './speaker-phrase.js';
import {writtenOnBefore} from './written-on-it.js';

/** How one stretch of a source is voiced. */
export interface VoiceVerdict {
  readonly voice: Voice;
  readonly distanced: boolean;
  readonly negated: boolean;
  readonly speaker: string | null;
  readonly cue: string | null;
}

export interface SourceVoice {
  readonly regions: readonly Region[];
  readonly quotes: readonly Quote[];
  readonly statements: readonly Statement[];
  /** Verdict for the tokens first..last (inclusive). */
  verdict(first: number, last: number): VoiceVerdict;
  /** Verdict for the tokens first..last of a claim: as `verdict`, except that an informant or a circumstance still vouches for its facts. */
  claimVerdict(first: number, last: number): VoiceVerdict;
  /** Verdict for a character span (claims). */
  voiceAt(start: number, end: number): {voice: Voice; speaker: string | null};
}

export interface VoiceInput {
  readonly source: string;
  readonly body: string;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly MatchToken[];
  readonly cues: {readonly ar: VoiceCues; readonly en: VoiceCues};
  /** Token indexes where framing terms begin (speakers stop there). */
  readonly termStarts?: ReadonlySet<number>;
  /** The furniture kind of the paragraph at an offset: when given, each statement is made with its `furniture` (no copy later). */
  readonly furnitureAt?: (offset: number) => FurnitureKind | null;
}

/** How many regions, latest first, may be tried for the one around a span. */
const REGION_LOOKBACK = 64;
/** A quotation of this many words or fewer around a term is a scare quote when nobody is quoted. */
const SCARE_QUOTE_WORDS = 3;
/** What may stand between two quotations joined as one speaker's, on one line: و (with إلى، بـ، لـ، على), "and", "or", "as well as" (and its comma), a comma. */
const COORDINATED_QUOTES = /^[ \t\u00a0]*(?:[,،][ \t\u00a0]*)?(?:و[ \t\u00a0]*(?:إلى|الى|ب|ل|على)?|and|or|as well as(?:[ \t\u00a0]*,)?)?[ \t\u00a0]*$/u;

/** A law's or bill's name: the word before its opening mark, or after its closing mark, says law (قانون، law, bill, act). */
const LAW_BEFORE = /(?:^|[\s(])(?:[وفبل]?(?:ال)?قانون|(?:ال)?مشروع|law|bill|act|legislation)[\s\u00a0]*$/iu;
const LAW_AFTER = /^[\s\u00a0]*(?:law|laws|bill|act|legislation)\b/iu;
function namesALaw(body: string, quote: Quote): boolean {
  if (quote.open === null || quote.close === null) return false;
  return LAW_BEFORE.test(body.slice(Math.max(0, quote.open - 24), quote.open)) || LAW_AFTER.test(body.slice(quote.close + 1, quote.close + 16));
}
/** How far before a term a distancing marker (ما وصفه بـ، من تسميهم) may stand, in words. */
const DISTANCING_REACH = 3;
/** How many more words a distancing marker reaches for a label joined by "and" to the one it governs. */
const COORDINATED_REACH = 4;
/** How far before a term the circumstance that holds it may open, in words. */
const CIRCUMSTANCE_REACH = 12;
/** A quotation right after "so-called" / ما يسمى of this many words or fewer is the outlet's scare quote. */
const SO_CALLED_WORDS = 6;
/** How far before a quotation a word of accusing may stand ("اتهامهم ب"…""، "بتهم على صلة بـ"…""), in words. */
const CHARGE_REACH = 4;
/** Arabic nouns of accusing and charging (اتهام، اتهامهم، تهمة، بتهم …) and of the cases charged (قضية، قضايا), as match keys. */
const CHARGE = /^[وف]?[بل]?(?:ال)?(?:اتهام|تهم|قضايا$|قضيه$)/u;
/** How far before the إلى of a short quotation a verb of ascribing may open its clause ("ونسب الشرقاوي أعمال العنف في عدد من المدن وبينها الحسيمة إلى «…»"), in words. */
const ASCRIBE_REACH = 12;
/** Arabic verbs of ascribing a cause (نسب، عزا، أرجع) in the past and present, as match keys, perhaps with the و / ف that opens their clause. */
const ASCRIBING = /^[وف]?(?:نسب|نسبت|نسبوا|ينسب|تنسب|ينسبون|عزا|عزت|عزوا|يعزو|تعزو|يعزون|ارجع|ارجعت|ارجعوا)$/u;
/** Words after which a verb of ascribing without و / ف still opens a clause: فيما نسب، كما عزا. */
const CLAUSE_OPENERS_AR = new Set(['فيما', 'كما', 'بينما', 'حين', 'حيث']);
/** "باللوم على": blaming, whose object follows على. */
const BLAME = /^[وف]?باللوم$/u;
/** The marks that end a clause (and a sentence) between two words: where a walk back to a governing word stops. */
const CLAUSE_END = markTable('.!?؟،,:;؛');
/** The marks that end a sentence between two words. */
const SENTENCE_END = markTable('.!?؟');
/** How far before a quotation a word of chanting, urging or speaking of may stand ("وهم يهتفون «…»", "يرددون فيها “…”"), in words. */
const SAID_REACH = 3;
/**
 * Arabic words that voice the words after them without reporting a clause, as match keys: chanting and repeating
 * (هتف، ردد), urging (حث، حض) and demanding (طالبوا) in their conjugations, and the names of what is chanted or given
 * a title (شعار، هتافات، عنوان، هاشتاغ), the singular in the dual too (مرددين هتافي "…"، و"…"). Not تحدث عن: a
 * quotation after the topic spoken of may still be a scare quote ('تحدثت الصحف عن "الفوضى"').
 */
const SAID = /^(?:[وف]?[يت]?(?:هتف|ردد|حث|حض|طالب)(?:وا|ت|ون|ن|ا)?|[وفبل]?(?:ال)?(?:(?:هتاف|شعار|عنوان)(?:ا|ي|ان|ين)?|هتافات|شعارات|هاشتاغ|هاشتاج|وسم))$/u;
/** Arabic nouns of demanding, as match keys: مطالب، مطالبة، المطالبة، للمطالبة، مطالبات. */
const DEMAND_NOUN = /^[وف]?[بل]?(?:ال|لل)?مطالب(?:ه|ات)?$/u;
/**
 * English words that voice a short quotation right after them, by lemma: chanting, shouting and demanding ('chanting,
 * “resign” and “mafia,”', 'to demand "justice"') and the name of a chant or a slogan. Not "call" nor "describe" (their
 * labels have rules of their own), nor "speak of": a topic spoken of may still be set off by the outlet. The name of a
 * written slogan and its "reading" voice it too ('spray-painted phrases like “KP Choor”', 'placards reading “Ruto must
 * go”', 'under the banner ‘7 days of rage’'): the crowd's words, not the outlet's scare quote.
 */
const SAID_EN = new Set(['chant', 'chanting', 'shout', 'shouting', 'demand', 'demanding', 'cry', 'scream', 'yell', 'slogan', 'phrase', 'placard', 'banner', 'poster', 'graffiti', 'hashtag', 'motto', 'read', 'reading']);
/** How far before a quotation a marker that names a speaker may stand in its clause ('what he called an attempt by a "subversive movement"'), in words. */
const VOICED_MARKER_REACH = 10;
/** How far before a term a verb of describing may stand ("واصفاً ما يحدث في البلاد بـ…"). */
const DESCRIBING_REACH = 7;
/** بأنّ with a pronoun (بأنه، بأنها، بأنهم، بأنهما), as match keys: the label a verb of describing gives after it. */
const BA_ANNA = new Set(['بانه', 'بانها', 'بانهم', 'بانهما']);
/** How many definite adjectives may stand between a term and an unvoiced المزعوم after it. */
const MAX_ADJECTIVES_BEFORE_ALLEGED = 2;

/** "what the organization calls …": the articles that may follow the verb of naming (its opening words and verbs: naming-clause.ts). */
const ARTICLE_EN = new Set(['a', 'an', 'the']);
/** The cue a "what the organization calls" marker stands for: one that names a speaker. */
const WHAT_CALLED: Cue = {kind: 'distancingBefore', stance: 'distancing', takes: 'clause'};

/** Cue kinds the verdicts look up, made once (not an array literal per term and per figure). */
const DISTANCING_BEFORE: readonly string[] = ['distancingBefore'];
const DISTANCING_AFTER: readonly string[] = ['distancingAfter'];
const NEGATOR: readonly string[] = ['negator'];
const OWN_VERB: readonly string[] = ['verb', 'continuation'];
/** No quotation, no region: shared, never written. */
const NO_QUOTES: readonly Quote[] = [];
const NO_REGIONS: readonly Region[] = [];

/** The cues of a sentence that has none (one list shared, never written: a page of one-word lines made one each). */
const NO_CUES: readonly RawMatch<Cue>[] = [];

/** Quotations in reading order; of two that start together, the longer (the enclosing one) first. */
const byPosition = (x: Quote, y: Quote): number => x.start - y.start || y.end - x.end;

/** Adds quotations found by a rule of their own (block quotations, embedded posts) and puts the list back in order. */
function addQuotes(quotes: Quote[], added: readonly Quote[]): void {
  if (added.length === 0) return;
  for (const q of added) quotes.push(q);
  quotes.sort(byPosition);
}

export function analyzeVoice(input: VoiceInput): SourceVoice {
  const {body, tokens} = input;
  let cues: RawMatch<Cue>[] = [];
  const quotes: Quote[] = [];
  // The English cues (and with them the English model) load only for a source with an English paragraph.
  const english = input.paragraphs.some((p) => p.language === 'en');
  const describing = new Set<string>([...input.cues.ar.describingVerbs, ...(english ? input.cues.en.describingVerbs : [])]);
  const negation = english ? mergedNegationWords(input.cues.ar.negation, input.cues.en.negation) : input.cues.ar.negation;
  // Words and phrases that open a circumstance (lexicons/voice.*.yaml `circumstance`), in phrase keys.
  const circumstance = new Set<string>([...input.cues.ar.circumstance, ...(english ? input.cues.en.circumstance : [])]);
  // The first words of its two-word phrases: a phrase key is made only after one of them (a key holds no space).
  const circumstanceHeads = new Set<string>([...circumstance].filter((c) => c.includes(' ')).map((c) => c.slice(0, c.indexOf(' '))));

  const paragraphTokens = spanTokenRanges(tokens, input.paragraphs);
  input.paragraphs.forEach((paragraph, p) => {
    const a = paragraphTokens[2 * p]!;
    const b = paragraphTokens[2 * p + 1]!;
    const language = paragraph.language === 'en' ? 'en' : 'ar';
    // The matcher's list is the caller's: filtered in place, and taken whole for the first paragraph with cues (no copy of a long one).
    const found = findMatchesIn(body, tokens, a, b, input.cues[language].phrases);
    let kept = 0;
    for (let k = 0; k < found.length; k++) if (!inAccordance(found[k]!, tokens, input.cues[language]) && !conditionalParticiple(found[k]!, tokens) && !onlyAdverb(found[k]!, tokens, body) && !cautiousAdjective(found[k]!, tokens) && !citesReason(found[k]!, tokens, body, input.cues[language])) found[kept++] = found[k]!;
    if (kept !== found.length) found.length = kept;
    if (cues.length === 0) cues = found;
    else for (let k = 0; k < found.length; k++) cues.push(found[k]!);
    const inParagraph = findQuotes(body, paragraph);
    for (let k = 0; k < inParagraph.length; k++) quotes.push(inParagraph[k]!); // not push(...): a paragraph of quotation marks overflows the stack
  });
  quotes.sort(byPosition);
  // 'which reads in part:\n"Following …\n…\n…': a statement set out as a block quotation over several paragraphs.
  // A carried document ("Here follows the full text of the address:\n“In the name of God …") is its author's by that
  // rule; a block quotation is looked for only before it.
  const carried = carriedText(body, input.paragraphs);
  const block = blockQuotations(body, input.paragraphs, quotes, carried?.start ?? body.length);
  if (block.added.length > 0) {
    let kept = 0;
    for (let k = 0; k < quotes.length; k++) if (!block.replaced.has(quotes[k]!)) quotes[kept++] = quotes[k]!;
    quotes.length = kept;
    addQuotes(quotes, block.added);
  }
  // "Another month, another @Navalny arrest. …\n— Alec Luhn (@ASLuhn) May 5, 2018": an embedded post is its author's.
  addQuotes(quotes, embeddedPosts(body, input.paragraphs));

  const regions: Region[] = [];
  const regionsBySentence: Region[][] = [];
  /** Regions whose report closes them and whose speaker is an informant (…, witnesses said): see informantReport. */
  const informantRegions = new Set<Region>();
  const speakerTimeline: {at: number; speaker: string}[] = [];
  let lastSpeaker: string | null = null;
  let cueCursor = 0;
  const sentenceTokens = spanTokenRanges(tokens, input.sentences);
  input.sentences.forEach((sentence, index) => {
    const first = sentenceTokens[2 * index]!;
    const end = sentenceTokens[2 * index + 1]!;
    while (cueCursor < cues.length && cues[cueCursor]!.start < sentence.start) cueCursor++;
    let cueEnd = cueCursor;
    while (cueEnd < cues.length && cues[cueEnd]!.start < sentence.end) cueEnd++;
    // One copy of the sentence's cues (none when they are all the source's: an article that is one sentence).
    const sentenceCues = cueEnd === cueCursor ? NO_CUES : cueCursor === 0 && cueEnd === cues.length ? cues : cues.slice(cueCursor, cueEnd);
    const opensParagraph = index === 0 || input.sentences[index - 1]!.paragraph !== sentence.paragraph;
    // No cue and no paragraph to open (where a "Speaker:" headline could stand) nor a headline's two dots before it
    // (where its second part, "… .. والمحتجون: جئنا …", could): no region, nothing to set up.
    if (sentenceCues.length === 0 && !opensParagraph && !afterHeadlineDots(body, sentence)) return;
    const paragraph = input.paragraphs[sentence.paragraph]!;
    const language = paragraph.language === 'en' ? 'en' : 'ar';
    // A paragraph's opening sentence with no cue holds a region only as a headline or an opening participle.
    if (sentenceCues.length === 0 && !mayHoldRegionWithoutCue(body, language, sentence, opensParagraph, tokens, first, end, lastSpeaker)) return;
    const found = attributedRegions({
      body,
      language,
      sentence,
      opensParagraph,
      tokens,
      first,
      end,
      cues: sentenceCues,
      quotes: quotesOverlapping(quotes, sentence),
      notSpeaker: input.cues[language].notSpeaker,
      lastSpeaker,
      termStarts: input.termStarts,
    });
    const cueSet = input.cues[language];
    // The sentence's list is attributedRegions' own (sorted in place below); `regions` keeps them in the order found.
    if (found.length > 0) regionsBySentence[index] = found;
    // "Another attempt by the opposition … has failed again. This was stated by Prime Minister …": the sentence before,
    // in the same paragraph, is the named speaker's report (an informant's citation, as a closing one).
    const back = language === 'en' && index > 0 && input.sentences[index - 1]!.paragraph === sentence.paragraph ? citedBack(body, sentence) : null;
    if (back) {
      const before = input.sentences[index - 1]!;
      const cited: Region = {cue: body.slice(back.cue.start, back.cue.end), cueSpan: back.cue, stance: 'neutral', kind: 'reported', start: before.start, end: before.end, speaker: back.speaker};
      (regionsBySentence[index - 1] ??= []).push(cited);
      regions.push(cited);
      if (informantReport(cited, cueSet)) informantRegions.add(cited);
    }
    for (const region of found) {
      regions.push(region);
      if (informantReport(region, cueSet)) informantRegions.add(region);
      if (region.speaker) {
        lastSpeaker = region.speaker;
        speakerTimeline.push({at: region.cueSpan.start, speaker: region.speaker});
      }
    }
  });
  // "…, the regional administration said. The chief administrator … were attacked … . The group has also wounded
  // …, according to the press release …": an English sentence with no cue between two paraphrased reports of the
  // same statement carries that statement on.
  if (english) {
    const continued = continuedStatements({
      body,
      sentences: input.sentences,
      regionsBySentence,
      overlapsQuote: (span) => quotesOverlapping(quotes, span).length > 0,
      informant: (r) => informantRegions.has(r) || informantSpeaker(r, input.cues.en),
      english: (s) => input.paragraphs[s.paragraph]?.language === 'en',
    });
    for (const [index, region] of continued) {
      regionsBySentence[index] = [region];
      regions.push(region);
    }
  }

  // "Kobakhidze believes that:\n● Behind the protests were …": a report's content set out as a list after its colon.
  for (const [index, region] of listedReports(body, input.paragraphs, input.sentences, regionsBySentence)) {
    (regionsBySentence[index] ??= []).push(region);
    regions.push(region);
  }

  // "Here is the full text of the address:": every sentence after it is the address's, a report of its author's.
  if (carried) {
    const cue = body.slice(carried.cue.start, carried.cue.end).trim();
    input.sentences.forEach((sentence, index) => {
      if (sentence.start < carried.start) return;
      const region: Region = {cue, cueSpan: carried.cue, stance: 'neutral', kind: 'reported', start: sentence.start, end: sentence.end, speaker: null};
      (regionsBySentence[index] ??= []).push(region);
      regions.push(region);
    });
  }

  // Lookups are indexed (by token, by sentence, binary search): a 1 MB article on one line stays linear.
  const speakerBefore = (offset: number): string | null => {
    let lo = 0;
    let hi = speakerTimeline.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (speakerTimeline[mid]!.at <= offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return null;
    // A speaker from an earlier paragraph is a guess too far: better none than the wrong one.
    const index = upperBound(input.paragraphs, offset + 1) - 1;
    const paragraph = input.paragraphs[index];
    const last = speakerTimeline[lo - 1]!;
    if (!paragraph || last.at >= paragraph.start) return last.speaker;
    // "وقال وزير الداخلية في مؤتمر صحفي:" ending its paragraph introduces the quotation in the next one.
    const previous = input.paragraphs[index - 1];
    return previous && last.at >= previous.start && body.slice(previous.start, previous.end).trimEnd().endsWith(':') ? last.speaker : null;
  };
  // The innermost region around a span: the containing one that starts last. Regions are sorted by start per
  // sentence and searched back from the span a bounded way, so a sentence with thousands of reports stays linear.
  // Sorted when first asked for: a source with no term and no figure (a page of reports) never sorts them.
  let sentencesSorted = false;
  const regionAround = (span: Span): Region | null => {
    if (!sentencesSorted) {
      for (const list of regionsBySentence) if (list && list.length > 1 && !sortedByStart(list)) list.sort((x, y) => x.start - y.start);
      sentencesSorted = true;
    }
    let best: Region | null = null;
    const first = sentenceAt(input.sentences, span.start);
    for (let si = first; si >= 0 && si >= first - 1; si--) {
      const list = regionsBySentence[si] ?? NO_REGIONS;
      for (let i = upperBound(list, span.start + 1) - 1, seen = 0; i >= 0 && seen < REGION_LOOKBACK; i--, seen++) {
        let r = list[i]!;
        if (r.end >= span.end && (!best || r.start > best.start)) {
          // "…, the Supreme Leader … stated on October 30, Mehr News Agency reported.": an agency's report that
          // holds the same clause as a named speaker's cites the speaker; the speaker's report is the one around it.
          for (let j = i - 1; informantRegions.has(r) && j >= 0 && list[j]!.start === r.start; j--) {
            if (list[j]!.end >= span.end && !informantRegions.has(list[j]!)) r = list[j]!;
          }
          best = r;
          break;
        }
      }
    }
    return best;
  };
  // Cues never share a token: by token, 1 + the index of the cue that starts / ends there (two arrays per source, made once).
  const cueFirstAt = new Int32Array(tokens.length);
  const cueLastAt = new Int32Array(tokens.length);
  for (let c = 0; c < cues.length; c++) {
    cueFirstAt[cues[c]!.first] = c + 1;
    cueLastAt[cues[c]!.last] = c + 1;
  }
  const cueEndingIn = (kinds: readonly string[], from: number, to: number): RawMatch<Cue> | undefined => {
    for (let t = Math.max(0, from); t <= to && t < tokens.length; t++) {
      const hit = cueLastAt[t]! > 0 ? cues[cueLastAt[t]! - 1] : undefined;
      if (hit && kinds.includes(hit.payload.kind)) return hit;
    }
    return undefined;
  };
  const cueStartingIn = (kinds: readonly string[], from: number, to: number): RawMatch<Cue> | undefined => {
    for (let t = Math.max(0, from); t <= to && t < tokens.length; t++) {
      const hit = cueFirstAt[t]! > 0 ? cues[cueFirstAt[t]! - 1] : undefined;
      if (hit && kinds.includes(hit.payload.kind)) return hit;
    }
    return undefined;
  };

  /**
   * "الغزو العسكري الروسي المزعوم": a marker that names nobody (المزعوم) after the
   * term's own definite adjectives, up to two and with nothing but spaces between.
   */
  const allegedAfterAdjectives = (last: number): RawMatch<Cue> | undefined => {
    for (let k = 1; k <= MAX_ADJECTIVES_BEFORE_ALLEGED && last + k + 1 < tokens.length; k++) {
      const word = tokens[last + k]!;
      if (!word.key.startsWith('ال') || !/^\s+$/u.test(body.slice(tokens[last + k - 1]!.end, word.start))) return undefined;
      const marker = cueStartingIn(DISTANCING_AFTER, last + k + 1, last + k + 1);
      if (marker) return marker.payload.unvoiced === true && /^\s+$/u.test(body.slice(word.end, marker.start)) ? marker : undefined;
    }
    return undefined;
  };
  /**
   * A distancing marker right after word t ("…, in his words", المزعوم) in the same sentence: "In his words, …" opening
   * the next sentence attributes what follows it (clauses.ts), it does not set off the word before its full stop.
   */
  const markerAfter = (t: number): RawMatch<Cue> | undefined => {
    const marker = cueStartingIn(DISTANCING_AFTER, t + 1, t + 2);
    return marker && !marksIn(SENTENCE_END, body, tokens[t]!.end, marker.start) ? marker : undefined;
  };
  /**
   * The nearest of the `reach` words before `anchor` that passes `test`, walking back no further than a mark of
   * `stops` (CLAUSE_END, SENTENCE_END) between two words; -1 when none does.
   */
  const wordBefore = (anchor: number, reach: number, stops: Uint8Array, test: (t: number) => boolean): number => {
    for (let t = anchor - 1; t >= Math.max(0, anchor - reach); t--) {
      if (test(t)) return t;
      if (marksIn(stops, body, tokens[t]!.end, tokens[t + 1]!.start)) return -1;
    }
    return -1;
  };

  /**
   * 'rejected what he called an attempt by a "subversive movement" to generate "panic and terror"': a marker that
   * names a speaker (what he called, ما وصفه) earlier in the same clause makes its short quotations the speaker's
   * words, distanced, where no verb governs them; one that names nobody (so-called) does not.
   */
  const voicedMarkerBefore = (anchor: number): RawMatch<Cue> | undefined => {
    const markerAt = (t: number): RawMatch<Cue> | undefined => (cueLastAt[t]! > 0 ? cues[cueLastAt[t]! - 1] : undefined);
    const t = wordBefore(anchor, VOICED_MARKER_REACH, CLAUSE_END, (u) => markerAt(u)?.payload.kind === 'distancingBefore');
    if (t < 0) return namingClauseMarker(anchor);
    const hit = markerAt(t)!;
    return hit.payload.unvoiced === true ? undefined : hit;
  };
  /** 'what authoritarian President Alyaksandr Lukashenka calls a tax on "social parasites."': any speaker, any naming verb's form. */
  const namingClauseMarker = (anchor: number): RawMatch<Cue> | undefined => {
    if (!english) return undefined;
    const hit = namingClauseBefore(tokens, body, anchor, VOICED_MARKER_REACH, CLAUSE_END);
    return hit === null ? undefined : {payload: WHAT_CALLED, first: hit.first, last: hit.last, start: tokens[hit.first]!.start, end: tokens[hit.last]!.end};
  };

  /**
   * "NATO condemns what the organization calls an attack", 'in what witnesses called a "massacre."': "what" (those,
   * whom), a speaker of one to three words and a verb of naming right before the words (an article between), as the
   * listed "what he called" / "what officials called" are, with any noun for the speaker; not "called for". "refer
   * to as" names too ("declared victory over what he refers to as colored revolution").
   */
  const whatTheyCalledBefore = (anchor: number): RawMatch<Cue> | undefined => {
    let t = anchor - 1;
    if (t >= 0 && ARTICLE_EN.has(tokens[t]!.key)) t--;
    const as = t >= 1 && tokens[t]!.key === 'as';
    if (as) t--;
    // "what he refers to as colored revolution": "refer" names only with "to as".
    const referredTo = as && t >= 1 && tokens[t]!.key === 'to' && (tokens[t - 1]!.lemma ?? tokens[t - 1]!.key) === 'refer';
    if (referredTo) t--;
    const verb = tokens[t];
    const naming = verb === undefined ? undefined : (verb.lemma ?? verb.key);
    if (naming === undefined || t < 2 || !(NAMING_EN.has(naming) || referredTo) || (naming === 'describe' && !as)) return undefined;
    for (let w = t - 1; w >= Math.max(0, t - 4); w--) {
      if (marksIn(CLAUSE_END, body, tokens[w]!.end, tokens[w + 1]!.start)) return undefined;
      if (w < t - 1 && WHAT_EN.has(tokens[w]!.key)) return {payload: WHAT_CALLED, first: w, last: t, start: tokens[w]!.start, end: tokens[t]!.end};
    }
    return undefined;
  };

  /**
   * A distancing marker ending within `DISTANCING_REACH` words before token `anchor`, in the same clause: "ورد الأهالي
   * … بالتنديد بما وصفوه ممارساتها الإجرامية، وأحرقوا بعض الحواجز" — the describers' words end at the comma; what
   * the people did after it is the outlet's account.
   */
  const markerBefore = (anchor: number): RawMatch<Cue> | undefined => {
    const marker = cueEndingIn(DISTANCING_BEFORE, anchor - DISTANCING_REACH, anchor - 1);
    return marker && !marksIn(CLAUSE_END, body, tokens[marker.last]!.end, tokens[anchor]!.start) ? marker : undefined;
  };
  /**
   * "ضد من أسماهم بأقلية من المتطرفين والمحرضين المأجورين", "what he called extremists and agitators": a label joined by
   * "and" (و with the article, and) to the one a distancing marker governs is set off by the same marker, a few words
   * further than the marker's own reach, with no clause's end between.
   */
  const coordinatedMarkerBefore = (first: number): RawMatch<Cue> | undefined => {
    const key = tokens[first]?.key ?? '';
    const joined = (key.startsWith('وال') && key.length >= 5) || (first > 0 && (tokens[first - 1]!.key === 'and' || tokens[first - 1]!.key === 'or'));
    if (!joined) return undefined;
    const marker = cueEndingIn(DISTANCING_BEFORE, first - DISTANCING_REACH - COORDINATED_REACH, first - 1);
    if (!marker || marksIn(CLAUSE_END, body, tokens[marker.last]!.end, tokens[first]!.start)) return undefined;
    return marker;
  };

  /** A verb of describing (وصف، واصفا، described), by its key, its key without a leading و / ف, or its lemma. */
  const isDescribing = (t: number): boolean => {
    const key = tokens[t]!.key;
    return describing.has(key) || describing.has(withoutConjunction(key)) || (tokens[t]!.lemma !== undefined && describing.has(tokens[t]!.lemma!));
  };
  const describedAs = (anchor: number, quoted = false): boolean => {
    const token = tokens[anchor];
    const before = tokens[anchor - 1];
    // 'ووصفها بأنها "فتنة"': a quotation right after بأنّ with its pronoun is the label, as after بـ; an unquoted term
    // there ("ووصفت الولايات المتحدة نتيجة الانتخابات بأنها غير شرعية") is reported, not set off.
    // "described what began as peaceful protests as “riots”": the "as" of a verb of beginning is not the label's.
    const labelAs = before?.key === 'as' && !asAfterBeginning(tokens, anchor - 1, 0);
    const introducedByBa = (token !== undefined && /^[وف]?ب/u.test(token.key) && token.key.length > 3) || before?.key === 'ب' || labelAs || (quoted && before !== undefined && BA_ANNA.has(before.key));
    if (!introducedByBa) return false;
    return wordBefore(anchor, DESCRIBING_REACH, SENTENCE_END, isDescribing) >= 0;
  };

  /**
   * "بعد اتهامهم ب"بالمس بالامن الداخلي""، "ألقى مسؤولون باللوم على "انتهازيين ومثيري شغب"": a short
   * quotation right after a word of accusing or blaming is the charge in the accuser's words, not the
   * outlet's scare quote.
   */
  const chargeBefore = (anchor: number): boolean =>
    wordBefore(anchor, CHARGE_REACH, CLAUSE_END, (t) => {
      const key = tokens[t]!.key;
      return CHARGE.test(key) || (key === 'علي' && t > 0 && BLAME.test(tokens[t - 1]!.key));
    }) >= 0;

  /**
   * "ونسب الشرقاوي أعمال العنف في عدد من المدن وبينها الحسيمة إلى «مثيري شغب»": a short quotation right after the
   * إلى of a verb of ascribing (نسب، عزا، أرجع) that opens its clause is the cause in the ascriber's words, not the
   * outlet's scare quote. A bare نسب must open the sentence or follow فيما / كما (not "ارتفعت نسب البطالة إلى …",
   * the noun "rates").
   */
  const ascribedBefore = (anchor: number): boolean => {
    if (anchor < 2 || tokens[anchor - 1]!.key !== 'الي' || marksIn(CLAUSE_END, body, tokens[anchor - 1]!.end, tokens[anchor]!.start)) return false;
    return wordBefore(anchor - 1, ASCRIBE_REACH, CLAUSE_END, (t) => ASCRIBING.test(tokens[t]!.key) && opensClause(t)) >= 0;
  };
  /** A word that opens its clause: the sentence's first, after a clause mark, or after فيما / كما. */
  const opensClause = (t: number): boolean =>
    t === 0 || marksIn(CLAUSE_END, body, tokens[t - 1]!.end, tokens[t]!.start) || CLAUSE_OPENERS_AR.has(tokens[t - 1]!.key) || opensWithConjunction(tokens[t]!.key);

  /**
   * "وتظاهر الآلاف … وهم يهتفون «جانين أنييز استقيلي!»"، "وردد المحتجون "ثورة""، "حملت عنوان “أنا ممول الثورة”": a
   * short quotation right after a word of chanting, urging or speaking of, or after a slogan's or a title's name, is
   * the words someone says, not the outlet's scare quote — though no verb the cues know reports them.
   */
  const saidBefore = (anchor: number): boolean => {
    const said = (t: number): boolean => SAID.test(tokens[t]!.key) || SAID_EN.has(tokens[t]!.lemma ?? tokens[t]!.key);
    if (wordBefore(anchor, SAID_REACH, CLAUSE_END, said) >= 0 || demandedWithBa(anchor)) return true;
    // "وهتف المتظاهرون في دزفول "…"": the word of chanting looked for back from the place (chant-place.ts).
    const place = english ? -1 : placeBeforeQuote(tokens, anchor, (t) => marksIn(CLAUSE_END, body, tokens[t]!.end, tokens[t + 1]!.start));
    return place > 0 && !marksIn(CLAUSE_END, body, tokens[place - 1]!.end, tokens[place]!.start) && wordBefore(place, SAID_REACH, CLAUSE_END, said) >= 0;
  };

  /**
   * 'رفع متظاهرون أردنيون … مطالب ب "إسقاط النظام"', 'للمطالبة بـ"…"': a short quotation right after the بـ of a noun
   * of demanding (مطالب، مطالبة، مطالبات) is what is demanded, in the demanders' words. Not a quotation right after
   * the noun ('مطالب "الحراك"'), which may name whose demands they are.
   */
  const demandedWithBa = (anchor: number): boolean =>
    anchor >= 2 && tokens[anchor - 1]!.key === 'ب' && DEMAND_NOUN.test(tokens[anchor - 2]!.key) && !marksIn(CLAUSE_END, body, tokens[anchor - 2]!.end, tokens[anchor - 1]!.start);

  /**
   * 'stood guard … to “stop further looting”', 'trained them how to “coup the government”': a short quotation that
   * opens, in lower case, right after the "to" of an infinitive is what someone set out to do in their own words, not
   * the outlet's scare quote.
   */
  const infinitiveBefore = (quote: Quote, anchor: number): boolean =>
    quote.open !== null && anchor > 0 && tokens[anchor - 1]!.key === 'to' && /^\p{Ll}/u.test(body.slice(quote.start, quote.start + 1)) && /^\s*$/u.test(body.slice(tokens[anchor - 1]!.end, quote.open));

  /**
   * "أوقف نحو ثمانية آلاف شخص في اعقاب اضطرابات استمرت أسبوعاً وقمعت بقوة … على ما
   * أعلنت الحكومة": a report closing its sentence vouches for the main clause;
   * a circumstance the outlet sets it in (في أعقاب، خلال، وسط / amid, during)
   * is the outlet's background, in its words.
   */
  const inCircumstance = (region: Region, first: number): boolean => {
    if (region.end > region.cueSpan.start) return false;
    const [from] = tokenRange(tokens, {start: region.start, end: region.start});
    for (let t = Math.max(from, first - CIRCUMSTANCE_REACH); t < first; t++) {
      const key = withoutConjunction(tokens[t]!.key);
      if (circumstance.has(key) || (t + 1 < first && circumstanceHeads.has(key) && circumstance.has(`${key} ${tokens[t + 1]!.key}`))) return true;
    }
    return false;
  };
  /** A quotation whose opening mark follows a colon ("عبارات مثل: "…"", "chanting: “…”"): words someone says, set out as such. */
  const afterColon = (quote: Quote): boolean => quote.open !== null && /[:：]\s*$/u.test(body.slice(Math.max(0, quote.open - 3), quote.open));
  /** A report other than the closing one, `inner`, whose verb stands before the clause `inner` closes and which holds the span (a report opening the sentence), if any. */
  const openingReportAround = (span: Span, inner: Region): Region | null => {
    const list = regionsBySentence[sentenceAt(input.sentences, span.start)] ?? NO_REGIONS;
    for (let i = upperBound(list, span.start + 1) - 1, seen = 0; i >= 0 && seen < REGION_LOOKBACK; i--, seen++) {
      const r = list[i]!;
      if (r !== inner && r.end >= span.end && r.cueSpan.end <= Math.min(span.start, inner.start) && !informantRegions.has(r)) return r;
    }
    return null;
  };
  /**
   * The verdict on the quotation just before `quote` where the two are joined by "and" (و، وإلى، وبـ / and, or, a
   * comma) and nothing else, when that quotation is someone's words (quoted); else null.
   */
  const coordinatedQuote = (quote: Quote): VoiceVerdict | null => {
    if (quote.open === null) return null;
    let i = upperBound(quotes, quote.start) - 1;
    while (i >= 0 && quotes[i]!.start >= quote.start) i--;
    const previous = i >= 0 ? quotes[i]! : undefined;
    if (previous === undefined || previous.close === null || previous.close >= quote.open) return null;
    if (!COORDINATED_QUOTES.test(body.slice(previous.close + 1, quote.open))) return null;
    const [from, stop] = tokenRange(tokens, previous);
    if (stop <= from) return null;
    const v = judge(from, stop - 1, true);
    return v.voice === 'quoted' ? v : null;
  };
  /**
   * "the so-called Jaish al-Islam terror group", "the so-called Kurdish-led Syrian Democratic Forces": a marker that
   * names nobody opening the term's own words (after at most one determiner), with words of the term after it, sets
   * them off as one standing before the term does.
   */
  const markerAtHead = (first: number, last: number): boolean => {
    const hit = cueStartingIn(DISTANCING_BEFORE, first, Math.min(first + 1, last));
    return hit !== undefined && hit.payload.unvoiced === true && hit.last < last;
  };
  /** `wording`: the verdict on a framing term's words; false for a claim, whose facts an informant still vouches for. */
  const judge = (first: number, last: number, wording: boolean, ownLabel = false, unmarked: Quote | null = null): VoiceVerdict => {
    const span = {start: tokens[first]!.start, end: tokens[last]!.end};
    const near = quotesOverlapping(quotes, span);
    const around = quoteAround(near, span);
    const quote = unmarked !== null && around === unmarked ? null : around;
    const anchorFirst = quote ? tokenRange(tokens, quote)[0] : first;
    const anchorLast = quote ? tokenRange(tokens, quote)[1] - 1 : last;
    // 'said police were “showing restraint,” while warning …': a report that ends at the comma inside the closing
    // mark still holds the quotation; its words, not its punctuation and mark, must lie inside the report.
    const region = regionAround(quote ? {start: quote.start, end: Math.min(quote.end, tokens[anchorLast]!.end)} : span);
    // A marker may stand before the quotation (ما وصفه بـ"…") or inside it, right before the term ("… من وصفهم بقطاع طرق").
    const before = markerBefore(anchorFirst) ?? markerBefore(first) ?? whatTheyCalledBefore(anchorFirst) ?? whatTheyCalledBefore(first) ?? coordinatedMarkerBefore(first);
    const after = markerAfter(anchorLast) ?? markerAfter(last) ?? allegedAfterAdjectives(last);
    // A term whose own words hold its verb of labelling is not set off by that verb (`ownLabel`).
    const marked = before !== undefined || after !== undefined || markerAtHead(first, last) || (!ownLabel && (describedAs(anchorFirst) || describedAs(first)));
    const negator = cueEndingIn(NEGATOR, first - 2, first - 1);
    const negated = negator !== undefined && !quote && negationReaches(body, tokens, negator.first, negator.last, first, negation);
    const speaker = region?.speaker ?? null;

    // "(radical Ukrainian nationalist followers of Stepan Bandera - TASS)" inside a quotation: the outlet's own gloss.
    if (quote && insideEditorialGloss(body, quote, span)) return {voice: 'outlet', distanced: false, negated, speaker: null, cue: null};
    if (quote) {
      const words = anchorLast - anchorFirst + 1;
      const voiced = before === undefined ? voicedMarkerBefore(anchorFirst) : undefined;
      if (voiced && !region) return {voice: 'quoted', distanced: true, negated, speaker: speakerBefore(quote.start), cue: body.slice(voiced.start, voiced.end)};
      // The so-called "bravest protesters": a marker that names nobody leaves a short quotation a scare quote.
      // "ووصفوه بـ"الجزار"": a short quotation that a verb of describing gives with its بـ is the describer's label, not a scare quote.
      // 'تحمل عبارات مثل: "جيلنا ما يسكتش"', 'chanting: “…”': a colon before the opening mark introduces words someone says.
      // '“… The “coup” is the exact word for it. …”': a short quotation inside someone's longer one is theirs (below).
      const insideLonger = near.some((q) => q !== quote && q.start <= quote.start && q.end >= quote.end);
      if (words <= SCARE_QUOTE_WORDS && !region && !insideLonger && !chargeBefore(anchorFirst) && !saidBefore(anchorFirst) && !askedForBefore(tokens, body, anchorFirst) && !ascribedBefore(anchorFirst) && !infinitiveBefore(quote, anchorFirst) && !describedAs(anchorFirst, true) && !writtenOnBefore(tokens, body, anchorFirst, CLAUSE_END) && !describedAfterQuote(tokens, body, anchorLast) && !afterColon(quote) && (before === undefined || before.payload.unvoiced === true) && (after === undefined || after.payload.unvoiced === true)) {
        // 'شعارات داعية إلى "حل البرلمان" وإلى "المحاسبة"', 'بتهمة "الخيانة العظمى" و"تقويض أمن"': a short quotation
        // joined by "and" to the one just before it is said by whoever said that one.
        const joined = before === undefined ? coordinatedQuote(quote) : null;
        if (joined) return {...joined, negated};
        // "Putin slams Ukraine protests as 'pogrom, not revolution'": single marks that quote nobody are a headline's
        // way of writing quotation marks, not a scare quote; the words are judged as if unmarked.
        // Curly single marks (‘…’) likewise.
        if (quote.open !== null && (body[quote.open] === "'" || body[quote.open] === '‘')) return judge(first, last, wording, ownLabel, quote);
        // 'مشروع قانون «التأثير الأجنبي»', 'a controversial "foreign agent" law': the marks around a law's name are
        // its title's, not a scare quote; the words are judged as if unmarked.
        if (namesALaw(body, quote)) return judge(first, last, wording, ownLabel, quote);
        return {voice: 'outlet', distanced: true, negated, speaker: null, cue: null};
      }
      // 'قال ما يُسمّى "المجلس العسكري في السويداء"، في بيان …': a name quoted right after a marker that names nobody
      // is the outlet's scare quote whoever speaks around it, unless it stands inside someone's longer quotation.
      if (words <= SO_CALLED_WORDS && before?.payload.unvoiced === true && before.last === anchorFirst - 1 && !insideLonger) {
        return {voice: 'outlet', distanced: true, negated, speaker: null, cue: null};
      }
      // A short quotation inside someone's longer one, around the term or part of it, is their scare quote: theirs, and
      // set off ('organized a “march”').
      const inner = quoteCutting(near, span);
      const setOff = (insideLonger && words <= SCARE_QUOTE_WORDS) || (inner !== null && inner !== quote && !namesALaw(body, inner));
      return {voice: 'quoted', distanced: marked || voiced !== undefined || setOff, negated, speaker: speaker ?? speakerBefore(quote.start), cue: region?.cue ?? null};
    }
    // قوات "حفظ السلام": marks around part of the term distance it; around a law's name inside it, they are its title's.
    const cutting = quoteCutting(near, span);
    const cut = cutting !== null && !namesALaw(body, cutting);
    if (region && wording && informantRegions.has(region) && region.end <= region.cueSpan.start) {
      // "أكدت مصادر … أن … “الثوار” سيكونون بالمرصاد لهذه الزمرة … بحسب المصادر": a report that opens the
      // sentence already voices what the closing citation would leave the outlet's.
      const opening = openingReportAround(span, region);
      if (opening) return {voice: 'attributed', distanced: marked || cut, negated, speaker: opening.speaker, cue: opening.cue};
    }
    if (region && wording && (informantRegions.has(region) || inCircumstance(region, first))) return {voice: 'outlet', distanced: marked || cut, negated, speaker: null, cue: null};
    if (region) return {voice: 'attributed', distanced: marked || cut, negated, speaker, cue: region.cue};
    // A trailing "وفق قوله" without quotes attributes the clause, it does not distance a term.
    // "دولة الخلافة المزعومة" (the alleged caliphate): a marker that names nobody leaves the words the outlet's, distanced.
    if (after && !before && after.payload.unvoiced !== true) return {voice: 'attributed', distanced: cut, negated, speaker: speakerBefore(span.start), cue: body.slice(after.start, after.end)};
    // "رغم مناشدة الرئيس … المحتجين بالابتعاد عن من وصفهم بالمتاجرين بفقرهم": a marker that names a speaker (من وصفهم،
    // ما سماه، what he called) gives the words to someone even where no verb of saying governs them.
    if (before && before.payload.unvoiced !== true) return {voice: 'attributed', distanced: true, negated, speaker: speakerBefore(span.start), cue: body.slice(before.start, before.end)};
    return {voice: 'outlet', distanced: marked || cut, negated, speaker: null, cue: null};
  };

  // A pattern that takes in its own verb of labelling ("ووصف ما جرى بأنه محاولة انقلاب", {LABEL} …4 انقلاب) is
  // judged by its last word, the label: after a verb of labelling the report starts only at the label (the thing
  // labelled, ما جرى, is the outlet's). Not other verbs a pattern may take in (اتهم … واشنطن): tried, held-out voice fell.
  const verdict = (first: number, last: number): VoiceVerdict => {
    const own = first < last ? cueStartingIn(OWN_VERB, first, first) : undefined;
    const labelling = own !== undefined && own.last < last && isDescribing(first);
    return labelling ? judge(last, last, true, true) : judge(first, last, true);
  };
  const voiceAt = (start: number, end: number): {voice: Voice; speaker: string | null} => {
    const [first, stop] = tokenRange(tokens, {start, end});
    if (stop <= first) return {voice: 'outlet', speaker: null};
    const v = judge(first, stop - 1, false);
    return {voice: v.voice, speaker: v.speaker};
  };

  const claimVerdict = (first: number, last: number): VoiceVerdict => judge(first, last, false);
  return {regions, quotes, statements: statementsOf(input.source, regions, quotes, speakerBefore, input.furnitureAt), verdict, claimVerdict, voiceAt};
}

/**
 * "…, at least one protester was killed … in the town of Shatra, security
 * and medical sources said.", "…، خلال أعمال العنف والشغب التي اندلعت في مدينة
 * ألما آتا، بحسب وكالات أنباء.": a report that closes its sentence and names
 * an informant — sources, witnesses, activists, news agencies, by the head
 * noun of the speaker — cites where the facts come from; the words that
 * name the people and the events are the outlet's own. An official or a
 * named speaker closing a sentence ("…, said Yu Hoi-Kwan", "…، حسب
 * الداخلية") still voices it, and so does an informant's report that opens
 * its sentence ("Witnesses said that …"). Evidence that "reveals" or
 * "shows" ("new analyses have revealed that … hashtags about protests …")
 * has no voice wherever it stands.
 */
function informantReport(region: Region, cues: VoiceCues): boolean {
  const head = speakerHead(region, cues);
  if (head === null) return false;
  // The word as written first (وكالات and وسائل begin with a و of their own), then without its proclitics.
  if (isOneOf(cues.evidence, head)) return true;
  // "…, nine police officers were injured, two of them were hospitalized, the agency claimed.": an informant's claim
  // or allegation is one the outlet does not vouch for; its words are the informant's, as an official's would be.
  if (region.stance === 'distancing') return false;
  return (region.end <= region.cueSpan.start || OPENING_ATTRIBUTION.test(matchKey(region.cue))) && isOneOf(cues.informants, head);
}

/** A speaker's words, as written: split at spaces and punctuation. */
const speakerWords = (speaker: string): string[] => speaker.split(/[\s\p{P}]+/u).filter((w) => w.length > 0);

/** The match key of a report's speaker's head noun, or null where it names nobody. */
function speakerHead(region: Region, cues: VoiceCues): string | null {
  if (region.kind !== 'reported' || region.speaker === null) return null;
  const words = speakerWords(region.speaker);
  // "…، حسب ما ذكرت وكالة “فرانس برس”": after the Arabic word for a news agency its name is the head, so a wire
  // agency vouches as "…, AFP reported" does, and a state agency (وكالة الأنباء الرسمية) still voices its government.
  const head = cues.language === 'en' ? words.at(-1) : words.length > 1 && isOneOf(AGENCY_WORD, matchKey(words[0]!)) ? words[1] : words[0];
  return head === undefined ? null : matchKey(head);
}

/**
 * A report by an informant or by evidence wherever its verb stands, by any word of its speaker ("Journalists from the
 * scene report that …", "witnesses said"): what they saw is the outlet's to carry on, never a statement.
 */
function informantSpeaker(region: Region, cues: VoiceCues): boolean {
  if (region.kind !== 'reported' || region.speaker === null) return false;
  return speakerWords(region.speaker).some((w) => isOneOf(cues.evidence, matchKey(w)) || isOneOf(cues.informants, matchKey(w)));
}

/** The Arabic word for a news agency, before its name (وكالة رويترز، لوكالة “فرانس برس”). */
const AGENCY_WORD: ReadonlySet<string> = new Set([matchKey('وكالة')]);

/** وفقاً / طبقاً opening a sentence ("وفقاً لشهود العيان، …"): the witnesses vouch for the facts, as when they close it (بحسب still attributes). */
const OPENING_ATTRIBUTION = /^[وف]?(?:وفقا|طبقا)$/u;

/**
 * "وسيتم التعامل معهم وفق احكام القانون", "التي تعاملت معهم، وفقاً للضوابط
 * القانونية المقررة", "according to the law": an attribution phrase before a
 * norm (law, rules, procedures, constitution) means "in accordance with"; it
 * names no speaker and attributes nothing.
 */
const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

function inAccordance(m: RawMatch<Cue>, tokens: readonly MatchToken[], cues: VoiceCues): boolean {
  if (m.payload.kind !== 'attribution') return false;
  const article = tokens[m.last + 1] !== undefined && ARTICLES.has(tokens[m.last + 1]!.key);
  for (const t of article ? [m.last + 2] : [m.last, m.last + 1]) {
    const token = tokens[t];
    if (token === undefined || (t === m.last && m.last === m.first)) continue;
    const key = token.key;
    // "according to law enforcement officials": an English norm word that goes on into a compound names a speaker.
    if (cues.language === 'en' && compoundGoesOn(tokens, t)) continue;
    if (cues.accordance.has(key) || cues.accordance.has(key.replace(/^(?:لل|ل|ال|بال)(?=.{3})/u, 'ال')) || cues.accordance.has(key.replace(/^(?:لل|ل|ال|بال)(?=.{3})/u, ''))) return true;
    if (token.lemma !== undefined && cues.accordance.has(token.lemma)) return true;
  }
  return false;
}

/** Words that open a condition before a bare participle ("if confirmed", "unless announced", "once reported"). */
const CONDITION = new Set(['if', 'unless', 'once']);

/**
 * "…, which if confirmed marks the bloodiest social unrest in China since …": an English participle of saying right
 * after "if" (unless, once) states a condition on the outlet's own claim; nobody is reported saying anything.
 */
function conditionalParticiple(m: RawMatch<Cue>, tokens: readonly MatchToken[]): boolean {
  const before = tokens[m.first - 1];
  return m.first === m.last && before !== undefined && CONDITION.has(before.key) && /ed$/u.test(tokens[m.first]!.key);
}

/** Words that may follow an English norm ("according to the law of …", "the plan and …") without making it a compound's modifier. */
const AFTER_NORM = new Set(['of', 'and', 'or', 'in', 'on', 'for', 'to', 'at', 'with', 'by', 'which', 'that', 'as', 'is', 'was', 'the', 'a', 'an']);

/** The word after token t joins it without punctuation and is no function word: "law enforcement", "rule makers". */
function compoundGoesOn(tokens: readonly MatchToken[], t: number): boolean {
  const next = tokens[t + 1];
  return next !== undefined && next.start - tokens[t]!.end <= 1 && /^\p{Ll}/u.test(next.text) && !AFTER_NORM.has(next.key);
}

function statementsOf(
  source: string,
  regions: readonly Region[],
  quotes: readonly Quote[],
  speakerBefore: (offset: number) => string | null,
  furnitureAt?: (offset: number) => FurnitureKind | null,
): Statement[] {
  // Field by field, furniture last when asked for: one object per statement, in its final key order.
  const statement = (start: number, end: number, speaker: string | null, cue: string, stance: Statement['stance'], kind: Statement['kind']): Statement =>
    furnitureAt ? {source, start, end, speaker, cue, stance, kind, furniture: furnitureAt(start)} : {source, start, end, speaker, cue, stance, kind};
  // Quotes are sorted by start; regions are looked up by start through a running maximum of their ends: no quote × region scan.
  // Regions usually come in order already: then they are their own sorted list (no copy, no sort).
  const byStart = sortedByStart(regions) ? regions : [...regions].sort((x, y) => x.start - y.start);
  const maxEnd = new Float64Array(byStart.length);
  for (let i = 0; i < byStart.length; i++) maxEnd[i] = Math.max(byStart[i]!.end, i > 0 ? maxEnd[i - 1]! : -Infinity);
  const holdsQuote = (r: Region): boolean => {
    for (let i = upperBound(quotes, r.start); i < quotes.length && quotes[i]!.start <= r.end; i++) if (quotes[i]!.end <= r.end + 1) return true;
    return false;
  };
  // In order of start: the regions' statements in the order of byStart (a stable sort of the regions), then the
  // quotations' merged in after any region's statement of the same start. This is the order a stable sort of all of
  // them (regions' first, in the order found) gave, with no sort of the statements.
  const fromRegions: Statement[] = byStart.map((r) => statement(r.start, r.end, r.speaker, r.cue, r.stance, r.kind === 'headline' ? 'headline' : holdsQuote(r) ? 'quote' : 'reported'));
  // A quotation no verb introduces ("… “عصابات إرهابية …” وفق قوله") is still someone's statement.
  const fromQuotes: Statement[] = [];
  for (const q of quotes) {
    const before = upperBound(byStart, q.start + 1);
    if (before > 0 && maxEnd[before - 1]! + 1 >= q.end) continue;
    if (q.end - q.start < 25) continue;
    fromQuotes.push(statement(q.start, q.end, speakerBefore(q.start), '“…”', 'neutral', 'quote'));
  }
  if (fromQuotes.length === 0) return fromRegions;
  const statements: Statement[] = [];
  let i = 0;
  let j = 0;
  while (i < fromRegions.length || j < fromQuotes.length) {
    const takeRegion = j >= fromQuotes.length || (i < fromRegions.length && fromRegions[i]!.start <= fromQuotes[j]!.start);
    statements.push(takeRegion ? fromRegions[i++]! : fromQuotes[j++]!);
  }
  return statements;
}

/** Whether spans are in order of start (equal starts in any order: a stable sort would keep them as they are). */
function sortedByStart(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.start) return false;
  return true;
}

/** Quotes that overlap a span: binary search on start, then a short walk back for quotes opened earlier. */
function quotesOverlapping(quotes: readonly Quote[], span: Span): readonly Quote[] {
  const hi = upperBound(quotes, span.end);
  // The list is made on the first overlap: none for a span no quotation reaches (a page of figures, of one-word lines).
  let out: Quote[] | null = null;
  for (let i = hi - 1, seen = 0; i >= 0 && seen < 64; i--, seen++) if (quotes[i]!.end > span.start) (out ??= []).unshift(quotes[i]!);
  return out ?? NO_QUOTES;
}

/** Index of the first span (quote, paragraph) starting at or after `offset`. */
function upperBound(quotes: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * tokenRange for each of a list of spans in body order (paragraphs,
 * sentences), by two cursors that only move forward: linear in tokens plus
 * spans, where a binary search per span cost a logarithm for each of a
 * hundred thousand one-word paragraphs. As pairs: [first0, end0, first1, …].
 */
export function spanTokenRanges(tokens: readonly {start: number; end: number}[], spans: readonly Span[]): Int32Array {
  const out = new Int32Array(spans.length * 2);
  let first = 0;
  let end = 0;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    while (first < tokens.length && tokens[first]!.start < span.start) first++;
    while (end < tokens.length && tokens[end]!.end < span.end + 1) end++;
    out[2 * i] = first;
    out[2 * i + 1] = Math.max(first, end);
  }
  return out;
}

/** Token indexes [first, end) of the tokens inside a span (binary search). */
export function tokenRange(tokens: readonly {start: number; end: number}[], span: Span): [number, number] {
  const lower = (offset: number, key: 'start' | 'end'): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]![key] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const first = lower(span.start, 'start');
  const end = lower(span.end + 1, 'end');
  return [first, Math.max(first, end)];
}
