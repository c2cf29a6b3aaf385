import type {Span} from '../types.js';
import type {Quote} from './quotes.js';

/*
 * '"… managed and regulated from the territory of Ukraine - by traitors, Banderites (radical Ukrainian nationalist
 * followers of Stepan Bandera - TASS)," the head of the region added.' (TASS): a bracket inside a quotation that the
 * outlet signs at its end — a dash and its own name in capitals, or "Ed." — is the outlet's gloss on the speaker's
 * words, not words of the speaker's. Brackets a speaker's words hold unsigned ("[Telegram]", "(sic)") stay the
 * speaker's.
 */

/** The signature closing a gloss: a dash, then an agency's name in capitals (TASS, RIA, IRNA) or "Ed." / "ed.". */
const SIGNED = /\s[-–—]\s*(?:\p{Lu}{2,}(?:\s\p{Lu}{2,})?|[Ee]d\.?)\s*$/u;

/** The longest gloss looked for, in characters: an agency's note on a name or a word, never a paragraph. */
const MAX_GLOSS = 400;

/** Whether `span` lies inside a bracket of `quote` that ends with the outlet's signature. */
export function insideEditorialGloss(body: string, quote: Quote, span: Span): boolean {
  // The nearest bracket mark on each side, within a gloss's length: an opening one before, a closing one after.
  const open = nearestMark(body, span.start - 1, Math.max(quote.start, span.start - MAX_GLOSS), -1);
  if (open < 0 || body.charCodeAt(open) !== OPEN) return false;
  const close = nearestMark(body, span.end, Math.min(quote.end, span.end + MAX_GLOSS), 1);
  if (close < 0 || body.charCodeAt(close) !== CLOSE) return false;
  return SIGNED.test(body.slice(open + 1, close));
}

const OPEN = 0x28;
const CLOSE = 0x29;

/** The offset of the first "(" or ")" from `from` towards `limit` (inclusive) in `step`'s direction, or -1. */
function nearestMark(body: string, from: number, limit: number, step: 1 | -1): number {
  for (let i = from; step < 0 ? i >= limit : i <= limit && i < body.length; i += step) {
    const c = body.charCodeAt(i);
    if (c === OPEN || c === CLOSE) return i;
  }
  return -1;
}
