import {leanText, claimValue} from '../text-report/text-report.js';
import type {Analysis, AnalyzedSource, Mention, Passage, Voice} from '../types.js';
import {blank, line, truncate, width, wrapWords, type Line, type Seg, type Style} from './lines.js';
import {conceptMentions, SCREEN_TITLE, type TuiState, type Viewport} from './state.js';

/*
 * Each screen: state + analysis + size → the lines of the body. Arabic
 * always sits last on its line or on a line of its own (marked rtl), so a
 * terminal that applies bidi cannot drag numbers or labels across it.
 */

const VOICE_SHORT: Record<Voice, string> = {outlet: 'own', quoted: 'quoted', attributed: 'attrib'};

export interface Frame {
  readonly lines: readonly Line[];
  /** What the status line says about where you are and the keys that matter here. */
  readonly where: string;
  readonly keys: string;
}

/** Colour by which end of the concept a pole sits on; readable without colour through the sign column. */
function poleStyle(a: Analysis, concept: string, pole: string): Style {
  const poles = a.concepts.find((c) => c.id === concept)?.poles ?? [];
  const i = poles.indexOf(pole);
  return i === 0 ? {color: 'red'} : i === 1 ? {color: 'blue'} : {color: 'gray'};
}

function sourceLabel(s: AnalyzedSource): string {
  return s.outlet ? `${s.id} ${s.outlet}` : `${s.id} (outlet not stated)`;
}

function leanStyle(lean: number | null): Style {
  if (lean === null) return {dim: true};
  return lean < -0.05 ? {color: 'red', bold: true} : lean > 0.05 ? {color: 'blue', bold: true} : {};
}

export function overviewFrame(a: Analysis, s: TuiState, v: Viewport): Frame {
  const idW = Math.min(14, Math.max(7, ...a.sources.map((x) => x.id.length + 1)));
  const colW = Math.max(9, Math.floor((v.cols - idW - 1) / Math.max(1, a.concepts.length)));
  const lines: Line[] = [];
  lines.push(line({text: 'source'.padEnd(idW), bold: true}, ...a.concepts.map((c, i) => ({text: truncate(c.id, colW - 1).padEnd(colW), bold: true, underline: i === s.overview.col}))));
  const bodyRows = Math.max(3, v.rows - 3);
  const detailRows = Math.min(9, Math.max(4, bodyRows - 1 - a.sources.length * 2));
  const matrixRows = bodyRows - detailRows - 1;
  const perRow = 2;
  const first = Math.max(0, Math.min(s.overview.row - Math.floor((matrixRows - 1) / perRow) + 1, a.sources.length - Math.floor((matrixRows - 1) / perRow)));
  a.sources.slice(first).forEach((src, k) => {
    const r = first + k;
    if (lines.length + perRow > matrixRows) return;
    const cells = a.concepts.map((c, i) => {
      const cell = a.matrix.find((m) => m.source === src.id && m.concept === c.id);
      const selected = r === s.overview.row && i === s.overview.col;
      const text = cell && cell.lean !== null ? leanText(cell) : '· no own voice';
      return {text: truncate(text, colW - 1).padEnd(colW), ...leanStyle(cell?.lean ?? null), inverse: selected};
    });
    const glosses = a.concepts.map((c, i) => {
      const cell = a.matrix.find((m) => m.source === src.id && m.concept === c.id);
      const top = cell?.ownVoiceTerms[0];
      const selected = r === s.overview.row && i === s.overview.col;
      return {text: truncate(top ? top.gloss : '', colW - 1).padEnd(colW), dim: !selected, inverse: selected};
    });
    lines.push(line({text: truncate(src.id, idW - 1).padEnd(idW), bold: r === s.overview.row}, ...cells));
    lines.push(line({text: ''.padEnd(idW)}, ...glosses));
  });
  while (lines.length < matrixRows) lines.push(blank);
  lines.push(line({text: '─'.repeat(Math.max(0, v.cols)), dim: true}));
  lines.push(...overviewDetail(a, s, v).slice(0, detailRows));
  return {lines, where: `1 Overview · ${a.sources[s.overview.row]?.id ?? ''} × ${a.concepts[s.overview.col]?.id ?? ''}`, keys: '←↑↓→ move · Enter concept'};
}

