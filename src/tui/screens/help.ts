import {cellWidth, fitCells} from '../cells.js';
import type {Analysis} from '../../types.js';
import type {BidiChoice} from '../bidi-mode.js';
import {GLOBAL_KEYS, SCREEN_KEYS, type KeyHelp} from '../keymap.js';
import {fitLine, line, type Line} from '../line.js';
import {buildGlossary} from '../../lesson/glossary.js';
import type {Lang} from '../../lesson/words.js';
import type {Viewport} from '../state.js';
import {hasRtl} from '../visual.js';
import {words, wrapWords} from '../wrap.js';
import type {Frame} from './common.js';
import {conceptAbbreviations} from './reader.js';

/*
 * Every key, from the same tables the help and the reducer share; then how
 * to read the colours and marks, and which Arabic display mode is on and
 * how to change it. Scrolls when the terminal is short; two columns of keys
 * when it is wide.
 */

const KEY_W = 21;

function keyRows(list: readonly KeyHelp[], cols: number): Line[] {
  return list.flatMap((k) =>
    wrapWords(words(k.what), Math.max(10, cols - KEY_W), false).map((l, i) => ({...l, lead: [{text: i === 0 ? `  ${fitCells(k.keys, KEY_W - 3)} ` : ' '.repeat(KEY_W), bold: true}]})),
  );
}

/** `A actors · E event · …`: the letters the Reader's gutter uses for the corpus's concepts. */
function conceptLetters(a: Analysis | undefined): string {
  if (!a || a.concepts.length === 0) return 'the concept’s first letter';
  const abbreviations = conceptAbbreviations(a);
  return a.concepts.map((c) => `${abbreviations.get(c.id)} ${c.id}`).join(', ');
}

/** The glossary, each word with an example from these texts (Arabic last on its line). */
function glossaryLines(a: Analysis, lang: Lang, cols: number): Line[] {
  const out: Line[] = [line({text: lang === 'ar' ? 'المصطلحات' : 'Words used here', bold: true, underline: true})];
  for (const g of buildGlossary(a, lang)) {
    out.push(...wrapWords([{text: `${g.term}:`, bold: true}, ...words(g.plain)], cols, lang === 'ar' ? true : 'auto'));
    if (!g.example) continue;
    const note = hasRtl(g.example.note) && lang === 'en' ? '' : `, ${g.example.note}`;
    out.push(...wrapWords([{text: '   '}, ...words(`${lang === 'ar' ? 'مثال' : 'e.g.'} ${g.example.outlet}${note}:`, {dim: true}), ...words(g.example.context)], cols, 'auto'));
  }
  return out;
}

function helpLines(v: Viewport, bidi: BidiChoice, a?: Analysis, lang: Lang = 'en'): Line[] {
  const notes: Line[] = [
    ...wrapWords([{text: 'Reading:', bold: true}, ...words('− / red = a concept’s first pole (delegitimizing, threat, foreign, peacekeeping, euphemistic), + / cyan = its second, · / magenta = a pole at neither end (neutral); n = own-voice mentions a lean rests on; underlined = distanced; * = a quoted or attributed figure.')], v.cols, false),
    ...wrapWords([{text: 'Reader gutter:', bold: true}, ...words(`one mark per framing term on the row: a concept letter (${conceptLetters(a)}) and its pole’s end, so “E−A−” is a threat-side event term and a delegitimizing actors term, “F−” a euphemistic force term. d dims every word the outlet does not say in its own voice (quotes, reported speech). g shows glosses: on a wide terminal in the gutter, otherwise on a row under the text; off, only the marks stay.`)], v.cols, false),
    ...wrapWords([{text: 'Arabic:', bold: true}, ...words(`${bidi.mode} (${bidi.reason}). Terminals that reorder Arabic themselves need logical, the others visual: change with --bidi visual|logical or FRAMELENS_BIDI (README, “Arabic in the terminal”).`)], v.cols, false),
  ];
  const heading = line({text: 'On each screen', bold: true, underline: true});
  if (a) notes.push(...glossaryLines(a, lang, v.cols));
  const single = [...keyRows(GLOBAL_KEYS, v.cols), heading, ...keyRows(SCREEN_KEYS, v.cols)];
  if (single.length + notes.length <= v.rows || v.cols < 120) return [...single, ...notes];
  // Wide terminals: the keys in two columns, so everything shows at once.
  const colW = Math.floor(v.cols / 2);
  const left = keyRows(GLOBAL_KEYS, colW - 1);
  const right = [heading, ...keyRows(SCREEN_KEYS, colW - 1)];
  const paired: Line[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] ? fitLine(left[i]!, colW - 1, 'logical') : [];
    const used = l.reduce((n, x) => n + cellWidth(x.text), 0);
    paired.push({segs: [...l, {text: ' '.repeat(colW - used)}, ...(right[i] ? fitLine(right[i]!, v.cols - colW, 'logical') : [])]});
  }
  return [...paired, ...notes];
}

/** The first help row shown for a requested scroll. */
export function helpScroll(scroll: number, v: Viewport, bidi: BidiChoice, a?: Analysis, lang: Lang = 'en'): number {
  return Math.max(0, Math.min(scroll, helpLines(v, bidi, a, lang).length - v.rows));
}

export function helpFrame(v: Viewport, bidi: BidiChoice, scroll = 0, a?: Analysis, lang: Lang = 'en'): Frame {
  const all = helpLines(v, bidi, a, lang);
  const first = helpScroll(scroll, v, bidi, a, lang);
  const more = all.length > v.rows;
  const where = more ? `Help · rows ${first + 1}–${Math.min(all.length, first + v.rows)} of ${all.length}` : 'Help';
  return {lines: all.slice(first, first + v.rows), where, keys: more ? '↑↓ scroll · ? or Esc close' : '? or Esc close'};
}
