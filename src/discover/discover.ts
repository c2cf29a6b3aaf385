import type {Analysis, LexiconEntryInfo} from '../types.js';
import {distinctivePerGroup, frequentInGroup, uses} from './distinctive.js';
import {defaultAlpha0} from './log-odds.js';
import {commonSurface, countNgrams, groupsUsing, type Ngram, type Occurrence} from './ngrams.js';
import {contextFillers, exchangedFillers, type SlotCandidate} from './slot-fillers.js';
import {lemmaTerm} from './word-keys.js';
import {corpusWords} from './words.js';
import {tokenize} from '../text/tokenize.js';

/*
 * `framelens discover`: from one analysis, the words and phrases that set
 * each outlet apart from the others, and the phrases that fill the slots
 * known framing terms fill. Pure: an Analysis in, a Discovery out; the CLI
 * and the TUI only format it.
 */

export interface DiscoverOptions {
  /** Phrases listed per outlet (default 25). */
  readonly top?: number;
  /** Uses in the outlet a phrase needs to be listed (default 2). */
  readonly minCount?: number;
  /** Lowest z listed (default 1.645: one-sided 5%). */
  readonly minZ?: number;
  /** Longest phrase in words (default 4). */
  readonly maxWords?: number;
  /** Prior weight α0; default a tenth of each phrase length's count, capped at 10,000. */
  readonly alpha0?: number;
  /** An outlet with fewer words than this is too small to trust (default 500). */
  readonly minWords?: number;
}

export type TermStatus = 'lexicon' | 'contains' | 'new';

export interface Place extends Occurrence {
  readonly sourceId: string;
  /** The sentence it occurs in, as written. */
  readonly example: string;
}

export interface TermCandidate {
  /** Merged key: the words' lemmas (Arabic match keys), space-separated. */
  readonly key: string;
  /** The form it is most often written in. */
  readonly text: string;
  /** The phrase as a lexicon term would be written: Arabic words as their lemmas (see lemmaTerm). */
  readonly term: string;
  readonly words: number;
  readonly language: 'ar' | 'en';
  /** Uses in this outlet, and in all the others together. */
  readonly count: number;
  readonly rest: number;
  /** Log-odds against the rest and its z-score; null when there is no other outlet to compare with. */
  readonly delta: number | null;
  readonly z: number | null;
  /** lexicon: the phrase is a lexicon term; contains: a lexicon term with words around it; new: no lexicon term in it. */
  readonly status: TermStatus;
  /** The lexicon entry it is or contains, with its concept and pole. */
  readonly entry: Pick<LexiconEntryInfo, 'id' | 'concept' | 'pole' | 'gloss'> | null;
  /** The outlets that use it. */
  readonly outlets: readonly string[];
  /** Where this outlet first uses it. */
  readonly first: Place;
  /** English written with a capital every time (Beijing, Hong Kong): a name, left out of the draft lexicon. */
  readonly name: boolean;
}

export interface OutletTerms {
  /** The outlet's name, or the source id for a source whose outlet is not stated. */
  readonly outlet: string;
  readonly sources: readonly string[];
  readonly words: number;
  /** Fewer words than minWords: the figures are hints, not findings. */
  readonly small: boolean;
  readonly terms: readonly TermCandidate[];
}

export interface SlotFiller {
  readonly text: string;
  readonly term: string;
  readonly language: 'ar' | 'en';
  readonly key: string;
  readonly via: SlotCandidate['via'];
  readonly status: 'lexicon' | 'new';
  readonly entry: TermCandidate['entry'];
  readonly slots: SlotCandidate['slots'];
  readonly evidence: readonly string[];
  readonly score: number;
  readonly first: Place;
}

export interface Discovery {
  readonly outlets: readonly OutletTerms[];
  readonly slotFillers: readonly SlotFiller[];
  /** Plain sentences for a corpus too small to trust; empty when it is not. */
  readonly warnings: readonly string[];
  /** The settings used; alpha0 per language and phrase length (index n − 1). */
  readonly method: {readonly minCount: number; readonly minZ: number; readonly maxWords: number; readonly alpha0: Readonly<Record<'ar' | 'en', readonly number[]>>; readonly minWords: number};
}