function overviewDetail(a: Analysis, s: TuiState, v: Viewport): Line[] {
  const src = a.sources[s.overview.row];
  const concept = a.concepts[s.overview.col];
  if (!src || !concept) return [];
  const cell = a.matrix.find((m) => m.source === src.id && m.concept === concept.id);
  if (!cell) return [];
  const out: Line[] = [line({text: `${sourceLabel(src)} · ${concept.id}: ${concept.question}`, bold: true})];
  out.push(line(cell.lean === null ? {text: 'no own-voice evidence: the outlet never uses these words in its own voice', dim: true} : {text: `own-voice lean ${leanText(cell)} (${cell.evidence} mentions)`, ...leanStyle(cell.lean)}));
  for (const pole of concept.poles) {
    const c = cell.counts[pole];
    if (!c || c.outlet + c.quoted + c.attributed === 0) continue;
    out.push(line({text: `  ${pole.padEnd(15)}`, ...poleStyle(a, concept.id, pole)}, `own ${c.outlet}  quoted ${c.quoted}  attributed ${c.attributed}  · ${cell.perThousand[pole]}/1000 words`));
  }
  const terms = (label: string, list: typeof cell.ownVoiceTerms): Line[] =>
    list.slice(0, 2).map((t, i) => line({text: i === 0 ? label.padEnd(14) : ' '.repeat(14), dim: true}, {text: `${s.glosses ? `${t.gloss} ×${t.count}: ` : `×${t.count}: `}`, ...poleStyle(a, concept.id, t.pole)}, {text: truncate(t.forms.join(' / '), Math.max(8, v.cols - 40))}));
  out.push(...terms('own voice', cell.ownVoiceTerms), ...terms('only reported', cell.reportedTerms), ...terms('distanced', cell.distancedTerms));
  return out;
}

export function conceptFrame(a: Analysis, s: TuiState, v: Viewport): Frame {
  const concept = a.concepts[s.concept.concept]!;
  const list = conceptMentions(a, s);
  const lines: Line[] = [
    line({text: `${concept.id}`, bold: true}, ` — ${concept.question}`),
    line({text: `voice: ${s.concept.voice} (v) · pole: ${s.concept.pole} (p) · ${list.length} mentions · ←→ concept`, dim: true}),
  ];
  const body = Math.max(3, v.rows - 3) - lines.length;
  const perItem = 2;
  const visible = Math.max(1, Math.floor(body / perItem));
  const first = Math.max(0, Math.min(s.concept.cursor - Math.floor(visible / 2), list.length - visible));
  list.slice(first, first + visible).forEach((m, k) => {
    const selected = first + k === s.concept.cursor;
    const head: Seg[] = [
      {text: `${selected ? '▶' : ' '} ${m.source.padEnd(4)} `, bold: selected, inverse: selected},
      {text: `${VOICE_SHORT[m.voice].padEnd(7)}`, bold: m.voice === 'outlet'},
      {text: `${m.pole.slice(0, 14).padEnd(15)}`, ...poleStyle(a, m.concept, m.pole)},
      {text: s.glosses ? `${m.gloss} ` : ''},
      {text: `${m.distanced ? '[distanced] ' : ''}${m.negated ? '[negated] ' : ''}`, color: 'yellow'},
      {text: m.speaker ? `· ${m.speaker}` : '', dim: true},
    ];
    lines.push({segs: head});
    lines.push(kwicLine(a, m, v.cols - 2));
  });
  if (list.length === 0) lines.push(line({text: 'No mentions with these filters.', dim: true}));
  return {lines, where: `2 Concept · ${concept.id} · ${list.length ? s.concept.cursor + 1 : 0}/${list.length}`, keys: '↑↓ move · ←→ concept · v voice · p pole · Enter read'};
}

