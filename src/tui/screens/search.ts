import type {Analysis} from '../../types.js';
import {line, type Line} from '../line.js';
import type {TuiState, Viewport} from '../state.js';
import {SEARCH_LIMIT} from '../search.js';
import {kwic, type Frame} from './common.js';

/** Search results: one row naming the source, one row of context with the hit highlighted. */
export function searchFrame(a: Analysis, s: TuiState, v: Viewport): Frame {
  if (s.search.kind !== 'results') return {lines: [], where: 'Search', keys: ''};
  const {hits, query, cursor} = s.search;
  // The query may be Arabic: last on its line.
  const lines: Line[] = [line({text: `${hits.length}${hits.length >= SEARCH_LIMIT ? '+' : ''} hit${hits.length === 1 ? '' : 's'}`, bold: true}, {text: ' (diacritics and alef/hamza/ya spellings ignored) for ', dim: true}, {text: query, bold: true})];
  const visible = Math.max(1, Math.floor((v.rows - 1) / 2));
  const first = Math.max(0, Math.min(cursor - Math.floor(visible / 2), hits.length - visible));
  hits.slice(first, first + visible).forEach((h, k) => {
    const src = a.sources[h.source]!;
    const selected = first + k === cursor;
    lines.push(line({text: `${selected ? '▶' : ' '} ${src.id}`, bold: true, inverse: selected}, {text: ` ${src.outlet ?? ''}`, dim: true}));
    lines.push(kwic(src.body, h.start, h.end, v.cols, {underline: true}));
  });
  if (hits.length === 0) lines.push(line({text: 'Nothing found. Press / to search again, Esc to close.', dim: true}));
  return {lines, where: `Search · ${hits.length ? cursor + 1 : 0}/${hits.length}`, keys: '↑↓ hit · Enter read · / again · Esc close'};
}
