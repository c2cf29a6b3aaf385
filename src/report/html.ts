import {QUALIFIER_LEGEND} from '../claims/qualifier.js';
import {encodingLabel, encodingNote} from '../corpus/encoding-note.js';
import {claimValue, leanText} from '../text-report/text-report.js';
import type {Analysis, MatrixCell, Passage} from '../types.js';
import {esc} from './escape.js';
import {embeddedFontFaces} from './fonts.js';
import {chartsHtml} from './html-charts.js';
import {groupsHtml} from './html-groups.js';
import {glossaryHtml} from './html-glossary.js';
import {mentionsHtml} from './html-mentions.js';
import {evidenceClass, evidenceMark} from './html-evidence.js';
import {compactPrintNote, howToReadHtml, printChoiceHtml} from './html-reading.js';
import {reportText} from '../i18n/report-text.js';
import type {Lang} from '../lesson/words.js';
import {REPORT_CSS} from './html-style.js';
import {blockAttrs, cellOf, inline, languageAttrs, name, VOICE_NAME} from './html-text.js';
import {editSummary, passageMarkup} from './passage-markup.js';
import {sourceName, summarySentences} from './summary.js';
import {ofSource, sourceById} from './by-source.js';

/*
 * The HTML report: one self-contained file (inline CSS, inline SVG, the
 * Arabic font embedded as base64), readable offline and printable on A4.
 * Arabic follows docs/arabic.md §6: explicit lang and dir on Arabic blocks,
 * <bdi lang="ar"> around Arabic inside English rows, and highlights that
 * only paint whole terms, so letters stay joined. Article text is
 * untrusted: every string from a source goes through esc().
 */

/** The section ids, in page order; tests and the table of contents use them. */
export const HTML_SECTIONS = ['how-to-read', 'summary', 'matrix', 'positions', 'mentions', 'numbers', 'passages', 'speakers', 'sources', 'method'] as const;

/**
 * `lang`: the language of the page's own words (headings, table of
 * contents, how to read it, print choice, legends); `ar` also makes the
 * page right to left. The findings' words stay as the analysis gives them.
 */
export function htmlReport(a: Analysis, lang: Lang = 'en'): string {
  return [...htmlReportChunks(a, lang)].join('');
}

/**
 * The page in pieces, in order: the head, then each section a piece per
 * source where it has one, so a corpus of any size is written out without
 * one string of the whole page (a string has a length limit, and a
 * hundred thousand sources would pass it).
 */
export function* htmlReportChunks(a: Analysis, lang: Lang = 'en'): Generator<string> {
  const t = reportText(lang);
  const sections: [(typeof HTML_SECTIONS)[number], () => Iterable<string>, boolean, string][] = [
    ['how-to-read', () => [glossaryHtml(a, lang)], false, howToReadHtml(lang)],
    ['summary', () => summaryHtml(a), false, ''],
    ['matrix', () => matrixHtml(a, lang), false, ''],
    ['positions', () => chartsHtml(a), false, ''],
    ['mentions', () => mentionsHtml(a), true, ''],
    ['numbers', () => numbersHtml(a), false, ''],
    ['passages', () => passagesSection(a, lang), false, ''],
    ['speakers', () => speakersHtml(a), true, ''],
    ['sources', () => sourcesHtml(a), false, ''],
    ['method', () => [methodHtml(a, lang)], true, ''],
  ];
  yield `<!doctype html>
<html lang="${t.lang}" dir="${t.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title(a.sources.length))}</title>
<style>${embeddedFontFaces()}${REPORT_CSS}</style>
</head>
<body>
<header><h1>${esc(t.h1)}</h1><p class="lede">${esc(t.lede(a.sources.length))}</p>
<nav>${sections.map(([id]) => `<a href="#${id}">${esc(t.sections[id])}</a>`).join(' · ')}</nav>
${printChoiceHtml(lang)}</header>
<main>${compactPrintNote(lang)}`;
  for (const [i, [id, body, evidence, lead]] of sections.entries()) {
    if (i > 0) yield '\n';
    yield* section(id, t.sections[id], body(), evidence, lead, lang);
  }
  yield `</main>
<footer>${esc(t.footer)}</footer>
</body>
</html>
`;
}

/**
 * `evidence`: left out of the compact printout (the full evidence prints on
 * request). `lead`: text in the page's language before the body. On an
 * Arabic page (right to left) the body, whose words are English, is a
 * left-to-right block of its own (`findings`), so its tables, charts and
 * sentences keep their order.
 */
