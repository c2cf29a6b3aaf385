import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {framingMatches, type Found} from './lexicon-matches.js';

/*
 * The matcher keeps the slot ends of patterns in a pool shared by every call
 * (src/lexicon/match.ts, SLOT_POOL), handing a token's entries back as the
 * scan passes it. What one call leaves behind must never change what the
 * next one finds: the same paragraph gives the same matches alone, after
 * itself, and after a paragraph long enough to grow the pool.
 */

const SEEDS = join(import.meta.dirname, '../../seeds');
const seedBodies = (): string[] =>
  readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEEDS, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, ''));

const summary = (found: readonly Found[]): string[] => found.map((m) => `${m.id}@${m.start}-${m.end}=${m.text}`);

describe('slot ends pooled across matcher calls', () => {
  const bodies = seedBodies();
  const alone = bodies.map((b) => summary(framingMatches(b)));

  it('finds pattern matches in the seeds at all (the pool is used)', () => {
    // توكاييف's "عصابات إرهابية تلقّت تدريباتها في الخارج" is matched by patterns over word classes.
    expect(alone.flat().length).toBeGreaterThan(40);
    expect(alone[0]!.some((m) => m.includes('تدريباتها في الخارج'))).toBe(true);
  });

  it('gives each seed the same matches in reverse order, and twice in a row', () => {
    for (let i = bodies.length - 1; i >= 0; i--) {
      expect(summary(framingMatches(bodies[i]!))).toEqual(alone[i]);
      expect(summary(framingMatches(bodies[i]!))).toEqual(alone[i]);
    }
  });

  it('gives each seed the same matches after one long paragraph of figures and reports', () => {
    // The seeds' own figures and words, as one paragraph of some twenty thousand words: patterns try later slots at
    // tokens that begin nothing, so the pool grows and is handed back entry by entry.
    const words = bodies.join(' ').replace(/\s+/gu, ' ').split(' ');
    const figures = bodies.join(' ').match(/\p{Nd}+/gu)!;
    let long = '';
    for (let k = 0; long.length < 200_000; k++) long += `${figures[k % figures.length]} قتل ${words[k % words.length]} `;
    framingMatches(long);
    bodies.forEach((b, i) => expect(summary(framingMatches(b))).toEqual(alone[i]));
  });
});
