import {matchKey} from '../text/normalize.js';
import {isWhiteSpace} from '../text/white-space.js';
import type {Span} from '../types.js';
import type {Region} from './clauses.js';
import type {SentenceView} from './sentence-view.js';
import {isTitle} from './speaker-phrase.js';

// "مدير المرصد السوري.. النظام كان يعيش وهم السيطرة على محافظة درعا …":
// Arabic headlines set the speaker before two dots as others do before a
// colon. The sentence splitter ends a sentence at the dots, so the claim is
// the line's second sentence, and the words before it name who makes it —
// when they open with a title or an office (مدير، وزير، المتحدث، رئيس …).
// A place or a topic before the dots ("سوريا.. النظام يواصل …", "شاهد..",
// "مع استمرار الاشتباكات المتقطعة..") is the outlet's rubric.

/** Longest speaker before the dots, in words (as a "Speaker:" prefix). */
const MAX_SPEAKER_WORDS = 5;
/** Words of a title, then up to four more, then two dots (not three) at the end of the line's first stretch. */
const SPEAKER_AND_DOTS = /^\s*(\p{L}+(?:\s+[\p{L}\p{M}]+){0,4})\s*(?<!\.)\.\.\s*$/u;

/**
 * The speaker of a "Speaker.. claim" headline whose claim is `sentence`, or null: the sentence is the rest of a line
 * that opens with a title and at most MAX_SPEAKER_WORDS words before two dots, and nothing follows it on the line.
 */
export function twoDotsSpeaker(body: string, sentence: Span): string | null {
  if (!twoDotsJustBefore(body, sentence.start)) return null;
  const lineStart = lineStartWithin(body, sentence.start, MAX_PREFIX);
  if (lineStart < 0 || lineStart >= sentence.start) return null;
  const prefix = SPEAKER_AND_DOTS.exec(body.slice(lineStart, sentence.start));
  if (!prefix) return null;
  const words = prefix[1]!.split(/\s+/u);
  if (words.length > MAX_SPEAKER_WORDS || !isTitle(matchKey(words[0]!))) return null;
  if (lineGoesOn(body, sentence.end)) return null;
  return prefix[1]!;
}

/** A headline's claim, given to the speaker before its two dots (see twoDotsSpeaker), or null. */
export function twoDotsRegion(view: SentenceView): Region | null {
  if (view.language !== 'ar' || view.opensParagraph || view.end <= view.first) return null;
  const speaker = twoDotsSpeaker(view.body, view.sentence);
  if (speaker === null) return null;
  const dots = view.body.lastIndexOf('..', view.sentence.start);
  return {
    start: view.tokens[view.first]!.start,
    end: view.sentence.end,
    speaker,
    cue: '..',
    cueSpan: {start: dots, end: dots + 2},
    stance: 'neutral',
    kind: 'headline',
  };
}

/**
 * "مقتل متظاهر في أصفهان برصاص الشرطة الإيرانية.. والمحتجون: جئنا لمحاربة خامنئي": is `sentence` the second part of
 * a one-line headline, after two dots near the line's start, with nothing after it on the line? Such a part is a
 * headline of its own and may be a "Speaker: claim" one.
 */
export function afterHeadlineDots(body: string, sentence: Span): boolean {
  if (!twoDotsJustBefore(body, sentence.start)) return false;
  const lineStart = lineStartWithin(body, sentence.start, MAX_PREFIX);
  return lineStart >= 0 && lineStart < sentence.start && !lineGoesOn(body, sentence.end);
}

/**
 * Do two dots (not three) end the text before `offset`, white space aside? What SPEAKER_AND_DOTS asks of the prefix's
 * end, read in place: nearly every sentence fails it, and then no line start is looked for and no prefix cut.
 */
function twoDotsJustBefore(body: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && isWhiteSpace(body.charCodeAt(i))) i--;
  return i >= 1 && body.charCodeAt(i) === DOT && body.charCodeAt(i - 1) === DOT && (i < 2 || body.charCodeAt(i - 2) !== DOT);
}
const DOT = 0x2e;

/** Longest stretch from a line's start to its claim ("Speaker.. "), in characters. */
const MAX_PREFIX = 120;

/**
 * The start of the line holding `offset`, looked for at most `reach` characters back, or -1 when it is further: every
 * sentence of a long one-line article asks, so the search never walks back over the whole line.
 */
function lineStartWithin(body: string, offset: number, reach: number): number {
  for (let i = offset - 1; i >= Math.max(0, offset - reach - 1); i--) if (body.charCodeAt(i) === 0x0a) return i + 1;
  return offset - reach - 1 <= 0 ? 0 : -1;
}

/** Does anything but white space follow `offset` on its line? */
function lineGoesOn(body: string, offset: number): boolean {
  for (let i = offset; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return false;
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return true;
  }
  return false;
}
