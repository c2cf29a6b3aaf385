import type {Analysis, Mention} from '../../types.js';
import {cellWidth, fitCells} from '../cells.js';
import {line, type Line, type Seg} from '../line.js';
import {conceptMentions} from '../navigate.js';
import {VOICE_FILTERS, type TuiState, type Viewport} from '../state.js';
import {BAR, keyHints, tuiText} from '../../i18n/tui-text.js';
import {conceptName, conceptQuestion, poleName, type Lang} from '../../lesson/words.js';
import {glossIn, kwic, mentionSource, poleMark, poleStyle, whereLine, type Frame} from './common.js';

/*
 * Every outlet's mentions of one concept, two rows each: who, in whose
 * voice, which pole, the distanced and negated marks, the speaker (Arabic,
 * so last); then the words around the term on a row of their own, the term
 * highlighted. Filters (voice, pole) sit in their own pane.
 */

const ROWS_PER_MENTION = 2;

function filterLine(label: string, values: readonly string[], current: string, focused: boolean, active: boolean, lang: Lang): Line {
  // In Arabic each value is closed by the bar, so a bidi terminal keeps the values in their order.
  const end = lang === 'ar' ? BAR : ' ';
  const segs: Seg[] = [{text: `${focused ? '▸' : ' '} ${fitCells(label, 8)}${end}`, bold: focused}];
  for (const v of values) segs.push({text: ` ${v}${end}`, inverse: v === current, bold: v === current && active, dim: v !== current});
  return {segs};
}

export function conceptFrame(a: Analysis, s: TuiState, v: Viewport): Frame {
  const c = s.concept;
  const concept = a.concepts[c.concept];
  const lang = s.lang;
  const t = tuiText(lang);
  if (!concept) return {lines: [line({text: t.noConcepts, dim: true})], where: whereLine(s, []), keys: ''};
  const list = conceptMentions(a, s);
  const filters = c.pane === 'filters';
  const voiceName = (v: string): string => (v === 'all' ? t.all : t.voice[v as Mention['voice']]);
  const pole = (p: string): string => (p === 'all' ? t.all : poleName(p, lang));
  const lines: Line[] = [
    lang === 'ar'
      ? line({text: `${t.mentions(list.length)}${t.sep}`, dim: true}, {text: `${conceptName(concept.id, lang)}: `, bold: true}, {text: conceptQuestion(concept, lang), dim: true})
      : line({text: concept.id, bold: true}, {text: ` — ${concept.question} · ${t.mentions(list.length)}`, dim: true}),
  ];
  if (filters) {
    lines.push(
      filterLine(t.filters.concept, a.concepts.map((x) => conceptName(x.id, lang)), conceptName(concept.id, lang), c.filter === 0, true, lang),
      filterLine(t.filters.voice, VOICE_FILTERS.map(voiceName), voiceName(c.voice), c.filter === 1, true, lang),
      filterLine(t.filters.pole, ['all', ...concept.poles].map(pole), pole(c.pole), c.filter === 2, true, lang),
    );
  } else {
    lines.push(line({text: t.filterSummary(voiceName(c.voice), c.pole === 'all' ? t.all : `${poleMark(a, concept.id, c.pole)}${pole(c.pole)}`), dim: true}));
  }
  const room = Math.max(ROWS_PER_MENTION, v.rows - lines.length);
  const visible = Math.max(1, Math.floor(room / ROWS_PER_MENTION));
  const first = Math.max(0, Math.min(c.cursor - Math.floor(visible / 2), list.length - visible));
  list.slice(first, first + visible).forEach((m, k) => lines.push(...mentionRows(a, m, first + k === c.cursor && !filters, s.glosses, v.cols, lang)));
  if (list.length === 0) lines.push(line({text: t.noMention, dim: true}));
  const where = whereLine(s, [conceptName(concept.id, lang), `${list.length ? c.cursor + 1 : 0}/${list.length}`, ...(filters ? [t.filtersWhere] : [])]);
  const keys = keyHints(filters ? t.conceptKeysFilters : t.conceptKeys, lang);
  return {lines, where, keys};
}

/**
 * Who, in whose voice, which pole, the marks, the speaker (Arabic: last).
 * On a narrow terminal the gloss goes first, then the padding, so that the
 * speaker stays whole.
 */
function headRow(a: Analysis, m: Mention, selected: boolean, glosses: boolean, cols: number, lang: Lang): Line {
  const t = tuiText(lang);
  // In Arabic the labels after the id read as one right-to-left phrase; no padding inside it.
  const ar = lang === 'ar';
  const build = (gloss: boolean, pad: boolean): Seg[] => {
    const voice = t.voice[m.voice];
    const head: Seg[] = [
      {text: `${selected ? '▶' : ' '} ${pad ? fitCells(m.source, 4) : m.source}`, bold: selected, inverse: selected},
      {text: ` ${pad && !ar ? fitCells(voice, 10) : voice} `, bold: m.voice === 'outlet'},
      {text: `${poleMark(a, m.concept, m.pole)} ${poleName(m.pole, lang)} `, ...poleStyle(a, m.concept, m.pole)},
    ];
    // In Arabic the bar, not quotation marks: a closing mark after the Arabic gloss would be drawn where its reading starts (before a Latin speaker, at the line's end).
    if (gloss) head.push({text: ar ? `${BAR} ${glossIn(a, m.label, m.gloss, lang)} ${BAR} ` : `“${glossIn(a, m.label, m.gloss, lang)}” `});
    if (m.distanced) head.push({text: `[${t.flags.distanced}] `, color: 'magenta', bold: true});
    if (m.negated) head.push({text: `[${t.flags.negated}] `, color: 'magenta', bold: true});
    if (m.furniture) head.push({text: `[${t.furniture[m.furniture]}] `, color: 'magenta', bold: true});
    if (m.speaker) head.push({text: t.speaker, dim: true}, {text: m.speaker});
    return head;
  };
  const width = (segs: readonly Seg[]): number => segs.reduce((n, x) => n + cellWidth(x.text), 0);
  const options = [build(glosses, true), build(false, true), build(false, false)];
  return {segs: options.find((o) => width(o) <= cols) ?? options[options.length - 1]!};
}

function mentionRows(a: Analysis, m: Mention, selected: boolean, glosses: boolean, cols: number, lang: Lang): Line[] {
  const src = mentionSource(a, m);
  const context = src ? kwic(src.body, m.start, m.end, cols, poleStyle(a, m.concept, m.pole)) : line(m.text);
  return [headRow(a, m, selected, glosses, cols, lang), context];
}
