import {reportText} from '../i18n/report-text.js';
import type {Lang} from '../lesson/words.js';
/*
 * "How to read this page": the three ideas every section rests on (voice,
 * lean, n), said before anything is shown; and the print choice between
 * the compact report and the full evidence. Kept apart from the sections so
 * other explanations (a glossary) can sit beside it.
 */

/** Short, at the top of the report: voice, lean and n, and how the page draws n. */
export function howToReadHtml(lang: Lang = 'en'): string {
  const t = reportText(lang);
  return `<aside class="how-to-read" aria-label="${t.howToReadLabel}"><ul>
${t.howToRead.map((item) => `<li>${item}</li>`).join('\n')}
</ul></aside>`;
}

/** The print choice: compact (summary, matrix, charts, numbers, the top passages) unless the reader ticks the box. */
export function printChoiceHtml(lang: Lang = 'en'): string {
  const t = reportText(lang);
  return `<p class="print-choice"><label><input type="checkbox" id="full-print"> ${t.printFull}</label> <small>${t.printNote}</small></p>`;
}

/** Shown only on a compact printout, where the evidence sections are left out. */
export function compactPrintNote(lang: Lang = 'en'): string {
  return `<p class="compact-note">${reportText(lang).compactNote}</p>`;
}
