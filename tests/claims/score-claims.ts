import {readFileSync} from 'node:fs';
import {parse} from 'yaml';
import type {Claim} from '../../src/types.js';

/*
 * Scores claims against a gold file (tests/fixtures/gold/seeds-claims.yaml).
 * A gold claim is found when an extracted claim of its source overlaps its
 * `find` span; it is right when value (or vague quantity), measure and group
 * agree (the qualifier is reported, not required); its voice is right when
 * it is the gold voice or one of `accept`. Optional gold claims are neither
 * required nor penalised. Precision counts extracted claims (of sources the
 * gold covers) that overlap some gold claim.
 */
interface GoldClaim {
  find: string;
  value?: number;
  approx?: string;
  qualifier?: string;
  measure: string;
  group: string;
  voice: string;
  accept?: string[];
  optional?: boolean;
}

export interface ScoredSource {
  readonly id: string;
  readonly body: string;
}

export interface ClaimScore {
  /** Share of required gold claims with an overlapping extracted claim. */
  found: number;
  /** Share of required gold claims whose claim has value, measure and group right. */
  right: number;
  /** Share of found gold claims whose claim has the gold (or an accepted) voice. */
  voice: number;
  /** Share of the qualifier right among the found ones. */
  qualifier: number;
  /** Share of extracted claims that overlap a gold claim. */
  precision: number;
  required: number;
  extracted: number;
  misses: string[];
  wrong: string[];
  wrongVoice: string[];
  unmatched: string[];
}

interface GoldFile {
  sources: Record<string, {claims: GoldClaim[]}>;
}

export function scoreClaims(goldFile: string, sources: readonly ScoredSource[], claims: readonly Claim[]): ClaimScore {
  const gold = parse(readFileSync(goldFile, 'utf8')) as GoldFile;
  let found = 0;
  let right = 0;
  let voice = 0;
  let qualifier = 0;
  let required = 0;
  const misses: string[] = [];
  const wrong: string[] = [];
  const wrongVoice: string[] = [];
  const used = new Set<number>();
  const spans: {source: string; start: number; end: number}[] = [];
  for (const [id, {claims: goldClaims}] of Object.entries(gold.sources)) {
    const source = sources.find((s) => s.id === id);
    if (!source) throw new Error(`gold source ${id} is not among the scored sources`);
    for (const g of goldClaims) {
      const start = source.body.indexOf(g.find);
      if (start < 0) throw new Error(`gold claim ${id}: "${g.find}" not in the body`);
      const end = start + g.find.length;
      spans.push({source: id, start, end});
      const index = claims.findIndex((c, i) => !used.has(i) && c.source === id && c.start < end && start < c.end);
      if (index >= 0) used.add(index);
      if (g.optional) continue;
      required++;
      if (index < 0) {
        misses.push(`${id} "${g.find}"`);
        continue;
      }
      found++;
      const c = claims[index]!;
      const valueOk = g.value !== undefined ? c.value === g.value : c.approx === g.approx;
      if (valueOk && c.measure === g.measure && c.group === g.group) right++;
      else wrong.push(`${id} "${g.find}": gold ${g.value ?? g.approx} ${g.measure}/${g.group}, got ${c.value ?? c.approx} ${c.measure}/${c.group}`);
      if (c.voice === g.voice || (g.accept ?? []).includes(c.voice)) voice++;
      else wrongVoice.push(`${id} "${g.find}": gold ${g.voice}, got ${c.voice}`);
      if (c.qualifier === (g.qualifier ?? 'exactly')) qualifier++;
    }
  }
  const scored = claims.filter((c) => gold.sources[c.source]);
  const unmatched = scored
    .filter((c) => !spans.some((s) => s.source === c.source && c.start < s.end && s.start < c.end))
    .map((c) => `${c.source} "${c.text}" ${c.value ?? c.approx} ${c.measure}/${c.group}`);
  return {
    found: found / required,
    right: right / required,
    voice: found ? voice / found : 0,
    qualifier: found ? qualifier / found : 0,
    precision: scored.length ? (scored.length - unmatched.length) / scored.length : 0,
    required,
    extracted: scored.length,
    misses,
    wrong,
    wrongVoice,
    unmatched,
  };
}
