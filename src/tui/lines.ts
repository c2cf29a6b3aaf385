import stringWidth from 'string-width';
import {sanitizeText} from '../text-report/sanitize.js';
import {hasArabic, visualRuns, type BidiMode} from './bidi.js';

/*
 * Screens are lists of lines; a line is a list of styled segments. Screens
 * stay pure (data in, lines out) so they can be tested without a terminal;
 * `layoutLine` then fits each line to the width, in the display order the
 * bidi mode needs, measuring after shaping.
 */

export interface Style {
  readonly color?: 'red' | 'blue' | 'green' | 'yellow' | 'cyan' | 'magenta' | 'gray' | 'white';
  readonly bold?: boolean;
  readonly dim?: boolean;
  readonly inverse?: boolean;
  readonly underline?: boolean;
}

export interface Seg extends Style {
  readonly text: string;
}

export interface Line {
  readonly segs: readonly Seg[];
  /** The line is a piece of an Arabic paragraph: right-to-left, right-aligned in visual mode. */
  readonly rtl?: boolean;
}

export const line = (...segs: (Seg | string)[]): Line => ({segs: segs.map((s) => (typeof s === 'string' ? {text: s} : s))});
export const blank: Line = {segs: []};

export function width(text: string): number {
  return stringWidth(text);
}

/** Cut a string to at most `max` cells, by grapheme. */
export function truncate(text: string, max: number): string {
  if (width(text) <= max) return text;
  let out = '';
  for (const {segment} of graphemes(text)) {
    if (width(out + segment) > max - 1) break;
    out += segment;
  }
  return `${out}…`;
}

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
function graphemes(text: string): Iterable<{segment: string}> {
  return segmenter.segment(text);
}

/** Word-wrap text (logical order) to `max` cells; long words are cut by grapheme. Used on short spans only. */
export function wrapWords(text: string, max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of sanitizeText(text).split(/\s+/u).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (width(candidate) <= max) current = candidate;
    else {
      if (current) out.push(current);
      current = width(word) <= max ? word : truncate(word, max);
    }
  }
  if (current) out.push(current);
  return out.length ? out : [''];
}

/**
 * Fit a line to `cols` cells in display order. Logical mode: segments as
 * stored (sanitised). Visual mode: shape + reorder the whole line (base
 * direction from `rtl`), right-align RTL lines.
 */
export function layoutLine(l: Line, cols: number, mode: BidiMode): Seg[] {
  const segs = l.segs.map((s) => ({...s, text: sanitizeText(s.text).replace(/[\t\r\n]/gu, ' ')}));
  let out: Seg[] = segs;
  if (mode === 'visual' && segs.some((s) => hasArabic(s.text))) {
    const runs = visualRuns(segs.map((s, i) => ({text: s.text, style: i})), l.rtl ? 'rtl' : 'ltr');
    out = runs.map((r) => ({...segs[r.style!]!, text: r.text}));
  }
  out = fit(out, cols, mode === 'visual' && l.rtl === true);
  return out;
}

function fit(segs: Seg[], cols: number, alignRight: boolean): Seg[] {
  const total = segs.reduce((n, s) => n + width(s.text), 0);
  if (total <= cols) return alignRight && total < cols ? [{text: ' '.repeat(cols - total)}, ...segs] : segs;
  // Too wide: keep the start in reading order (the right end for right-aligned visual lines).
  if (alignRight) {
    const out: Seg[] = [];
    let used = 0;
    for (let i = segs.length - 1; i >= 0; i--) {
      const s = segs[i]!;
      const w = width(s.text);
      if (used + w <= cols) {
        out.unshift(s);
        used += w;
        continue;
      }
      const room = cols - used;
      if (room > 1) out.unshift({...s, text: `…${tail(s.text, room - 1)}`});
      break;
    }
    return out;
  }
  const out: Seg[] = [];
  let used = 0;
  for (const s of segs) {
    const w = width(s.text);
    if (used + w <= cols) {
      out.push(s);
      used += w;
      continue;
    }
    const room = cols - used;
    if (room > 0) out.push({...s, text: truncate(s.text, room)});
    break;
  }
  return out;
}

function tail(text: string, max: number): string {
  const parts = [...graphemes(text)].map((g) => g.segment);
  let out = '';
  for (let i = parts.length - 1; i >= 0; i--) {
    if (width(parts[i]! + out) > max) break;
    out = parts[i]! + out;
  }
  return out;
}
