import type {Key as InkKey} from 'ink';

/*
 * Keys as data: Ink's key object becomes one name the reducer switches on,
 * and the help overlay is generated from the same table, so it lists every
 * key the reducer knows.
 */

/** A special key's name ('up', 'enter', 'shift-tab', …) or the character typed. */
export type Key = string;

/**
 * The keys one Ink input event stands for. An Escape that reaches us in
 * the same read as the next key (a busy terminal, tmux) arrives as Alt+key:
 * it is both, in order.
 */
export function keyNames(input: string, key: InkKey): Key[] {
  if (key.meta && !key.escape && !key.ctrl && input.length > 0 && isText(input) && !isArrowOrPage(key)) return ['escape', input];
  const name = keyName(input, key);
  return name === null ? [] : [name];
}

const isArrowOrPage = (key: InkKey): boolean => key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.home || key.end;

export function keyName(input: string, key: InkKey): Key | null {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.tab) return key.shift ? 'shift-tab' : 'tab';
  if (key.return) return 'enter';
  if (key.escape) return 'escape';
  if (key.backspace || key.delete) return 'backspace';
  if (key.ctrl || key.meta) return null;
  return input || null;
}

const SPECIAL = new Set(['up', 'down', 'left', 'right', 'pageup', 'pagedown', 'home', 'end', 'tab', 'shift-tab', 'enter', 'escape', 'backspace']);

/** Typed (or pasted) text rather than a special key. */
export function isText(key: Key): boolean {
  return !SPECIAL.has(key) && /^[^\p{Cc}\p{Cf}]+$/u.test(key);
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/** Arrow keys and h/j/k/l as one direction. */
export function direction(key: Key): Direction | null {
  if (key === 'up' || key === 'k') return 'up';
  if (key === 'down' || key === 'j') return 'down';
  if (key === 'left' || key === 'h') return 'left';
  if (key === 'right' || key === 'l') return 'right';
  return null;
}

export interface KeyHelp {
  readonly keys: string;
  readonly what: string;
}

/** Keys that work on every screen. */
export const GLOBAL_KEYS: readonly KeyHelp[] = [
  {keys: '1 2 3 4 5 6 7', what: 'Overview · Concept · Reader · Compare · Numbers · Lesson · Terms'},
  {keys: '← ↑ ↓ →  h k j l', what: 'move'},
  {keys: 'Tab  Shift-Tab', what: 'next / previous pane (Concept, Compare, Numbers)'},
  {keys: 'Enter', what: 'open what is selected'},
  {keys: 'Esc', what: 'back to the previous screen; close help or search'},
  {keys: 'PgUp PgDn Home End', what: 'page and jump in lists and texts (Space pages too)'},
  {keys: '/', what: 'search a word in every source; Enter opens the Reader there'},
  {keys: 'g', what: 'English glosses on / off (Overview cells, Reader gutter or gloss row, Compare)'},
  {keys: '?', what: 'this help'},
  {keys: 'R', what: 'blind reading (--blind): reveal the outlets’ names (asks first)'},
  {keys: 'q  Ctrl-C', what: 'quit'},
];

/** Keys of one screen, one row each. */
export const SCREEN_KEYS: readonly KeyHelp[] = [
  {keys: 'Overview', what: 'Enter: the concept’s mentions, from the selected outlet on'},
  {keys: 'Concept', what: 'v / p: filter voice / pole · [ ]: concept · Enter: read it in the article'},
  {keys: 'Reader', what: 'd: dim others’ words · n N: next / previous term · [ ]: article · Enter: the term’s concept'},
  {keys: 'Compare', what: 'a / b: next outlet on side A / B · Enter on a concept: its mentions'},
  {keys: 'Numbers', what: 'Enter: read the figure in its article'},
  {keys: 'Lesson', what: 'Enter / Space: show the answer (again: next step) · ← → step · ↑↓ scroll'},
  {keys: 'Terms', what: '← → or [ ]: outlet · ↑↓ phrase · Enter: its first use in the Reader'},
];
