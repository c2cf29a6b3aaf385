import type {TermCandidate} from '../../discover/discover.js';
import type {Analysis} from '../../types.js';
import {fitCells} from '../cells.js';
import {discoveryOf} from '../discovery.js';
import {line, type Line, type Seg} from '../line.js';
import {lookup} from '../lookup.js';
import type {TuiState, Viewport} from '../state.js';
import {wrapWords, words} from '../wrap.js';
import {BAR, keyHints, tuiText} from '../../i18n/tui-text.js';
import {conceptName, poleName, type Lang} from '../../lesson/words.js';
import {glossIn, kwic, poleMark, poleStyle, whereLine, type Frame} from './common.js';

/*
 * Terms: one outlet at a time, the words and phrases that set it apart from
 * the other outlets (`framelens discover`), best z first: z, uses here and
 * elsewhere, and for a known term its concept and pole; the phrase last on
 * its row (it may be Arabic). Below, the selected phrase's first use in
 * context. An outlet too small to trust says so above its list.
 */

const DETAIL_ROWS = 2;
/** The "known as" column: concept/pole of a lexicon term ("in …": a term with words around it). */
const KNOWN_W = 27;

/** What Terms shows while `discover` runs for the first time on this analysis. */
export function termsPendingFrame(s: TuiState): Frame {
  return {lines: [line({text: tuiText(s.lang).findingTerms, dim: true})], where: whereLine(s, []), keys: ''};
}

export function termsFrame(a: Analysis, s: TuiState, v: Viewport): Frame {
  const d = discoveryOf(a);
  const o = d.outlets[s.terms.outlet];
  const t = tuiText(s.lang);
  if (!o) return {lines: [line({text: t.noSources, dim: true})], where: whereLine(s, []), keys: ''};
  const lines: Line[] = [
    line(
      {text: `◀ ${s.terms.outlet + 1}/${d.outlets.length} ▶ `, dim: true},
      {text: t.termsWords(o.words, o.sources.length), dim: true},
      {text: o.outlet, bold: true},
    ),
  ];
  const warning = d.outlets.length < 2 ? t.onlyOneOutlet : o.small ? t.tooSmall(d.method.minWords) : null;
  const h = t.termsHead;
  const end = s.lang === 'ar' ? BAR : ' ';
  const head: Line = line({text: `  ${'z'.padStart(5)} ${fitCells(h.here, 4)}${end}${fitCells(h.else, 4)}${end} ${fitCells(h.known, KNOWN_W - 1)}${end}`, dim: true}, {text: h.phrase, dim: true});
  const notes = warning ? wrapWords([{text: '⚠ ', color: 'magenta', bold: true}, ...words(warning).map((w) => ({...w, color: 'magenta' as const}))], v.cols, s.lang === 'ar') : [];
  lines.push(...notes, head);
  const room = Math.max(1, v.rows - lines.length - DETAIL_ROWS - 1);
  const cursor = Math.min(s.terms.cursor, Math.max(0, o.terms.length - 1));
  const first = Math.max(0, Math.min(cursor - Math.floor(room / 2), o.terms.length - room));
  o.terms.slice(first, first + room).forEach((term, k) => lines.push(termRow(a, term, first + k === cursor, s.lang)));
  if (o.terms.length === 0) lines.push(line({text: t.nothingStandsOut, dim: true}));
  while (lines.length < v.rows - DETAIL_ROWS - 1) lines.push({segs: []});
  lines.push(line({text: '─'.repeat(v.cols), dim: true}));
  const chosen = o.terms[cursor];
  if (chosen) lines.push(...detail(a, chosen, v.cols, s.lang));
  const where = whereLine(s, [o.outlet, `${o.terms.length ? cursor + 1 : 0}/${o.terms.length}`]);
  return {lines, where, keys: keyHints(t.termsKeys, s.lang)};
}

function termRow(a: Analysis, t: TermCandidate, selected: boolean, lang: Lang): Line {
  const words = tuiText(lang);
  const end = lang === 'ar' ? BAR : ' ';
  const z = t.z === null ? '—' : t.z.toFixed(2);
  const segs: Seg[] = [{text: `${selected ? '▶' : ' '} ${z.padStart(5)} ${String(t.count).padStart(4)} ${String(t.rest).padStart(4)}  `, bold: selected, inverse: selected}];
  if (t.entry) {
    const mark = poleMark(a, t.entry.concept, t.entry.pole);
    segs.push({text: `${fitCells(`${t.status === 'contains' ? words.termsHead.inside : ''}${mark}${conceptName(t.entry.concept, lang)}/${poleName(t.entry.pole, lang)}`, KNOWN_W - 1)}${end}`, ...poleStyle(a, t.entry.concept, t.entry.pole)});
  } else segs.push({text: fitCells(words.termsHead.new, KNOWN_W - 1) + end, bold: true});
  segs.push({text: t.text, bold: t.status === 'new'});
  return {segs};
}

/** The first use in its sentence, highlighted, and where it is. */
function detail(a: Analysis, t: TermCandidate, cols: number, lang: Lang): Line[] {
  const index = lookup(a).sourceIndex.get(t.first.sourceId);
  const source = index === undefined ? undefined : a.sources[index];
  const words = tuiText(lang);
  const where = line({text: words.firstUse(t.first.sourceId, t.entry ? words.lexiconEntry(t.entry.id, glossIn(a, t.entry.id, t.entry.gloss, lang)) : null, t.outlets.length), dim: true});
  if (!source) return [where];
  const style = t.entry ? poleStyle(a, t.entry.concept, t.entry.pole) : {bold: true};
  return [where, kwic(source.body, t.first.start, t.first.end, cols, style, 2)];
}
