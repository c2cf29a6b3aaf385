import {cellWidth, takeCells} from './cells.js';
import type {Line, Seg} from './line.js';
import {displayText} from './sanitize.js';
import {hasRtl} from './visual.js';

/*
 * Word wrap of styled words in logical order, for short texts built on the
 * fly (a passage diff, a claim's sentence). The Reader wraps whole articles
 * with offsets instead (reader-layout.ts).
 */

/** Styled text split into words (whitespace dropped), each word keeping its style. */
export function words(text: string, style: Omit<Seg, 'text'> = {}): Seg[] {
  return displayText(text)
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => ({...style, text: w}));
}

/** `rtl: 'auto'`: right-to-left when the words hold any right-to-left letter. */
export function wrapWords(list: readonly Seg[], cols: number, direction: boolean | 'auto'): Line[] {
  const rtl = direction === 'auto' ? list.some((w) => hasRtl(w.text)) : direction;
  const out: Line[] = [];
  let current: Seg[] = [];
  let used = 0;
  const flush = (): void => {
    if (current.length) out.push({segs: current, rtl});
    current = [];
    used = 0;
  };
  for (const word of list) {
    let text = word.text;
    while (cellWidth(text) > cols) {
      // A word wider than the row goes on rows of its own, cut by grapheme.
      flush();
      const head = takeCells(text, cols);
      out.push({segs: [{...word, text: head}], rtl});
      text = text.slice(head.length);
    }
    const w = cellWidth(text);
    if (w === 0) continue;
    if (used > 0 && used + 1 + w > cols) flush();
    if (used > 0) current.push({text: ' '});
    current.push({...word, text});
    used += (used > 0 ? 1 : 0) + w;
  }
  flush();
  return out;
}
