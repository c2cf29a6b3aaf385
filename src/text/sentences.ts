import type {Paragraph, Sentence, Span} from '../types.js';
import {isWhiteSpace} from './white-space.js';

/*
 * Sentence ends: . ! ? ؟ … and the Urdu full stop, followed by optional
 * closing quotes/brackets and then white space or the end of the paragraph.
 * A regex over each paragraph, not Intl.Segmenter, for speed (docs/arabic.md §4)
 * and because the segmenter breaks after Arabic abbreviations ("د.").
 * Between two Arabic words a stop ends the sentence without a space too
 * ("قنبلة غاز مسيل للدموع.كذلك قتلت الشرطة …", as pasted from the web).
 */
const END = /[.!?؟…۔]+["'”“»«)\]]*(?=\s|$)|(?<=[\u0621-\u064A]{2})[.!؟](?=[\u0621-\u064A])/gu;

/** Abbreviations that end in a dot but not a sentence: one or two letters ("د." "أ." "U.S."). */
const ABBREVIATION = /(?:^|[\s(«“"])(?:\p{L}{1,2}\.)+$/u;
/** English abbreviations longer than two letters: months in datelines ("ALMATY, Jan. 9 (Reuters) -") and titles. */
const ENGLISH_ABBREVIATION = /(?:^|[\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mrs|Gen|Col|Sgt|Capt|Gov|Sen|Rep|Prof|Lt|Jr|Sr|vs|No)\.$/u;

export function splitSentences(body: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    // Both of END's branches need a stop: a paragraph without one is one sentence, with no text cut out and no regex run
    // (a page of one-word lines is a hundred thousand such paragraphs).
    if (!holdsStop(body, paragraph.start, paragraph.end)) return pushTrimmed(sentences, body, 0, paragraph.start, paragraph.end, index);
    const text = body.slice(paragraph.start, paragraph.end);
    let start = 0;
    // One regex for every paragraph (splitSentences never re-enters itself); lastIndex is set each time.
    const re = END;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (m[0] === '.' && isAbbreviation(text.slice(Math.max(0, m.index - 8), end))) continue;
      pushTrimmed(sentences, text, paragraph.start, start, end, index);
      start = end;
    }
    pushTrimmed(sentences, text, paragraph.start, start, text.length, index);
  });
  END.lastIndex = 0;
  return sentences;
}

/**
 * Two capitals and a dot alone ("reported Actualidad RT.", "told the AP.") are an acronym
 * ending the sentence, not initials; so is a short English word ("said so.", "gave up.").
 */
const WORD_END = /(?:^|[\s(«“"])(?:\p{Lu}{2}|so|it|up|us|on|in|to|do|go|me|we|he|be|by|of|at|or|is|as)\.$/u;

const isAbbreviation = (tail: string): boolean => (ABBREVIATION.test(tail) && !WORD_END.test(tail)) || ENGLISH_ABBREVIATION.test(tail);

/** The stops END begins with (. ! ? ؟ … ۔), by code unit. */
const isStop = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x2026 || c === 0x6d4;

/** Whether body[from, to) holds a stop. */
function holdsStop(body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isStop(body.charCodeAt(i))) return true;
  return false;
}

function pushTrimmed(out: Sentence[], text: string, base: number, start: number, end: number, paragraph: number): void {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
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
