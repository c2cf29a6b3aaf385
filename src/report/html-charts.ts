import {leanText} from '../text-report/text-report.js';
import type {Analysis, AnalyzedSource, ConceptInfo} from '../types.js';
import {esc} from './escape.js';
import {cellOf} from './html-text.js';
import {evidenceClass} from './html-evidence.js';
import {sourceName} from './summary.js';

const WIDTH = 680;
const ROW_H = 26;
const LEFT = 190;
const RIGHT = 100;
const x = (v: number): number => LEFT + ((v + 1) / 2) * (WIDTH - LEFT - RIGHT);

/** One SVG per concept: each outlet's own-voice lean on a −1…+1 axis, with its value and the count it rests on. In pieces: a row per outlet. */
export function* chartsHtml(a: Analysis): Generator<string> {
  for (const c of a.concepts) {
    const height = 30 + a.sources.length * ROW_H + 20;
    const axis = `<line x1="${x(-1)}" y1="24" x2="${x(1)}" y2="24" class="axis"/><line x1="${x(0)}" y1="20" x2="${x(0)}" y2="${height - 16}" class="mid"/>
<text x="${x(-1)}" y="16" class="pole">◀ ${esc(c.poles[0] ?? '')} (−1)</text><text x="${x(1)}" y="16" text-anchor="end" class="pole">(+1) ${esc(c.poles[1] ?? '')} ▶</text>`;
    yield `<figure class="chart"><figcaption><strong>${esc(c.id)}</strong> — ${esc(c.question)}</figcaption><p class="scroll-hint" aria-hidden="true">Scroll the chart sideways →</p><div class="chart-box scroll"><svg viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${esc(`own-voice lean per outlet on ${c.id}`)}">${axis}`;
    for (const [i, s] of a.sources.entries()) yield chartRow(a, c, s, 30 + i * ROW_H + ROW_H / 2);
    yield '</svg></div></figure>';
  }
}

/** One outlet's row at height y: its name, its lean as a dot on a bar from 0, and the lean with its n. */
function chartRow(a: Analysis, c: ConceptInfo, s: AnalyzedSource, y: number): string {
  const cell = cellOf(a, s.id, c.id);
  const label = `<text x="${LEFT - 10}" y="${y + 4}" text-anchor="end" class="lbl">${esc(truncate(sourceName(s), 26))}</text>`;
  if (!cell || cell.lean === null) return `<g>${label}<text x="${x(0)}" y="${y + 4}" text-anchor="middle" class="nodata">no own-voice evidence</text></g>`;
  const cx = x(cell.lean);
  const shape = cell.lean < -0.05 ? 'neg' : cell.lean > 0.05 ? 'pos' : 'zero';
  const value = `<text x="${WIDTH - RIGHT + 10}" y="${y + 4}" class="n">${esc(leanText(cell))}</text>`;
  // n in the mark itself: a lean on one mention is a small, faint dot on a thin bar; on seven or more, large and solid.
  const strength = Math.min(1, cell.evidence / 7);
  const r = (3 + 5 * strength).toFixed(1);
  const opacity = (0.35 + 0.65 * strength).toFixed(2);
  const bar = (1 + 4 * strength).toFixed(1);
  return `<g class="${evidenceClass(cell.evidence)}"><title>${esc(`${sourceName(s)}: lean ${cell.lean.toFixed(2)} from ${cell.evidence} own-voice mention${cell.evidence === 1 ? '' : 's'}`)}</title>${label}<g opacity="${opacity}"><line x1="${x(0)}" y1="${y}" x2="${cx}" y2="${y}" class="bar ${shape}" stroke-width="${bar}"/><circle cx="${cx}" cy="${y}" r="${r}" class="dot ${shape}"/></g>${value}</g>`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

