import type {Analysis, Language, MatrixCell, Voice} from '../types.js';
import {esc, hasArabic} from './escape.js';
import {sourceName} from './summary.js';
import {matrixCell, sourceById} from './by-source.js';

/*
 * Small pieces every section of the HTML report uses: how Arabic is
 * marked up inside English UI (docs/arabic.md §6), voice names, cell lookup.
 */

export const VOICE_NAME: Record<Voice, string> = {outlet: 'own voice', quoted: 'quoted', attributed: 'attributed'};

/** Text inside English UI: Arabic is isolated so numbers and punctuation around it stay in place. */
export function inline(text: string): string {
  return hasArabic(text) ? `<bdi lang="ar">${esc(text)}</bdi>` : esc(text);
}

/** Attributes for framelens's own words in the interface language: that language's direction, whatever word comes first (a concept id of one's own lexicon). */
export function noteAttrs(lang: 'ar' | 'en'): string {
  return lang === 'ar' ? ' lang="ar" dir="rtl"' : ' dir="ltr"';
}

/** Attributes for a block (cell, quote) that holds one string of unknown language. */
export function blockAttrs(text: string): string {
  // Latin text says so too: in a right-to-left page (the Arabic worksheet) it would otherwise be laid out right to left.
  return startsArabic(text) ? ' lang="ar" dir="rtl"' : hasArabic(text) ? ' dir="auto"' : /\p{L}/u.test(text) ? ' dir="ltr"' : '';
}

function startsArabic(text: string): boolean {
  const strong = /[\p{L}]/u.exec(text);
  return strong !== null && hasArabic(strong[0]);
}

/** Attributes for a block of a source's text in a known language. */
export function languageAttrs(language: Language): string {
  return language === 'ar' ? ' lang="ar" dir="rtl"' : language === 'en' ? ' lang="en" dir="ltr"' : ' dir="auto"';
}

/** A source by id as "001 · outlet", isolated when it holds Arabic. */
export function name(a: Analysis, id: string): string {
  const s = sourceById(a.sources, id);
  return inline(s ? sourceName(s) : id);
}

export function cellOf(a: Analysis, source: string, concept: string): MatrixCell | undefined {
  return matrixCell(a.matrix, source, concept);
}

