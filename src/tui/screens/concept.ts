import type {Analysis, Mention} from '../../types.js';
import {FURNITURE_NAME} from '../../corpus/furniture-kind.js';
import {cellWidth, fitCells} from '../cells.js';
import {line, type Line, type Seg} from '../line.js';
import {conceptMentions} from '../navigate.js';
import {VOICE_FILTERS, type TuiState, type Viewport} from '../state.js';
import {kwic, mentionSource, poleMark, poleStyle, VOICE_LABEL, type Frame} from './common.js';

/*
 * Every outlet's mentions of one concept, two rows each: who, in whose
 * voice, which pole, the distanced and negated marks, the speaker (Arabic,
 * so last); then the words around the term on a row of their own, the term
 * highlighted. Filters (voice, pole) sit in their own pane.
 */

const ROWS_PER_MENTION = 2;

function filterLine(label: string, values: readonly string[], current: string, focused: boolean, active: boolean): Line {
  const segs: Seg[] = [{text: `${focused ? '▸' : ' '} ${label.padEnd(8)}`, bold: focused}];
  for (const v of values) segs.push({text: ` ${v} `, inverse: v === current, bold: v === current && active, dim: v !== current});
  return {segs};
}

export function conceptFrame(a: Analysis, s: TuiState, v: Viewport): Frame {
  const c = s.concept;
  const concept = a.concepts[c.concept];
  if (!concept) return {lines: [line({text: 'No concepts in this lexicon.', dim: true})], where: '2 Concept', keys: ''};
  const list = conceptMentions(a, s);
  const filters = c.pane === 'filters';
  const lines: Line[] = [
    line({text: concept.id, bold: true}, {text: ` — ${concept.question} · ${list.length} mention${list.length === 1 ? '' : 's'}`, dim: true}),
  ];
  if (filters) {
    lines.push(
      filterLine('concept', a.concepts.map((x) => x.id), concept.id, c.filter === 0, true),
      filterLine('voice', VOICE_FILTERS.map(voiceName), voiceName(c.voice), c.filter === 1, true),
      filterLine('pole', ['all', ...concept.poles], c.pole, c.filter === 2, true),
    );
  } else {
    lines.push(line({text: `voice: ${voiceName(c.voice)} (v) · pole: ${c.pole === 'all' ? 'all' : `${poleMark(a, concept.id, c.pole)}${c.pole}`} (p) · Tab filters · [ ] concept`, dim: true}));
  }
  const room = Math.max(ROWS_PER_MENTION, v.rows - lines.length);
  const visible = Math.max(1, Math.floor(room / ROWS_PER_MENTION));
  const first = Math.max(0, Math.min(c.cursor - Math.floor(visible / 2), list.length - visible));
  list.slice(first, first + visible).forEach((m, k) => lines.push(...mentionRows(a, m, first + k === c.cursor && !filters, s.glosses, v.cols)));
  if (list.length === 0) lines.push(line({text: 'No mention with these filters: press v or p to widen them.', dim: true}));
  const where = `2 Concept · ${concept.id} · ${list.length ? c.cursor + 1 : 0}/${list.length}${filters ? ' · filters' : ''}`;
  const keys = filters ? '↑↓ filter · ←→ value · Tab list' : '↑↓ mention · Enter read · v p filter · Tab';
  return {lines, where, keys};
}

const voiceName = (v: string): string => (v === 'all' ? 'all' : VOICE_LABEL[v as Mention['voice']]);

/**
 * Who, in whose voice, which pole, the marks, the speaker (Arabic: last).
 * On a narrow terminal the gloss goes first, then the padding, so that the
 * speaker stays whole.
 */
function headRow(a: Analysis, m: Mention, selected: boolean, glosses: boolean, cols: number): Line {
  const build = (gloss: boolean, pad: boolean): Seg[] => {
    const head: Seg[] = [
      {text: `${selected ? '▶' : ' '} ${pad ? fitCells(m.source, 4) : m.source}`, bold: selected, inverse: selected},
      {text: ` ${pad ? fitCells(VOICE_LABEL[m.voice], 10) : VOICE_LABEL[m.voice]} `, bold: m.voice === 'outlet'},
      {text: `${poleMark(a, m.concept, m.pole)} ${m.pole} `, ...poleStyle(a, m.concept, m.pole)},
    ];
    if (gloss) head.push({text: `“${m.gloss}” `});
    if (m.distanced) head.push({text: '[distanced] ', color: 'magenta', bold: true});
    if (m.negated) head.push({text: '[negated] ', color: 'magenta', bold: true});
    if (m.furniture) head.push({text: `[${FURNITURE_NAME[m.furniture]}] `, color: 'magenta', bold: true});
    if (m.speaker) head.push({text: 'speaker: ', dim: true}, {text: m.speaker});
    return head;
  };
  const width = (segs: readonly Seg[]): number => segs.reduce((n, x) => n + cellWidth(x.text), 0);
  const options = [build(glosses, true), build(false, true), build(false, false)];
  return {segs: options.find((o) => width(o) <= cols) ?? options[options.length - 1]!};
}

function mentionRows(a: Analysis, m: Mention, selected: boolean, glosses: boolean, cols: number): Line[] {
  const src = mentionSource(a, m);
  const context = src ? kwic(src.body, m.start, m.end, cols, poleStyle(a, m.concept, m.pole)) : line(m.text);
  return [headRow(a, m, selected, glosses, cols), context];
}
