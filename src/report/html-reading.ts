/*
 * "How to read this page": the three ideas every section rests on (voice,
 * lean, n), said before anything is shown; and the print choice between
 * the compact report and the full evidence. Kept apart from the sections so
 * other explanations (a glossary) can sit beside it.
 */

/** Short, at the top of the report: voice, lean and n, and how the page draws n. */
export function howToReadHtml(): string {
  return `<aside class="how-to-read" aria-label="The three ideas every section rests on"><ul>
<li><strong>Voice</strong>: <em>own voice</em> is the outlet's narrator speaking; <em>quoted</em> is inside quotation marks; <em>attributed</em> is reported speech (“police said”, “according to”). Only own voice shows which words an outlet adopts.</li>
<li><strong>Lean</strong>: for each concept, from −1 (its first pole, e.g. <em>delegitimizing</em>) to +1 (its second, e.g. <em>legitimizing</em>) — the average of the outlet's own-voice words. “No own-voice evidence” is not a zero: the outlet does not say it in its own words.</li>
<li><strong>n</strong>: how many own-voice mentions a lean rests on. One word is weak evidence: a lean on n = 1 is drawn faint and small, with <span class="ev" aria-hidden="true"><i></i></span> one pip; on n = 7 solid and large, with seven.</li>
</ul></aside>`;
}

/** The print choice: compact (summary, matrix, charts, numbers, the top passages) unless the reader ticks the box. */
export function printChoiceHtml(): string {
  return `<p class="print-choice"><label><input type="checkbox" id="full-print"> Print the full evidence</label> <small>— printing gives a compact report (summary, matrix, leans, numbers, the top shared passages) unless this is ticked; then every mention in context, every passage, who speaks and the lexicon print too.</small></p>`;
}

/** Shown only on a compact printout, where the evidence sections are left out. */
export const COMPACT_PRINT_NOTE = '<p class="compact-note">Compact printout: the mentions in context, the remaining shared passages, who speaks and the lexicon are left out. Open the HTML file and tick “Print the full evidence” to print them.</p>';
