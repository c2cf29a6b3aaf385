import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {loadSeeds} from '../../src/corpus/load.js';
import {framingMatches, type Found} from './lexicon-matches.js';

/*
 * The lexicon alone (no voice rules) against the hand annotations of the
 * seeds: every required gold term is covered by an entry of its concept and
 * pole, no entry puts an annotated term on the wrong side, and no name
 * listed as a negative is matched. The gold is a yardstick, not a source:
 * the lexicon is written from general usage (see the file headers).
 */

interface GoldMention {
  find: string;
  term: string;
  concept: string;
  pole: string;
  optional?: boolean;
}
interface GoldFile {
  sources: Record<string, {mentions: GoldMention[]; negatives?: {find: string; term: string}[]}>;
}
interface Span {
  source: string;
  start: number;
  end: number;
}

const GOLD = parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'gold', 'seeds-mentions.yaml'), 'utf8')) as GoldFile;

function spanOf(body: string, find: string, term: string): {start: number; end: number} {
  const at = body.indexOf(find);
  if (at < 0 || body.indexOf(find, at + 1) >= 0) throw new Error(`"${find}" is not a unique substring`);
  const start = at + find.indexOf(term);
  return {start, end: start + term.length};
}

/** Arabic matches over the body, English matches over its Latin-script lines. */
function matchesOf(body: string): Found[] {
  const out = framingMatches(body, 'ar');
  let at = 0;
  for (const line of body.split('\n')) {
    if (/\p{Script=Latin}/u.test(line) && !/\p{Script=Arabic}/u.test(line)) out.push(...framingMatches(body, 'en', at, at + line.length));
    at += line.length + 1;
  }
  return out;
}

const overlaps = (a: {start: number; end: number}, b: {start: number; end: number}): boolean => a.start < b.end && b.start < a.end;

describe('lexicon coverage of the gold annotations', () => {
  const gold: (GoldMention & Span)[] = [];
  const negatives: (Span & {term: string})[] = [];
  const found: (Found & {source: string})[] = [];
  beforeAll(() => {
    for (const seed of loadSeeds()) {
      const entry = GOLD.sources[seed.id];
      if (!entry) continue;
      for (const g of entry.mentions) gold.push({...g, source: seed.id, ...spanOf(seed.body, g.find, g.term)});
      for (const n of entry.negatives ?? []) negatives.push({source: seed.id, term: n.term, ...spanOf(seed.body, n.find, n.term)});
      for (const m of matchesOf(seed.body)) found.push({...m, source: seed.id});
    }
  });

  it('reads all five seeds and their annotations', () => {
    expect(new Set(gold.map((g) => g.source)).size).toBe(5);
    expect(gold.filter((g) => !g.optional).length).toBeGreaterThan(90);
  });

  it('covers every required gold term with an entry of its concept and pole', () => {
    const misses = gold
      .filter((g) => !g.optional)
      .filter((g) => !found.some((m) => m.source === g.source && overlaps(m, g) && m.concept === g.concept && m.pole === g.pole))
      .map((g) => `${g.source} ${g.concept}/${g.pole} "${g.term}"`);
    expect(misses).toEqual([]);
  });

  it('puts no annotated term on another concept or pole', () => {
    const wrong = found
      .filter((m) => gold.some((g) => g.source === m.source && overlaps(m, g)))
      .filter((m) => !gold.some((g) => g.source === m.source && overlaps(m, g) && g.concept === m.concept && g.pole === m.pole))
      .map((m) => `${m.source} ${m.id} "${m.text}"`);
    expect(wrong).toEqual([]);
  });

  it('matches none of the names the gold lists as negatives', () => {
    expect(negatives.filter((n) => found.some((m) => m.source === n.source && overlaps(m, n))).map((n) => `${n.source} "${n.term}"`)).toEqual([]);
  });
});
