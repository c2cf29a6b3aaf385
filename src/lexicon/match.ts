import type {Token} from '../text/tokenize.js';
import {procliticSplits} from './proclitics.js';
import type {CompiledPhrases, CompiledSlot, FormHit, Phrase, SlotSet} from './compile.js';

/** A token as the matcher sees it: English tokens also carry a lemma. */
export interface MatchToken extends Token {
  readonly lemma?: string;
}

export interface RawMatch<T> {
  readonly payload: T;
  /** Token indexes, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
}

/*
 * The words of a phrase may be separated by white space, quotation marks
 * (a scare quote around part of a term: قوات "حفظ السلام"), tatweel and
 * hyphens (Russian-led), never by other punctuation: a comma or full stop
 * ends the phrase.
 */
const JOINER = /^[\s"'“”«»‘’\-–ـ]*$/u;

interface Candidate {
  readonly pattern: number;
  /** The token had a conjunction (و ف) in front: allowed on the first word only. */
  readonly conjunction: boolean;
}

/** Which word patterns a token can realise, with the proclitics it carried. */
function candidates<T>(token: MatchToken, phrases: CompiledPhrases<T>): Candidate[] {
  const out: Candidate[] = [];
  const push = (hits: readonly FormHit[] | undefined, conjunction: boolean, article: boolean): void => {
    for (const hit of hits ?? []) {
      if (article && (hit.pronoun || hit.definite)) continue;
      out.push({pattern: hit.pattern, conjunction});
    }
  };
  push(phrases.forms.get(token.key), false, false);
  if (phrases.language === 'en') {
    if (token.lemma && token.lemma !== token.key) push(phrases.forms.get(token.lemma), false, false);
    return out;
  }
  for (const {proclitic, rest} of procliticSplits(token.key)) {
    push(phrases.forms.get(rest), proclitic.conjunction, proclitic.article);
    // A lemma written with its article (القضاء على) behind ل, which swallows the article's alef (للقضاء على).
    if (proclitic.article) {
      for (const hit of phrases.forms.get(`ال${rest}`) ?? []) if (hit.definite) out.push({pattern: hit.pattern, conjunction: proclitic.conjunction});
    }
  }
  return out;
}

/** Candidates per token key, kept per compiled phrase set across calls (bounded). */
const CANDIDATE_CACHES = new WeakMap<object, Map<string, Candidate[]>>();
function candidateCache(phrases: object): Map<string, Candidate[]> {
  let cache = CANDIDATE_CACHES.get(phrases);
  if (!cache || cache.size > 200_000) {
    cache = new Map();
    CANDIDATE_CACHES.set(phrases, cache);
  }
  return cache;
}

export interface MatchOptions<T> {
  /** Matches of these payloads remove every match they overlap and are not returned (names that contain a term). */
  readonly isBlocker?: (payload: T) => boolean;
}

/**
 * All non-overlapping phrase matches in a token sequence. The longest match
 * wins, so "قوات حفظ السلام الجماعية" is one mention, not two.
 */
export function findMatches<T>(body: string, tokens: readonly MatchToken[], phrases: CompiledPhrases<T>, options: MatchOptions<T> = {}): RawMatch<T>[] {
  const cache = candidateCache(phrases);
  const candidatesAt = (i: number): Candidate[] => {
    const token = tokens[i]!;
    const cacheKey = token.lemma ? `${token.key}|${token.lemma}` : token.key;
    let list = cache.get(cacheKey);
    if (!list) {
      list = candidates(token, phrases);
      cache.set(cacheKey, list);
    }
    return list;
  };
  // Whether token i and i + 1 are joined, computed once per boundary (patterns look at the same boundaries again and again).
  const joinedNext = new Uint8Array(tokens.length);
  const joined = (a: number, b: number): boolean => {
    if (b !== a + 1) return JOINER.test(body.slice(tokens[a]!.end, tokens[b]!.start));
    let v = joinedNext[a]!;
    if (v === 0) joinedNext[a] = v = JOINER.test(body.slice(tokens[a]!.end, tokens[b]!.start)) ? 1 : 2;
    return v === 1;
  };

  // Where the sequences of a slot set end when they begin at a token: the same class is tried from the same token by many patterns.
  const slotEndCache = new Map<number, Map<number, readonly number[]>>();
  const slotEnds = (set: SlotSet, j: number, conjunction: boolean): readonly number[] => {
    const key = set.id * 2 + (conjunction ? 1 : 0);
    let atToken = slotEndCache.get(j);
    if (!atToken) slotEndCache.set(j, (atToken = new Map()));
    let ends = atToken.get(key);
    if (ends === undefined) {
      const list: number[] = [];
      for (const c of candidatesAt(j)) {
        if (c.conjunction && !conjunction) continue;
        for (const words of set.byFirst.get(c.pattern) ?? []) {
          const end = matchWords(words, j, tokens.length, candidatesAt, joined);
          if (end !== null && !list.includes(end)) list.push(end);
        }
      }
      ends = list.length ? list : NO_ENDS;
      atToken.set(key, ends);
    }
    return ends;
  };

  const found: RawMatch<T>[] = [];
  // A pattern is listed under each word that can begin it; it is tried once per token.
  const patternTriedAt = new Map<Phrase<T>, number>();
  for (let i = 0; i < tokens.length; i++) {
    // No pattern looks back: what was remembered for the previous token is not needed again.
    if (slotEndCache.size > 0) slotEndCache.delete(i - 1);
    for (const first of candidatesAt(i)) {
      for (const phrase of phrases.phrasesByFirst.get(first.pattern) ?? []) {
        let last: number | null;
        if (phrase.slots) {
          if (patternTriedAt.get(phrase) === i) continue;
          patternTriedAt.set(phrase, i);
          last = matchSlots(phrase.slots, 0, i, tokens.length, slotEnds, joined);
        } else last = extend(phrase, i, tokens.length, candidatesAt, joined);
        if (last === null) continue;
        found.push({payload: phrase.payload, first: i, last, start: tokens[i]!.start, end: tokens[last]!.end});
      }
    }
  }
  return resolveOverlaps(found, tokens.length, options.isBlocker ?? (() => false));
}

/** Match the rest of a phrase after its first word at token i; returns the last token index or null. */
function extend<T>(
  phrase: Phrase<T>,
  i: number,
  count: number,
  candidatesAt: (i: number) => Candidate[],
  joined: (a: number, b: number) => boolean,
): number | null {
  let at = i;
  for (let w = 1; w < phrase.words.length; w++) {
    let next: number | null = null;
    for (let skip = 0; skip <= phrase.gap && at + 1 + skip < count; skip++) {
      const j = at + 1 + skip;
      if (!joined(j - 1, j)) break;
      if (candidatesAt(j).some((c) => c.pattern === phrase.words[w] && !c.conjunction)) {
        next = j;
        break;
      }
    }
    if (next === null) return null;
    at = next;
  }
  return at;
}

/**
 * The furthest last token of a pattern whose slot `s` begins at token `at`
 * (or up to the slot's gap later), or null. Slots are tried by the words
 * each token can realise, so a slot costs a few lookups; the work per start
 * token is bounded by the pattern (slots × gaps × alternatives), never by
 * the text, which keeps matching linear. The words of a slot, and the words
 * a gap skips, must be joined as a term's words are (no comma or full stop
 * between them); a conjunction (و ف) may begin the first slot, or a slot
 * after a gap.
 */
function matchSlots(
  slots: readonly CompiledSlot[],
  s: number,
  at: number,
  count: number,
  slotEnds: (set: SlotSet, j: number, conjunction: boolean) => readonly number[],
  joined: (a: number, b: number) => boolean,
): number | null {
  const slot = slots[s]!;
  const conjunction = s === 0 || slot.gap > 0;
  let best: number | null = null;
  for (let skip = 0; skip <= slot.gap && at + skip < count; skip++) {
    const j = at + skip;
    if (s > 0 && !joined(j - 1, j)) break;
    for (const end of slotEnds(slot.set, j, conjunction)) {
      const last = s + 1 === slots.length ? end : end + 1 < count ? matchSlots(slots, s + 1, end + 1, count, slotEnds, joined) : null;
      if (last !== null && (best === null || last > best)) best = last;
    }
  }
  return best;
}

const NO_ENDS: readonly number[] = [];

/** The rest of one word sequence, word after word with nothing between, after its first word at token j. */
function matchWords(words: readonly number[], j: number, count: number, candidatesAt: (i: number) => Candidate[], joined: (a: number, b: number) => boolean): number | null {
  let at = j;
  for (let w = 1; w < words.length; w++) {
    const next = at + 1;
    if (next >= count || !joined(at, next)) return null;
    if (!candidatesAt(next).some((c) => c.pattern === words[w] && !c.conjunction)) return null;
    at = next;
  }
  return at;
}

/** Longest first, blockers first of all; token marks keep this linear. */
function resolveOverlaps<T>(found: RawMatch<T>[], tokenCount: number, isBlocker: (payload: T) => boolean): RawMatch<T>[] {
  const blocked = new Uint8Array(tokenCount);
  const taken = new Uint8Array(tokenCount);
  for (const m of found) if (isBlocker(m.payload)) blocked.fill(1, m.first, m.last + 1);
  const free = (m: RawMatch<T>, marks: Uint8Array): boolean => {
    for (let t = m.first; t <= m.last; t++) if (marks[t]) return false;
    return true;
  };
  const kept: RawMatch<T>[] = [];
  const sorted = found
    .filter((m) => !isBlocker(m.payload) && free(m, blocked))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of sorted) {
    if (!free(m, taken)) continue;
    taken.fill(1, m.first, m.last + 1);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
