import type {Paragraph, Span} from '../types.js';

/**
 * A document a page carries whole after a line that announces it ("Here is the full text of the address:",
 * "Full text:", «وفيما يلي نص الخطاب:»): from the paragraph after that line to the end of the source, the words are
 * the document's author's, not the page's own. `cue` is the announcing line's span.
 */
export interface CarriedText {
  readonly start: number;
  readonly cue: Span;
}

/** At most this many words in a line that announces a carried document: a longer one is a sentence of the article. */
const MAX_ANNOUNCING_WORDS = 14;
/** A line opening "(The) following is / are the …" may name the speaker, the office and the occasion: this many words. */
const MAX_FOLLOWING_WORDS = 40;

/**
 * English: "(the) full / complete text (of the address)", "Full statement:", "the full speech / remarks …", "text of the speech /
 * address / statement …", "transcript".
 * Arabic: «النص الكامل», «نص الخطاب / الكلمة / الحديث / البيان / الرسالة / التصريح / الحوار / المقابلة» (with or without ال, و / ف).
 */
const ANNOUNCES_EN = /\b(?:(?:full|complete|entire)\s+(?:text|transcript|statement|address|speech|remarks|letter|declaration|message)|text\s+of\s+(?:the|his|her|their|its)\s+(?:address|speech|statement|letter|remarks|declaration|message|interview)|^(?:text|transcript)\s*:)/iu;
/**
 * "Following are the opening remarks by the Chief Superintendent … at the press conference today (October 19).", "The
 * following is a near-verbatim transcript of today’s noon briefing by …": a government's or an office's release opens
 * with what it carries, a speech noun within three words of "is / are", and may close that line with a full stop as
 * well as a colon. Not "Following are reactions …", "Following the remarks by …" (no "is / are").
 */
const ANNOUNCES_FOLLOWING_EN = /^(?:the\s+)?following\s+(?:is|are)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:remarks|speech|speeches|statement|statements|transcript|address|text|briefing|interview|letter|message)\b/iu;
const ANNOUNCES_AR = /(?:^|[\s])(?:[وف]?(?:ال)?نص\s+(?:ال)?كامل|[وف]?(?:ال)?نص\s+(?:[وف]?)?(?:ال)?(?:خطاب|كلمة|كلمه|حديث|بيان|رسالة|رساله|تصريح|حوار|مقابلة|مقابله))/u;

/**
 * The first carried document of a source: a paragraph of a few words that announces a text (above) and ends with a
 * colon, or an English line opening "(The) following is / are" a speech noun that ends with a colon or a full stop,
 * followed by another paragraph. Null when there is none.
 */
export function carriedText(body: string, paragraphs: readonly Paragraph[]): CarriedText | null {
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    const line = body.slice(paragraph.start, paragraph.end).trim();
    if (!announces(line, paragraph.language)) continue;
    return {start: paragraphs[p + 1]!.start, cue: {start: paragraph.start, end: paragraph.end}};
  }
  return null;
}

/** How many words a line holds. */
const wordCount = (line: string): number => line.split(/\s+/u).length;

/** Does this paragraph (trimmed) announce a document carried after it? */
function announces(line: string, language: Paragraph['language']): boolean {
  // Words are counted last, for the few lines that pass the other tests: every paragraph of a source comes here.
  if (language === 'en' && /[:.]$/u.test(line) && ANNOUNCES_FOLLOWING_EN.test(line) && wordCount(line) <= MAX_FOLLOWING_WORDS) return true;
  return line.endsWith(':') && (language === 'en' ? ANNOUNCES_EN : ANNOUNCES_AR).test(line) && wordCount(line) <= MAX_ANNOUNCING_WORDS;
}
