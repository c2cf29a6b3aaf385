import {encodingNote} from '../../corpus/encoding-note.js';
import type {Analysis, Mention, Span, Statement} from '../../types.js';
import {fitCells} from '../cells.js';
import {line, type Line, type Seg, type Style} from '../line.js';
import {lookup} from '../lookup.js';
import {displayText} from '../sanitize.js';
import {glossRow, gutterCols, readerBodyRows, readerTextCols} from '../navigate.js';
import {readerRows, rowAt, type ReaderRow} from '../reader-layout.js';
import type {TuiState, Viewport} from '../state.js';
import {keyHints, tuiText} from '../../i18n/tui-text.js';
import {conceptName, type Lang} from '../../lesson/words.js';
import {glossIn, inlineLabel, poleMark, poleStyle, sourceLabel, whereLine, type Frame} from './common.js';

/*
 * One article, scrollable. Framing terms are coloured by pole and marked
 * in the gutter by concept (A− = actors, first pole), so the page reads the
 * same without colour; distanced terms are underlined. `d` dims every word
 * the outlet does not say in its own voice (quotes, reported speech,
 * attributed headlines) and the page furniture (captions, embedded posts,
 * links to other stories, page chrome). The header line also shows the
 * metadata the source carries beyond outlet and title (author, section …). The gutter is on the left and the Arabic text
 * after it, so nothing sits to the right of the Arabic.
 */

/** First letter of each concept id, or more letters where two concepts share one. */
export function conceptAbbreviations(a: Analysis): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of a.concepts) {
    let n = 1;
    while (a.concepts.some((o) => o.id !== c.id && o.id.slice(0, n).toUpperCase() === c.id.slice(0, n).toUpperCase()) && n < c.id.length) n++;
    out.set(c.id, c.id.slice(0, n).toUpperCase());
  }
  return out;
}

/** Items (sorted by start) overlapping a span. */
function overlapping<T extends Span>(items: readonly T[], span: Span): T[] {
  let lo = 0;
  let hi = items.length;
  // The first item ending after span.start; items are sorted by start and rarely nest, so step back over long ones.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  let i = lo;
  while (i > 0 && items[i - 1]!.end > span.start) i--;
  const out: T[] = [];
  for (; i < items.length && items[i]!.start < span.end; i++) if (items[i]!.end > span.start) out.push(items[i]!);
  return out;
}

export function readerFrame(a: Analysis, s: TuiState, v: Viewport): Frame {
  const r = s.reader;
  const src = a.sources[r.source];
  const t = tuiText(s.lang);
  if (!src) return {lines: [line({text: t.noSources, dim: true})], where: whereLine(s, []), keys: ''};
  const textCols = readerTextCols(v.cols, s.glosses);
  const rows = readerRows(a, r.source, textCols);
  const page = readerBodyRows(v, s.glosses);
  const first = Math.min(rowAt(rows, r.top), Math.max(0, rows.length - page));
  const index = lookup(a);
  const mentions = index.mentionsOf(r.source);
  const statements = index.statementsOf(r.source);
  const focused = r.focus ? mentions.find((m) => m.start === r.focus!.start && m.end === r.focus!.end) : undefined;
  // An outlet's name in Arabic goes last on the row.
  const label = inlineLabel(src, s.lang);
  const header: Seg[] = [{text: `${label}${t.sep}`, bold: true}];
  if (focused) header.push({text: `▸ ${t.focusHead(poleMark(a, focused.concept, focused.pole), conceptName(focused.concept, s.lang), t.voice[focused.voice], s.glosses ? glossIn(a, focused.label, focused.gloss, s.lang) : null)}${t.sep}`, ...poleStyle(a, focused.concept, focused.pole), bold: true});
  header.push({text: `${t.words(src.words)}${t.sep}${t.terms(mentions.length)}`, dim: true});
  const read = encodingNote(src);
  if (read) header.push({text: `${t.sep}${read}`, bold: true});
  if (label !== sourceLabel(src, s.lang)) header.push({text: `${t.sep}${src.outlet ? src.outlet : t.outletNotStated}`, bold: true});
  for (const [key, value] of Object.entries(src.extra ?? {})) header.push({text: `${t.sep}${key}: ${displayText(value)}`, dim: true});
  // What the text itself says about its source, beside the metadata (Arabic last on the row).
  const credits = src.credits.map((c) => displayText(c.text)).join(t.sep);
  if (credits) header.push({text: `${t.sep}${t.credits}${credits}`, dim: true});
  else if (!src.outlet) header.push({text: `${t.sep}${t.namesNoSource}`, dim: true});
  const abbreviations = conceptAbbreviations(a);
  const gutter = gutterCols(v.cols, s.glosses);
  const lines: Line[] = [{segs: header}];
  const shown: Mention[] = [];
  for (const row of rows.slice(first, first + page)) {
    const here = overlapping(mentions, row);
    shown.push(...here);
    const furniture = r.dim && src.paragraphs.some((p) => p.kind !== undefined && p.kind !== 'text' && p.start < row.end && row.start < p.end);
    lines.push({lead: [gutterSeg(a, here, abbreviations, gutter, s.glosses && gutter > 6, s.lang)], segs: rowSegs(a, src.body, row, here, overlapping(statements, row), r.dim, r.focus, furniture), rtl: row.rtl});
  }
  if (glossRow(v.cols, s.glosses)) {
    while (lines.length < page + 1) lines.push({segs: []});
    lines.push(glossLine(a, shown, abbreviations, s.lang));
  }
  const last = Math.min(rows.length, first + page);
  const where = whereLine(s, [src.id, t.rows(rows.length ? first + 1 : 0, last, rows.length), ...(r.dim ? [t.dimmed] : [])]);
  return {lines, where, keys: keyHints(t.readerKeys, s.lang)};
}

