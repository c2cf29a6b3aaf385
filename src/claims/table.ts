import type {Claim, ClaimsTableRow} from '../types.js';

const MEASURE_ORDER = ['killed', 'injured', 'hospitalized', 'arrested'];
const GROUP_ORDER = ['security', 'protesters', 'attackers', 'people'];

/** Rows measure × group, cells source → indexes into `claims`, so diverging tolls sit side by side. */
export function buildClaimsTable(claims: readonly Claim[], sourceIds: readonly string[]): ClaimsTableRow[] {
  const rows = new Map<string, {measure: string; group: string; cells: Record<string, number[]>}>();
  claims.forEach((c, index) => {
    if (c.furniture) return; // a figure in a caption or an embedded post is listed, not tabled
    const key = `${c.measure}\u0000${c.group}`;
    let row = rows.get(key);
    if (!row) {
      row = {measure: c.measure, group: c.group, cells: Object.fromEntries(sourceIds.map((id) => [id, [] as number[]]))};
      rows.set(key, row);
    }
    (row.cells[c.source] ??= []).push(index);
  });
  const rank = (list: readonly string[], v: string): number => (list.includes(v) ? list.indexOf(v) : list.length);
  return [...rows.values()].sort((a, b) => rank(MEASURE_ORDER, a.measure) - rank(MEASURE_ORDER, b.measure) || rank(GROUP_ORDER, a.group) - rank(GROUP_ORDER, b.group) || a.group.localeCompare(b.group));
}
