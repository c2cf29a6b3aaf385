import bidiModule, {type Bidi} from 'bidi-js';
import {RTL_LETTER} from './cells.js';
import {shapeClusters} from './shape.js';

/*
 * Visual order for terminals that do no bidi themselves (Windows Terminal,
 * kitty, Alacritty, xterm, VS Code): one displayed line at a time, already
 * wrapped and cut in logical order, is shaped, run through the Unicode bidi
 * algorithm (bidi-js) and reordered by grapheme cluster, so a shadda stays
 * on its letter (bidi-js has no rule L3) and a lam-alef ligature moves as one
 * cell. Brackets in right-to-left runs are mirrored. No bidi control
 * character is ever produced.
 */

// bidi-js is CommonJS whose module.exports is the factory; its typings describe an ES default export.
const factory = (bidiModule as unknown as {default?: () => Bidi}).default ?? (bidiModule as unknown as () => Bidi);
const bidi: Bidi = factory();

export function hasRtl(text: string): boolean {
  return RTL_LETTER.test(text);
}

/** A styled run of text; `style` is opaque here and follows its characters. */
export interface Run<S> {
  readonly text: string;
  readonly style: S;
}

/** Shape and reorder one line of runs (logical order in, left-to-right screen order out). */
export function visualRuns<S>(runs: readonly Run<S>[], base: 'ltr' | 'rtl'): Run<S>[] {
  const text = runs.map((r) => r.text).join('');
  const styleAt: S[] = [];
  for (const r of runs) for (let k = 0; k < r.text.length; k++) styleAt.push(r.style);
  const clusters = shapeClusters(text);
  if (!hasRtl(text)) return merge(clusters.map((c) => ({text: c.text, style: styleAt[c.from]!})));
  const clusterAt = new Int32Array(text.length);
  clusters.forEach((c, i) => clusterAt.fill(i, c.from, c.to));
  const levels = bidi.getEmbeddingLevels(text, base);
  const seen = new Uint8Array(clusters.length);
  const out: Run<S>[] = [];
  for (const unit of bidi.getReorderedIndices(text, levels)) {
    const i = clusterAt[unit]!;
    if (seen[i]) continue;
    seen[i] = 1;
    const c = clusters[i]!;
    const odd = (levels.levels[c.from]! & 1) === 1;
    const mirrored = odd && c.to - c.from === 1 ? bidi.getMirroredCharacter(c.text) : null;
    out.push({text: mirrored ?? c.text, style: styleAt[c.from]!});
  }
  return merge(out);
}

function merge<S>(runs: readonly Run<S>[]): Run<S>[] {
  const out: Run<S>[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && last.style === r.style) out[out.length - 1] = {text: last.text + r.text, style: r.style};
    else out.push(r);
  }
  return out;
}
