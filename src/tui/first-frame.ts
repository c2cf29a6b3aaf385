import type {Analysis} from '../types.js';
import type {BidiChoice} from './bidi-mode.js';
import {bodyViewport, screenLines} from './frame.js';
import {fitLine, type Color, type Seg} from './line.js';
import {initialState} from './state.js';

/*
 * The first screen of an analysis that is already there (kept in the
 * cache), drawn before Ink and React are loaded: the same rows the App
 * draws first (frame.ts screenLines, fitLine), written with the basic SGR
 * codes Ink's chalk writes at the level styling.ts sets. Ink then mounts,
 * clears the screen and draws the same Overview; keys typed meanwhile
 * wait in the terminal (stdin is put in raw mode here, so they are not
 * echoed) and are answered once it has.
 */

const SGR_COLOR: Record<Color, number> = {red: 31, green: 32, blue: 34, magenta: 35, cyan: 36};

export interface FirstFrameOptions {
  readonly bidi: BidiChoice;
  readonly color: boolean;
  readonly lang: 'ar' | 'en';
  /** Blind reading: the tab and status rows say so, as the App's first frame does. */
  readonly blind: boolean;
  readonly rows: number;
  readonly cols: number;
}

/** The screen as text: one row per line, styled segments in SGR codes. */
export function firstFrameText(analysis: Analysis, options: FirstFrameOptions): string {
  const view = bodyViewport(options.rows, options.cols);
  const lines = screenLines(analysis, initialState(analysis, options.blind, options.lang), view, options.bidi);
  return lines.map((l) => fitLine(l, view.cols, options.bidi.mode).map((s) => styled(s, options.color)).join('') || ' ').join('\n');
}

function styled(seg: Seg, color: boolean): string {
  const codes: number[] = [];
  if (color && seg.color) codes.push(SGR_COLOR[seg.color]);
  if (seg.bold) codes.push(1);
  if (seg.dim) codes.push(2);
  if (seg.underline) codes.push(4);
  if (seg.inverse) codes.push(7);
  return codes.length === 0 ? seg.text : `\u001b[${codes.join(';')}m${seg.text}\u001b[0m`;
}
