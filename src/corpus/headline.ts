import type {Paragraph} from '../types.js';

const HEADLINE_MAX_WORDS = 20;
const HEADLINE_MAX_CHARS = 200;
/** Sentence-final punctuation, or a colon (a byline or lead-in: "الثورة – ريم صالح:"), before any closing quotes/brackets. */
const NOT_A_HEADLINE_END = /[.!?؟:։。…][\s"'”’»)\]]*$/u;

/** The first paragraph when it reads like a headline: short, and not ending like a sentence or a byline. */
export function headlineOf(body: string, paragraphs: readonly Paragraph[]): string | null {
  const first = paragraphs[0];
  if (!first || first.end - first.start > HEADLINE_MAX_CHARS) return null;
  const line = body.slice(first.start, first.end);
  if (line.split(/\s+/u).length > HEADLINE_MAX_WORDS || NOT_A_HEADLINE_END.test(line)) return null;
  return line;
}
