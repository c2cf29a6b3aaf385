import {matchKey} from '../text/normalize.js';
import {tokenize} from '../text/tokenize.js';
import type {Analysis, Mention, Voice} from '../types.js';

/*
 * The terminal UI's state and how keys change it: a pure reducer, so
 * navigation is tested without a terminal. Screens read the state; only
 * this module changes it.
 */

export type ScreenId = 'overview' | 'concept' | 'reader' | 'compare' | 'numbers';
export const SCREENS: readonly ScreenId[] = ['overview', 'concept', 'reader', 'compare', 'numbers'];
export const SCREEN_TITLE: Record<ScreenId, string> = {overview: 'Overview', concept: 'Concept', reader: 'Reader', compare: 'Compare', numbers: 'Numbers'};

export type VoiceFilter = 'all' | Voice;
const VOICE_FILTERS: readonly VoiceFilter[] = ['all', 'outlet', 'quoted', 'attributed'];

export interface SearchHit {
  readonly source: number;
  readonly start: number;
  readonly end: number;
}

export interface TuiState {
  readonly screen: ScreenId;
  readonly history: readonly ScreenId[];
  readonly help: boolean;
  readonly glosses: boolean;
  /** Which pane has the focus on two-pane screens. */
  readonly pane: 0 | 1;
  readonly overview: {readonly row: number; readonly col: number};
  readonly concept: {readonly concept: number; readonly cursor: number; readonly voice: VoiceFilter; readonly pole: string};
  readonly reader: {readonly source: number; readonly scroll: number; readonly dim: boolean; readonly focus: {start: number; end: number} | null};
  readonly compare: {readonly a: number; readonly b: number; readonly scroll: number};
  readonly numbers: {readonly row: number; readonly col: number};
  readonly search: {readonly editing: boolean; readonly query: string; readonly hits: readonly SearchHit[] | null; readonly cursor: number};
  readonly quit: boolean;
}

export function initialState(analysis: Analysis): TuiState {
  return {
    screen: 'overview',
    history: [],
    help: false,
    glosses: true,
    pane: 0,
    overview: {row: 0, col: 0},
    concept: {concept: 0, cursor: 0, voice: 'all', pole: 'all'},
    reader: {source: 0, scroll: 0, dim: false, focus: null},
    compare: {a: 0, b: Math.min(1, analysis.sources.length - 1), scroll: 0},
    numbers: {row: 0, col: 0},
    search: {editing: false, query: '', hits: null, cursor: 0},
    quit: false,
  };
}

/** A key as the reducer sees it: a name for special keys, else the character typed. */
export type Key = string;

export interface Viewport {
  readonly rows: number;
  readonly cols: number;
}

