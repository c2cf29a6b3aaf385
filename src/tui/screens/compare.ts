import {memberPassage} from '../../compare/group-passages.js';
import type {Analysis, AnalyzedSource, EditKind, Passage, PassageGroup} from '../../types.js';
import {fitCells} from '../cells.js';
import {line, type Line, type Seg} from '../line.js';
import {lookup} from '../lookup.js';
import type {TuiState, Viewport} from '../state.js';
import {words, wrapWords} from '../wrap.js';
import {BAR, keyHints, tuiText} from '../../i18n/tui-text.js';
import {conceptName, type Lang} from '../../lesson/words.js';
import {dominantTerm, glossIn, leanNumber, leanStyle, poleStyle, sourceLabel, whereLine, type Frame} from './common.js';

/*
 * Two outlets side by side: their concept rows (lean and dominant term, in
 * English so the columns can sit next to each other; the selected concept's
 * Arabic terms on rows of their own), then every passage they share as an
 * inline word diff: spelling-only changes quiet (a~b, dim), wording,
 * numbers, additions and removals loud ([-…-] {+…+}, red / green), ‹!› where
 * an edit touches a framing term. When both carry a story many sources
 * share (a passage group), the story's common wording and each side's
 * edits against it, the same way.
 */

const CONCEPT_W = 16;

/** Rows above the passages: two outlets, table header, one per concept, two for the Arabic terms, the passages header. */
const fixedRows = (a: Analysis): number => 2 + 1 + a.concepts.length + 2 + 1;

export function comparePageRows(a: Analysis, _s: TuiState, v: Viewport): number {
  return Math.max(1, v.rows - fixedRows(a));
}

export function compareFrame(a: Analysis, s: TuiState, v: Viewport): Frame {
  const c = s.compare;
  const A = a.sources[c.a];
  const B = a.sources[c.b];
  const t = tuiText(s.lang);
  const end = s.lang === 'ar' ? BAR : ' ';
  if (!A || !B || A === B) return {lines: [line({text: t.compareNeedsTwo, dim: true})], where: whereLine(s, []), keys: ''};
  const pane = c.pane;
  // One row per outlet: a name may be Arabic, and goes last on its row.
  const side = (label: string, src: AnalyzedSource, focused: boolean): Line =>
    line({text: `${focused ? '▸' : ' '} ${label} `, bold: true, inverse: focused}, {text: sourceLabel(src, s.lang), bold: true, inverse: focused});
  const lines: Line[] = [side('A', A, pane === 'outlets' && c.side === 'a'), side('B', B, pane === 'outlets' && c.side === 'b')];
  const colW = Math.max(12, Math.floor((v.cols - CONCEPT_W) / 2));
  lines.push(line({text: fitCells(t.conceptColumn, CONCEPT_W - 1) + end, bold: true}, {text: fitCells(`A ${A.id}`, colW), bold: true}, {text: fitCells(`B ${B.id}`, colW), bold: true}));
  const index = lookup(a);
  a.concepts.forEach((concept, i) => {
    const selected = i === c.concept;
    const cell = (src: AnalyzedSource): Seg => {
      const m = index.cell(src.id, concept.id);
      const lean = leanNumber(m?.lean ?? null);
      const top = dominantTerm(m);
      const text = lean === null ? t.noEvidence : `${lean} n=${m!.evidence}${s.glosses && top ? ` ${glossIn(a, top.label, top.gloss, s.lang)}` : ''}`;
      return {text: fitCells(text, colW - 1) + end, ...leanStyle(m?.lean ?? null)};
    };
    lines.push(line({text: fitCells(`${selected ? '▸' : ' '} ${conceptName(concept.id, s.lang)}`, CONCEPT_W - 1) + end, bold: selected, inverse: selected && pane === 'concepts'}, cell(A), cell(B)));
  });
  const concept = a.concepts[c.concept];
  for (const [label, src] of [['A', A], ['B', B]] as const) {
    const top = concept ? dominantTerm(index.cell(src.id, concept.id)) : undefined;
    lines.push(
      top
        ? line({text: t.ownVoiceTerm(label, conceptName(concept!.id, s.lang)), dim: true}, {text: top.forms.join(' / '), ...poleStyle(a, concept!.id, top.pole)})
        : line({text: t.noOwnTerm(label, conceptName(concept?.id ?? '', s.lang)), dim: true}),
    );
  }
  const passages = index.passagesBetween(A.id, B.id);
  const groups = index.groupsWith(A.id, B.id);
  const legend: (Seg | string)[] = [{text: '  ', dim: true}, {text: t.diffLegend[0], color: 'red'}, ' ', {text: t.diffLegend[1], color: 'green'}, ' ', {text: t.diffLegend[2], dim: true}, ' ', {text: t.diffLegend[3], color: 'magenta', bold: true}];
  lines.push(
    passages.length === 0 && groups.length === 0
      ? line({text: '─ ', dim: true}, {text: t.sharesNone(A.id, B.id), bold: true})
      : line({text: '─ ', dim: true}, {text: t.carried(passages.length, groups.length, (groups[0]?.members.length ?? 2) - 2), bold: true, inverse: pane === 'passages'}, ...legend),
  );
  const body = passageRows(a, s, v.cols);
  const page = comparePageRows(a, s, v);
  const scroll = Math.min(c.scroll, Math.max(0, body.length - page));
  lines.push(...body.slice(scroll, scroll + page));
  const keys = keyHints(t.compareKeys[pane], s.lang);
  return {lines, where: whereLine(s, [`${A.id} ↔ ${B.id}`, t.panes[pane]]), keys};
}

