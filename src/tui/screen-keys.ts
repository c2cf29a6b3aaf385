import type {Analysis} from '../types.js';
import {direction, type Key} from './keymap.js';
import {discoveryOf} from './discovery.js';
import {lookup} from './lookup.js';
import {clamp, conceptMentions, go, openConcept, openReader, readerBodyRows, readerTextCols, topFor} from './navigate.js';
import {readerRows, rowAt} from './reader-layout.js';
import {comparePageRows, passageRows} from './screens/compare.js';
import {lessonLines, lessonOf, lessonPages} from './screens/lesson.js';
import {VOICE_FILTERS, type TuiState, type Viewport} from './state.js';

/*
 * What keys do on each screen. Pure: state in, state out; the screens
 * read the result.
 */

const cycle = <T>(list: readonly T[], current: T, step: number): T => list[(list.indexOf(current) + step + list.length * 2) % list.length]!;
const half = (view: Viewport): number => Math.max(1, Math.floor(view.rows / 2));

export function overviewKey(s: TuiState, key: Key, a: Analysis, view: Viewport): TuiState {
  const {row, col} = s.overview;
  const rows = Math.max(0, a.sources.length - 1);
  const cols = Math.max(0, a.concepts.length - 1);
  const at = (r: number, c: number): TuiState => ({...s, overview: {row: clamp(r, 0, rows), col: clamp(c, 0, cols)}});
  const d = direction(key);
  if (d === 'up') return at(row - 1, col);
  if (d === 'down') return at(row + 1, col);
  if (d === 'left') return at(row, col - 1);
  if (d === 'right') return at(row, col + 1);
  if (key === 'pageup') return at(row - half(view), col);
  if (key === 'pagedown') return at(row + half(view), col);
  if (key === 'home') return at(0, col);
  if (key === 'end') return at(rows, col);
  if (key === 'enter') {
    const concept = a.concepts[col];
    const source = a.sources[row];
    if (!concept || !source) return s;
    const first = lookup(a).mentionsOfConcept(concept.id).find((m) => m.source === source.id);
    if (first) return openConcept(s, a, first);
    return go(s, 'concept', {concept: {...s.concept, concept: col, voice: 'all', pole: 'all', cursor: 0, pane: 'mentions'}});
  }
  return s;
}

export function conceptKey(s: TuiState, key: Key, a: Analysis, view: Viewport): TuiState {
  const c = s.concept;
  const d = direction(key);
  const withConcept = (step: number): TuiState => ({...s, concept: {...c, concept: (c.concept + step + a.concepts.length) % Math.max(1, a.concepts.length), pole: 'all', cursor: 0}});
  const withVoice = (step: number): TuiState => ({...s, concept: {...c, voice: cycle(VOICE_FILTERS, c.voice, step), cursor: 0}});
  const withPole = (step: number): TuiState => ({...s, concept: {...c, pole: cycle(['all', ...(a.concepts[c.concept]?.poles ?? [])], c.pole, step), cursor: 0}});
  if (key === 'tab' || key === 'shift-tab') return {...s, concept: {...c, pane: c.pane === 'mentions' ? 'filters' : 'mentions'}};
  if (key === 'v') return withVoice(1);
  if (key === 'p') return withPole(1);
  if (key === '[') return withConcept(-1);
  if (key === ']') return withConcept(1);
  if (c.pane === 'filters') {
    if (d === 'up' || d === 'down') return {...s, concept: {...c, filter: clamp(c.filter + (d === 'up' ? -1 : 1), 0, 2) as 0 | 1 | 2}};
    const step = d === 'left' ? -1 : d === 'right' ? 1 : 0;
    if (step) return c.filter === 0 ? withConcept(step) : c.filter === 1 ? withVoice(step) : withPole(step);
    if (key === 'enter') return {...s, concept: {...c, pane: 'mentions'}};
    return s;
  }
  const list = conceptMentions(a, s);
  const move = (cursor: number): TuiState => ({...s, concept: {...c, cursor: clamp(cursor, 0, Math.max(0, list.length - 1))}});
  if (d === 'up') return move(c.cursor - 1);
  if (d === 'down') return move(c.cursor + 1);
  if (d === 'left') return withConcept(-1);
  if (d === 'right') return withConcept(1);
  if (key === 'pageup') return move(c.cursor - half(view));
  if (key === 'pagedown') return move(c.cursor + half(view));
  if (key === 'home') return move(0);
  if (key === 'end') return move(list.length - 1);
  if (key === 'enter') {
    const m = list[c.cursor];
    return m ? openReader(s, a, view, lookup(a).sourceIndex.get(m.source) ?? 0, {start: m.start, end: m.end}) : s;
  }
  return s;
}

