import {skipSpaceBack, trimSpan} from '../text/white-space.js';
import type {Paragraph} from '../types.js';
import type {Quote} from './quotes.js';

/**
 * An embedded post's signature: a dash, the author's name and handle, and the date ("— Alec Luhn (@ASLuhn) May 5,
 * 2018", "— Эхо Москвы (@EchoMskRu) May 5, 2018", "— TheQuestion (@thqstn) 12 de junho de 2017").
 */
const SIGNATURE = /[—–][ \t\u00a0]*[^—–()\n]{1,80}\(@\w{1,30}\)[^()\n]{0,40}$/u;
/** A signature standing alone on its line. */
const SIGNATURE_LINE = new RegExp(`^${SIGNATURE.source}`, 'u');

/**
 * Posts a page embeds (a tweet copied with its signature): the words are the post's author's, not the page's, as a
 * block quotation's are. A paragraph whose text is followed on the same line by a signature ("Навальный уже на
 * Пушкинской! pic.twitter.com/… — Эхо Москвы (@EchoMskRu) May 5, 2018"), a paragraph followed by a line that is a
 * signature ("Another month, another @Navalny arrest. …⏎— Alec Luhn (@ASLuhn) May 5, 2018"): each is a quotation
 * without marks, up to its signature. A post whose signature is not in the text (a line ending "pic.twitter.com/…"
 * alone) names no author, and may be the outlet's own account's: it is left as the page's.
 */
export function embeddedPosts(body: string, paragraphs: readonly Paragraph[]): Quote[] {
  const posts: Quote[] = [];
  // Every signature holds "(@": a source without one (nearly all) is not looked at paragraph by paragraph.
  if (!body.includes('(@')) return posts;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = trimSpan(body, paragraphs[p]!);
    if (text.end <= text.start) continue;
    const line = body.slice(text.start, text.end);
    if (SIGNATURE_LINE.test(line)) continue;
    const signed = SIGNATURE.exec(line);
    let end = text.end;
    if (signed !== null) {
      end = skipSpaceBack(body, text.start, text.start + signed.index);
    } else {
      const next = paragraphs[p + 1];
      const below = next === undefined ? null : trimSpan(body, next);
      const signedBelow = below !== null && SIGNATURE_LINE.test(body.slice(below.start, below.end));
      if (!signedBelow) continue;
    }
    if (end > text.start) posts.push({open: null, close: null, start: text.start, end});
  }
  return posts;
}
