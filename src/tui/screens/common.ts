import type {Analysis, AnalyzedSource, MatrixCell, Mention, Voice} from '../../types.js';
import {cellWidth, truncate} from '../cells.js';
import type {Line, Seg, Style} from '../line.js';
import {lookup} from '../lookup.js';
import {displayText} from '../sanitize.js';
import {hasRtl} from '../visual.js';
import {tuiText} from '../../i18n/tui-text.js';
import {SCREENS, type TuiState} from '../state.js';
import type {Lang} from '../../lesson/words.js';

/*
 * Pieces several screens share. Colour always has a text twin: a lean has
 * its sign, a pole its −/+ mark, a voice its word; so the screens read the
 * same with NO_COLOR or on a monochrome terminal.
 */

export interface Frame {
  readonly lines: readonly Line[];
  /** Where you are, for the status line. */
  readonly where: string;
  /** The keys that matter here, for the status line. */
  readonly keys: string;
}

export const VOICE_LABEL: Readonly<Record<Voice, string>> = {outlet: 'own', quoted: 'quoted', attributed: 'attributed'};

/** `1 Overview · 000 × actors`: the screen's number and name, then what is selected, in the interface language. */
export function whereLine(s: TuiState, parts: readonly string[]): string {
  const t = tuiText(s.lang);
  const n = SCREENS.indexOf(s.screen) + 1;
  return [`${t.digit(n)} ${t.tabs[s.screen]}`, ...parts].join(t.sep);
}

/** `001 Al-Thawra (Syria)`. An outlet's name may be Arabic: put the label last on its line, or use `inlineLabel`. */
export function sourceLabel(s: AnalyzedSource, lang: Lang = 'en'): string {
  return `${s.id} ${s.outlet ? s.outlet : tuiText(lang).outletNotStated}`;
}

/** The label for a column that has more columns to its right: without the outlet's name when that name is right-to-left. */
export function inlineLabel(s: AnalyzedSource, lang: Lang = 'en'): string {
  const label = sourceLabel(s, lang);
  return hasRtl(label) ? s.id : label;
}

const arabicCache = new WeakMap<Analysis, boolean>();

/** Does any source have Arabic text? Without it the UI says nothing about Arabic display and needs no Arabic column. */
export function hasArabic(a: Analysis): boolean {
  let found = arabicCache.get(a);
  if (found === undefined) {
    found = a.sources.some((s) => s.language === 'ar' || s.paragraphs.some((p) => p.language === 'ar') || (s.outlet !== null && hasRtl(s.outlet)));
    arabicCache.set(a, found);
  }
  return found;
}

/** −0.70 / +0.26 / ±0.00, or null when there is no own-voice evidence (never shown as 0). */
export function leanNumber(lean: number | null): string | null {
  if (lean === null) return null;
  const sign = lean > 0.005 ? '+' : lean < -0.005 ? '−' : '±';
  return `${sign}${Math.abs(lean).toFixed(2)}`;
}

export function leanStyle(lean: number | null): Style {
  if (lean === null) return {dim: true};
  return lean < -0.05 ? {color: 'red', bold: true} : lean > 0.05 ? {color: 'cyan', bold: true} : {bold: true};
}

/** −, + or · for a pole: which end of the concept's lean it pulls to. */
export function poleMark(a: Analysis, concept: string, pole: string): string {
  const side = lookup(a).poleSide(concept, pole);
  return side < 0 ? '−' : side > 0 ? '+' : '·';
}

export function poleStyle(a: Analysis, concept: string, pole: string): Style {
  const side = lookup(a).poleSide(concept, pole);
  return side < 0 ? {color: 'red'} : side > 0 ? {color: 'cyan'} : {color: 'magenta'};
}

/** The outlet's most used own-voice term in a cell. */
export const dominantTerm = (cell: MatrixCell | undefined): MatrixCell['ownVoiceTerms'][number] | undefined => cell?.ownVoiceTerms[0];

/** Words of `body` before `at`, within its paragraph, fitting `cells`. */
export function wordsBefore(body: string, at: number, cells: number): string {
  let from = at;
  let used = 0;
  while (from > 0 && body[from - 1] !== '\n') {
    let start = from - 1;
    while (start > 0 && !/\s/u.test(body[start - 1]!)) start--;
    const piece = displayText(body.slice(start, from));
    if (used + cellWidth(piece) > cells) break;
    used += cellWidth(piece);
    from = start;
  }
  return displayText(body.slice(from, at));
}

/** Words of `body` after `at`, within its paragraph, fitting `cells`. */
export function wordsAfter(body: string, at: number, cells: number): string {
  let to = at;
  let used = 0;
  while (to < body.length && body[to] !== '\n') {
    let end = to + 1;
    while (end < body.length && !/\s/u.test(body[end]!)) end++;
    const piece = displayText(body.slice(to, end));
    if (used + cellWidth(piece) > cells) break;
    used += cellWidth(piece);
    to = end;
  }
  return displayText(body.slice(at, to));
}

/** Keyword in context on a line of its own: the words around a span, the span highlighted. */
export function kwic(body: string, start: number, end: number, cols: number, highlight: Style, indent = 4): Line {
  const term = truncate(displayText(body.slice(start, end)), Math.max(4, cols - indent));
  const room = Math.max(0, cols - indent - cellWidth(term));
  // Half the room on each side; what one side cannot use (the start or end of a paragraph) goes to the other.
  const afterFirst = wordsAfter(body, end, Math.ceil(room / 2));
  const before = wordsBefore(body, start, room - cellWidth(afterFirst));
  const after = wordsAfter(body, end, room - cellWidth(before));
  const segs: Seg[] = [{text: before, dim: true}, {text: term, inverse: true, bold: true, ...highlight}, {text: after, dim: true}];
  return {lead: [{text: ' '.repeat(indent)}], segs, rtl: hasRtl(before + term + after)};
}

export function mentionSource(a: Analysis, m: Mention): AnalyzedSource | undefined {
  return a.sources[lookup(a).sourceIndex.get(m.source) ?? -1];
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? word : many}`;
}

const arabicGlosses = new WeakMap<Analysis, Map<string, string>>();

/** A lexicon entry's gloss in the interface language: `gloss_ar` with --lang ar, else (or when the entry has none) the English gloss. */
export function glossIn(a: Analysis, label: string, english: string, lang: Lang): string {
  if (lang !== 'ar') return english;
  let map = arabicGlosses.get(a);
  if (!map) {
    map = new Map(a.lexicon.filter((e) => e.glossAr).map((e) => [e.id, e.glossAr!]));
    arabicGlosses.set(a, map);
  }
  return map.get(label) ?? english;
}