function* section(id: (typeof HTML_SECTIONS)[number], title: string, body: Iterable<string>, evidence: boolean, lead: string, lang: Lang): Generator<string> {
  yield `<section id="${id}"${evidence ? ' class="evidence-only"' : ''}><h2>${esc(title)}</h2>${lead}${lang === 'ar' ? '<div class="findings" lang="en" dir="ltr">' : ''}`;
  yield* body;
  yield lang === 'ar' ? '</div></section>' : '</section>';
}

/** A wide table in a scroll box, with a hint that shows on narrow screens only; its header row repeats on printed pages. Row by row. */
function* scrollTable(className: string, head: string, rows: Iterable<string>): Generator<string> {
  yield `<p class="scroll-hint" aria-hidden="true">Scroll the table sideways for more columns →</p><div class="scroll"><table class="${className}"><thead>${head}</thead><tbody>`;
  yield* rows;
  yield '</tbody></table></div>';
}

/** Each item of a list, mapped, without an array of them all. */
function* each<T>(list: Iterable<T>, f: (item: T) => string): Generator<string> {
  for (const item of list) yield f(item);
}

/** Each item of a list mapped to pieces (strings, or runs of strings), flattened. */
function* pieces<T>(list: Iterable<T>, f: (item: T) => readonly (string | Iterable<string>)[]): Generator<string> {
  for (const item of list) for (const piece of f(item)) if (typeof piece === 'string') yield piece;
  else yield* piece;
}

function* summaryHtml(a: Analysis): Generator<string> {
  yield '<ul class="summary">';
  yield* each(summarySentences(a), (sentence) => `<li>${sentence.map((s) => (s.quoted ? inline(s.text) : esc(s.text))).join('')}</li>`);
  yield '</ul>';
}

/** Lean as a class: colour plus a border style, so it reads in greyscale too. */
function leanClass(lean: number | null): string {
  if (lean === null) return 'none';
  if (lean <= -0.5) return 'neg2';
  if (lean < -0.05) return 'neg1';
  if (lean >= 0.5) return 'pos2';
  if (lean > 0.05) return 'pos1';
  return 'zero';
}

function reportedCount(cell: MatrixCell): number {
  return Object.values(cell.counts).reduce((n, v) => n + v.quoted + v.attributed, 0);
}

function* matrixHtml(a: Analysis, lang: Lang): Generator<string> {
  // With --lang ar a term's gloss is its gloss_ar, when the lexicon gives one.
  const glossAr = new Map(lang === 'ar' ? a.lexicon.filter((e) => e.glossAr).map((e) => [e.id, e.glossAr!]) : []);
  // An Arabic gloss and the Arabic term it glosses are one right-to-left run, so the colon between them stays in place.
  const glossed = (t: {label: string; gloss: string; forms: readonly string[]}): string => (glossAr.has(t.label) ? `<bdi lang="ar">${esc(glossAr.get(t.label)!)}: ${esc(t.forms[0] ?? '')}</bdi>` : `${esc(t.gloss)}: ${inline(t.forms[0] ?? '')}`);
  const head = `<tr><th scope="col">source</th>${a.concepts.map((c) => `<th scope="col">${esc(c.id)}<br><small>${esc(c.poles[0] ?? '')} ◀ ▶ ${esc(c.poles[1] ?? '')}</small></th>`).join('')}</tr>`;
  const rows = each(a.sources, (s) => {
    const cells = a.concepts.map((c) => {
      const cell = cellOf(a, s.id, c.id);
      if (!cell || cell.lean === null) {
        const reported = cell ? reportedCount(cell) : 0;
        return `<td class="lean none">no own-voice evidence${reported > 0 ? `<br><small>${reported} quoted or attributed</small>` : ''}</td>`;
      }
      const pole = cell.lean < -0.05 ? c.poles[0] : cell.lean > 0.05 ? c.poles[1] : 'balanced';
      const top = cell.ownVoiceTerms[0];
      return `<td class="lean ${leanClass(cell.lean)} ${evidenceClass(cell.evidence)}"><strong>${esc(leanText(cell))}</strong> ${evidenceMark(cell.evidence)} <small>${esc(pole ?? '')}</small>${top ? `<br>${glossed(top)}` : ''}</td>`;
    });
    return `<tr><th scope="row">${inline(sourceName(s))}</th>${cells.join('')}</tr>`;
  });
  yield `<div class="keep"><p>Each cell: the outlet's own-voice lean from −1 (first pole) to +1 (second pole), the number of own-voice mentions it rests on (n, also the pips: a lean on one mention is drawn faint), and its most used own-voice term. Quoted and attributed words do not move the lean.</p>
`;
  yield* scrollTable('matrix', head, rows);
  yield '</div>';
}

