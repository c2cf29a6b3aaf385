import type {Analysis} from '../types.js';
import {bidiReason, isGuess, type BidiChoice} from './bidi-mode.js';
import {cellWidth, truncate} from './cells.js';
import {blank, type Line, type Seg} from './line.js';
import {compareFrame} from './screens/compare.js';
import {conceptFrame} from './screens/concept.js';
import {hasArabic, type Frame} from './screens/common.js';
import {helpFrame} from './screens/help.js';
import {lessonFrame} from './screens/lesson.js';
import {numbersFrame} from './screens/numbers.js';
import {overviewFrame} from './screens/overview.js';
import {readerFrame} from './screens/reader.js';
import {searchFrame} from './screens/search.js';
import {termsFrame} from './screens/terms.js';
import {BAR, keyHints, tuiText} from '../i18n/tui-text.js';
import {SCREENS, type TuiState, type Viewport} from './state.js';

/*
 * The whole screen: tab bar, rule, the current screen's body, two status rows.
 * The body gets the terminal's rows minus five: four lines of chrome and
 * one spare, because Ink clears the whole terminal (scrollback included)
 * on every frame that fills it.
 */

export const CHROME_ROWS = 5;

export function bodyViewport(rows: number, cols: number): Viewport {
  return {rows: Math.max(3, rows - CHROME_ROWS), cols: Math.max(20, cols)};
}

/** Every row of the screen: tabs, rule, the body cut or padded to the viewport, two status rows. */
export function screenLines(a: Analysis, s: TuiState, view: Viewport, bidi: BidiChoice, frame: Frame = bodyFrame(a, s, view, bidi)): Line[] {
  const body = frame.lines.slice(0, view.rows);
  while (body.length < view.rows) body.push(blank);
  return [tabLine(s, view.cols), {segs: [{text: '─'.repeat(view.cols), dim: true}]}, ...body, ...statusLines(frame, s, bidi, view.cols, hasArabic(a))];
}

export function bodyFrame(a: Analysis, s: TuiState, view: Viewport, bidi: BidiChoice): Frame {
  if (s.help) return helpFrame(view, bidi, s.helpScroll, a, s.lang);
  if (s.search.kind === 'results') return searchFrame(a, s, view);
  switch (s.screen) {
    case 'overview':
      return overviewFrame(a, s, view);
    case 'concept':
      return conceptFrame(a, s, view);
    case 'reader':
      return readerFrame(a, s, view);
    case 'compare':
      return compareFrame(a, s, view);
    case 'numbers':
      return numbersFrame(a, s, view);
    case 'lesson':
      return lessonFrame(a, s, view);
    case 'terms':
      return termsFrame(a, s, view);
  }
}

/**
 * The screens' tabs. When they do not fit `cols`, the name goes first, then
 * the padding, then the names of the screens not shown (their numbers stay).
 */
export function tabLine(s: TuiState, cols = Infinity): Line {
  const t = tuiText(s.lang);
  const overlay = s.help || s.search.kind === 'results';
  const extra: Seg[] = [];
  if (s.help) extra.push({text: ` ? ${t.helpTab} `, inverse: true});
  if (s.search.kind === 'results') extra.push({text: ` / ${t.searchTab} `, inverse: true});
  const tabs = (pad: string, named: (id: (typeof SCREENS)[number]) => boolean): Seg[] =>
    SCREENS.map((id, i) => ({text: named(id) ? `${pad}${t.digit(i + 1)} ${t.tabs[id]}${pad}` : `${pad}${t.digit(i + 1)}${pad}`, inverse: id === s.screen && !overlay, bold: id === s.screen}));
  const brand: Seg = {text: ' framelens ', bold: true};
  const choices: Seg[][] = [
    [brand, ...tabs(' ', () => true), ...extra],
    [...tabs(' ', () => true), ...extra],
    [{text: ' '}, ...tabs('', () => true).flatMap((t) => [t, {text: ' '}]), ...extra],
    [{text: ' '}, ...tabs('', (id) => id === s.screen).flatMap((t) => [t, {text: ' '}]), ...extra],
  ];
  const width = (segs: readonly Seg[]): number => segs.reduce((n, x) => n + cellWidth(x.text), 0);
  return {segs: choices.find((c) => width(c) <= cols) ?? choices[choices.length - 1]!};
}

/**
 * Two status rows, each fitting `cols`: where you are and this screen's
 * keys; then the keys that work everywhere and the Arabic display mode, with
 * how to change it when it was a guess.
 */
export function statusLines(frame: Frame, s: TuiState, bidi: BidiChoice, cols: number, arabic = true): [Line, Line] {
  const t = tuiText(s.lang);
  const guess = isGuess(bidi) && arabic;
  const hints = ` ${keyHints(t.global, s.lang)}`;
  const global = arabic ? `${hints} │ ` : hints;
  const room = Math.max(0, cols - cellWidth(global));
  const modes = guess ? t.arabicGuess(bidi.mode, bidiReason(bidi, s.lang)) : [t.arabicMode(bidi.mode, bidiReason(bidi, s.lang))];
  // A corpus without Arabic: the display mode does not matter, so the line does not talk about it.
  const mode = !arabic ? '' : modes.find((m) => cellWidth(m) <= room) ?? truncate(modes[modes.length - 1]!, room);
  const second: Line = {segs: [{text: global, dim: true}, {text: mode, bold: guess, dim: !guess}]};
  if (s.search.kind === 'typing') {
    // The query may be Arabic: it goes last, so a bidi terminal cannot move the hint across it.
    const hint = t.searchHint;
    const query = s.search.query ? truncate(s.search.query, Math.max(1, cols - cellWidth(hint) - 1)) : '';
    return [{segs: [{text: hint, inverse: true}, {text: query, bold: true}, {text: '▌'}]}, second];
  }
  if (s.reveal === 'asking') {
    const ask = t.revealAsk;
    return [{segs: [{text: truncate(ask, cols), inverse: true, bold: true}]}, second];
  }
  // In Arabic the bar closes the place before the key hints: an Arabic place (الأرقام) and the first hint's label (رقم) would make one run, swapped.
  const where = ` ${s.reveal === 'hidden' ? `${t.blind}${t.sep}` : s.reveal === 'shown' ? `${t.revealed}${t.sep}` : ''}${frame.where} ${s.lang === 'ar' && frame.keys ? BAR : ''}`;
  const keys = truncate(` ${frame.keys}`, Math.max(0, cols - cellWidth(where)));
  const pad = ' '.repeat(Math.max(0, cols - cellWidth(where) - cellWidth(keys)));
  return [{segs: [{text: truncate(where, cols), inverse: true, bold: true}, {text: keys + pad, inverse: true}]}, second];
}
