import type {Analysis, Mention, Span} from '../types.js';
import {lookup} from './lookup.js';
import {readerRows, rowAt} from './reader-layout.js';
import type {ScreenId, TuiState, Viewport} from './state.js';

/*
 * Moving between screens: a history for Esc, and the jumps that carry a
 * selection along (a cell to its concept, a mention or a figure to its
 * article, a search hit to the Reader).
 */

export const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

export function go(s: TuiState, screen: ScreenId, patch: Partial<TuiState> = {}): TuiState {
  const closed = {...s, ...patch, help: false, search: s.search.kind === 'typing' ? s.search : ({kind: 'closed'} as const)};
  if (screen === s.screen) return closed;
  return {...closed, screen, history: [...s.history, s.screen].slice(-50)};
}

export function back(s: TuiState): TuiState {
  const previous = s.history[s.history.length - 1];
  if (!previous) return s;
  return {...s, screen: previous, history: s.history.slice(0, -1)};
}

/** Columns of article text in the Reader (the rest is the gutter of term markers). */
export function readerTextCols(cols: number, glosses: boolean): number {
  return Math.max(10, cols - gutterCols(cols, glosses));
}

/** The gutter of concept marks (A−E−); with glosses on (g) and a wide terminal it also shows the first term's gloss. */
export function gutterCols(cols: number, glosses: boolean): number {
  return glosses && cols >= 110 ? 24 : 6;
}

/** Glosses on (g), the gutter too narrow for them: a row under the text says what the terms on screen mean (none below 64 columns). */
export const glossRow = (cols: number, glosses: boolean): boolean => glosses && cols >= 64 && gutterCols(cols, glosses) <= 6;

/** Rows of article text on screen (one header row above, the gloss row below when there is one). */
export const readerBodyRows = (view: Viewport, glosses = false): number => Math.max(1, view.rows - 1 - (glossRow(view.cols, glosses) ? 1 : 0));

/** The first row to show so that `focus` sits in the upper third of the page. */
export function topFor(a: Analysis, source: number, focus: Span | null, view: Viewport, glosses: boolean): number {
  const rows = readerRows(a, source, readerTextCols(view.cols, glosses));
  if (!focus || rows.length === 0) return 0;
  const page = readerBodyRows(view, glosses);
  const row = clamp(rowAt(rows, focus.start) - Math.floor(page / 3), 0, Math.max(0, rows.length - page));
  return rows[row]!.start;
}

export function openReader(s: TuiState, a: Analysis, view: Viewport, source: number, focus: Span | null): TuiState {
  const index = clamp(source, 0, Math.max(0, a.sources.length - 1));
  return go(s, 'reader', {reader: {...s.reader, source: index, focus, top: topFor(a, index, focus, view, s.glosses)}});
}

/** The mentions the Concept screen lists, after its filters, in source then text order. */
export function conceptMentions(a: Analysis, s: TuiState): readonly Mention[] {
  const concept = a.concepts[s.concept.concept];
  if (!concept) return [];
  const {voice, pole} = s.concept;
  const all = lookup(a).mentionsOfConcept(concept.id);
  if (voice === 'all' && pole === 'all') return all;
  return all.filter((m) => (voice === 'all' || m.voice === voice) && (pole === 'all' || m.pole === pole));
}

/** Open the Concept screen on one mention (filters cleared so it is listed). */
export function openConcept(s: TuiState, a: Analysis, mention: Mention): TuiState {
  const concept = Math.max(0, a.concepts.findIndex((c) => c.id === mention.concept));
  const next = {...s.concept, concept, voice: 'all' as const, pole: 'all', pane: 'mentions' as const};
  const list = conceptMentions(a, {...s, concept: {...next, cursor: 0}});
  const cursor = Math.max(0, list.indexOf(mention));
  return go(s, 'concept', {concept: {...next, cursor}});
}
