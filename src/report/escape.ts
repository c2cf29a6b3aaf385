/*
 * Article text is untrusted. Everything that reaches HTML (the report, or
 * the HTML inside the Markdown report) passes through esc(): markup
 * characters become entities, and control characters, terminal escape
 * sequences and bidi embeddings/overrides/isolates are dropped: an
 * unbalanced U+202E in an article must not reverse the rest of the page.
 */

import {sanitizeText} from '../text/strip-controls.js';

const ENTITIES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Text as HTML text or attribute value: no markup, no control characters, no bidi controls. */
export function esc(text: string): string {
  return sanitizeText(text).replace(/[&<>"']/gu, (c) => ENTITIES[c]!);
}

const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;

/** True when the text holds Arabic script: it needs isolating inside English rows. */
export function hasArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}
