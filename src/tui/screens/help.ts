import {cellWidth, fitCells} from '../cells.js';
import type {Analysis} from '../../types.js';
import {bidiReason, type BidiChoice} from '../bidi-mode.js';
import {BAR, keyHints, tuiText} from '../../i18n/tui-text.js';
import type {KeyHelp} from '../keymap.js';
import {fitLine, line, type Line} from '../line.js';
import {buildGlossary} from '../../lesson/glossary.js';
import {conceptName, type Lang} from '../../lesson/words.js';
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

function keyRows(list: readonly KeyHelp[], cols: number, lang: Lang): Line[] {
  const t = tuiText(lang);
  const screens = Object.values(t.tabs);
  // A screen's row names it by its number (left to right) and, in Arabic, by its name in the text.
  const named = (k: KeyHelp): KeyHelp => {
    const i = t.help.screens.indexOf(k as (typeof t.help.screens)[number]);
    return i >= 0 && lang === 'ar' ? {keys: String(i + 1), what: `${screens[i]}: ${k.what}`} : k;
  };
  return list.map(named).flatMap((k) =>
    wrapWords(words(k.what), Math.max(10, cols - KEY_W), lang === 'ar').map((l, i) => ({...l, lead: [{text: i === 0 ? `  ${fitCells(k.keys, KEY_W - 3)} ` : ' '.repeat(KEY_W), bold: true}]})),
  );
}

/** `A actors · E event · …`: the letters the Reader's gutter uses for the corpus's concepts. */
function conceptLetters(a: Analysis | undefined, lang: Lang): string {
  if (!a || a.concepts.length === 0) return tuiText(lang).help.firstLetter;
  const abbreviations = conceptAbbreviations(a);
  return a.concepts.map((c) => `${abbreviations.get(c.id)} ${conceptName(c.id, lang)}`).join(lang === 'ar' ? '، ' : ', ');
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
  const t = tuiText(lang);
  const rtl = lang === 'ar';
  const notes: Line[] = [
    ...wrapWords([{text: t.help.reading, bold: true}, ...words(t.help.readingText)], v.cols, rtl),
    ...wrapWords([{text: t.help.gutter, bold: true}, ...words(t.help.gutterText(conceptLetters(a, lang)))], v.cols, rtl),
    ...wrapWords([{text: t.help.arabic, bold: true}, ...words(t.help.arabicText(bidi.mode, bidiReason(bidi, lang)))], v.cols, rtl),
  ];
  const heading = line({text: t.help.onEachScreen, bold: true, underline: true});
  if (a) notes.push(...glossaryLines(a, lang, v.cols));
  const single = [...keyRows(t.help.global, v.cols, lang), heading, ...keyRows(t.help.screens, v.cols, lang)];
  if (single.length + notes.length <= v.rows || v.cols < 120) return [...single, ...notes];
  // Wide terminals: the keys in two columns, so everything shows at once.
  const colW = Math.floor(v.cols / 2);
  const left = keyRows(t.help.global, colW - 1, lang);
  const right = [heading, ...keyRows(t.help.screens, colW - 1, lang)];
  const paired: Line[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] ? fitLine(left[i]!, colW - 1, 'logical') : [];
    const used = l.reduce((n, x) => n + cellWidth(x.text), 0);
    // In Arabic the left column ends with the bar, so a bidi terminal keeps the right column's Arabic on its side.
    const gap = lang === 'ar' && used > 0 && colW - used >= 2 ? `${' '.repeat(Math.max(0, colW - used - 2))}${BAR} ` : ' '.repeat(colW - used);
    paired.push({segs: [...l, {text: gap}, ...(right[i] ? fitLine(right[i]!, v.cols - colW, 'logical') : [])]});
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
  const t = tuiText(lang);
  const where = more ? `${t.helpTab}${t.sep}${t.rows(first + 1, Math.min(all.length, first + v.rows), all.length)}` : t.helpTab;
  return {lines: all.slice(first, first + v.rows), where, keys: keyHints(more ? t.help.scroll : t.help.close, lang)};
}