/** Keyword in context on one right-to-left line: words before, the term highlighted, words after. */
function kwicLine(a: Analysis, m: Mention, cols: number): Line {
  const src = a.sources.find((x) => x.id === m.source)!;
  const room = Math.max(6, Math.floor((cols - width(m.text)) / 2));
  const before = contextBefore(src.body, m.start, room);
  const after = contextAfter(src.body, m.end, room);
  return {segs: [{text: '  '}, {text: before, dim: true}, {text: m.text, inverse: true, ...poleStyle(a, m.concept, m.pole)}, {text: after, dim: true}], rtl: true};
}

function contextBefore(body: string, at: number, cells: number): string {
  let from = at;
  while (from > 0 && body[from - 1] !== '\n' && width(body.slice(from - 1, at)) <= cells) from--;
  return body.slice(from, at).replace(/\s+/gu, ' ');
}

function contextAfter(body: string, at: number, cells: number): string {
  let to = at;
  while (to < body.length && body[to] !== '\n' && width(body.slice(at, to + 1)) <= cells) to++;
  return body.slice(at, to).replace(/\s+/gu, ' ');
}

interface Styled {
  readonly text: string;
  readonly style: Style;
}

/** Wrap styled words of one paragraph into lines of `cols` cells (logical order). */
function wrapStyled(words: readonly Styled[], cols: number, rtl: boolean): Line[] {
  const out: Line[] = [];
  let current: Seg[] = [];
  let used = 0;
  for (const w of words) {
    for (const piece of width(w.text) > cols ? wrapWords(w.text, cols) : [w.text]) {
      const need = width(piece) + (used > 0 ? 1 : 0);
      if (used > 0 && used + need > cols) {
        out.push({segs: current, rtl});
        current = [];
        used = 0;
      }
      if (used > 0) current.push({text: ' '});
      current.push({text: piece, ...w.style});
      used += width(piece) + (used > 0 ? 1 : 0);
    }
  }
  if (current.length) out.push({segs: current, rtl});
  return out;
}

/** The article as display lines, with the span each line starts at (for scrolling to a mention). */
export function readerLines(a: Analysis, s: TuiState, cols: number): {lines: Line[]; starts: number[]} {
  const src = a.sources[s.reader.source]!;
  const mentions = a.mentions.filter((m) => m.source === src.id);
  const reported = a.statements.filter((st) => st.source === src.id);
  const lines: Line[] = [];
  const starts: number[] = [];
  for (const p of src.paragraphs) {
    const words: (Styled & {start: number})[] = [];
    const re = /\S+/gu;
    const text = src.body.slice(p.start, p.end);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = p.start + m.index;
      const end = start + m[0].length;
      const hit = mentions.find((x) => x.start < end && start < x.end);
      const focus = s.reader.focus && s.reader.focus.start < end && start < s.reader.focus.end;
      const notOwn = (hit && hit.voice !== 'outlet') || reported.some((st) => st.start < end && start < st.end);
      let style: Style = {};
      if (hit) style = {...poleStyle(a, hit.concept, hit.pole), bold: true, underline: hit.distanced};
      if (s.reader.dim && notOwn) style = {...style, dim: true};
      if (focus) style = {...style, inverse: true};
      words.push({text: m[0], style, start});
    }
    const wrapped = wrapStyled(words, cols, p.language !== 'en');
    // Map each wrapped line back to the offset of its first word.
    let w = 0;
    for (const l of wrapped) {
      starts.push(words[w]?.start ?? p.start);
      w += l.segs.filter((seg) => seg.text !== ' ').length;
      lines.push(l);
    }
    lines.push(blank);
    starts.push(p.end);
  }
  return {lines, starts};
}

export function readerFrame(a: Analysis, s: TuiState, v: Viewport): Frame {
  const src = a.sources[s.reader.source]!;
  const header = line({text: sourceLabel(src), bold: true}, {text: ` · ${src.words} words · [ ] or ←→ source · d dim others' words (${s.reader.dim ? 'on' : 'off'}) · n/N next term`, dim: true});
  const body = Math.max(3, v.rows - 3) - 1;
  const {lines, starts} = readerLines(a, s, Math.max(20, v.cols - 1));
  const scroll = effectiveReaderScroll(s, lines.length, starts, body);
  return {lines: [header, ...lines.slice(scroll, scroll + body)], where: `3 Reader · ${src.id} · line ${scroll + 1}/${lines.length}`, keys: '↑↓ PgUp PgDn scroll · n next term · d dim'};
}

