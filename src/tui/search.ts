import {tokenize} from '../text/tokenize.js';
import type {Analysis} from '../types.js';
import type {Key} from './keymap.js';
import {direction, isText} from './keymap.js';
import {lookup} from './lookup.js';
import {clamp, openReader} from './navigate.js';
import type {SearchHit, TuiState, Viewport} from './state.js';

/*
 * `/` searches a word (or words) in every source. Matching uses the same
 * keys as the lexicon (diacritics, alef/hamza and ya spellings, Arabic-Indic
 * digits do not matter) and finds the query inside longer words, so
 * الماتي finds وألماتي; hits carry exact body offsets for the Reader.
 */

export const SEARCH_LIMIT = 500;

export function searchCorpus(a: Analysis, query: string, limit = SEARCH_LIMIT): SearchHit[] {
  const words = tokenize(query).map((t) => t.key);
  if (words.length === 0) return [];
  const index = lookup(a);
  const hits: SearchHit[] = [];
  for (let source = 0; source < a.sources.length && hits.length < limit; source++) {
    const tokens = index.tokensOf(source);
    for (let i = 0; i + words.length <= tokens.length && hits.length < limit; i++) {
      if (words.every((w, k) => tokens[i + k]!.key.includes(w))) hits.push({source, start: tokens[i]!.start, end: tokens[i + words.length - 1]!.end});
    }
  }
  return hits;
}

/** Keys while the search line is open or its results are shown. */
export function searchKey(s: TuiState, key: Key, a: Analysis, view: Viewport): TuiState {
  const search = s.search;
  if (search.kind === 'typing') {
    if (key === 'escape') return {...s, search: {kind: 'closed'}};
    if (key === 'enter') return {...s, help: false, search: {kind: 'results', query: search.query, hits: searchCorpus(a, search.query), cursor: 0}};
    if (key === 'backspace') return {...s, search: {kind: 'typing', query: Array.from(search.query).slice(0, -1).join('')}};
    if (isText(key)) return {...s, search: {kind: 'typing', query: search.query + key}};
    return s;
  }
  if (search.kind !== 'results') return s;
  const d = direction(key);
  const last = Math.max(0, search.hits.length - 1);
  const move = (cursor: number): TuiState => ({...s, search: {...search, cursor: clamp(cursor, 0, last)}});
  if (key === 'escape') return {...s, search: {kind: 'closed'}};
  if (key === '/') return {...s, search: {kind: 'typing', query: ''}};
  if (d === 'up') return move(search.cursor - 1);
  if (d === 'down') return move(search.cursor + 1);
  if (key === 'pageup') return move(search.cursor - Math.max(1, Math.floor(view.rows / 2) - 1));
  if (key === 'pagedown') return move(search.cursor + Math.max(1, Math.floor(view.rows / 2) - 1));
  if (key === 'home') return move(0);
  if (key === 'end') return move(last);
  if (key === 'enter') {
    const hit = search.hits[search.cursor];
    return hit ? openReader({...s, search: {kind: 'closed'}}, a, view, hit.source, {start: hit.start, end: hit.end}) : s;
  }
  return s;
}
