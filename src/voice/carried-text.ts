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

/**
 * English: "(the) full / complete text (of the address)", "text of the speech / address / statement …", "transcript".
 * Arabic: «النص الكامل», «نص الخطاب / الكلمة / الحديث / البيان / الرسالة / التصريح / الحوار / المقابلة» (with or without ال, و / ف).
 */
const ANNOUNCES_EN = /\b(?:(?:full|complete|entire)\s+(?:text|transcript)|text\s+of\s+(?:the|his|her|their|its)\s+(?:address|speech|statement|letter|remarks|declaration|message|interview)|^(?:text|transcript)\s*:)/iu;
const ANNOUNCES_AR = /(?:^|[\s])(?:[وف]?(?:ال)?نص\s+(?:ال)?كامل|[وف]?(?:ال)?نص\s+(?:[وف]?)?(?:ال)?(?:خطاب|كلمة|كلمه|حديث|بيان|رسالة|رساله|تصريح|حوار|مقابلة|مقابله))/u;

/**
 * The first carried document of a source: a paragraph of a few words that announces a text (above) and ends with a
 * colon, followed by another paragraph. Null when there is none.
 */
export function carriedText(body: string, paragraphs: readonly Paragraph[]): CarriedText | null {
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    const line = body.slice(paragraph.start, paragraph.end).trim();
    if (!line.endsWith(':') || line.split(/\s+/u).length > MAX_ANNOUNCING_WORDS) continue;
    if (!(paragraph.language === 'en' ? ANNOUNCES_EN : ANNOUNCES_AR).test(line)) continue;
    return {start: paragraphs[p + 1]!.start, cue: {start: paragraph.start, end: paragraph.end}};
  }
  return null;
}
