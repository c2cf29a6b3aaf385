import type {Key as InkKey} from 'ink';
import {tuiText} from '../i18n/tui-text.js';

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

/** Keys that work on every screen (their words in each language: src/i18n/tui-text.ts). */
export const GLOBAL_KEYS: readonly KeyHelp[] = tuiText('en').help.global;

/** Keys of one screen, one row each. */
export const SCREEN_KEYS: readonly KeyHelp[] = tuiText('en').help.screens;
