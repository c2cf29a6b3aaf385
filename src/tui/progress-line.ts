import {tuiText} from '../i18n/tui-text.js';
import {cellWidth} from './cells.js';

/*
 * The progress line of an analysis made for the terminal UI, in a module of
 * its own (no Ink, no React): run.ts writes it before Ink has loaded, and
 * the Loader draws the same line once it has.
 */

/** `framelens · analysing 120 of 400 sources ▕██████░░░░▏ 30%`, or the comparing step once every source is read. */
export function progressLine(done: number, total: number, cols: number, lang: 'ar' | 'en' = 'en'): string {
  const t = tuiText(lang).progress;
  if (total === 0) return t.reading;
  if (done >= total) return t.compared(total);
  const text = t.analysing(done, total);
  const percent = ` ${Math.floor((done / total) * 100)}%`;
  const barW = Math.max(0, Math.min(40, cols - cellWidth(text) - percent.length - 3));
  const filled = Math.round((done / total) * barW);
  return `${text}▕${'█'.repeat(filled)}${'░'.repeat(barW - filled)}▏${percent}`;
}
