import {expect, it} from 'vitest';
import {framingMatches} from './lexicon-matches.js';

/*
 * Shared by the *-paraphrase tests (issue 9: paraphrase breadth). Each case is a
 * real sentence from a stored news page, with the page's address; a case gives
 * the entry and the exact slice it must find, a counter-example an entry that
 * must not fire on it (ordinary wording with the same words).
 */

export type Case = readonly [url: string, language: 'ar' | 'en', sentence: string, expected: string];
export type Counter = readonly [url: string, language: 'ar' | 'en', sentence: string, mustNotFire: string];

export function runCases(cases: readonly Case[]): void {
  itFindsEach(cases.map(([url, language, sentence, expected]) => [new URL(url).hostname, language, sentence, expected] as const));
}

/**
 * One test per case [source, language, sentence, expected]: the sentence gives
 * `expected` (`id=text`, or `concept/pole=text` with by = 'pole'), and every
 * match's text is its exact slice of the sentence.
 */
export function itFindsEach(cases: readonly (readonly [source: string, language: 'ar' | 'en', sentence: string, expected: string])[], by: 'id' | 'pole' = 'id'): void {
  for (const [source, language, sentence, expected] of cases) {
    it(`${expected.split('=')[1]} (${source})`, () => {
      const found = framingMatches(sentence, language);
      expect(found.map((m) => `${by === 'id' ? m.id : `${m.concept}/${m.pole}`}=${m.text}`)).toContain(expected);
      for (const m of found) expect(sentence.slice(m.start, m.end)).toBe(m.text);
    });
  }
}

export function runCounters(counters: readonly Counter[]): void {
  for (const [url, language, sentence, id] of counters) {
    it(`not ${id}: ${sentence.slice(0, 40)}… (${new URL(url).hostname})`, () => {
      expect(framingMatches(sentence, language).map((m) => m.id)).not.toContain(id);
    });
  }
}

/** `concept/pole=text` for every framing match, to check what stays beside a new mention. */
export function poles(sentence: string, language: 'ar' | 'en'): string[] {
  return framingMatches(sentence, language).map((m) => `${m.concept}/${m.pole}=${m.text}`);
}
