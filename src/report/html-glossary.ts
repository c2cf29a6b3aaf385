import {buildGlossary} from '../lesson/glossary.js';
import type {Analysis} from '../types.js';
import {esc} from './escape.js';
import {blockAttrs, inline} from './html-text.js';

/*
 * "How to read this page": the report's words in plain English and Arabic,
 * each with an example from the texts analysed, before any finding.
 */
export function glossaryHtml(a: Analysis): string {
  const en = buildGlossary(a, 'en');
  const ar = buildGlossary(a, 'ar');
  const rows = en.map((g, i) => {
    const arabic = ar[i]!;
    const ex = g.example ? `${inline(g.example.outlet)}: <span${blockAttrs(g.example.context)}>${esc(g.example.context)}</span> <small dir="auto">(${esc(g.example.note)})</small>` : '<small>no example in these texts</small>';
    return `<tr><th scope="row">${esc(g.term)}<br><bdi lang="ar">${esc(arabic.term)}</bdi></th><td>${esc(g.plain)}</td><td lang="ar" dir="rtl">${esc(arabic.plain)}</td><td>${ex}</td></tr>`;
  });
  return `<p>The words this report uses, in plain language, each with an example from these texts.</p><div class="scroll"><table class="glossary"><tr><th>word</th><th>what it means</th><th lang="ar" dir="rtl">المعنى</th><th>example</th></tr>${rows.join('')}</table></div>`;
}