export function readerKey(s: TuiState, key: Key, a: Analysis, view: Viewport): TuiState {
  const r = s.reader;
  const rows = readerRows(a, r.source, readerTextCols(view.cols, s.glosses));
  const page = readerBodyRows(view, s.glosses);
  const current = rowAt(rows, r.top);
  const scrollTo = (row: number): TuiState => ({...s, reader: {...r, top: rows[clamp(row, 0, Math.max(0, rows.length - page))]?.start ?? 0}});
  const source = (step: number): TuiState => ({...s, reader: {...r, source: (r.source + step + a.sources.length) % Math.max(1, a.sources.length), top: 0, focus: null}});
  const d = direction(key);
  if (d === 'up') return scrollTo(current - 1);
  if (d === 'down') return scrollTo(current + 1);
  if (key === 'pageup') return scrollTo(current - (page - 1));
  if (key === 'pagedown' || key === ' ') return scrollTo(current + (page - 1));
  if (key === 'home') return scrollTo(0);
  if (key === 'end') return scrollTo(rows.length);
  if (d === 'left' || key === '[') return source(-1);
  if (d === 'right' || key === ']') return source(1);
  if (key === 'd') return {...s, reader: {...r, dim: !r.dim}};
  const mentions = lookup(a).mentionsOf(r.source);
  if ((key === 'n' || key === 'N') && mentions.length) {
    const at = r.focus?.start ?? (key === 'n' ? r.top - 1 : Number.MAX_SAFE_INTEGER);
    const m = key === 'n' ? mentions.find((x) => x.start > at) ?? mentions[0]! : [...mentions].reverse().find((x) => x.start < at) ?? mentions[mentions.length - 1]!;
    const focus = {start: m.start, end: m.end};
    const row = rowAt(rows, m.start);
    const visible = row >= current && row < current + page;
    return {...s, reader: {...r, focus, top: visible ? r.top : topFor(a, r.source, focus, view, s.glosses)}};
  }
  if (key === 'enter' && r.focus) {
    const m = mentions.find((x) => x.start === r.focus!.start && x.end === r.focus!.end);
    return m ? openConcept(s, a, m) : s;
  }
  return s;
}

const PANES = ['outlets', 'concepts', 'passages'] as const;

export function compareKey(s: TuiState, key: Key, a: Analysis, view: Viewport): TuiState {
  const c = s.compare;
  const n = a.sources.length;
  const other = (v: number, not: number, step: number): number => {
    if (n < 2) return v;
    let x = (v + step + n) % n;
    if (x === not) x = (x + step + n) % n;
    return x;
  };
  const setSide = (side: 'a' | 'b', step: number): TuiState =>
    ({...s, compare: side === 'a' ? {...c, a: other(c.a, c.b, step), scroll: 0} : {...c, b: other(c.b, c.a, step), scroll: 0}});
  const d = direction(key);
  if (key === 'tab' || key === 'shift-tab') return {...s, compare: {...c, pane: PANES[(PANES.indexOf(c.pane) + (key === 'tab' ? 1 : 2)) % 3]!}};
  if (key === 'a') return setSide('a', 1);
  if (key === 'b') return setSide('b', 1);
  if (c.pane === 'outlets') {
    if (d === 'up' || d === 'down') return {...s, compare: {...c, side: c.side === 'a' ? 'b' : 'a'}};
    if (d === 'left' || d === 'right') return setSide(c.side, d === 'left' ? -1 : 1);
    if (key === 'enter') return {...s, compare: {...c, pane: 'passages'}};
    return s;
  }
  if (c.pane === 'concepts') {
    if (d === 'up' || d === 'down') return {...s, compare: {...c, concept: clamp(c.concept + (d === 'up' ? -1 : 1), 0, Math.max(0, a.concepts.length - 1))}};
    if (key === 'enter') return go(s, 'concept', {concept: {...s.concept, concept: c.concept, voice: 'all', pole: 'all', cursor: 0, pane: 'mentions'}});
    return s;
  }
  const page = comparePageRows(a, s, view);
  const max = Math.max(0, passageRows(a, s, view.cols).length - page);
  const scroll = (v: number): TuiState => ({...s, compare: {...c, scroll: clamp(v, 0, max)}});
  if (d === 'up') return scroll(c.scroll - 1);
  if (d === 'down') return scroll(c.scroll + 1);
  if (key === 'pageup') return scroll(c.scroll - (page - 1));
  if (key === 'pagedown' || key === ' ') return scroll(c.scroll + (page - 1));
  if (key === 'home') return scroll(0);
  if (key === 'end') return scroll(max);
  return s;
}

