import type {Analysis, AnalyzedSource, ConceptInfo, MatrixCell, OwnVoiceTerm} from '../../types.js';
import {cellWidth, fitCells} from '../cells.js';
import {line, type Line, type Seg} from '../line.js';
import {lookup} from '../lookup.js';
import type {TuiState, Viewport} from '../state.js';
import {BAR, keyHints, tuiText} from '../../i18n/tui-text.js';
import {conceptName, conceptQuestion, poleName, type Lang} from '../../lesson/words.js';
import {dominantTerm, glossIn, whereLine, hasArabic, inlineLabel, leanNumber, leanStyle, poleMark, poleStyle, sourceLabel, type Frame} from './common.js';

/*
 * The framing matrix: one row per outlet, one column per concept. A cell
 * shows the own-voice lean (sign and colour) and, when glosses are on, the
 * gloss of the outlet's dominant own-voice term. The Arabic terms go in the
 * last column, for the selected concept: a terminal that applies bidi
 * itself would drag the cells and borders next to an Arabic cell across it,
 * so Arabic never has a column to its right. The counts behind the selected
 * cell are listed below the matrix.
 */

const CELL_MIN = 12;
const CELL_MAX = 20;
const TERM_MIN = 14;

interface Layout {
  readonly idW: number;
  readonly cellW: number;
  readonly termW: number;
  /** The concept columns on screen (a window around the selected one when they do not all fit). */
  readonly first: number;
  readonly count: number;
}

/**
 * Widths: the row label as wide as the longest label needs (ids, and the
 * outlet's name where it is not right-to-left) within a cap, the concept
 * cells, and the Arabic term column — only when the corpus has Arabic: an
 * English term needs no column of its own, it is what the cells show.
 */
function layout(a: Analysis, col: number, cols: number, lang: Lang): Layout {
  const arabic = hasArabic(a);
  const longest = a.sources.reduce((n, s) => Math.max(n, cellWidth(rowLabel(a, s, cols, lang))), 3);
  const idW = Math.min(cols >= 120 ? 24 : arabic ? 12 : 18, Math.max(4, longest + 1));
  const termMin = arabic ? TERM_MIN + 2 : 0;
  const room = cols - idW - termMin;
  const count = Math.max(1, Math.min(a.concepts.length, Math.floor(room / CELL_MIN)));
  const cellW = Math.min(CELL_MAX, Math.floor(room / count));
  const first = Math.max(0, Math.min(col - Math.floor(count / 2), a.concepts.length - count));
  return {idW, cellW, termW: arabic ? cols - idW - cellW * count - 2 : 0, first, count};
}

/**
 * The row label: the id, and the outlet's name where there is room for it —
 * a wide terminal, or a corpus without Arabic (no term column) — and it is
 * not right-to-left (the cells follow it).
 */
function rowLabel(a: Analysis, s: AnalyzedSource, cols: number, lang: Lang): string {
  if (cols >= 120) return inlineLabel(s, lang);
  return hasArabic(a) ? s.id : inlineLabel(s, lang);
}

/** What ends a cell: a space, or in Arabic the bar that keeps an Arabic label inside its column on a bidi terminal. */
const cellEnd = (lang: Lang): string => (lang === 'ar' ? BAR : ' ');

function leanCell(a: Analysis, cell: MatrixCell | undefined, width: number, glosses: boolean, lang: Lang): [Seg, Seg | null] {
  const lean = leanNumber(cell?.lean ?? null);
  const end = cellEnd(lang);
  if (lean === null) {
    // Never a 0: say there is no evidence, in as many words as fit.
    const [first, second] = tuiText(lang).noEvidenceCell(width - 1, glosses);
    return [{text: fitCells(first, width - 1) + end, dim: true}, glosses ? {text: fitCells(second, width - 1) + end, dim: true} : null];
  }
  const top = dominantTerm(cell);
  const gloss = top ? glossIn(a, top.label, top.gloss, lang) : '';
  return [{text: fitCells(`${lean} n=${cell!.evidence}`, width - 1) + end, ...leanStyle(cell!.lean)}, glosses ? {text: fitCells(gloss, width - 1) + end, dim: true} : null];
}

