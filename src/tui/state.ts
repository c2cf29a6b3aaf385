import type {Lang} from '../lesson/words.js';
import type {Analysis, Span, Voice} from '../types.js';

/*
 * Everything the terminal UI remembers between key presses. Only the
 * reducer (reduce.ts) makes a new state; screens only read it.
 */

export type ScreenId = 'overview' | 'concept' | 'reader' | 'compare' | 'numbers' | 'lesson' | 'terms';
export const SCREENS: readonly ScreenId[] = ['overview', 'concept', 'reader', 'compare', 'numbers', 'lesson', 'terms'];

export type VoiceFilter = 'all' | Voice;
export const VOICE_FILTERS: readonly VoiceFilter[] = ['all', 'outlet', 'quoted', 'attributed'];

export interface SearchHit extends Span {
  readonly source: number;
}

export type SearchState =
  | {readonly kind: 'closed'}
  | {readonly kind: 'typing'; readonly query: string}
  | {readonly kind: 'results'; readonly query: string; readonly hits: readonly SearchHit[]; readonly cursor: number};

export interface TuiState {
  readonly screen: ScreenId;
  /** Screens to go back to with Esc, most recent last. */
  readonly history: readonly ScreenId[];
  readonly help: boolean;
  /** First help row shown when the help does not fit. */
  readonly helpScroll: number;
  readonly glosses: boolean;
  readonly search: SearchState;
  /** Selected cell: source row × concept column. */
  readonly overview: {readonly row: number; readonly col: number};
  readonly concept: {
    readonly pane: 'mentions' | 'filters';
    readonly concept: number;
    readonly voice: VoiceFilter;
    /** 'all' or one of the concept's poles. */
    readonly pole: string;
    /** Which filter the filters pane changes: 0 concept, 1 voice, 2 pole. */
    readonly filter: 0 | 1 | 2;
    readonly cursor: number;
  };
  readonly reader: {
    readonly source: number;
    /** Body offset of the first line shown: survives re-wrapping on resize. */
    readonly top: number;
    /** Dim what is not the outlet's own voice. */
    readonly dim: boolean;
    /** The term or number the reader was opened on, or moved to with n/N. */
    readonly focus: Span | null;
  };
  readonly compare: {
    readonly pane: 'outlets' | 'concepts' | 'passages';
    readonly a: number;
    readonly b: number;
    /** Which outlet ←→ changes in the outlets pane. */
    readonly side: 'a' | 'b';
    readonly concept: number;
    readonly scroll: number;
  };
  readonly numbers: {readonly pane: 'table' | 'claims'; readonly row: number; readonly col: number; readonly claim: number};
  /** Blind reading: 'off' when the outlets are not hidden; 'asking' while R waits for y. */
  readonly reveal: RevealState;
  /** Lesson screen: the step shown, whether its answer is shown, the first row. */
  readonly lesson: {readonly step: number; readonly revealed: boolean; readonly scroll: number};
  /** Interface language of the lesson and glossary (--lang). */
  readonly lang: Lang;
  /** Terms: which outlet (index into the discovery's outlets) and which of its phrases. */
  readonly terms: {readonly outlet: number; readonly cursor: number};
  readonly quit: boolean;
}

export type RevealState = 'off' | 'hidden' | 'asking' | 'shown';

export function initialState(a: Analysis, blind = false, lang: Lang = 'en'): TuiState {
  return {
    screen: 'overview',
    history: [],
    help: false,
    helpScroll: 0,
    glosses: true,
    search: {kind: 'closed'},
    overview: {row: 0, col: 0},
    concept: {pane: 'mentions', concept: 0, voice: 'all', pole: 'all', filter: 0, cursor: 0},
    reader: {source: 0, top: 0, dim: false, focus: null},
    compare: {pane: 'outlets', a: 0, b: Math.min(1, Math.max(0, a.sources.length - 1)), side: 'b', concept: 0, scroll: 0},
    numbers: {pane: 'table', row: 0, col: 0, claim: 0},
    reveal: blind ? 'hidden' : 'off',
    lesson: {step: 0, revealed: false, scroll: 0},
    lang,
    terms: {outlet: 0, cursor: 0},
    quit: false,
  };
}

/** The body area screens draw into (the terminal minus tab bar, rule and status line). */
export interface Viewport {
  readonly rows: number;
  readonly cols: number;
}
