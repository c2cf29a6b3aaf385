import {sanitizeText} from '../text/strip-controls.js';
import type {Passage, PassageEdit, Span} from '../types.js';

export interface RenderOptions {
  readonly color: boolean;
}

const SGR = {red: ['\u001b[31m', '\u001b[39m'], green: ['\u001b[32m', '\u001b[39m'], dim: ['\u001b[2m', '\u001b[22m'], bold: ['\u001b[1m', '\u001b[22m']} as const;

/**
 * A shared passage as one inline diff in the words of source A, with B's
 * changes marked: [-removed-]{+added+} without colour, red/green with it.
 * Spelling-only changes are quiet (a~b, dim with colour) and carry no marker
 * even on a framing term, since the term is the same word; other edits that
 * touch a term get ‹!›. Article text is sanitised: it is untrusted.
 */
export function renderPassageDiff(passage: Passage, bodyA: string, bodyB: string, options: RenderOptions): string {
  const paint = (s: string, style: keyof typeof SGR): string => (options.color ? `${SGR[style][0]}${s}${SGR[style][1]}` : s);
  const text = (body: string, s: Span): string => sanitizeText(body.slice(s.start, s.end)).replace(/\s+/gu, ' ');
  const out: string[] = [];
  let cursor = passage.a.start;
  const edits = [...passage.edits].sort((x, y) => anchor(x, passage) - anchor(y, passage));
  for (const e of edits) {
    const at = anchor(e, passage);
    if (at > cursor) out.push(text(bodyA, {start: cursor, end: at}));
    const flag = e.term ? paint('‹!›', 'bold') : '';
    const a = e.a ? text(bodyA, e.a) : '';
    const b = e.b ? text(bodyB, e.b) : '';
    switch (e.kind) {
      case 'spelling':
        out.push(options.color ? paint(`${a}~${b}`, 'dim') : `${a}~${b}`);
        break;
      case 'removed':
        out.push(flag + paint(`[-${a}-]`, 'red'));
        break;
      case 'added':
        out.push(` ${flag}${paint(`{+${b}+}`, 'green')} `);
        break;
      default:
        out.push(flag + paint(`[-${a}-]`, 'red') + paint(`{+${b}+}`, 'green'));
    }
    cursor = Math.max(cursor, e.a ? e.a.end : at);
  }
  if (cursor < passage.a.end) out.push(text(bodyA, {start: cursor, end: passage.a.end}));
  return out.join('').replace(/ {2,}/gu, ' ').trim();
}

/** Where an edit sits in A: its own span, or for an addition the point where B's words come in. */
function anchor(e: PassageEdit, p: Passage): number {
  return e.a?.start ?? e.at ?? p.a.start;
}

/** A plain legend for the markers, printed once above diffs. */
export const DIFF_LEGEND = '[-…-] only in the first source  {+…+} only in the second  a~b spelling only  ‹!› touches a framing term';