export function overviewFrame(a: Analysis, s: TuiState, v: Viewport): Frame {
  const {row, col} = s.overview;
  const L = layout(a, col, v.cols, s.lang);
  const index = lookup(a);
  const concepts = a.concepts.slice(L.first, L.first + L.count);
  const selected = a.concepts[col];
  const perSource = s.glosses ? 2 : 1;
  // The matrix takes what it needs, leaving at least the lean and the counts for the detail below it.
  const visible = Math.max(1, Math.min(a.sources.length, Math.floor((v.rows - 2 - 6) / perSource)));
  const top = Math.max(0, Math.min(row - Math.floor(visible / 2), a.sources.length - visible));
  const more = L.first + L.count < a.concepts.length ? '▶' : '';
  const header: Seg[] = [
    {text: fitCells(L.first > 0 ? '◀' : '', L.idW), dim: true},
    ...concepts.map((c, i) => ({text: fitCells(conceptName(c.id, s.lang), L.cellW - 1) + cellEnd(s.lang), bold: true, underline: L.first + i === col})),
    ...(L.termW > 0 ? [{text: '│ ', dim: true}, {text: fitCells(termHeader(conceptName(selected?.id ?? '', s.lang), L.termW, s.lang) + (more ? ` ${more}` : ''), L.termW), bold: true}] : [{text: more, dim: true}]),
  ];
  const lines: Line[] = [{segs: header}];
  a.sources.slice(top, top + visible).forEach((src, k) => {
    const r = top + k;
    const cells = concepts.map((c) => leanCell(a, index.cell(src.id, c.id), L.cellW, s.glosses, s.lang));
    const mark = (segs: Seg, i: number): Seg => (r === row && L.first + i === col ? {...segs, inverse: true} : segs);
    const term = dominantTerm(selected ? index.cell(src.id, selected.id) : undefined);
    const label = rowLabel(a, src, v.cols, s.lang);
    const termCol = (segs: Seg[]): Seg[] => (L.termW > 0 ? [{text: '│ ', dim: true}, ...segs] : []);
    lines.push({segs: [{text: fitCells(label, L.idW - 1) + ' ', bold: r === row, inverse: r === row && L.idW > 4}, ...cells.map((c, i) => mark(c[0], i)), ...termCol([termSeg(a, selected?.id ?? '', term)])]});
    if (s.glosses) lines.push({segs: [{text: ' '.repeat(L.idW)}, ...cells.map((c, i) => mark(c[1]!, i)), ...termCol([{text: term ? `×${term.count}` : '', dim: true}])]});
  });
  lines.push(line({text: '─'.repeat(v.cols), dim: true}));
  if (selected && a.sources[row]) lines.push(...cellDetail(a, s, selected, v.rows - lines.length));
  const skipped = a.skipped?.length ?? 0;
  // The skipped files were named on stderr before the UI took the screen; the status line keeps the count in view.
  const t = tuiText(s.lang);
  const where = whereLine(s, [`${a.sources[row]?.id ?? '-'} × ${selected ? conceptName(selected.id, s.lang) : '-'}`, ...(skipped ? [t.skippedFiles(skipped)] : [])]);
  return {lines, where, keys: keyHints(t.overviewKeys, s.lang)};
}

function termHeader(concept: string, width: number, lang: Lang): string {
  return tuiText(lang).termHeader(concept).find((t) => cellWidth(t) <= width - 2) ?? concept;
}

/** The form the outlet uses most for the selected concept, as written: last on its line. */
function termSeg(a: Analysis, concept: string, term: OwnVoiceTerm | undefined): Seg {
  if (!term) return {text: '—', dim: true};
  return {text: term.forms[0] ?? term.label, ...poleStyle(a, concept, term.pole)};
}

/** What the selected cell rests on: the lean, counts per pole and voice, and as many of its terms as `rows` allow. */
function cellDetail(a: Analysis, s: TuiState, concept: ConceptInfo, rows: number): Line[] {
  const src = a.sources[s.overview.row]!;
  const cell = lookup(a).cell(src.id, concept.id);
  const lang = s.lang;
  const t = tuiText(lang);
  const ar = lang === 'ar';
  // In Arabic: the source first (its id is left-to-right), then the concept and its question, which end the line.
  const out: Line[] = [
    ar
      ? line({text: `${src.id}${t.sep}`, bold: true}, {text: `${conceptName(concept.id, lang)}: `, bold: true}, {text: conceptQuestion(concept, lang), dim: true})
      : line({text: `${concept.id}`, bold: true}, {text: ` — ${concept.question} — `, dim: true}, {text: sourceLabel(src, s.lang), bold: true}),
  ];
  const ends = concept.poles.slice(0, 2).map((p) => `${poleMark(a, concept.id, p)} ${poleName(p, lang)}`).join(t.sep);
  const lean = leanNumber(cell?.lean ?? null);
  out.push(
    lean === null
      ? line({text: t.noEvidence, dim: true, bold: true}, {text: t.noEvidenceWhy(ends), dim: true})
      : line({text: t.ownLean(lean), ...leanStyle(cell!.lean)}, `${t.sep}${t.ownMentions(cell!.evidence)}${t.sep}${ends}`),
  );
  for (const pole of concept.poles) {
    const c = cell?.counts[pole];
    if (!c) continue;
    const per = cell?.perThousand[pole] ?? 0;
    out.push(line({text: `  ${poleMark(a, concept.id, pole)} ${fitCells(poleName(pole, lang), 15)}${ar ? BAR + ' ' : ''}`, ...poleStyle(a, concept.id, pole)}, t.counts(c.outlet, c.quoted, c.attributed, per.toFixed(1))));
  }
  const groups: [string, readonly OwnVoiceTerm[]][] = [
    [t.groups.own, cell?.ownVoiceTerms ?? []],
    [t.groups.reported, cell?.reportedTerms ?? []],
    [t.groups.distanced, cell?.distancedTerms ?? []],
  ];
  // One row per term; when they do not all fit, every group keeps the same number of rows and says how many more it has.
  const room = Math.max(0, rows - out.length);
  let each = 0;
  while (groups.reduce((n, [, list]) => n + Math.min(list.length, each + 1), 0) <= room && groups.some(([, list]) => list.length > each)) each++;
  for (const [label, list] of groups) {
    list.slice(0, each).forEach((term, i) => {
      const more = i === each - 1 && list.length > each ? t.more(list.length - each) : '';
      // In Arabic the count comes first (left to right), then the gloss and the forms, which end the line.
      const gloss = s.glosses ? glossIn(a, term.label, term.gloss, lang) : '';
      out.push(
        ar
          ? line({text: fitCells(i === 0 ? label : '', 11) + BAR, dim: true}, {text: ` ×${term.count}${more} ${gloss}${gloss ? ': ' : ''}`}, {text: term.forms.join(' / '), ...poleStyle(a, concept.id, term.pole)})
          : line({text: fitCells(i === 0 ? label : '', 12), dim: true}, {text: `${gloss ? `${gloss} ` : ''}×${term.count}${more}: `}, {text: term.forms.join(' / '), ...poleStyle(a, concept.id, term.pole)}),
      );
    });
  }
  return out.slice(0, rows);
}
