import type {Lang} from '../lesson/words.js';

/*
 * The names a blind reading gives its sources, in the interface language:
 * "Outlet A" / "المصدر A" while hidden, and after the reveal the letter
 * with what it stands for (the front matter's outlet, else what the text
 * credits, else a plain "not stated"), then the source's id.
 */

interface LabelWords {
  readonly outlet: string;
  readonly credits: string;
  readonly notStated: string;
}

const WORDS: Readonly<Record<Lang, LabelWords>> = {
  en: {outlet: 'Outlet', credits: 'the text credits', notStated: 'outlet not stated'},
  ar: {outlet: 'المصدر', credits: 'ينسب النص إلى', notStated: 'المصدر غير مذكور'},
};

/** "Outlet A" / "المصدر A". */
export function blindLabel(letter: string, lang: Lang): string {
  return `${WORDS[lang].outlet} ${letter}`;
}

/** "Outlet A = Al-Thawra (Syria) · 000", or "… = the text credits X · 002", or "… = outlet not stated · 003". */
export function revealedLabel(letter: string, source: {readonly id: string; readonly outlet: string | null; readonly credits: readonly {readonly text: string}[]}, lang: Lang): string {
  const w = WORDS[lang];
  const said = source.credits.map((c) => c.text).join(' · ');
  return `${blindLabel(letter, lang)} = ${source.outlet ?? (said ? `${w.credits} ${said}` : w.notStated)} · ${source.id}`;
}
