import {findSharedPassages, type PassageInput} from '../compare/passages.js';
import type {IndexStats} from '../compare/shingle-index.js';
import {loadSeeds} from '../corpus/load.js';
import {tokenize} from '../text/tokenize.js';
import type {Source} from '../types.js';

export interface PassageBenchResult {
  readonly articles: number;
  readonly seconds: number;
  readonly passages: number;
  /** Source pairs the index proposed for alignment, out of articles × (articles − 1) / 2. */
  readonly pairsExamined: number;
  /** Shingles ignored as too common. */
  readonly droppedCommon: number;
}

/**
 * `articles` synthetic articles (default 1,000) made from the seeds, timed
 * through findSharedPassages. Each article is a dozen sentences of seed words
 * (drawn with their seed frequencies, so the vocabulary and its common words
 * are real) in which a seed's set phrase survives now and then ("منظمة معاهدة
 * الأمن الجماعي"), as in any corpus on one subject; a tenth also carry a "wire" paragraph made of two seed sentences, each copied
 * with light edits (a word swapped, a number changed) by about three articles: those are the
 * passages to find.
 */
export function benchPassages(seeds: readonly Source[] = loadSeeds(), articles = 1000): PassageBenchResult {
  const inputs = syntheticCorpus(seeds, articles);
  const stats: IndexStats = {pairsExamined: 0, shingles: 0, droppedCommon: 0};
  const t0 = process.hrtime.bigint();
  const passages = findSharedPassages(inputs, {stats});
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return {articles, seconds, passages: passages.length, pairsExamined: stats.pairsExamined, droppedCommon: stats.droppedCommon};
}

/** The benchmark corpus: deterministic for given seeds and size. */
export function syntheticCorpus(seeds: readonly Source[], articles: number): PassageInput[] {
  const random = lehmer(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sentences = seeds.flatMap((s) => s.body.split(/(?<=[.!؟])\s+|\n+/u)).filter((x) => x.trim().split(/\s+/u).length >= 6);
  const vocabulary = seeds.flatMap((s) => tokenize(s.body).map((t) => t.text));
  const reword = (sentence: string, share: number): string =>
    sentence
      .split(/\s+/u)
      .map((w) => (/^\d+$/u.test(w) && random() < share * 4 ? String(Math.floor(random() * 1000)) : random() < share ? pick(vocabulary) : w))
      .join(' ');
  const fresh = (): string => {
    const template = pick(sentences).split(/\s+/u);
    const words = template.map(() => pick(vocabulary));
    if (random() < 0.3) {
      // A set phrase of the subject: five words of the template kept in place.
      const at = Math.floor(random() * Math.max(1, template.length - 5));
      words.splice(at, 5, ...template.slice(at, at + 5));
    }
    return words.join(' ');
  };
  const wire = Array.from({length: Math.ceil(articles / 30)}, () => [pick(sentences), pick(sentences)].map((s) => reword(s, 0.2)).join(' '));
  return Array.from({length: articles}, (_, i) => {
    const paragraphs = Array.from({length: 12}, fresh);
    if (random() < 0.1) paragraphs.splice(Math.floor(random() * paragraphs.length), 0, reword(pick(wire), 0.08));
    const body = paragraphs.join('\n');
    return {id: `a${String(i).padStart(4, '0')}`, body, tokens: tokenize(body), termSpans: []};
  });
}

/** A small deterministic generator (Park–Miller). */
function lehmer(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}
