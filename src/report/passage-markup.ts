import type {Passage, PassageEdit, Span} from '../types.js';
import {esc} from './escape.js';

/*
 * A shared passage as one inline diff in the words of source A, as HTML
 * that both the HTML report and the Markdown report use (GitHub keeps
 * <del>, <ins>, <abbr title> and <mark> in Markdown). Removed words are
 * <del>, B's words <ins>, a spelling-only change is A's word in an <abbr>
 * whose title gives B's spelling, and an edit that touches a framing term
 * is wrapped in <mark class="term">. None of these isolate or pad, so an
 * edit inside an Arabic word leaves its letters joined.
 */

export interface PassageMarkupOptions {
  /** Label of source B in the spelling tooltips. */
  readonly labelB: string;
}

export function passageMarkup(p: Passage, bodyA: string, bodyB: string, {labelB}: PassageMarkupOptions): string {
  const a = (s: Span): string => textHtml(bodyA.slice(s.start, s.end));
  const b = (s: Span): string => textHtml(bodyB.slice(s.start, s.end));
  const edits = [...p.edits].sort((x, y) => anchor(x, p) - anchor(y, p));
  let cursor = p.a.start;
  let html = '';
  for (const e of edits) {
    const at = anchor(e, p);
    if (at > cursor) html += a({start: cursor, end: at});
    let markup: string;
    if (e.kind === 'spelling' && e.a && e.b) markup = `<abbr class="spell" title="${esc(`${labelB}: ${bodyB.slice(e.b.start, e.b.end)}`)}">${a(e.a)}</abbr>`;
    else markup = [e.a ? `<del>${a(e.a)}</del>` : '', e.b ? `<ins>${b(e.b)}</ins>` : ''].filter(Boolean).join(' ');
    if (e.term) markup = `<mark class="term">${markup}</mark>`;
    // B's added words come in at a word boundary of A: keep them apart from A's words.
    html += e.kind === 'added' ? ` ${markup} ` : markup;
    cursor = Math.max(cursor, e.a ? e.a.end : at);
  }
  if (cursor < p.a.end) html += a({start: cursor, end: p.a.end});
  return html.replace(/ {2,}/gu, ' ').trim();
}

/** Article text as HTML, line breaks kept as <br> (a blank line would end an HTML block in Markdown). */
function textHtml(text: string): string {
  return esc(text).replace(/[ \t]*\n\s*/gu, '<br>');
}

/** Where an edit sits in A: its own span, or for an addition the point where B's words come in. */
function anchor(e: PassageEdit, p: Passage): number {
  return e.a?.start ?? e.at ?? p.a.start;
}

/** How many edits of each kind, as "3 added, 1 spelling", or "identical". */
export function editSummary(p: Passage): string {
  const counts = new Map<string, number>();
  for (const e of p.edits) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ') || 'identical';
}
