import type {Analysis} from '../types.js';
import type {BidiChoice} from './bidi-mode.js';
import {direction, type Key} from './keymap.js';
import {back, go} from './navigate.js';
import {compareKey, conceptKey, lessonKey, numbersKey, overviewKey, readerKey, termsKey} from './screen-keys.js';
import {helpScroll} from './screens/help.js';
import {searchKey} from './search.js';
import {SCREENS, type TuiState, type Viewport} from './state.js';

/*
 * One key press → the next state. Order matters: the search line takes
 * every key while it is open; then the keys that work everywhere; then the
 * screen's own. `view` is the body area, which paging and the Reader's
 * wrapping depend on.
 */
export function reduce(s: TuiState, key: Key, a: Analysis, view: Viewport, bidi: BidiChoice): TuiState {
  if (s.search.kind === 'typing') return searchKey(s, key, a, view);
  // Revealing the outlets asks once: y reveals, any other key keeps them hidden.
  if (s.reveal === 'asking') return {...s, reveal: key === 'y' || key === 'Y' ? 'shown' : 'hidden'};
  if (key === 'R' && s.reveal === 'hidden') return {...s, reveal: 'asking'};
  switch (key) {
    case 'q':
      return {...s, quit: true};
    case '?':
      return {...s, help: !s.help, helpScroll: 0};
    case '/':
      return {...s, help: false, search: {kind: 'typing', query: ''}};
    case 'g':
      return {...s, glosses: !s.glosses};
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
      return go(s, SCREENS[Number(key) - 1]!);
  }
  if (s.help) return helpKey(s, key, view, bidi, a);
  if (s.search.kind === 'results') return searchKey(s, key, a, view);
  if (key === 'escape') return back(s);
  if (a.sources.length === 0) return s;
  switch (s.screen) {
    case 'overview':
      return overviewKey(s, key, a, view);
    case 'concept':
      return conceptKey(s, key, a, view);
    case 'reader':
      return readerKey(s, key, a, view);
    case 'compare':
      return compareKey(s, key, a, view);
    case 'numbers':
      return numbersKey(s, key, a, view);
    case 'lesson':
      return lessonKey(s, key, a, view);
    case 'terms':
      return termsKey(s, key, a, view);
  }
}

function helpKey(s: TuiState, key: Key, view: Viewport, bidi: BidiChoice, a: Analysis): TuiState {
  if (key === 'escape') return {...s, help: false};
  const d = direction(key);
  const step = d === 'up' ? -1 : d === 'down' ? 1 : key === 'pageup' ? -(view.rows - 1) : key === 'pagedown' || key === ' ' ? view.rows - 1 : 0;
  return step ? {...s, helpScroll: helpScroll(s.helpScroll + step, view, bidi, a, s.lang)} : s;
}
