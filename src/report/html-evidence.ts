/*
 * How much evidence a lean rests on, drawn in the mark itself: pips (one
 * per own-voice mention, up to seven) and a strength class that the style
 * and the charts draw fainter for a small n, so a lean resting on one word
 * does not look as strong as one resting on seven.
 */

/** n as pips in the mark itself (up to seven; more shows as 7+), and a strength class the style draws fainter for a small n. */
export function evidenceMark(n: number): string {
  const pips = '<i></i>'.repeat(Math.min(7, n));
  return `<span class="ev" title="${n} own-voice mention${n === 1 ? '' : 's'}" aria-hidden="true">${pips}${n > 7 ? '+' : ''}</span>`;
}

export function evidenceClass(n: number): string {
  return n <= 1 ? 'ev-weak' : n < 5 ? 'ev-some' : 'ev-strong';
}
