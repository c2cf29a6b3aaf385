import {tuiText} from '../i18n/tui-text.js';
import type {Analysis} from '../types.js';
import {resolveBidiMode, type BidiChoice, type BidiFlag} from './bidi-mode.js';
import type {BlindInput, Progress, TuiInput} from './loader.js';
import {prepareInkStyling} from './styling.js';
import {enterTerminal} from './terminal.js';

/*
 * The entry the CLI calls when stdout is a terminal. It draws a first
 * frame at once: the Overview itself when the analysis was kept in the
 * cache, otherwise a `starting…` line, then the analysis's progress line
 * and, the moment the analysis is there, its Overview, all written here
 * without Ink (first-frame.ts). Ink and the UI load meanwhile and take
 * over the screen once both they and the analysis are ready, so the
 * Overview does not wait for Ink's import or React's first render.
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
  const lang = options.lang ?? 'en';
  const session = enterTerminal(process.stdout, bidi.mode === 'visual');
  try {
    const plain = process.env.TERM === 'dumb';
    if ('analysis' in input && !plain) await drawFirstFrame(input.analysis, input.revealed !== undefined, bidi, options);
    else process.stdout.write(`\u001b[H\u001b[2J${tuiText(lang).progress.starting(bidi.mode)}`);
    leaveCiMode(process.env);
    prepareInkStyling(process.env, process.argv);
    if ('analysis' in input || plain) {
      // A kept analysis (drawn above), or a terminal without cursor moves: Ink's Loader shows the progress.
      const {mountTui} = await import('./mount.js');
      await mountTui(input, bidi, options.color, lang, !plain);
      return;
    }
    // Ink loads while the analysis runs; the Overview is drawn here as soon as the analysis is done.
    const mounting = import('./mount.js');
    mounting.catch(() => undefined);
    // Loaded meanwhile too, so the Overview goes out the moment the analysis comes.
    const drawing = import('./first-frame.js');
    drawing.catch(() => undefined);
    const result = await loadShowingProgress(input.load, bidi, lang);
    await drawing;
    const [analysis, revealed] = 'revealed' in result ? [result.analysis, result.revealed] : [result, undefined];
    await drawFirstFrame(analysis, revealed !== undefined, bidi, options);
    const {mountTui} = await mounting;
    await mountTui(revealed ? {analysis, revealed} : {analysis}, bidi, options.color, lang, true);
  } finally {
    session.restore();
  }
}

/** The analysis, with its progress written on the top row meanwhile (Ink's Loader draws the same line). */
async function loadShowingProgress(load: (onProgress: Progress) => Promise<Analysis | BlindInput>, bidi: BidiChoice, lang: 'ar' | 'en'): Promise<Analysis | BlindInput> {
  const [{progressLine}, {fitLine}] = await Promise.all([import('./progress-line.js'), import('./line.js')]);
  const cols = process.stdout.columns || 80;
  let shown = '';
  return load((done, total) => {
    // Like every row of the app: cut to the width, and in visual mode shaped and reordered.
    const line = fitLine({segs: [{text: progressLine(done, total, cols, lang)}]}, cols, bidi.mode).map((s) => s.text).join('');
    if (line === shown) return;
    shown = line;
    process.stdout.write(`\u001b[H${line}\u001b[K`);
  });
}

/** A finished analysis: its Overview at once, before Ink loads (first-frame.ts). */
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
