import type {Paragraph} from '../types.js';
import type {Quote} from './quotes.js';

/**
 * An embedded post's signature: a dash, the author's name and handle, and the date ("— Alec Luhn (@ASLuhn) May 5,
 * 2018", "— Эхо Москвы (@EchoMskRu) May 5, 2018", "— TheQuestion (@thqstn) 12 de junho de 2017").
 */
const SIGNATURE = /[—–][ \t\u00a0]*[^—–()\n]{1,80}\(@\w{1,30}\)[^()\n]{0,40}$/u;
/** A signature standing alone on its line. */
const SIGNATURE_LINE = new RegExp(`^${SIGNATURE.source}`, 'u');

/** The trimmed text of a paragraph. */
function trimmed(body: string, paragraph: Paragraph): {start: number; end: number} {
  let start = paragraph.start;
  let end = paragraph.end;
  while (start < end && /\s/u.test(body[start]!)) start++;
  while (end > start && /\s/u.test(body[end - 1]!)) end--;
  return {start, end};
}

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
  for (let p = 0; p < paragraphs.length; p++) {
    const text = trimmed(body, paragraphs[p]!);
    if (text.end <= text.start) continue;
    const line = body.slice(text.start, text.end);
    if (SIGNATURE_LINE.test(line)) continue;
    const signed = SIGNATURE.exec(line);
    let end = text.end;
    if (signed !== null) {
      end = text.start + signed.index;
      while (end > text.start && /\s/u.test(body[end - 1]!)) end--;
    } else {
      const next = paragraphs[p + 1];
      const signedBelow = next !== undefined && SIGNATURE_LINE.test(body.slice(trimmed(body, next).start, trimmed(body, next).end));
      if (!signedBelow) continue;
    }
    if (end > text.start) posts.push({open: null, close: null, start: text.start, end});
  }
  return posts;
}