function* numbersHtml(a: Analysis): Generator<string> {
  if (a.claimsTable.length === 0) {
    yield '<p>No tolls found.</p>';
    return;
  }
  const head = `<tr><th scope="col">what · whom</th>${a.sources.map((s) => `<th scope="col">${esc(s.id)}</th>`).join('')}</tr>`;
  const rows = pieces(a.claimsTable, (row) => {
    const cells = each(a.sources, (s) => {
      const list = (row.cells[s.id] ?? []).map((i) => a.claims[i]!);
      if (list.length === 0) return '<td class="empty">—</td>';
      const claims = list.map((c) => `<div class="claim"><strong>${esc(claimValue(c))}</strong> <span class="voice v-${c.voice}">${VOICE_NAME[c.voice]}</span><br><small>${inline(c.text)}</small>${c.speaker ? `<br><small>speaker: ${inline(c.speaker)}</small>` : ''}</div>`);
      return `<td>${claims.join('')}</td>`;
    });
    // A row has a cell per source: in pieces too.
    return [`<tr><th scope="row">${esc(row.measure)} · ${esc(row.group)}</th>`, cells, '</tr>'];
  });
  yield `<p>Each row is one thing counted; each column a source. ${esc(QUALIFIER_LEGEND)}; the words under each figure are the source's own.</p>`;
  yield* scrollTable('numbers', head, rows);
}

function* passagesSection(a: Analysis, lang: Lang): Generator<string> {
  yield* passagesHtml(a, lang);
  yield groupsHtml(a, lang);
}

function* passagesHtml(a: Analysis, lang: Lang): Generator<string> {
  const t = reportText(lang);
  const attrs = lang === 'ar' ? ' lang="ar" dir="rtl"' : '';
  if (a.passages.length === 0) {
    yield `<p${attrs}>${esc(a.passageGroups.length === 0 ? t.noPassages : t.noPairPassage)}</p>`;
    return;
  }
  const l = t.passageLegend;
  const legend = `<p class="legend"${attrs}>${esc(l.intro)} <del>${esc(l.first)}</del> <ins>${esc(l.second)}</ins> <abbr class="spell" title="${esc(l.spellingTitle)}">${esc(l.spelling)}</abbr> <mark class="term">${esc(l.term)}</mark></p>`;
  // The first few print in the compact printout; the rest are evidence.
  yield legend;
  for (const [i, p] of a.passages.entries()) yield passageHtml(a, p, i >= TOP_PASSAGES);
}

/** Shared passages in the compact printout. */
const TOP_PASSAGES = 3;

function passageHtml(a: Analysis, p: Passage, evidence: boolean): string {
  const sourceA = sourceById(a.sources, p.a.source)!;
  const sourceB = sourceById(a.sources, p.b.source)!;
  const diff = passageMarkup(p, sourceA.body, sourceB.body, {labelB: sourceB.id});
  return `<article class="passage${evidence ? ' evidence-only' : ''}"><h3>${name(a, sourceA.id)} ↔ ${name(a, sourceB.id)} <small>similarity ${p.similarity.toFixed(2)} · ${esc(editSummary(p))}</small></h3><blockquote${languageAttrs(sourceA.language)} class="diff">${diff}</blockquote></article>`;
}

function* speakersHtml(a: Analysis): Generator<string> {
  let any = false;
  for (const s of a.sources) {
    const rows = ofSource(a.speakers, s.id);
    if (rows.length === 0) continue;
    if (!any) yield '<p>Who each source lets speak: reported statements per speaker, the framing words they voice and their share of the source\'s framing words.</p><div class="speakers-grid">';
    any = true;
    const verbs = ofSource(a.statements, s.id).filter((st) => st.furniture == null);
    const stance = (['neutral', 'endorsing', 'distancing'] as const).map((k) => `${verbs.filter((v) => v.stance === k).length} ${k}`).join(', ');
    const body = rows.map((r) => `<tr><td${blockAttrs(r.speaker)}>${esc(r.speaker)}</td><td class="num">${r.statements}</td><td class="num">${r.mentions}</td><td class="num">${Math.round(r.share * 100)}%</td></tr>`);
    yield `<div><h3>${inline(sourceName(s))}</h3><p><small>reporting verbs: ${esc(stance)}</small></p><table class="speakers"><thead><tr><th>speaker</th><th class="num">statements</th><th class="num">framing words</th><th class="num">share</th></tr></thead><tbody>${body.join('')}</tbody></table></div>`;
  }
  yield any ? '</div>' : '<p>No reported statements found.</p>';
}

