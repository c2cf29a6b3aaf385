import {tuiText} from '../i18n/tui-text.js';
import type {Analysis} from '../types.js';
import {resolveBidiMode, type BidiChoice, type BidiFlag} from './bidi-mode.js';
import type {TuiInput} from './loader.js';
import {prepareInkStyling} from './styling.js';
import {enterTerminal} from './terminal.js';

/*
 * The entry the CLI calls when stdout is a terminal. It draws a first
 * frame at once (the Overview itself when the analysis was kept in the
 * cache, otherwise a `starting…` line), then loads Ink and the UI, which
 * shows the analysis progress and then the Overview.
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
  try {
    const drawn = 'analysis' in input && process.env.TERM !== 'dumb';
    if (drawn) await drawFirstFrame(input.analysis, input.revealed !== undefined, bidi, options);
    else process.stdout.write(`\u001b[H\u001b[2J${tuiText(options.lang ?? 'en').progress.starting(bidi.mode)}`);
    leaveCiMode(process.env);
    prepareInkStyling(process.env, process.argv);
    const {mountTui} = await import('./mount.js');
    await mountTui(input, bidi, options.color, options.lang ?? 'en', drawn);
  } finally {
    session.restore();
  }
}

/** A finished analysis (the cache): its Overview at once, before Ink loads (first-frame.ts). */
async function drawFirstFrame(analysis: Analysis, blind: boolean, bidi: BidiChoice, options: TuiOptions): Promise<void> {
  const {firstFrameText} = await import('./first-frame.js');
  // Keys typed before Ink listens stay in the terminal, unechoed, until it reads them.
  if (process.stdin.isTTY) process.stdin.setRawMode(true);
  const size = {rows: process.stdout.rows || 24, cols: process.stdout.columns || 80};
  process.stdout.write(`\u001b[H\u001b[2J${firstFrameText(analysis, {bidi, color: options.color, lang: options.lang ?? 'en', blind, ...size})}`);
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
