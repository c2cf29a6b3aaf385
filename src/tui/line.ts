import type {BidiMode} from './bidi-mode.js';
import {cellWidth, graphemeWidth, truncate, withEllipsis} from './cells.js';
import {displayText} from './sanitize.js';
import {shapeClusters} from './shape.js';
import {hasRtl, visualRuns} from './visual.js';

/*
 * Screens are lists of lines; a line is a list of styled segments. Screens
 * stay pure (data in, lines out), so they are tested without a terminal.
 * `fitLine` then makes each line safe and exactly as wide as it may be:
 * sanitised, cut in logical order, and in visual mode shaped and reordered,
 * measured after shaping.
 */

/**
 * The colours screens may use. No yellow, white or bright colours: they
 * vanish on light backgrounds (yellow text, white-on-yellow highlights).
 * Every colour has a text twin (a sign, a mark, a word), so NO_COLOR and
 * monochrome terminals lose nothing.
 */
export type Color = 'red' | 'blue' | 'green' | 'cyan' | 'magenta';

export interface Style {
  readonly color?: Color;
  readonly bold?: boolean;
  readonly dim?: boolean;
  readonly inverse?: boolean;
  readonly underline?: boolean;
}

export interface Seg extends Style {
  readonly text: string;
}

export interface Line {
  /** Left-to-right labels drawn first (a gutter, a marker). */
  readonly lead?: readonly Seg[];
  readonly segs: readonly Seg[];
  /** A piece of a right-to-left paragraph: reordered with an RTL base and right-aligned in visual mode. */
  readonly rtl?: boolean;
}

export const seg = (text: string, style: Style = {}): Seg => ({...style, text});
export const line = (...segs: (Seg | string)[]): Line => ({segs: segs.map((s) => (typeof s === 'string' ? {text: s} : s))});
export const blank: Line = {segs: []};

/** The line's segments in screen order, at most `cols` cells wide. */
export function fitLine(l: Line, cols: number, mode: BidiMode): Seg[] {
  const lead = visualLead(cut(clean(l.lead ?? []), cols), mode);
  const room = cols - lead.reduce((n, s) => n + cellWidth(s.text), 0);
  const body = clean(l.segs);
  if (mode === 'logical' || !body.some((s) => hasRtl(s.text))) return [...lead, ...cut(body, room)];
  const shown = visualRuns(cutShaped(body, room, l.rtl === true).map((s) => ({text: s.text, style: s})), l.rtl ? 'rtl' : 'ltr').map((r) => ({...r.style, text: r.text}));
  const width = shown.reduce((n, s) => n + cellWidth(s.text), 0);
  const pad = l.rtl && width < room ? [{text: ' '.repeat(room - width)}] : [];
  return [...lead, ...pad, ...shown];
}

/**
 * The lead (a gutter with an Arabic gloss) in visual mode: shaped and
 * reordered like the body, as a left-to-right column, and padded back to
 * its width (a lam-alef ligature takes one cell for two letters), so the
 * text beside it does not move.
 */
function visualLead(lead: Seg[], mode: BidiMode): Seg[] {
  if (mode === 'logical' || !lead.some((s) => hasRtl(s.text))) return lead;
  const width = lead.reduce((n, s) => n + cellWidth(s.text), 0);
  const shown = visualRuns(lead.map((s) => ({text: s.text, style: s})), 'ltr').map((r) => ({...r.style, text: r.text}));
  const short = width - shown.reduce((n, s) => n + cellWidth(s.text), 0);
  return short > 0 ? [...shown, {text: ' '.repeat(short)}] : shown;
}

function clean(segs: readonly Seg[]): Seg[] {
  return segs.map((s) => ({...s, text: displayText(s.text)})).filter((s) => s.text !== '');
}

/** Cut in logical order to `room` cells, an ellipsis marking the cut. */
function cut(segs: readonly Seg[], room: number): Seg[] {
  const out: Seg[] = [];
  let used = 0;
  for (const s of segs) {
    const w = cellWidth(s.text);
    if (used + w <= room) {
      out.push(s);
      used += w;
      continue;
    }
    if (room - used > 0) out.push({...s, text: truncate(s.text, room - used)});
    break;
  }
  return out;
}

/** Like `cut`, but measuring the shaped text (a lam-alef ligature is one cell, not two). */
function cutShaped(segs: readonly Seg[], room: number, rtl: boolean): Seg[] {
  const text = segs.map((s) => s.text).join('');
  const clusters = shapeClusters(text);
  const total = clusters.reduce((n, c) => n + graphemeWidth(c.text), 0);
  if (total <= room) return [...segs];
  let used = 0;
  let end = 0;
  for (const c of clusters) {
    const w = graphemeWidth(c.text);
    if (used + w > room - 1) break;
    used += w;
    end = c.to;
  }
  const out: Seg[] = [];
  let at = 0;
  let whole = '';
  for (const s of segs) {
    if (at >= end) break;
    out.push({...s, text: s.text.slice(0, end - at)});
    whole = s.text;
    at += s.text.length;
  }
  const last = out.pop();
  // A right-to-left line ends on the left, where its ellipsis goes by itself; a left-to-right one needs it placed (withEllipsis).
  if (last) out.push({...last, text: rtl ? `${last.text}…` : withEllipsis(last.text, whole)});
  else if (room > 0) out.push({text: '…'});
  return out;
}
