import {bundledOutletNames} from '../corpus/outlet-list.js';
import {findName} from '../corpus/outlet-names.js';
import {detectReadMore} from '../corpus/credits.js';
import type {AnalyzedSource, Span} from '../types.js';

/*
 * What blind mode hides in a text, and how: every code unit of a hidden
 * span becomes ▒ (line breaks stay), so the masked body has the same
 * length as the original and every offset of the analysis still points at
 * the same place.
 */

export const MASK = '▒';

/** The body with the spans replaced by ▒, one per UTF-16 code unit; line breaks are kept. */
export function applyMask(body: string, spans: readonly Span[]): string {
  if (spans.length === 0) return body;
  const chars = body.split('');
  for (const {start, end} of spans) {
    for (let i = Math.max(0, start); i < Math.min(end, chars.length); i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = MASK;
  }
  return chars.join('');
}

/**
 * The names to hide in every source of the corpus: each front-matter
 * outlet (split at + , / & and without a parenthesised note such as
 * "(Syria)"), the outlet and agency names the texts credit themselves to,
 * and every other name the bundled outlet list gives those outlets.
 */
export function corpusOutletNames(sources: readonly AnalyzedSource[]): string[] {
  const names = new Set<string>();
  const known = bundledOutletNames();
  const add = (raw: string): void => {
    const name = raw.replace(/\s*[(（][^()（）]*[)）]\s*/gu, ' ').replace(/[:：]+$/u, '').trim();
    if (name.length < 2) return;
    for (const alias of known.aliasesOf(name)) names.add(alias);
    for (const alias of known.knownIn(name)) names.add(alias);
  };
  for (const s of sources) {
    if (s.outlet) {
      add(s.outlet);
      for (const part of s.outlet.split(/\s*(?:[+,،/&]|\band\b)\s*/u)) add(part);
      // "Sharjah24 (Reuters)": the agency in brackets names the source too.
      for (const m of s.outlet.matchAll(/[(（]([^()（）]+)[)）]/gu)) add(m[1]!);
    }
    for (const c of s.credits) {
      // A byline's second name is the author: hidden with its line, not searched for elsewhere.
      const outletNames = c.kind === 'byline' && c.names.length === 2 && /[–—-]/u.test(c.text) ? c.names.slice(0, 1) : c.kind === 'byline' ? [] : c.names;
      for (const n of outletNames) add(n.text);
    }
  }
  // Longest first, so that "Al Jazeera" is hidden whole before "Jazeera" could be.
  return [...names].sort((a, b) => b.length - a.length);
}

/** Every span of one body that blind mode hides. */
export function maskSpans(source: AnalyzedSource, names: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const c of source.credits) {
    // Credit, byline and source lines go whole; a dateline or photo credit only loses its names.
    if (c.kind === 'byline' || c.kind === 'source-line') spans.push({start: c.start, end: c.end});
    else spans.push(...c.names);
  }
  spans.push(...detectReadMore(source.body, source.paragraphs));
  for (const name of names) spans.push(...findName(source.body, name));
  return spans;
}

/** A string (title, speaker, surface form) with every corpus outlet name in it masked. */
export function maskNames(text: string, names: readonly string[]): string {
  const spans = names.flatMap((n) => findName(text, n));
  return applyMask(text, spans);
}
