import bidiModule, {type Bidi} from 'bidi-js';
import reshaper from 'arabic-persian-reshaper';
import {sanitizeText} from '../text-report/sanitize.js';

/*
 * Arabic in a terminal (ARABIC.md §5). `logical`: text as stored, for
 * terminals that apply bidi themselves. `visual`: for terminals that do
 * not, each displayed line is shaped to presentation forms and reordered
 * by the Unicode bidi algorithm (bidi-js), keeping combining marks after
 * their letter. Never any bidi control characters: Ink mismeasures them.
 */

export type BidiMode = 'visual' | 'logical';

export interface BidiChoice {
  readonly mode: BidiMode;
  /** Why: shown in the status line. */
  readonly reason: string;
}

// bidi-js is CommonJS whose module.exports is the factory; its typings describe an ES default export.
const bidiFactory = ((bidiModule as unknown as {default?: () => Bidi}).default ?? (bidiModule as unknown as () => Bidi));
const bidi: Bidi = bidiFactory();

/** --bidi flag, else FRAMELENS_BIDI, else what the terminal's environment says. */
export function resolveBidiMode(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): BidiChoice {
  const asked = flag ?? env.FRAMELENS_BIDI;
  if (asked === 'visual' || asked === 'logical') return {mode: asked, reason: flag ? `--bidi ${asked}` : `FRAMELENS_BIDI=${asked}`};
  if (env.WT_SESSION) return {mode: 'visual', reason: 'auto: Windows Terminal'};
  if (env.KITTY_WINDOW_ID || env.TERM === 'xterm-kitty') return {mode: 'visual', reason: 'auto: kitty'};
  if (env.ALACRITTY_LOG || env.ALACRITTY_SOCKET || env.ALACRITTY_WINDOW_ID) return {mode: 'visual', reason: 'auto: Alacritty'};
  if (env.TERM_PROGRAM === 'vscode') return {mode: 'visual', reason: 'auto: VS Code'};
  if (env.TERM_PROGRAM === 'WezTerm') return {mode: 'visual', reason: 'auto: WezTerm'};
  if (env.VTE_VERSION) return {mode: 'logical', reason: 'auto: VTE terminal'};
  if (env.KONSOLE_VERSION) return {mode: 'logical', reason: 'auto: Konsole'};
  if (env.TERM_PROGRAM === 'Apple_Terminal') return {mode: 'logical', reason: 'auto: Apple Terminal'};
  if (env.MLTERM) return {mode: 'logical', reason: 'auto: mlterm'};
  if (env.TERM_PROGRAM === 'mintty') return {mode: 'logical', reason: 'auto: mintty'};
  return {mode: 'logical', reason: 'auto: unknown terminal'};
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const MARK = /\p{M}/u;

export function hasArabic(text: string): boolean {
  return ARABIC.test(text);
}

/** A styled piece of a displayed line. */
export interface Run {
  readonly text: string;
  readonly style?: number;
}

/**
 * Reorder one displayed line for a terminal without bidi: shape each run
 * (runs split at word edges, so joining is kept), run UAX #9 on the whole
 * line, mirror brackets, keep marks after their base. Styles follow their
 * characters. `base` is the paragraph direction.
 */
export function visualRuns(runs: readonly Run[], base: 'ltr' | 'rtl'): Run[] {
  const chars: {ch: string; style: number | undefined}[] = [];
  for (const run of runs) {
    const shaped = hasArabic(run.text) ? reshaper.ArabicShaper.convertArabic(sanitizeText(run.text)) : sanitizeText(run.text);
    for (const ch of shaped) chars.push({ch, style: run.style});
  }
  const text = chars.map((c) => c.ch).join('');
  if (!hasArabic(text)) return mergeRuns(chars);
  // bidi-js works on UTF-16 indexes; our chars are code points. Map between them.
  const unitToChar: number[] = [];
  chars.forEach((c, i) => {
    for (let k = 0; k < c.ch.length; k++) unitToChar.push(i);
  });
  const levels = bidi.getEmbeddingLevels(text, base);
  const mirrored = bidi.getMirroredCharactersMap(text, levels.levels);
  const order = bidi.getReorderedIndices(text, levels);
  const seen = new Set<number>();
  const visual: {ch: string; style: number | undefined}[] = [];
  for (const unit of order) {
    const i = unitToChar[unit]!;
    if (seen.has(i)) continue;
    seen.add(i);
    const c = chars[i]!;
    visual.push({ch: mirrored.get(unit) ?? c.ch, style: c.style});
  }
  return mergeRuns(marksAfterBase(visual));
}

/** Reversal puts a mark before its letter (bidi-js has no rule L3); move it back after. */
function marksAfterBase(list: {ch: string; style: number | undefined}[]): {ch: string; style: number | undefined}[] {
  const out: {ch: string; style: number | undefined}[] = [];
  let pending: {ch: string; style: number | undefined}[] = [];
  for (const c of list) {
    if (MARK.test(c.ch)) {
      pending.push(c);
      continue;
    }
    out.push(c);
    if (pending.length) {
      out.push(...pending.reverse());
      pending = [];
    }
  }
  out.push(...pending);
  return out;
}

function mergeRuns(chars: readonly {ch: string; style: number | undefined}[]): Run[] {
  const runs: Run[] = [];
  for (const c of chars) {
    const last = runs[runs.length - 1];
    if (last && last.style === c.style) runs[runs.length - 1] = {text: last.text + c.ch, style: c.style};
    else runs.push({text: c.ch, style: c.style});
  }
  return runs;
}

/** Explicit-mode escapes (terminal-wg BiDi recommendation): the app sends visual order. */
export const EXPLICIT_MODE_ON = '\u001b[8l';
export const EXPLICIT_MODE_OFF = '\u001b[8h';