/** A scroll of −1 means "bring the focused span into view". */
export function effectiveReaderScroll(s: TuiState, total: number, starts: readonly number[], body: number): number {
  let scroll = s.reader.scroll;
  if (scroll < 0) {
    const at = s.reader.focus?.start ?? 0;
    let lineIndex = 0;
    for (let i = 0; i < starts.length; i++) if (starts[i]! <= at) lineIndex = i;
    scroll = Math.max(0, lineIndex - Math.floor(body / 3));
  }
  return Math.max(0, Math.min(scroll, Math.max(0, total - body)));
}

export function compareFrame(a: Analysis, s: TuiState, v: Viewport): Frame {
  const A = a.sources[s.compare.a]!;
  const B = a.sources[s.compare.b] ?? A;
  const lines: Line[] = [line({text: `${A.id} ↔ ${B.id}`, bold: true, inverse: s.pane === 0}, {text: s.pane === 0 ? '  ←→ change second · a change first · Tab to passages' : '  ↑↓ scroll passages · Tab to sources', dim: true})];
  const colW = Math.max(12, Math.floor((v.cols - 14) / 2));
  lines.push(line({text: 'concept'.padEnd(14), bold: true}, {text: truncate(A.id + (A.outlet ? ` ${A.outlet}` : ''), colW - 1).padEnd(colW), bold: true}, {text: truncate(B.id + (B.outlet ? ` ${B.outlet}` : ''), colW - 1), bold: true}));
  for (const c of a.concepts) {
    const cell = (id: string): Seg => {
      const m = a.matrix.find((x) => x.source === id && x.concept === c.id);
      const top = m?.ownVoiceTerms[0];
      const text = m && m.lean !== null ? `${leanText(m)}${top && s.glosses ? ` ${top.gloss}` : ''}` : '· no own voice';
      return {text: truncate(text, colW - 1).padEnd(colW), ...leanStyle(m?.lean ?? null)};
    };
    lines.push(line({text: c.id.padEnd(14)}, cell(A.id), cell(B.id)));
  }
  lines.push(line({text: '─'.repeat(v.cols), dim: true}));
  const passages = a.passages.filter((p) => (p.a.source === A.id && p.b.source === B.id) || (p.a.source === B.id && p.b.source === A.id));
  const body: Line[] = [];
  if (passages.length === 0) body.push(line({text: `${A.id} and ${B.id} share no passage.`, dim: true}));
  else body.push(line({text: `${passages.length} shared passage${passages.length === 1 ? '' : 's'} · `, bold: true}, {text: 'removed', color: 'red'}, ' / ', {text: 'added', color: 'green'}, ' / ', {text: 'spelling', dim: true}, ' / ', {text: '‹!› framing term', color: 'yellow'}));
  passages.forEach((p, i) => {
    const kinds = p.edits.reduce<Record<string, number>>((acc, e) => ({...acc, [e.kind]: (acc[e.kind] ?? 0) + 1}), {});
    body.push(line({text: `#${i + 1} ${p.a.source}→${p.b.source} similarity ${p.similarity.toFixed(2)} · ${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ') || 'identical'}`, bold: true}));
    body.push(...wrapStyled(diffWords(a, p), Math.max(20, v.cols - 1), true));
  });
  const room = Math.max(1, Math.max(3, v.rows - 3) - lines.length);
  const scroll = Math.min(s.compare.scroll, Math.max(0, body.length - room));
  lines.push(...body.slice(scroll, scroll + room));
  return {lines, where: `4 Compare · ${A.id} ↔ ${B.id} · ${passages.length} passages · pane ${s.pane === 0 ? 'sources' : 'passages'}`, keys: s.pane === 0 ? '←→ second source · a first · Tab passages' : '↑↓ scroll · Tab sources'};
}