export function discover(a: Analysis, options: DiscoverOptions = {}): Discovery {
  const top = options.top ?? 25;
  const minCount = options.minCount ?? 2;
  const minZ = options.minZ ?? 1.645;
  const maxWords = options.maxWords ?? 4;
  const minWords = options.minWords ?? 500;
  const {groupOf, groups} = outletGroups(a);
  const words = corpusWords(a);
  // Phrases used once in the whole corpus are not kept: none can be listed (minCount 1 keeps them).
  const counts = countNgrams(a, words, groupOf, groups.length, maxWords, Math.min(2, minCount));
  const prior = (language: 'ar' | 'en'): number[] => counts.totals[language].map((t) => options.alpha0 ?? defaultAlpha0(t.reduce((x, y) => x + y, 0)));
  const alpha0 = {ar: prior('ar'), en: prior('en')};
  const entries = new Map(a.lexicon.map((e) => [e.id, e]));
  const asTerm = (text: string, language: 'ar' | 'en'): string => lemmaTerm(tokenize(text).map((t) => t.text), language, words.arabic);
  const place = (o: Occurrence): Place => {
    const s = a.sources[o.source]!;
    const sentence = s.sentences[o.sentence];
    return {...o, sourceId: s.id, example: sentence ? s.body.slice(sentence.start, sentence.end).replace(/\s+/gu, ' ').trim() : s.body.slice(o.start, o.end)};
  };
  const candidate = (ngram: Ngram, g: number, delta: number | null, z: number | null): TermCandidate => {
    const total = ngram.total;
    const status: TermStatus = ngram.exact * 2 >= total ? 'lexicon' : (ngram.exact + ngram.overlapping) * 2 >= total ? 'contains' : 'new';
    const label = status === 'new' ? null : mostUsed(ngram.labels);
    const e = label ? entries.get(label) : undefined;
    const text = commonSurface(ngram);
    return {
      key: ngram.key,
      text,
      term: asTerm(text, ngram.language),
      words: ngram.words,
      language: ngram.language,
      count: uses(ngram, g),
      rest: total - uses(ngram, g),
      delta,
      z,
      status,
      entry: e ? {id: e.id, concept: e.concept, pole: e.pole, gloss: e.gloss} : null,
      outlets: groupsUsing(ngram).map((k) => groups[k]!.outlet),
      first: place(ngram.first.get(g)!),
      name: ngram.language === 'en' && [...ngram.surfaces.keys()].every((x) => /^\p{Lu}/u.test(x)),
    };
  };

  const lists =
    groups.length < 2
      ? groups.map((_, g) => frequentInGroup(counts, g, {top, minCount}).map((n) => candidate(n, g, null, null)))
      : distinctivePerGroup(counts, groups.length, {top, minCount, minZ, alpha0: options.alpha0}).map((list, g) => list.map((s) => candidate(s.ngram, g, s.odds.delta, s.odds.z)));
  const outlets: OutletTerms[] = groups.map((group, g) => ({...group, small: group.words < minWords, terms: lists[g]!}));

  const filler = (c: SlotCandidate): SlotFiller => {
    const e = c.known ? entries.get(c.known.label) : undefined;
    const language = a.sources[c.first.source]!.paragraphs.find((p) => p.start <= c.first.start && c.first.start < p.end)?.language === 'en' ? 'en' : 'ar';
    return {
      text: c.text,
      term: asTerm(c.text, language),
      language,
      key: c.key,
      via: c.via,
      status: e ? 'lexicon' : 'new',
      entry: e ? {id: e.id, concept: e.concept, pole: e.pole, gloss: e.gloss} : null,
      slots: c.slots,
      evidence: c.evidence,
      score: Math.round(c.score * 1000) / 1000,
      first: place(c.first),
    };
  };
  const slotFillers = [...exchangedFillers(a, words), ...contextFillers(a, words, counts, {top})].map(filler);
  return {outlets, slotFillers, warnings: warnings(outlets, minWords), method: {minCount, minZ, maxWords, alpha0, minWords}};
}

/** Sources grouped by outlet; a source whose outlet is not stated is a group of its own, named by its id. */
function outletGroups(a: Analysis): {groupOf: number[]; groups: {outlet: string; sources: string[]; words: number}[]} {
  const byName = new Map<string, number>();
  const groups: {outlet: string; sources: string[]; words: number}[] = [];
  const groupOf = a.sources.map((s) => {
    const name = s.outlet ?? s.id;
    const key = s.outlet === null ? `id:${s.id}` : `outlet:${s.outlet}`;
    let g = byName.get(key);
    if (g === undefined) {
      g = groups.length;
      byName.set(key, g);
      groups.push({outlet: name, sources: [], words: 0});
    }
    groups[g]!.sources.push(s.id);
    groups[g]!.words += s.words;
    return g;
  });
  return {groupOf, groups};
}

function mostUsed(labels: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let count = 0;
  for (const [label, n] of labels) if (n > count) [best, count] = [label, n];
  return best;
}

function warnings(outlets: readonly OutletTerms[], minWords: number): string[] {
  const out: string[] = [];
  if (outlets.length === 0) return ['The corpus is empty: there is nothing to compare.'];
  if (outlets.length === 1) {
    out.push(`Only one outlet (${outlets[0]!.outlet}): discover finds what sets outlets apart, so it needs articles from at least two. Below are its most used words and phrases, without z-scores.`);
  }
  const small = outlets.filter((o) => o.words < minWords);
  if (small.length > 0 && outlets.length > 1) {
    const names = small.slice(0, 5).map((o) => `${o.outlet} (${o.words} words)`).join(', ') + (small.length > 5 ? ` and ${small.length - 5} more` : '');
    out.push(`Too little text to trust for ${names}: under ${minWords} words an outlet, a phrase used three or four times can look distinctive by chance. Treat their lists as hints to read, not findings; add more articles per outlet for figures you can rely on.`);
  }
  return out;
}
