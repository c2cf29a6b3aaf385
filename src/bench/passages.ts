import {tokenize} from '../text/tokenize.js';
import {findSharedPassages, passageStats} from '../compare/passages.js';
import type {Source} from '../types.js';

/**
 * 1,000 articles of ~300 words; a tenth carry seed sentences (near-copies),
 * so some pairs share passages and most share nothing.
 */
export function benchPassages(seeds: readonly Source[], articles = 1000): {articles: number; seconds: number; passages: number; pairsExamined: number} {
  const sentences = seeds.flatMap((s) => s.body.split(/(?<=[.!؟])\s+/u)).filter((x) => x.trim().length > 20);
  let seed = 42;
  const random = (): number => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  // Most articles are unrelated text (words from a 50,000-word vocabulary); one in ten also carries two
  // seed sentences with a few words changed, as wire copy would be: sharing is sparse, as in a real corpus.
  const word = (): string => `كلمة${Math.floor(random() * 50000)}`;
  const inputs = Array.from({length: articles}, (_, i) => {
    const parts = Array.from({length: 300}, word);
    if (i % 10 === 0) {
      for (let k = 0; k < 2; k++) {
        const words = sentences[Math.floor(random() * sentences.length)]!.split(/\s+/u);
        parts.splice(Math.floor(random() * parts.length), 0, words.map((w) => (random() < 0.1 ? word() : w)).join(' '));
      }
    }
    const body = parts.join(' ');
    return {id: `a${i}`, body, tokens: tokenize(body), termSpans: []};
  });
  const t0 = process.hrtime.bigint();
  const passages = findSharedPassages(inputs);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return {articles, seconds, passages: passages.length, pairsExamined: passageStats.pairsExamined};
}
