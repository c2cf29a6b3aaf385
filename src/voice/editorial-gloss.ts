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

/** Whether `span` lies inside a bracket of `quote` that ends with the outlet's signature. */
export function insideEditorialGloss(body: string, quote: Quote, span: Span): boolean {
  const open = body.lastIndexOf('(', span.start);
  if (open < quote.start) return false;
  const close = body.indexOf(')', span.end);
  if (close < 0 || close > quote.end) return false;
  const inside = body.slice(open + 1, close);
  if (inside.includes('(') || inside.includes(')')) return false;
  return SIGNED.test(inside);
}