/** `glosses: A− gunmen / armed men · E− riots · …`: what the terms on screen mean, each entry once, in text order. */
function glossLine(a: Analysis, shown: readonly Mention[], abbreviations: ReadonlyMap<string, string>, lang: Lang): Line {
  const t = tuiText(lang);
  const segs: Seg[] = [{text: t.glossesLabel, dim: true}];
  const seen = new Set<string>();
  for (const m of shown) {
    if (seen.has(m.label)) continue;
    seen.add(m.label);
    // Each gloss follows its Latin mark (A−), which closes the Arabic gloss before it on a bidi terminal.
    if (seen.size > 1) segs.push({text: lang === 'ar' ? ' ' : ' · ', dim: true});
    segs.push({text: `${abbreviations.get(m.concept) ?? '?'}${poleMark(a, m.concept, m.pole)} `, ...poleStyle(a, m.concept, m.pole), bold: true}, {text: glossIn(a, m.label, m.gloss, lang)});
  }
  if (seen.size === 0) segs.push({text: t.noTermOnPage, dim: true});
  return {segs};
}

function gutterSeg(a: Analysis, here: readonly Mention[], abbreviations: ReadonlyMap<string, string>, width: number, glosses: boolean, lang: Lang): Seg {
  if (here.length === 0) return {text: ' '.repeat(width)};
  const marks = here.map((m) => `${abbreviations.get(m.concept) ?? '?'}${poleMark(a, m.concept, m.pole)}`);
  // An Arabic gloss in the gutter is followed by the article text: the count goes before it, so the gloss ends the gutter, closed by the bar.
  const gloss = glossIn(a, here[0]!.label, here[0]!.gloss, lang);
  const more = here.length > 1 ? `+${here.length - 1}` : '';
  if (glosses && lang === 'ar' && gloss !== here[0]!.gloss) return {text: `${fitCells(`${marks[0]}${more ? ` ${more}` : ''} ${gloss}`, width - 1)}\u01c0`, ...(here.length === 1 ? poleStyle(a, here[0]!.concept, here[0]!.pole) : {})};
  const text = glosses ? `${marks[0]} ${gloss}${more ? ` ${more}` : ''}` : marks.join('');
  return {text: `${fitCells(text, width - 1)} `, ...(here.length === 1 ? poleStyle(a, here[0]!.concept, here[0]!.pole) : {})};
}

/** One row's words; with `dim`, what is not the outlet's own voice is dimmed, and a row of page furniture (`furniture`) wholly. */
function rowSegs(a: Analysis, body: string, row: ReaderRow, here: readonly Mention[], reported: readonly Statement[], dim: boolean, focus: Span | null, furniture = false): Seg[] {
  const segs: Seg[] = [];
  row.words.forEach((w, i) => {
    const m = here.find((x) => x.start < w.end && w.start < x.end);
    const inStatement = reported.some((x) => x.start < w.end && w.start < x.end);
    let style: Style = {};
    if (m) style = {...poleStyle(a, m.concept, m.pole), bold: true, underline: m.distanced};
    if (dim && (furniture || (m && m.voice !== 'outlet') || (!m && inStatement))) style = {...style, dim: true, bold: false};
    if (focus && focus.start < w.end && w.start < focus.end) style = {...style, inverse: true};
    if (i > 0) segs.push({text: ' '});
    segs.push({text: body.slice(w.start, w.end), ...style});
  });
  return segs;
}
