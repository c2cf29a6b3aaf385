import type {Analysis} from '../../types.js';
import {line, type Line} from '../line.js';
import type {TuiState, Viewport} from '../state.js';
import {SEARCH_LIMIT} from '../search.js';
import {keyHints, tuiText} from '../../i18n/tui-text.js';
import {kwic, type Frame} from './common.js';

/** Search results: one row naming the source, one row of context with the hit highlighted. */
export function searchFrame(a: Analysis, s: TuiState, v: Viewport): Frame {
  const t = tuiText(s.lang);
  if (s.search.kind !== 'results') return {lines: [], where: t.searchTab, keys: ''};
  const {hits, query, cursor} = s.search;
  // The query may be Arabic: last on its line.
  const lines: Line[] = [line({text: t.hits(hits.length, hits.length >= SEARCH_LIMIT), bold: true}, {text: t.hitsFor, dim: true}, {text: query, bold: true})];
  const visible = Math.max(1, Math.floor((v.rows - 1) / 2));
  const first = Math.max(0, Math.min(cursor - Math.floor(visible / 2), hits.length - visible));
  hits.slice(first, first + visible).forEach((h, k) => {
    const src = a.sources[h.source]!;
    const selected = first + k === cursor;
    lines.push(line({text: `${selected ? '▶' : ' '} ${src.id}`, bold: true, inverse: selected}, {text: ` ${src.outlet ?? ''}`, dim: true}));
    lines.push(kwic(src.body, h.start, h.end, v.cols, {underline: true}));
  });
  if (hits.length === 0) lines.push(line({text: t.nothingFound, dim: true}));
  return {lines, where: `${t.searchTab}${t.sep}${hits.length ? cursor + 1 : 0}/${hits.length}`, keys: keyHints(t.searchKeys, s.lang)};
}