/** The passages of the two selected outlets as diff rows (scrolled by the screen). */
export function passageRows(a: Analysis, s: TuiState, cols: number): Line[] {
  const A = a.sources[s.compare.a];
  const B = a.sources[s.compare.b];
  if (!A || !B) return [];
  const t = tuiText(s.lang);
  const out: Line[] = [];
  lookup(a).passagesBetween(A.id, B.id).forEach((p, i) => {
    const summary = editCounts(p.edits, s.lang) || t.identical;
    out.push(line({text: `#${i + 1} ${p.a.source} → ${p.b.source}`, bold: true}, {text: t.passageStats(p.similarity.toFixed(2), summary), dim: true}));
    out.push(...wrapWords(diffWords(a, p), Math.max(10, cols - 2), 'auto').map((l) => ({...l, lead: [{text: '  '}]})));
  });
  for (const g of lookup(a).groupsWith(A.id, B.id)) out.push(...groupRows(a, g, [A, B], cols, s.lang));
  return out;
}

/** "2 wording, 1 added": how many edits of each kind, in the interface language. */
function editCounts(edits: Passage['edits'], lang: Lang): string {
  const kinds = new Map<EditKind, number>();
  for (const e of edits) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
  const t = tuiText(lang);
  return [...kinds].map(([k, n]) => t.edit(n, k)).join(t.editSep);
}

/**
 * A story both outlets carry among many: its size, then each side against
 * the common wording (its diff, or "word for word"); the common wording
 * itself when neither side changed it.
 */
function groupRows(a: Analysis, g: PassageGroup, sides: readonly AnalyzedSource[], cols: number, lang: Lang): Line[] {
  const t = tuiText(lang);
  const indent = (rows: Line[]): Line[] => rows.map((l) => ({...l, lead: [{text: '  '}]}));
  const edited = g.members.filter((m) => m.edits.length > 0).length;
  const [head, rest] = t.groupHead(g.members.length, g.members.length - edited, g.reference.source);
  const out: Line[] = [line({text: head, bold: true}, {text: rest, dim: true})];
  const members = sides.map((src) => g.members.find((m) => m.side.source === src.id)!);
  members.forEach((m, i) => {
    const p = memberPassage(g, m);
    out.push(line({text: `${i === 0 ? 'A' : 'B'} ${m.side.source}`, bold: true}, {text: t.groupCopy(m.edits.length === 0 ? null : m.similarity.toFixed(2), editCounts(m.edits, lang)), dim: true}));
    if (m.edits.length > 0) out.push(...indent(wrapWords(diffWords(a, p), Math.max(10, cols - 2), 'auto')));
  });
  if (members.every((m) => m.edits.length === 0)) out.push(...indent(wrapWords(diffWords(a, memberPassage(g, members[0]!)), Math.max(10, cols - 2), 'auto')));
  return out;
}

/** The passage in A's words with B's changes inline. */
function diffWords(a: Analysis, p: Passage): Seg[] {
  const index = lookup(a);
  const bodyA = a.sources[index.sourceIndex.get(p.a.source) ?? -1]?.body ?? '';
  const bodyB = a.sources[index.sourceIndex.get(p.b.source) ?? -1]?.body ?? '';
  const out: Seg[] = [];
  const anchor = (e: Passage['edits'][number]): number => e.a?.start ?? e.at ?? p.a.start;
  let cursor = p.a.start;
  for (const e of [...p.edits].sort((x, y) => anchor(x) - anchor(y))) {
    const at = anchor(e);
    if (at > cursor) out.push(...words(bodyA.slice(cursor, at)));
    const aText = e.a ? bodyA.slice(e.a.start, e.a.end) : '';
    const bText = e.b ? bodyB.slice(e.b.start, e.b.end) : '';
    if (e.kind === 'spelling') out.push(...words(`${aText}~${bText}`, {dim: true}));
    else {
      if (e.term) out.push({text: '‹!›', color: 'magenta', bold: true});
      if (aText) out.push(...bracket(words(aText, {color: 'red', bold: true}), '[-', '-]'));
      if (bText) out.push(...bracket(words(bText, {color: 'green', bold: true}), '{+', '+}'));
    }
    cursor = Math.max(cursor, e.a ? e.a.end : at);
  }
  if (cursor < p.a.end) out.push(...words(bodyA.slice(cursor, p.a.end)));
  return out;
}

/** Put markers on the first and last word of a run (each word stays a wrappable unit). */
function bracket(list: Seg[], open: string, close: string): Seg[] {
  if (list.length === 0) return list;
  const out = [...list];
  out[0] = {...out[0]!, text: open + out[0]!.text};
  out[out.length - 1] = {...out[out.length - 1]!, text: out[out.length - 1]!.text + close};
  return out;
}