/** A passage as styled words in A's text, B's changes marked: spelling quiet, wording loud. */
function diffWords(a: Analysis, p: Passage): Styled[] {
  const bodyA = a.sources.find((x) => x.id === p.a.source)!.body;
  const bodyB = a.sources.find((x) => x.id === p.b.source)!.body;
  const out: Styled[] = [];
  const plain = (text: string, style: Style = {}): void => {
    for (const w of text.split(/\s+/u).filter(Boolean)) out.push({text: w, style});
  };
  const edits = [...p.edits].sort((x, y) => (x.a?.start ?? x.at ?? 0) - (y.a?.start ?? y.at ?? 0));
  let cursor = p.a.start;
  for (const e of edits) {
    const at = e.a?.start ?? e.at ?? cursor;
    if (at > cursor) plain(bodyA.slice(cursor, at));
    if (e.term) out.push({text: '‹!›', style: {color: 'yellow', bold: true}});
    const aText = e.a ? bodyA.slice(e.a.start, e.a.end) : '';
    const bText = e.b ? bodyB.slice(e.b.start, e.b.end) : '';
    if (e.kind === 'spelling') plain(`${aText}~${bText}`, {dim: true});
    else {
      if (aText) plain(`[-${aText}-]`, {color: 'red', bold: true});
      if (bText) plain(`{+${bText}+}`, {color: 'green', bold: true});
    }
    cursor = Math.max(cursor, e.a ? e.a.end : at);
  }
  if (cursor < p.a.end) plain(bodyA.slice(cursor, p.a.end));
  return out;
}

export function numbersFrame(a: Analysis, s: TuiState, v: Viewport): Frame {
  const labelW = 24;
  const colW = Math.max(8, Math.floor((v.cols - labelW) / Math.max(1, a.sources.length)));
  const lines: Line[] = [line({text: 'what · whom'.padEnd(labelW), bold: true}, ...a.sources.map((x, i) => ({text: truncate(x.id, colW - 1).padEnd(colW), bold: true, underline: i === s.numbers.col})))];
  const bodyRows = Math.max(3, v.rows - 3);
  const detailRows = Math.min(7, Math.max(3, bodyRows - 2 - a.claimsTable.length));
  const tableRows = bodyRows - detailRows - 2;
  const first = Math.max(0, Math.min(s.numbers.row - tableRows + 1, a.claimsTable.length - tableRows));
  a.claimsTable.slice(Math.max(0, first), Math.max(0, first) + tableRows).forEach((row, k) => {
    const r = Math.max(0, first) + k;
    const cells = a.sources.map((x, i) => {
      const text = (row.cells[x.id] ?? []).map((ci) => `${claimValue(a.claims[ci]!)}${a.claims[ci]!.voice === 'outlet' ? '' : '*'}`).join(' ') || '—';
      return {text: truncate(text, colW - 1).padEnd(colW), inverse: r === s.numbers.row && i === s.numbers.col, dim: text === '—'};
    });
    lines.push(line({text: truncate(`${row.measure} · ${row.group}`, labelW - 1).padEnd(labelW), bold: r === s.numbers.row}, ...cells));
  });
  if (a.claimsTable.length === 0) lines.push(line({text: 'No tolls found.', dim: true}));
  while (lines.length < tableRows + 1) lines.push(blank);
  lines.push(line({text: '* quoted or attributed · ≥ at least · > more than · ~ about', dim: true}));
  lines.push(line({text: '─'.repeat(v.cols), dim: true}));
  const row = a.claimsTable[s.numbers.row];
  const src = a.sources[s.numbers.col];
  const ids = row && src ? row.cells[src.id] ?? [] : [];
  if (ids.length === 0) lines.push(line({text: 'No figure from this source for this row.', dim: true}));
  for (const ci of ids.slice(0, 2)) {
    const c = a.claims[ci]!;
    lines.push(line({text: `${src!.id}: ${claimValue(c)} ${c.measure} (${c.group}), ${c.voice}`, bold: true}, {text: c.speaker ? ` · ${c.speaker}` : '', dim: true}));
    const sentence = src!.sentences[c.sentence]!;
    const words: Styled[] = [];
    const re = /\S+/gu;
    const text = src!.body.slice(sentence.start, sentence.end);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = sentence.start + m.index;
      const inside = start < c.end && start + m[0].length > c.start;
      words.push({text: m[0], style: inside ? {inverse: true, bold: true} : {}});
    }
    lines.push(...wrapStyled(words, Math.max(20, v.cols - 1), true).slice(0, Math.max(1, detailRows - 2)));
  }
  return {lines, where: `5 Numbers · ${row ? `${row.measure} · ${row.group}` : '-'} · ${src?.id ?? ''}`, keys: '←↑↓→ cell · Enter read the sentence'};
}

