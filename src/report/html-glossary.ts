import {buildGlossary, type GlossaryEntry} from '../lesson/glossary.js';
import type {Lang} from '../lesson/words.js';
import type {Analysis} from '../types.js';
import {esc} from './escape.js';
import {blockAttrs, inline, noteAttrs} from './html-text.js';

/*
 * "How to read this page": the report's words in plain English and Arabic,
 * each with an example from the texts analysed, before any finding. The
 * interface language (--lang) comes first: its column, its headings, its
 * notes on the examples, and with Arabic a right-to-left table.
 */
export function glossaryHtml(a: Analysis, lang: Lang = 'en'): string {
  const en = buildGlossary(a, 'en');
  const ar = buildGlossary(a, 'ar');
  const shown = lang === 'ar' ? ar : en;
  const rows = en.map((g, i) => {
    const arabic = ar[i]!;
    const own = shown[i]!;
    const term = lang === 'ar' ? `${esc(arabic.term)}<br><bdi lang="en">${esc(g.term)}</bdi>` : `${esc(g.term)}<br><bdi lang="ar">${esc(arabic.term)}</bdi>`;
    const plain = lang === 'ar' ? `<td>${esc(arabic.plain)}</td><td lang="en" dir="ltr">${esc(g.plain)}</td>` : `<td>${esc(g.plain)}</td><td lang="ar" dir="rtl">${esc(arabic.plain)}</td>`;
    return `<tr><th scope="row">${term}</th>${plain}<td>${example(own, lang)}</td></tr>`;
  });
  const head = lang === 'ar'
    ? '<tr><th>الكلمة</th><th>معناها</th><th lang="en" dir="ltr">what it means</th><th>مثال</th></tr>'
    : '<tr><th>word</th><th>what it means</th><th lang="ar" dir="rtl">المعنى</th><th>example</th></tr>';
  const intro = lang === 'ar' ? 'الكلمات التي يستعملها هذا التقرير، بلغة بسيطة، ولكل منها مثال من هذه النصوص.' : 'The words this report uses, in plain language, each with an example from these texts.';
  const attrs = lang === 'ar' ? ' lang="ar" dir="rtl"' : '';
  return `<p${attrs}>${intro}</p><div class="scroll"><table class="glossary"${attrs}>${head}${rows.join('')}</table></div>`;
}

function example(g: GlossaryEntry, lang: Lang): string {
  if (!g.example) return `<small>${lang === 'ar' ? 'لا مثال في هذه النصوص' : 'no example in these texts'}</small>`;
  return `${inline(g.example.outlet)}: <span${blockAttrs(g.example.context)}>${esc(g.example.context)}</span> <small${noteAttrs(lang)}>(${esc(g.example.note)})</small>`;
}