export function numbersKey(s: TuiState, key: Key, a: Analysis, view: Viewport): TuiState {
  const nb = s.numbers;
  const d = direction(key);
  const claimsHere = (row: number, col: number): readonly number[] => a.claimsTable[row]?.cells[a.sources[col]?.id ?? ''] ?? [];
  const at = (row: number, col: number): TuiState => ({
    ...s,
    numbers: {...nb, row: clamp(row, 0, Math.max(0, a.claimsTable.length - 1)), col: clamp(col, 0, Math.max(0, a.sources.length - 1)), claim: 0},
  });
  if (key === 'tab' || key === 'shift-tab') return {...s, numbers: {...nb, pane: nb.pane === 'table' ? 'claims' : 'table'}};
  const open = (claim: number | undefined): TuiState => {
    const found = claim === undefined ? undefined : a.claims[claim];
    return found ? openReader(s, a, view, nb.col, {start: found.start, end: found.end}) : s;
  };
  if (nb.pane === 'claims') {
    const list = claimsHere(nb.row, nb.col);
    if (d === 'up' || d === 'down') return {...s, numbers: {...nb, claim: clamp(nb.claim + (d === 'up' ? -1 : 1), 0, Math.max(0, list.length - 1))}};
    if (key === 'enter') return open(list[nb.claim]);
    return s;
  }
  if (d === 'up') return at(nb.row - 1, nb.col);
  if (d === 'down') return at(nb.row + 1, nb.col);
  if (d === 'left') return at(nb.row, nb.col - 1);
  if (d === 'right') return at(nb.row, nb.col + 1);
  if (key === 'pageup') return at(nb.row - half(view), nb.col);
  if (key === 'pagedown') return at(nb.row + half(view), nb.col);
  if (key === 'home') return at(0, 0);
  if (key === 'end') return at(a.claimsTable.length - 1, a.sources.length - 1);
  if (key === 'enter') return open(claimsHere(nb.row, nb.col)[0]);
  return s;
}

/** Lesson: Enter or Space shows the answer; ← → (h l, n p) change step; ↑↓ scroll. */
export function lessonKey(s: TuiState, key: Key, a: Analysis, view: Viewport): TuiState {
  const pages = lessonPages(lessonOf(a, s.lang));
  const l = s.lesson;
  const to = (step: number): TuiState => ({...s, lesson: {step: clamp(step, 0, Math.max(0, pages - 1)), revealed: false, scroll: 0}});
  const scroll = (by: number): TuiState => {
    const max = Math.max(0, lessonLines(a, s, view.cols).length - view.rows);
    return {...s, lesson: {...l, scroll: clamp(l.scroll + by, 0, max)}};
  };
  const d = direction(key);
  if (key === 'enter' || key === ' ') {
    if (l.revealed) return to(l.step + 1);
    // The answer is at the bottom: scroll so that it shows.
    const shown = {...s, lesson: {...l, revealed: true}};
    return {...shown, lesson: {...shown.lesson, scroll: Math.max(0, lessonLines(a, shown, view.cols).length - view.rows)}};
  }
  if (d === 'right' || key === 'n') return to(l.step + 1);
  if (d === 'left' || key === 'p') return to(l.step - 1);
  if (d === 'down') return scroll(1);
  if (d === 'up') return scroll(-1);
  if (key === 'pagedown') return scroll(view.rows - 1);
  if (key === 'pageup') return scroll(-(view.rows - 1));
  if (key === 'home') return to(0);
  if (key === 'end') return to(pages - 1);
  return s;
}

export function termsKey(s: TuiState, key: Key, a: Analysis, view: Viewport): TuiState {
  const d = discoveryOf(a);
  const t = s.terms;
  const terms = d.outlets[t.outlet]?.terms ?? [];
  const dir = direction(key);
  const outlet = (step: number): TuiState => ({...s, terms: {outlet: (t.outlet + step + d.outlets.length) % Math.max(1, d.outlets.length), cursor: 0}});
  const move = (cursor: number): TuiState => ({...s, terms: {...t, cursor: clamp(cursor, 0, Math.max(0, terms.length - 1))}});
  if (dir === 'left' || key === '[') return outlet(-1);
  if (dir === 'right' || key === ']') return outlet(1);
  if (dir === 'up') return move(t.cursor - 1);
  if (dir === 'down') return move(t.cursor + 1);
  if (key === 'pageup') return move(t.cursor - half(view));
  if (key === 'pagedown' || key === ' ') return move(t.cursor + half(view));
  if (key === 'home') return move(0);
  if (key === 'end') return move(terms.length - 1);
  if (key === 'enter') {
    const term = terms[Math.min(t.cursor, terms.length - 1)];
    const source = term ? lookup(a).sourceIndex.get(term.first.sourceId) : undefined;
    return term && source !== undefined ? openReader(s, a, view, source, {start: term.first.start, end: term.first.end}) : s;
  }
  return s;
}