/** The mentions the Concept screen lists, in order, after its filters. */
export function conceptMentions(a: Analysis, s: TuiState): Mention[] {
  const concept = a.concepts[s.concept.concept];
  if (!concept) return [];
  return a.mentions.filter((m) => m.concept === concept.id && (s.concept.voice === 'all' || m.voice === s.concept.voice) && (s.concept.pole === 'all' || m.pole === s.concept.pole));
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

export function reduce(s: TuiState, key: Key, a: Analysis, view: Viewport): TuiState {
  if (s.search.editing) return searchInput(s, key, a);
  if (s.help) return key === '?' || key === 'escape' || key === 'q' ? {...s, help: false} : s;
  if (s.search.hits) return searchResults(s, key);
  switch (key) {
    case 'q':
      return {...s, quit: true};
    case '?':
      return {...s, help: true};
    case '/':
      return {...s, search: {editing: true, query: '', hits: null, cursor: 0}};
    case 'g':
      return {...s, glosses: !s.glosses};
    case 'escape':
      return back(s);
    case 'tab':
    case 'shift-tab':
      // Two-pane screens move the focus between their panes; single-pane screens step to the next screen.
      if (s.screen === 'compare') return {...s, pane: s.pane === 0 ? 1 : 0};
      return go(s, SCREENS[(SCREENS.indexOf(s.screen) + (key === 'tab' ? 1 : SCREENS.length - 1)) % SCREENS.length]!);
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
      return go(s, SCREENS[Number(key) - 1]!);
  }
  const body = Math.max(3, view.rows - 3);
  switch (s.screen) {
    case 'overview':
      return overviewKey(s, key, a);
    case 'concept':
      return conceptKey(s, key, a);
    case 'reader':
      return readerKey(s, key, a, body);
    case 'compare':
      return compareKey(s, key, a, body);
    case 'numbers':
      return numbersKey(s, key, a);
  }
}

function go(s: TuiState, screen: ScreenId, patch: Partial<TuiState> = {}): TuiState {
  if (screen === s.screen) return {...s, ...patch};
  return {...s, ...patch, screen, pane: 0, history: [...s.history, s.screen].slice(-20)};
}

function back(s: TuiState): TuiState {
  const previous = s.history[s.history.length - 1];
  if (!previous) return s;
  return {...s, screen: previous, pane: 0, history: s.history.slice(0, -1)};
}

/** Arrow keys and vi keys as one direction. */
function direction(key: Key): 'up' | 'down' | 'left' | 'right' | null {
  if (key === 'up' || key === 'k') return 'up';
  if (key === 'down' || key === 'j') return 'down';
  if (key === 'left' || key === 'h') return 'left';
  if (key === 'right' || key === 'l') return 'right';
  return null;
}

function overviewKey(s: TuiState, key: Key, a: Analysis): TuiState {
  const {row, col} = s.overview;
  const d = direction(key);
  if (d === 'up') return {...s, overview: {row: clamp(row - 1, 0, a.sources.length - 1), col}};
  if (d === 'down') return {...s, overview: {row: clamp(row + 1, 0, a.sources.length - 1), col}};
  if (d === 'left') return {...s, overview: {row, col: clamp(col - 1, 0, a.concepts.length - 1)}};
  if (d === 'right') return {...s, overview: {row, col: clamp(col + 1, 0, a.concepts.length - 1)}};
  if (key === 'enter') return go(s, 'concept', {concept: {...s.concept, concept: col, cursor: 0}});
  return s;
}

function conceptKey(s: TuiState, key: Key, a: Analysis): TuiState {
  const list = conceptMentions(a, s);
  const c = s.concept;
  const d = direction(key);
  if (d === 'up') return {...s, concept: {...c, cursor: clamp(c.cursor - 1, 0, Math.max(0, list.length - 1))}};
  if (d === 'down') return {...s, concept: {...c, cursor: clamp(c.cursor + 1, 0, Math.max(0, list.length - 1))}};
  if (key === 'pagedown') return {...s, concept: {...c, cursor: clamp(c.cursor + 5, 0, Math.max(0, list.length - 1))}};
  if (key === 'pageup') return {...s, concept: {...c, cursor: clamp(c.cursor - 5, 0, Math.max(0, list.length - 1))}};
  if (d === 'left' || d === 'right') {
    const n = a.concepts.length;
    return {...s, concept: {concept: (c.concept + (d === 'left' ? n - 1 : 1)) % n, cursor: 0, voice: c.voice, pole: 'all'}};
  }
  if (key === 'v') return {...s, concept: {...c, cursor: 0, voice: VOICE_FILTERS[(VOICE_FILTERS.indexOf(c.voice) + 1) % VOICE_FILTERS.length]!}};
  if (key === 'p') {
    const poles = ['all', ...(a.concepts[c.concept]?.poles ?? [])];
    return {...s, concept: {...c, cursor: 0, pole: poles[(poles.indexOf(c.pole) + 1) % poles.length]!}};
  }
  if (key === 'enter') {
    const m = list[c.cursor];
    if (!m) return s;
    return openReader(s, a, a.sources.findIndex((x) => x.id === m.source), {start: m.start, end: m.end});
  }
  return s;
}

/** Open the Reader on a source with a span in view (scroll is settled by the screen, which knows the wrapping). */
export function openReader(s: TuiState, a: Analysis, source: number, focus: {start: number; end: number} | null): TuiState {
  return go(s, 'reader', {reader: {...s.reader, source: clamp(source, 0, a.sources.length - 1), scroll: -1, focus}});
}

function readerKey(s: TuiState, key: Key, a: Analysis, body: number): TuiState {
  const r = s.reader;
  const d = direction(key);
  const scroll = Math.max(0, r.scroll);
  if (d === 'up') return {...s, reader: {...r, scroll: Math.max(0, scroll - 1)}};
  if (d === 'down') return {...s, reader: {...r, scroll: scroll + 1}};
  if (key === 'pagedown' || key === ' ') return {...s, reader: {...r, scroll: scroll + body - 2}};
  if (key === 'pageup') return {...s, reader: {...r, scroll: Math.max(0, scroll - body + 2)}};
  if (key === 'home') return {...s, reader: {...r, scroll: 0}};
  if (d === 'left' || key === '[') return {...s, reader: {...r, source: (r.source + a.sources.length - 1) % a.sources.length, scroll: 0, focus: null}};
  if (d === 'right' || key === ']') return {...s, reader: {...r, source: (r.source + 1) % a.sources.length, scroll: 0, focus: null}};
  if (key === 'd') return {...s, reader: {...r, dim: !r.dim}};
  if (key === 'n' || key === 'N') {
    const id = a.sources[r.source]?.id;
    const list = a.mentions.filter((m) => m.source === id);
    if (list.length === 0) return s;
    const at = r.focus?.start ?? -1;
    const next = key === 'n' ? list.find((m) => m.start > at) ?? list[0]! : [...list].reverse().find((m) => m.start < at) ?? list[list.length - 1]!;
    return {...s, reader: {...r, focus: {start: next.start, end: next.end}, scroll: -1}};
  }
  return s;
}

function compareKey(s: TuiState, key: Key, a: Analysis, body: number): TuiState {
  const c = s.compare;
  const n = a.sources.length;
  const d = direction(key);
  if (key === 'a') return {...s, compare: {...c, a: nextOther(c.a, c.b, n), scroll: 0}};
  if (key === 'b') return {...s, compare: {...c, b: nextOther(c.b, c.a, n), scroll: 0}};
  if (s.pane === 0) {
    // Pane 1 (sources): arrows pick the second source.
    if (d === 'right' || d === 'down') return {...s, compare: {...c, b: nextOther(c.b, c.a, n), scroll: 0}};
    if (d === 'left' || d === 'up') return {...s, compare: {...c, b: prevOther(c.b, c.a, n), scroll: 0}};
  }
  if (d === 'down') return {...s, compare: {...c, scroll: c.scroll + 1}};
  if (d === 'up') return {...s, compare: {...c, scroll: Math.max(0, c.scroll - 1)}};
  if (key === 'pagedown' || key === ' ') return {...s, compare: {...c, scroll: c.scroll + body - 2}};
  if (key === 'pageup') return {...s, compare: {...c, scroll: Math.max(0, c.scroll - body + 2)}};
  return s;
}

function nextOther(v: number, other: number, n: number): number {
  if (n < 2) return v;
  let x = (v + 1) % n;
  if (x === other) x = (x + 1) % n;
  return x;
}

function prevOther(v: number, other: number, n: number): number {
  if (n < 2) return v;
  let x = (v + n - 1) % n;
  if (x === other) x = (x + n - 1) % n;
  return x;
}

function numbersKey(s: TuiState, key: Key, a: Analysis): TuiState {
  const {row, col} = s.numbers;
  const d = direction(key);
  if (d === 'up') return {...s, numbers: {row: clamp(row - 1, 0, Math.max(0, a.claimsTable.length - 1)), col}};
  if (d === 'down') return {...s, numbers: {row: clamp(row + 1, 0, Math.max(0, a.claimsTable.length - 1)), col}};
  if (d === 'left') return {...s, numbers: {row, col: clamp(col - 1, 0, a.sources.length - 1)}};
  if (d === 'right') return {...s, numbers: {row, col: clamp(col + 1, 0, a.sources.length - 1)}};
  if (key === 'enter') {
    const ids = a.claimsTable[row]?.cells[a.sources[col]?.id ?? ''] ?? [];
    const claim = ids.length ? a.claims[ids[0]!] : undefined;
    if (claim) return openReader(s, a, col, {start: claim.start, end: claim.end});
  }
  return s;
}

function searchInput(s: TuiState, key: Key, a: Analysis): TuiState {
  const q = s.search.query;
  if (key === 'escape') return {...s, search: {editing: false, query: '', hits: null, cursor: 0}};
  if (key === 'enter') return {...s, search: {editing: false, query: q, hits: searchCorpus(a, q), cursor: 0}};
  if (key === 'backspace') return {...s, search: {...s.search, query: [...q].slice(0, -1).join('')}};
  if ([...key].length === 1 && !/[\u0000-\u001f]/u.test(key)) return {...s, search: {...s.search, query: q + key}};
  return s;
}

function searchResults(s: TuiState, key: Key): TuiState {
  const hits = s.search.hits ?? [];
  const d = direction(key);
  if (key === 'escape' || key === 'q') return {...s, search: {editing: false, query: s.search.query, hits: null, cursor: 0}};
  if (d === 'up') return {...s, search: {...s.search, cursor: Math.max(0, s.search.cursor - 1)}};
  if (d === 'down') return {...s, search: {...s.search, cursor: Math.min(hits.length - 1, s.search.cursor + 1)}};
  if (key === '/') return {...s, search: {editing: true, query: '', hits: null, cursor: 0}};
  if (key === 'enter') {
    const hit = hits[s.search.cursor];
    if (!hit) return s;
    const closed = {...s, search: {editing: false, query: s.search.query, hits: null, cursor: 0}};
    return go(closed, 'reader', {reader: {...s.reader, source: hit.source, scroll: -1, focus: {start: hit.start, end: hit.end}}});
  }
  return s;
}

/** Words whose matching key contains the query's (so alef/hamza, diacritics and ta marbuta do not matter). */
export function searchCorpus(a: Analysis, query: string, limit = 500): SearchHit[] {
  const needle = matchKey(query.trim());
  if (!needle) return [];
  const words = needle.split(/\s+/u);
  const hits: SearchHit[] = [];
  a.sources.forEach((source, index) => {
    const tokens = tokenize(source.body);
    for (let i = 0; i + words.length <= tokens.length && hits.length < limit; i++) {
      if (words.every((w, k) => (k === 0 ? tokens[i + k]!.key.includes(w) : tokens[i + k]!.key.startsWith(w) || tokens[i + k]!.key.includes(w)))) {
        hits.push({source: index, start: tokens[i]!.start, end: tokens[i + words.length - 1]!.end});
      }
    }
  });
  return hits;
}
