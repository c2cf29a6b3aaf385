import {gapBefore, type SentenceView} from './sentence-view.js';

// "وهددت السلطات القضائية المضربين بـ"عقوبة شديدة"" (threatened the
// strikers with "a severe punishment"): بـ written apart before a
// quotation is the بـ of what was threatened, vowed or called for, in the
// speaker's words, whatever noun the quotation opens with.

/** An opening quotation mark, after optional spaces. */
const OPENING = /^\s*["“«„]/u;

/** Whether token t is a bare بـ (its key ب) with a quotation opening right after it. */
export function baBeforeQuote(view: SentenceView, t: number): boolean {
  return view.tokens[t]!.key === 'ب' && t + 1 < view.end && OPENING.test(gapBefore(view, t + 1));
}
