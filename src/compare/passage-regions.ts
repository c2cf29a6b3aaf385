import {diffArrays} from 'diff';
import type {Token} from '../text/tokenize.js';
import {shingleKey, type SeedMatch} from './shingle-index.js';

/*
 * From shared shingles to the stretches two texts share: seeds that continue
 * each other are chained into regions (gaps allowed for edits), and each
 * region is grown past edits too dense for shingles to seed, up to the
 * sentence end. Regions are token ranges, half-open.
 */

export interface Region {
  readonly a0: number;
  readonly a1: number;
  readonly b0: number;
  readonly b1: number;
}

interface Chain {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  lastA: number;
  lastB: number;
}

/**
 * Chain seeds (sorted by position in a) into regions: a seed continues a
 * chain when both sides move forward, the gap before it is at most `maxGap`
 * tokens and it stays within `maxGap` of the chain's diagonal. Regions with
 * no more than one shingle's worth of words, or inside a longer region on
 * either side (a repeated phrase matching twice), are dropped.
 */
export function chainSeeds(seeds: readonly SeedMatch[], n: number, maxGap: number): Region[] {
  const active: Chain[] = [];
  const done: Chain[] = [];
  for (const s of seeds) {
    for (let k = active.length - 1; k >= 0; k--) {
      if (active[k]!.a1 + maxGap < s.a) done.push(...active.splice(k, 1));
    }
    let best: Chain | undefined;
    let bestDrift = Infinity;
    for (const c of active) {
      if (s.a <= c.lastA || s.b <= c.lastB || s.b > c.b1 + maxGap) continue;
      const drift = Math.abs(s.b - s.a - (c.lastB - c.lastA));
      if (drift <= maxGap && drift < bestDrift) {
        best = c;
        bestDrift = drift;
      }
    }
    if (best) {
      best.a1 = Math.max(best.a1, s.a + n);
      best.b1 = Math.max(best.b1, s.b + n);
      best.lastA = s.a;
      best.lastB = s.b;
    } else {
      active.push({a0: s.a, a1: s.a + n, b0: s.b, b1: s.b + n, lastA: s.a, lastB: s.b});
    }
  }
  const regions = [...done, ...active]
    .filter((c) => c.a1 - c.a0 > n && c.b1 - c.b0 > n)
    .map(({a0, a1, b0, b1}): Region => ({a0, a1, b0, b1}))
    .sort((x, y) => y.a1 - y.a0 - (x.a1 - x.a0) || x.a0 - y.a0 || x.b0 - y.b0);
  const kept: Region[] = [];
  for (const r of regions) {
    if (!kept.some((o) => (r.a0 >= o.a0 && r.a1 <= o.a1) || (r.b0 >= o.b0 && r.b1 <= o.b1))) kept.push(r);
  }
  return kept.sort((x, y) => x.a0 - y.a0 || x.b0 - y.b0);
}

/** The token list and body of one side, for growing a region. */
export interface RegionSide {
  readonly tokens: readonly Token[];
  readonly body: string;
}

/**
 * Grow a region past edits too dense for shingles to seed ("ألماتا وقتل 18
 * من عناصر" / "ألماتي وقتل 13 من أفراد"): align up to `reach` more tokens on
 * each side, within the sentence, and keep the stretch up to the last common
 * word while at least half of it is common.
 */
export function extendRegion(a: RegionSide, b: RegionSide, r: Region, reach: number): Region {
  const right = grow(a, r.a1, b, r.b1, reach, 1);
  const left = grow(a, r.a0 - 1, b, r.b0 - 1, reach, -1);
  return {a0: r.a0 - left.a, a1: r.a1 + right.a, b0: r.b0 - left.b, b1: r.b1 + right.b};
}

/**
 * Merge grown regions that now overlap on both sides (one passage seeded
 * twice); of regions overlapping on one side only, keep the longer.
 */
export function mergeRegions(regions: readonly Region[]): Region[] {
  const sorted = [...regions].sort((x, y) => x.a0 - y.a0 || x.b0 - y.b0);
  const out: Region[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    const overlapA = last !== undefined && r.a0 < last.a1;
    const overlapB = last !== undefined && r.b0 < last.b1 && last.b0 < r.b1;
    if (!last || (!overlapA && !overlapB)) out.push(r);
    else if (overlapA && overlapB) out[out.length - 1] = {a0: last.a0, a1: Math.max(last.a1, r.a1), b0: Math.min(last.b0, r.b0), b1: Math.max(last.b1, r.b1)};
    else if (r.a1 - r.a0 > last.a1 - last.a0) out[out.length - 1] = r;
  }
  return out;
}

function grow(a: RegionSide, fromA: number, b: RegionSide, fromB: number, reach: number, step: 1 | -1): {a: number; b: number} {
  const xa = sentenceRun(a, fromA, reach, step);
  const xb = sentenceRun(b, fromB, reach, step);
  if (xa.length === 0 || xb.length === 0) return {a: 0, b: 0};
  let ia = 0;
  let ib = 0;
  let common = 0;
  let best = {a: 0, b: 0};
  const loose = (tokens: readonly Token[]): string[] => tokens.map((t) => shingleKey(t.key));
  for (const part of diffArrays(loose(xa), loose(xb))) {
    const count = part.value.length;
    if (part.added) ib += count;
    else if (part.removed) ia += count;
    else {
      ia += count;
      ib += count;
      common += count;
      if (common * 2 >= Math.max(ia, ib)) best = {a: ia, b: ib};
    }
  }
  return best;
}

/** Up to `reach` tokens from `from` in direction `step`, stopping at a sentence or paragraph end. */
function sentenceRun(side: RegionSide, from: number, reach: number, step: 1 | -1): Token[] {
  const {tokens, body} = side;
  const out: Token[] = [];
  let prev = tokens[from - step];
  for (let i = from; i >= 0 && i < tokens.length && out.length < reach; i += step) {
    const token = tokens[i]!;
    if (prev) {
      const gap = step === 1 ? body.slice(prev.end, token.start) : body.slice(token.end, prev.start);
      if (/[.!?؟\n]/u.test(gap)) break;
    }
    out.push(token);
    prev = token;
  }
  return out;
}