function* sourcesHtml(a: Analysis): Generator<string> {
  // Metadata the tool keeps without using (front-matter keys, page metadata, extra columns) gets a column when there is any.
  const extra = a.sources.some((s) => s.extra && Object.keys(s.extra).length > 0);
  const rows = each(a.sources, (s) => {
    const title = s.title ? `<td${blockAttrs(s.title)}>${esc(s.title)}</td>` : '<td>—</td>';
    const credits = s.credits.length ? s.credits.map((c) => `<span${blockAttrs(c.text)}>${esc(c.text)}</span>`).join('<br>') : '<small>names no source</small>';
    const note = encodingNote(s);
    const read = note ? `<strong>${esc(note)}</strong>` : esc(encodingLabel(s.encoding, s.replaced));
    const more = extra ? `<td>${Object.entries(s.extra ?? {}).map(([k, v]) => `${esc(k)}: ${inline(v)}`).join('<br>')}</td>` : '';
    const file = s.line === undefined ? s.file : `${s.file}:${s.line}`;
    return `<tr><td>${esc(s.id)}</td><td>${s.outlet ? inline(s.outlet) : 'not given'}</td><td>${credits}</td>${title}<td>${esc(s.date ?? '—')}</td><td class="num">${s.words}</td><td><code>${esc(file)}</code></td><td>${read}</td>${more}</tr>`;
  });
  yield '<p>Outlet: as given in the file\'s front matter or page metadata. The text says: the credit lines, bylines, photo credits and agency datelines in the text itself, as written.</p>';
  yield* scrollTable('sources', `<tr><th>id</th><th>outlet</th><th>the text says</th><th>title</th><th>date</th><th class="num">words</th><th>file</th><th>read as</th>${extra ? '<th>other metadata</th>' : ''}</tr>`, rows);
  const skipped = a.skipped ?? [];
  if (skipped.length === 0) return;
  const items = skipped.map((f) => `<li><code>${esc(f.file)}</code>: ${esc(f.reason)}</li>`).join('');
  yield `<p><strong>Skipped: ${skipped.length} file${skipped.length === 1 ? '' : 's'} could not be read</strong> and are not in this report:</p><ul class="skipped">${items}</ul>`;
}

function methodHtml(a: Analysis, lang: Lang): string {
  const counts = new Map<string, number>();
  for (const m of a.mentions) counts.set(m.label, (counts.get(m.label) ?? 0) + 1);
  const rows = a.lexicon
    .filter((e) => counts.has(e.id))
    .map((e) => {
      const terms = [...e.terms, ...(e.patterns ?? [])].join(e.language === 'ar' ? '، ' : ', ');
      return `<tr><td><code>${esc(e.id)}</code></td><td>${esc(e.concept)} / ${esc(e.pole)}</td><td class="num">${e.weight}</td><td>${esc(e.gloss)}</td><td${languageAttrs(e.language)}>${esc(terms)}</td><td class="num">${counts.get(e.id)}</td></tr>`;
    });
  const ar = (text: string): string => `<bdi lang="ar">${esc(text)}</bdi>`;
  return `<p>Each mention is an occurrence of a lexicon term. Arabic terms are matched with their inflections and attached particles; matching ignores diacritics and the spelling variants of alef, hamza, ya and ta marbuta, but the text shown is always as written.</p>
<p>Voice: <em>own voice</em> = the narrator's words; <em>quoted</em> = inside quotation marks; <em>attributed</em> = reported speech governed by a reporting verb or phrase (${ar('قال، أكد، بحسب')} …) or a “Speaker: claim” headline. <em>Distanced</em> = the text marks the wording as someone else's (scare quotes, “so-called”, ${ar('ما وصفه بـ، من تسميهم')}). Negated labels, and words in page furniture (photo captions, embedded posts, links to other stories, page chrome), are shown but not counted.</p>
<p>The lean of a cell is the mean stance weight of the outlet's own-voice, non-distanced mentions, from −1 (the concept's first pole) to +1 (its second); with no such mention there is no lean, which is not the same as 0.</p>
<h3${lang === 'ar' ? ' lang="ar" dir="rtl"' : ''}>${esc(reportText(lang).lexiconHeading)}</h3>${[...scrollTable('lexicon', '<tr><th>entry</th><th>concept / pole</th><th class="num">weight</th><th>gloss</th><th>terms</th><th class="num">mentions</th></tr>', rows)].join('')}`;
}
