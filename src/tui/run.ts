import {tuiText} from '../i18n/tui-text.js';
import {resolveBidiMode, type BidiFlag} from './bidi-mode.js';
import type {TuiInput} from './loader.js';
import {prepareInkStyling} from './styling.js';
import {enterTerminal} from './terminal.js';

/*
 * The entry the CLI calls when stdout is a terminal. It draws a first
 * frame at once, then loads Ink (most of a second) and the UI, which shows
 * the analysis progress and then the Overview.
 */

export type {Progress, TuiInput} from './loader.js';

export interface TuiOptions {
  /** `auto` (the CLI's default) also reads FRAMELENS_BIDI. */
  readonly bidi: BidiFlag;
  /** False for NO_COLOR / --no-color. */
  readonly color: boolean;
  /** Interface language (--lang), from the first line written on. */
  readonly lang?: 'ar' | 'en';
}

/**
 * Run the terminal UI until the user quits. The caller checks that stdout
 * is a terminal. Rejects with the analysis error, after the terminal is
 * restored, when `load` fails.
 */
export async function runTui(input: TuiInput, options: TuiOptions): Promise<void> {
  const bidi = resolveBidiMode(options.bidi, process.env);
  const session = enterTerminal(process.stdout, bidi.mode === 'visual');
  process.stdout.write(`\u001b[H\u001b[2J${tuiText(options.lang ?? 'en').progress.starting(bidi.mode)}`);
  try {
    leaveCiMode(process.env);
    prepareInkStyling(process.env, process.argv);
    const {mountTui} = await import('./mount.js');
    await mountTui(input, bidi, options.color, options.lang ?? 'en');
  } finally {
    session.restore();
  }
}

/**
 * Ink reads CI / CONTINUOUS_INTEGRATION when it loads and, when either is
 * set, draws nothing until the app exits. We only get here with a terminal
 * on stdout, where a frozen blank screen helps no one (a shell that exports
 * CI=1, or the tmux tests on a CI machine), so hide both from Ink. It must
 * run before the first import of 'ink'.
 */
function leaveCiMode(env: NodeJS.ProcessEnv): void {
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
}
