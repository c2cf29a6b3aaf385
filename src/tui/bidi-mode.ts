/*
 * How Arabic reaches the terminal (docs/arabic.md §5, README "Arabic in the
 * terminal"). `logical`: as stored, for terminals that apply bidi
 * themselves. `visual`: shaped and reordered by us, for terminals that do
 * not. `auto` guesses from the environment the terminal sets; those
 * variables do not survive ssh or tmux, hence the fallback and its hint.
 */

import {isMlterm} from './styling.js';

export type BidiMode = 'visual' | 'logical';
export type BidiFlag = 'auto' | BidiMode;

export interface BidiChoice {
  readonly mode: BidiMode;
  /** Why, for the status line: `--bidi visual`, `FRAMELENS_BIDI=logical`, `auto: kitty`, … */
  readonly reason: string;
  /** The same in Arabic, for `--lang ar` (the flag, variable and terminal names stay as typed). */
  readonly reasonAr?: string;
}

/** Why the mode was chosen, in the interface language. */
export function bidiReason(choice: BidiChoice, lang: 'ar' | 'en'): string {
  return lang === 'ar' ? choice.reasonAr ?? choice.reason : choice.reason;
}

/** Environment variable that sets the mode when no flag is given. */
export const BIDI_ENV = 'FRAMELENS_BIDI';

type Env = Readonly<Record<string, string | undefined>>;

/** Terminals known not to reorder: the app must send visual order. */
const VISUAL: readonly [string, (env: Env) => boolean][] = [
  ['Windows Terminal', (e) => Boolean(e.WT_SESSION)],
  ['kitty', (e) => Boolean(e.KITTY_WINDOW_ID) || e.TERM === 'xterm-kitty'],
  ['Alacritty', (e) => Boolean(e.ALACRITTY_LOG || e.ALACRITTY_SOCKET || e.ALACRITTY_WINDOW_ID) || e.TERM === 'alacritty'],
  ['VS Code', (e) => e.TERM_PROGRAM === 'vscode'],
  ['WezTerm', (e) => e.TERM_PROGRAM === 'WezTerm'],
  ['iTerm2', (e) => e.TERM_PROGRAM === 'iTerm.app'],
  ['Warp', (e) => e.TERM_PROGRAM === 'WarpTerminal'],
  ['xterm', (e) => Boolean(e.XTERM_VERSION)],
];

/** Terminals that apply bidi themselves: text must go out as stored. */
const LOGICAL: readonly [string, (env: Env) => boolean][] = [
  ['VTE (GNOME Terminal)', (e) => Boolean(e.VTE_VERSION)],
  ['Konsole', (e) => Boolean(e.KONSOLE_VERSION)],
  ['Apple Terminal', (e) => e.TERM_PROGRAM === 'Apple_Terminal'],
  ['mlterm', isMlterm],
  ['mintty', (e) => e.TERM_PROGRAM === 'mintty'],
];

/**
 * `--bidi visual|logical` wins; otherwise (no flag or `auto`, the CLI's
 * default) FRAMELENS_BIDI=visual|logical; otherwise a guess from the
 * terminal's environment, and logical when the terminal is unknown.
 */
export function resolveBidiMode(flag: BidiFlag | undefined, env: Env): BidiChoice {
  if (flag === 'visual' || flag === 'logical') return {mode: flag, reason: `--bidi ${flag}`};
  const fromEnv = env[BIDI_ENV];
  if (fromEnv === 'visual' || fromEnv === 'logical') return {mode: fromEnv, reason: `${BIDI_ENV}=${fromEnv}`};
  const ignored = fromEnv && fromEnv !== 'auto' ? ` (${BIDI_ENV}=${fromEnv} ignored)` : '';
  const ignoredAr = fromEnv && fromEnv !== 'auto' ? ` (${BIDI_ENV}=${fromEnv} لا يُعتدّ به)` : '';
  const guessed = (mode: BidiMode, en: string, ar: string): BidiChoice => ({mode, reason: `auto: ${en}${ignored}`, reasonAr: `تخمين: ${ar}${ignoredAr}`});
  for (const [name, test] of VISUAL) if (test(env)) return guessed('visual', name, name);
  for (const [name, test] of LOGICAL) if (test(env)) return guessed('logical', name, name);
  if (env.TMUX) return guessed('logical', 'inside tmux, outer terminal unknown', 'داخل tmux والطرفية الخارجية مجهولة');
  return guessed('logical', 'unknown terminal', 'طرفية مجهولة');
}

/** Whether the choice was a guess, so the status line says how to change it. */
export const isGuess = (choice: BidiChoice): boolean => choice.reason.startsWith('auto');

/** terminal-wg BiDi recommendation, BDSM: explicit mode (the app sends visual order) and back to implicit. */
export const EXPLICIT_BIDI_ON = '\u001b[8l';
export const EXPLICIT_BIDI_OFF = '\u001b[8h';
