import {readFileSync} from 'node:fs';
import {parse} from 'yaml';
import type {Analysis} from '../../src/types.js';

/*
 * Scores claims against tests/fixtures/gold/seeds-claims.yaml. A gold claim
 * is found when an extracted claim overlaps its `find` span; it is right
 * when value (or vague quantity), measure and group agree (the qualifier is
 * reported but not required). Optional gold claims are neither required nor
 * penalised.
 */
interface GoldClaim {
  find: string;
  value?: number;
  approx?: string;
  qualifier?: string;
  measure: string;
  group: string;
  voice: string;
  optional?: boolean;
}

export interface ClaimScore {
  found: number;
  right: number;
  required: number;
  extracted: number;
  misses: string[];
  wrong: string[];
  unmatched: string[];
}

export function scoreClaims(goldFile: string, analysis: Analysis): ClaimScore {
  const gold = parse(readFileSync(goldFile, 'utf8')) as {sources: Record<string, {claims: GoldClaim[]}>};
  let found = 0;
  let right = 0;
  let required = 0;
  const misses: string[] = [];
  const wrong: string[] = [];
  const used = new Set<number>();
  const spans: {source: string; start: number; end: number}[] = [];
  for (const [id, {claims}] of Object.entries(gold.sources)) {
    const body = analysis.sources.find((s) => s.id === id)!.body;
    for (const g of claims) {
      const start = body.indexOf(g.find);
      if (start < 0) throw new Error(`gold claim ${id}: "${g.find}" not in the seed`);
      const end = start + g.find.length;
      spans.push({source: id, start, end});
      const index = analysis.claims.findIndex((c, i) => !used.has(i) && c.source === id && c.start < end && start < c.end);
      if (g.optional) {
        if (index >= 0) used.add(index);
        continue;
      }
      required++;
      if (index < 0) {
        misses.push(`${id} "${g.find}"`);
        continue;
      }
      used.add(index);
      found++;
      const c = analysis.claims[index]!;
      const valueOk = g.value !== undefined ? c.value === g.value : c.approx === g.approx;
      if (valueOk && c.measure === g.measure && c.group === g.group) right++;
      else wrong.push(`${id} "${g.find}": gold ${g.value ?? g.approx} ${g.measure}/${g.group}, got ${c.value ?? c.approx} ${c.measure}/${c.group}`);
    }
  }
  const unmatched = analysis.claims
    .filter((c) => gold.sources[c.source] && !spans.some((s) => s.source === c.source && c.start < s.end && s.start < c.end))
    .map((c) => `${c.source} "${c.text}" ${c.value ?? c.approx} ${c.measure}/${c.group}`);
  return {found: found / required, right: right / required, required, extracted: analysis.claims.length, misses, wrong, unmatched};
}
