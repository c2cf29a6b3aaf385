import {QUALIFIER_SIGN} from '../../claims/qualifier.js';
import type {Analysis, Claim} from '../../types.js';
import {fitCells} from '../cells.js';
import {line, type Line, type Seg} from '../line.js';
import type {TuiState, Viewport} from '../state.js';
import {hasRtl} from '../visual.js';
import {wrapWords} from '../wrap.js';
import {BAR, keyHints, tuiText} from '../../i18n/tui-text.js';
import {approxName, measureName, type Lang} from '../../lesson/words.js';
import {whereLine, type Frame} from './common.js';

/*
 * The claims table: what is counted, of whom (rows) × source (columns),
 * each figure marked when the outlet only quotes or attributes it. Below,
 * the selected cell's figures with the sentence each came from, the figure
 * highlighted. Many sources scroll sideways around the selected column.
 */


export function figure(c: Claim, lang: Lang = 'en'): string {
  return `${QUALIFIER_SIGN[c.qualifier]}${c.value !== null ? c.value.toLocaleString('en') : c.approx !== null ? approxName(c.approx, lang) : '?'}`;
}

const LABEL_W = 22;
const COL_MIN = 10;

export function numbersFrame(a: Analysis, s: TuiState, v: Viewport): Frame {
  const nb = s.numbers;
  const t = tuiText(s.lang);
  const ar = s.lang === 'ar';
  // In Arabic the row label is closed by the bar, so a bidi terminal does not pull the figures across it.
  const label = (text: string): string => (ar ? fitCells(text, LABEL_W - 1) + BAR : fitCells(text, LABEL_W));
  const room = v.cols - LABEL_W;
  const count = Math.max(1, Math.min(a.sources.length, Math.floor(room / COL_MIN)));
  const colW = Math.floor(room / count);
  const firstCol = Math.max(0, Math.min(nb.col - Math.floor(count / 2), a.sources.length - count));
  const shown = a.sources.slice(firstCol, firstCol + count);
  const lines: Line[] = [
    line(
      {text: label(`${t.whatWhom}${firstCol > 0 ? '  ◀' : ''}`), bold: true},
      ...shown.map((x, i) => ({text: fitCells(x.id + (firstCol + i === a.sources.length - 1 || i < count - 1 ? '' : ' ▶'), colW), bold: true, underline: firstCol + i === nb.col})),
    ),
  ];
  const cell = a.claimsTable[nb.row];
  const src = a.sources[nb.col];
  const ids = cell && src ? cell.cells[src.id] ?? [] : [];
  const detail = claimRows(a, s, ids, v.cols);
  const detailRows = Math.min(detail.length, Math.max(3, v.rows - 3 - a.claimsTable.length));
  const tableRows = Math.max(1, Math.min(a.claimsTable.length, v.rows - detailRows - 3));
  const firstRow = Math.max(0, Math.min(nb.row - Math.floor(tableRows / 2), a.claimsTable.length - tableRows));
  a.claimsTable.slice(firstRow, firstRow + tableRows).forEach((row, k) => {
    const r = firstRow + k;
    const cells: Seg[] = shown.map((x, i) => {
      const list = (row.cells[x.id] ?? []).map((ci) => a.claims[ci]!);
      const text = fitCells(cellText(list, colW - 1, s.lang), colW - 1);
      // An Arabic word (عشرات) is closed by the bar, so the next column's figures stay out of its run.
      return {text: text + (ar && hasRtl(text) ? BAR : ' '), inverse: r === nb.row && firstCol + i === nb.col, dim: list.length === 0, bold: list.some((c) => c.voice === 'outlet')};
    });
    lines.push(line({text: label(ar ? measureName(row.measure, row.group, 'ar') : `${row.measure} · ${row.group}`), bold: r === nb.row}, ...cells));
  });
  if (a.claimsTable.length === 0) lines.push(line({text: t.noFigures, dim: true}));
  lines.push(line({text: fitCells(t.figureLegend, v.cols), dim: true}));
  lines.push(line({text: '─'.repeat(v.cols), dim: true}));
  lines.push(...detail.slice(0, detailRows));
  const where = whereLine(s, [cell ? (ar ? measureName(cell.measure, cell.group, 'ar') : `${cell.measure} · ${cell.group}`) : '-', src?.id ?? '-', ...(nb.pane === 'claims' ? [t.figuresWhere] : [])]);
  return {lines, where, keys: keyHints(nb.pane === 'table' ? t.numbersKeysTable : t.numbersKeysClaims, s.lang)};
}

/** All figures of a cell, or the first and how many more when they do not fit. */
function cellText(list: readonly Claim[], width: number, lang: Lang): string {
  if (list.length === 0) return '—';
  const each = list.map((c) => `${figure(c, lang)}${c.voice === 'outlet' ? '' : '*'}`);
  const all = each.join(' ');
  return all.length <= width || list.length === 1 ? all : `${each[0]} +${list.length - 1}`;
}

/** Each figure of the selected cell on a row (what, in whose voice, said by whom); then the chosen one's sentence. */
function claimRows(a: Analysis, s: TuiState, ids: readonly number[], cols: number): Line[] {
  const src = a.sources[s.numbers.col];
  if (!src) return [];
  const t = tuiText(s.lang);
  if (ids.length === 0) return [line({text: t.noFigureRow(src.id), dim: true})];
  const out: Line[] = [];
  const chosen = Math.min(s.numbers.claim, ids.length - 1);
  ids.forEach((ci, k) => {
    const c = a.claims[ci]!;
    out.push(
      line(
        {text: `${k === chosen ? '▶' : ' '} ${src.id}: ${figure(c, s.lang)} ${s.lang === 'ar' ? `${BAR} ${measureName(c.measure, c.group, 'ar')}` : `${c.measure} (${c.group})`}${t.sep}${t.claimVoice(t.voice[c.voice])}`, bold: true, inverse: k === chosen && s.numbers.pane === 'claims'},
        ...(c.speaker ? [{text: `${t.sep}${t.speaker}`, dim: true}, {text: c.speaker}] : []),
      ),
    );
  });
  {
    const c = a.claims[ids[chosen]!]!;
    const sentence = src.sentences[c.sentence] ?? {start: c.start, end: c.end};
    const list: Seg[] = [];
    const re = /\S+/gu;
    re.lastIndex = sentence.start;
    for (let m = re.exec(src.body); m && m.index < sentence.end; m = re.exec(src.body)) {
      const start = m.index;
      const end = Math.min(sentence.end, start + m[0].length);
      const inside = start < c.end && end > c.start;
      list.push({text: src.body.slice(start, end), inverse: inside, bold: inside});
    }
    out.push(...wrapWords(list, Math.max(10, cols - 2), 'auto').map((l) => ({...l, lead: [{text: '  '}]})));
  }
  return out;
}
