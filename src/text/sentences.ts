import type {Paragraph, Sentence, Span} from '../types.js';
import {skipSpaceBack, skipSpaceForward} from './white-space.js';

/*
 * Sentence ends: . ! ? ؟ … and the Urdu full stop, followed by optional
 * closing quotes/brackets and then white space or the end of the paragraph.
 * A regex over each paragraph, not Intl.Segmenter, for speed (docs/arabic.md §4)
 * and because the segmenter breaks after Arabic abbreviations ("د.").
 * A stop with no space after it, as pages copied from the web run sentences
 * together, still ends one:
 * - between two Arabic words ("قنبلة غاز مسيل للدموع.كذلك قتلت الشرطة …");
 * - between a word and a capitalised one ("… with two police
 *   officers.According to the TV channel …", "according to the
 *   CBC.Barber was seen …"), if the word after is of letters alone (file and
 *   code names stay whole) and not a site's domain ("News.Az", "Lenta.Ru");
 *   titles and initials ("Mr.Smith", "St.Petersburg") are abbreviations
 *   there as after a space;
 * - in both, with a quotation's close before the stop («… "آر سي
 *   إن".وتم إغلاق الطرق»), and in English after it too ("… tear
 *   gas.”Within minutes …").
 */
const END =
  /[.!?؟…۔]+["'”“»«)\]]*(?=\s|$)|(?<=[\u0621-\u064A]{2}["”»)]?)[.!؟](?=[\u0621-\u064A])|(?<=\p{L}{2}["'”’»)]?)[.!?]["'”’»)]*(?=\p{Lu}\p{Ll}+(?![\p{L}\p{N}]))(?!(?:Az|Am|By|Ge|Ru|Ua|Com|Net|Org|Info)\b)/uy;
/** The stops END begins with: each of its branches consumes one first (the lookbehinds consume nothing). */
const STOP = /[.!?؟…۔]/g;
/*
 * END is sticky and tried only where STOP finds a stop, which finds the
 * matches a global scan of END finds. The global scan tried END's
 * lookbehind at every character of Arabic text, where it nearly always
 * holds; STOP's scan runs as the regex engine's own loop, about three
 * times as fast as a loop over charCodeAt here, and END runs once a stop.
 */

/** Abbreviations that end in a dot but not a sentence: one or two letters ("د." "أ." "U.S."). */
const ABBREVIATION = /(?:^|[\s(«“"])(?:\p{L}{1,2}\.)+$/u;
/**
 * English abbreviations longer than two letters: months in datelines ("ALMATY, Jan. 9 (Reuters) -"), titles, and
 * "govt." in headlines, also after a hyphen ("Tehran saw no anti-govt. rally: Police", Press TV).
 */
const ENGLISH_ABBREVIATION = /(?:^|[\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mrs|Gen|Col|Sgt|Capt|Gov|Sen|Rep|Prof|Lt|Jr|Sr|vs|No)\.$|(?:^|[\s(-])[Gg]ovt\.$/u;

export function splitSentences(body: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  const stops = stopCursor(body);
  paragraphs.forEach((paragraph, index) => {
    // Every branch of END needs a stop: a paragraph without one is one sentence, with no text cut out and no regex run
    // (a page of one-word lines is a hundred thousand such paragraphs).
    let stop = stops.firstFrom(paragraph.start);
    if (stop >= paragraph.end) return pushTrimmed(sentences, body, 0, paragraph.start, paragraph.end, index);
    const text = body.slice(paragraph.start, paragraph.end);
    let start = 0;
    for (; stop < paragraph.end; stop = stops.firstFrom(stop + 1)) {
      const m = endAt(text, stop - paragraph.start);
      if (m === null) continue;
      const end = stop - paragraph.start + m.length;
      // The next end is looked for after this one, as the global scan's lastIndex did.
      stop = paragraph.start + end - 1;
      if (m === '.' && isAbbreviation(text.slice(Math.max(0, end - 9), end))) continue;
      if (isElision(text, end - m.length, m)) continue;
      pushTrimmed(sentences, text, paragraph.start, start, end, index);
      start = end;
    }
    pushTrimmed(sentences, text, paragraph.start, start, text.length, index);
  });
  return sentences;
}

/**
 * "ان الحكومة لن تسمح باقامة اعتصامات على دوار الداخلية مجددا (...) وسوف تسمح بأي نشاط …": dots in brackets — (...),
 * (…), [...], […] — mark words left out of what someone said, not the end of a sentence. `at` is where the stop
 * begins in the paragraph's text, `end` the sentence end that matched there. Two dots ("(..)", in a seed's text)
 * still end one: taking them too changes the seeds' golden report.
 */
function isElision(text: string, at: number, end: string): boolean {
  return at > 0 && (text[at - 1] === '(' || text[at - 1] === '[') && /^(?:\.{3}|…)[)\]]/u.test(end);
}

/** The sentence end that begins at text[at], or null. */
function endAt(text: string, at: number): string | null {
  END.lastIndex = at;
  const m = END.exec(text);
  return m === null ? null : m[0];
}

/**
 * The first stop of the body at or after an offset, remembered: paragraphs
 * come in body order, so one search usually answers for every paragraph up
 * to the stop it found (a page of one-word lines is searched once, not once
 * a line, and never to its end a line at a time).
 */
function stopCursor(body: string): {firstFrom(offset: number): number} {
  let from = 0;
  let found = -1;
  return {
    firstFrom(offset: number): number {
      // The stop found from `from` is the first at or after `offset` too when no character between could hold one.
      if (found < 0 || offset < from || offset > found) {
        STOP.lastIndex = offset;
        found = STOP.exec(body)?.index ?? body.length;
        from = offset;
      }
      return found;
    },
  };
}

/**
 * Two capitals and a dot alone ("reported Actualidad RT.", "told the AP.") are an acronym
 * ending the sentence, not initials; so is a short English word ("said so.", "gave up."), and an Arabic preposition
 * with its pronoun or a pronoun ("… وهوية الداعمين له. ويأتي …"), never an abbreviation as د. and م. are.
 */
const WORD_END = /(?:^|[\s(«“"])(?:\p{Lu}{2}|so|it|up|us|on|in|to|do|go|me|we|he|be|by|of|at|or|is|as|له|به|لي|لك|بي|هو|هي)\.$/u;

const isAbbreviation = (tail: string): boolean => (ABBREVIATION.test(tail) && !WORD_END.test(tail)) || ENGLISH_ABBREVIATION.test(tail);

function pushTrimmed(out: Sentence[], text: string, base: number, start: number, end: number, paragraph: number): void {
  start = skipSpaceForward(text, start, end);
  end = skipSpaceBack(text, start, end);
  if (end > start) out.push({start: base + start, end: base + end, paragraph});
}

/** Index of the sentence containing (or last starting before) an offset: binary search. */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