export const HELP: readonly [string, string][] = [
  ['1 … 5', 'Overview · Concept · Reader · Compare · Numbers'],
  ['← ↑ ↓ → / h j k l', 'move'],
  ['Tab / Shift-Tab', 'Compare: switch between sources and passages; elsewhere next / previous screen'],
  ['Enter', 'open (cell → concept, mention → reader, number → its sentence)'],
  ['Esc', 'back / close'],
  ['/', 'search a word in every source; Enter jumps to the reader'],
  ['g', 'English glosses on / off'],
  ['v / p', 'Concept: filter by voice / pole'],
  ['[ ] n N d', 'Reader: previous / next source, next / previous term, dim others\' words'],
  ['a / b', 'Compare: change the first / second source'],
  ['PgUp PgDn Space', 'scroll'],
  ['?', 'this help'],
  ['q', 'quit'],
];

export function helpFrame(v: Viewport, bidiNote = ''): Frame {
  const lines: Line[] = [line({text: 'Keys', bold: true}), line({text: bidiNote, dim: true})];
  for (const [k, what] of HELP) lines.push(line({text: `  ${k.padEnd(20)}`, bold: true}, truncate(what, Math.max(10, v.cols - 23))));
  lines.push(blank, line({text: 'Colours: red = first pole (e.g. delegitimizing), blue = second pole (e.g. legitimizing);', dim: true}), line({text: 'signs (− / +) and labels say the same without colour. Underlined = distanced.', dim: true}));
  return {lines, where: 'Help', keys: '? or Esc close'};
}

export function searchFrame(a: Analysis, s: TuiState, v: Viewport): Frame {
  const hits = s.search.hits ?? [];
  const lines: Line[] = [line({text: `Search “${s.search.query}”: ${hits.length} hit${hits.length === 1 ? '' : 's'}`, bold: true}, {text: '  ↑↓ choose · Enter read · Esc close', dim: true})];
  const body = Math.max(3, v.rows - 3) - 1;
  const visible = Math.max(1, Math.floor(body / 2));
  const first = Math.max(0, Math.min(s.search.cursor - Math.floor(visible / 2), hits.length - visible));
  hits.slice(first, first + visible).forEach((h, k) => {
    const src = a.sources[h.source]!;
    const selected = first + k === s.search.cursor;
    lines.push(line({text: `${selected ? '▶' : ' '} ${src.id}`, inverse: selected, bold: true}));
    const room = Math.max(6, Math.floor((v.cols - 4 - width(src.body.slice(h.start, h.end))) / 2));
    lines.push({segs: [{text: '  '}, {text: contextBefore(src.body, h.start, room), dim: true}, {text: src.body.slice(h.start, h.end), inverse: true}, {text: contextAfter(src.body, h.end, room), dim: true}], rtl: true});
  });
  if (hits.length === 0) lines.push(line({text: 'Nothing found. Matching ignores diacritics and alef/hamza/ya spelling.', dim: true}));
  return {lines, where: 'Search', keys: 'Enter read · Esc close'};
}

export function frameFor(a: Analysis, s: TuiState, v: Viewport, bidiNote = ''): Frame {
  if (s.help) return helpFrame(v, bidiNote);
  if (s.search.hits) return searchFrame(a, s, v);
  switch (s.screen) {
    case 'overview':
      return overviewFrame(a, s, v);
    case 'concept':
      return conceptFrame(a, s, v);
    case 'reader':
      return readerFrame(a, s, v);
    case 'compare':
      return compareFrame(a, s, v);
    case 'numbers':
      return numbersFrame(a, s, v);
  }
}

export {SCREEN_TITLE};
