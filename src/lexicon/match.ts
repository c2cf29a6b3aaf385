import type {Token} from '../text/tokenize.js';
import {isWhiteSpace} from '../text/white-space.js';
import {procliticSplits, takesVerb} from './proclitics.js';
import type {CompiledPhrases, CompiledSlot, FocusSlots, FormHit, Phrase, SlotSet} from './compile.js';
import {phrasePlan, slotPatternCount, type PhrasePlan} from './phrase-plan.js';

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

/** JOINER's marks other than white space, by code unit. */
const JOINER_MARKS = new Set([...`"'“”«»‘’-–ـ`].map((c) => c.charCodeAt(0)));

/** Whether body[from, to) may stand between two words of a phrase (JOINER); the usual gap, one space, is read by its code (no slice, no regex). */
function gapJoins(body: string, from: number, to: number): boolean {
  if (to - from === 1) {
    const c = body.charCodeAt(from);
    return isWhiteSpace(c) || JOINER_MARKS.has(c);
  }
  return JOINER.test(body.slice(from, to));
}

interface Candidate<T = unknown> {
  readonly pattern: number;
  /** The token had a conjunction (و ف) in front: allowed on the first word only. */
  readonly conjunction: boolean;
  /** The phrases this word pattern begins (looked up once, when the candidate is made). */
  readonly phrases: readonly Phrase<T>[];
  /** Those phrases indexed by their second word (phrase-plan.ts): which are worth trying at a token. */
  readonly plan: PhrasePlan;
}

const NO_PHRASES: readonly Phrase<never>[] = [];
const NO_CANDIDATES: readonly Candidate<never>[] = [];

/** Which word patterns a token can realise, with the proclitics it carried. */
function candidates<T>(token: MatchToken, phrases: CompiledPhrases<T>): readonly Candidate<T>[] {
  const out: Candidate<T>[] = [];
  const make = (pattern: number, conjunction: boolean): Candidate<T> => {
    const list = phrases.phrasesByFirst.get(pattern) ?? NO_PHRASES;
    return {pattern, conjunction, phrases: list, plan: phrasePlan(list)};
  };
  const push = (hits: readonly FormHit[] | undefined, conjunction: boolean, article: boolean, verbAllowed = true): void => {
    for (const hit of hits ?? []) {
      if (article && (hit.pronoun || hit.definite)) continue;
      if (hit.verb && !verbAllowed) continue;
      out.push(make(hit.pattern, conjunction));
    }
  };
  push(phrases.forms.get(token.key), false, false);
  if (phrases.language === 'en') {
    if (token.lemma && token.lemma !== token.key) push(phrases.forms.get(token.lemma), false, false);
    return out.length ? out : NO_CANDIDATES;
  }
  for (const {proclitic, rest} of procliticSplits(token.key)) {
    push(phrases.forms.get(rest), proclitic.conjunction, proclitic.article, takesVerb(proclitic, rest));
    // A lemma written with its article (القضاء على) behind ل, which swallows the article's alef (للقضاء على).
    if (proclitic.article) {
      for (const hit of phrases.forms.get(`ال${rest}`) ?? []) if (hit.definite && !hit.verb) out.push(make(hit.pattern, proclitic.conjunction));
    }
  }
  return out.length ? out : NO_CANDIDATES;
}

/**
 * What is remembered per compiled phrase set across calls, found with one
 * lookup per call: candidates by key number (IdCache), by key (tokens
 * without a number), and by key and then lemma (English tokens with a
 * lemma: no "key|lemma" string is made per token). The two maps are
 * emptied when large.
 */
interface PhraseCaches<T = unknown> {
  byKey: Map<string, readonly Candidate<T>[]>;
  byLemma: Map<string, Map<string, readonly Candidate<T>[]>>;
  readonly byId: IdCache<T>;
}
const PHRASE_CACHES = new WeakMap<object, PhraseCaches>();
function phraseCaches(phrases: object): PhraseCaches {
  let caches = PHRASE_CACHES.get(phrases);
  if (!caches) PHRASE_CACHES.set(phrases, (caches = {byKey: new Map(), byLemma: new Map(), byId: {lists: [], keys: []}}));
  if (caches.byKey.size > 200_000) caches.byKey = new Map();
  if (caches.byLemma.size > 200_000) caches.byLemma = new Map();
  return caches;
}

function lemmaCandidates<T>(token: MatchToken, lemma: string, cache: Map<string, Map<string, readonly Candidate<T>[]>>, phrases: CompiledPhrases<T>): readonly Candidate<T>[] {
  let byLemma = cache.get(token.key);
  if (!byLemma) cache.set(token.key, (byLemma = new Map()));
  let list = byLemma.get(lemma);
  if (!list) {
    list = candidates(token, phrases);
    byLemma.set(lemma, list);
  }
  return list;
}

function cachedCandidates<T>(token: MatchToken, cacheKey: string, cache: Map<string, readonly Candidate<T>[]>, phrases: CompiledPhrases<T>): readonly Candidate<T>[] {
  let list = cache.get(cacheKey);
  if (!list) {
    list = candidates(token, phrases);
    cache.set(cacheKey, list);
  }
  return list;
}

/** Candidates by key number (text/key-ids.ts), with the key each was made for, per compiled phrase set. */
interface IdCache<T = unknown> {
  lists: (readonly Candidate<T>[] | undefined)[];
  keys: (string | undefined)[];
}

function keepById<T>(cache: IdCache<T>, id: number, key: string, list: readonly Candidate<T>[]): void {
  if (id >= cache.lists.length) {
    // Grown in one step to a dense length (numbers come in any order; a far index on a short array would make it a dictionary).
    const length = Math.max(id + 1, cache.lists.length * 2, 1024);
    const lists = new Array<readonly Candidate<T>[] | undefined>(length).fill(undefined);
    const keys = new Array<string | undefined>(length).fill(undefined);
    for (let k = 0; k < cache.lists.length; k++) {
      lists[k] = cache.lists[k];
      keys[k] = cache.keys[k];
    }
    cache.lists = lists;
    cache.keys = keys;
  }
  cache.lists[id] = list;
  cache.keys[id] = key;
}

/** Whether a token realises a word pattern (not behind a conjunction: only a phrase's first word may carry one). */
function realises(list: readonly Candidate[], pattern: number): boolean {
  for (let k = 0; k < list.length; k++) {
    const c = list[k]!;
    if (c.pattern === pattern && !c.conjunction) return true;
  }
  return false;
}

/*
 * Per-call scratch arrays, kept between calls (findMatchesIn never runs
 * inside itself): a paragraph's memo of candidates and joins is cleared, not
 * allocated, so matching a paragraph allocates little beyond its matches.
 */
let MEMO: (readonly Candidate[] | undefined)[] = [];
let JOINED = new Uint8Array(1024);
/** The memo is kept for paragraphs up to this many tokens (8 MB of slots); a longer one gets its own. */
const MEMO_KEPT = 1 << 20;

function scratchMemo(count: number): (readonly Candidate[] | undefined)[] {
  if (count > MEMO_KEPT) return new Array<readonly Candidate[] | undefined>(count).fill(undefined);
  // Kept whatever its length (up to MEMO_KEPT): grown once, not pushed slot by slot on every call for a long
  // paragraph (a quarter-million pushes cost ~30 ms here, and a 1 MB line paid it twice per source).
  const reuse = Math.min(count, MEMO.length);
  for (let k = 0; k < reuse; k++) MEMO[k] = undefined;
  for (let k = MEMO.length; k < count; k++) MEMO.push(undefined);
  return MEMO;
}

/**
 * The slot ends remembered for the tokens of a call, in a pool of entries
 * kept between calls: per token, a chain of entries (its slot sets, a few at
 * most), each a slot set key (the set's id, twice, plus one when a
 * conjunction may begin it) and the ends. Entries are numbers in typed
 * arrays, not a small array per token: a token meets two or three sets, and
 * an array grown by push gets room for nineteen, which made slot ends most of
 * the matcher's garbage. A token's entries go back to the pool once the scan
 * has passed it, so the pool is as large as the stretch patterns look ahead,
 * not as the paragraph.
 */
const SLOT_POOL = {
  /** Per token of the call, its first entry; 0 for none. */
  head: new Int32Array(1024),
  /** Per entry (entry 0 is none): the next entry of its token or of the free list, its key, its ends. */
  next: new Int32Array(64),
  key: new Int32Array(64),
  ends: [undefined] as (readonly number[] | undefined)[],
  /** The first free entry (0: none), and how many entries were ever handed out. */
  free: 0,
  used: 0,
};

/** Every token of a call without slot ends; entries in use are all freed at the end of the previous call. */
function resetSlotPool(count: number): void {
  if (SLOT_POOL.head.length < count) SLOT_POOL.head = new Int32Array(Math.max(count, SLOT_POOL.head.length * 2));
  else SLOT_POOL.head.fill(0, 0, count);
}

/** The ends remembered at token j for a slot set key, or undefined. */
function slotEndsKept(j: number, key: number): readonly number[] | undefined {
  const {head, next} = SLOT_POOL;
  for (let e = head[j]!; e !== 0; e = next[e]!) if (SLOT_POOL.key[e] === key) return SLOT_POOL.ends[e];
  return undefined;
}

function keepSlotEnds(j: number, key: number, ends: readonly number[]): void {
  const pool = SLOT_POOL;
  let e = pool.free;
  if (e !== 0) pool.free = pool.next[e]!;
  else {
    e = ++pool.used;
    if (e >= pool.next.length) {
      const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      pool.next = grow(pool.next);
      pool.key = grow(pool.key);
    }
  }
  pool.next[e] = pool.head[j]!;
  pool.key[e] = key;
  pool.ends[e] = ends;
  pool.head[j] = e;
}

/** Token j's entries back to the free list, their ends let go. */
function releaseSlotEnds(j: number): void {
  const pool = SLOT_POOL;
  let e = pool.head[j]!;
  while (e !== 0) {
    const after = pool.next[e]!;
    pool.ends[e] = undefined;
    pool.next[e] = pool.free;
    pool.free = e;
    e = after;
  }
  pool.head[j] = 0;
}

function scratchJoined(count: number): Uint8Array {
  if (count > 1 << 16) return new Uint8Array(count);
  if (JOINED.length < count) JOINED = new Uint8Array(Math.max(count, JOINED.length * 2));
  JOINED.fill(0, 0, count);
  return JOINED;
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
  return findMatchesIn(body, tokens, 0, tokens.length, phrases, options);
}

/**
 * findMatches over tokens[from, to) of a longer list, without copying it;
 * token indexes in the matches are indexes into the whole list.
 */
export function findMatchesIn<T>(body: string, all: readonly MatchToken[], from: number, to: number, phrases: CompiledPhrases<T>, options: MatchOptions<T> = {}): RawMatch<T>[] {
  const count = to - from;
  const {byKey: cache, byId, byLemma} = phraseCaches(phrases) as PhraseCaches<T>;
  // Each token's candidates are looked up once per call, however many phrases look at it.
  const memo = scratchMemo(count) as (readonly Candidate<T>[] | undefined)[];
  const candidatesAt = (i: number): readonly Candidate<T>[] => {
    let list = memo[i];
    if (list === undefined) {
      const token = all[from + i]!;
      const id = token.keyId;
      // By the key's number when the token has one (no string hashed), checked against the key kept beside it (numbers are handed out again after key-ids.ts empties its table).
      if (id !== undefined && id >= 0 && !token.lemma) {
        list = id < byId.lists.length && byId.keys[id] === token.key ? byId.lists[id] : undefined;
        if (list === undefined) {
          list = cachedCandidates(token, token.key, cache, phrases);
          keepById(byId, id, token.key, list);
        }
      } else list = token.lemma ? lemmaCandidates(token, token.lemma, byLemma, phrases) : cachedCandidates(token, token.key, cache, phrases);
      memo[i] = list;
    }
    return list;
  };
  const tokenAt = (i: number): MatchToken => all[from + i]!;
  // Whether token i and i + 1 are joined, computed once per boundary (patterns look at the same boundaries again and again).
  const joinedNext = scratchJoined(count);
  const joined = (a: number, b: number): boolean => {
    if (b !== a + 1) return gapJoins(body, tokenAt(a).end, tokenAt(b).start);
    let v = joinedNext[a]!;
    if (v === 0) joinedNext[a] = v = gapJoins(body, tokenAt(a).end, tokenAt(b).start) ? 1 : 2;
    return v === 1;
  };

  // Where the sequences of a slot set end when they begin at a token: the same class is tried from the same token by many patterns.
  // Made when the first pattern is tried (most paragraphs meet none), kept in SLOT_POOL.
  let pooled = false;
  const slotEnds = (set: SlotSet, j: number, conjunction: boolean): readonly number[] => {
    const key = set.id * 2 + (conjunction ? 1 : 0);
    if (!pooled) {
      resetSlotPool(count);
      pooled = true;
    }
    const kept = slotEndsKept(j, key);
    if (kept !== undefined) return kept;
    // Made at the first end: most tokens a slot is tried at end none.
    let list: number[] | null = null;
    const here = candidatesAt(j);
    for (let c = 0; c < here.length; c++) {
      const candidate = here[c]!;
      if (candidate.conjunction && !conjunction) continue;
      const sequences = set.byFirst.get(candidate.pattern);
      if (sequences === undefined) continue;
      for (let q = 0; q < sequences.length; q++) {
        const end = matchWords(sequences[q]!, j, count, candidatesAt, joined);
        if (end === null) continue;
        // Made at its first element, as the token's pair below: a list pushed onto from empty gets room for seventeen.
        if (list === null) list = [end];
        else if (!list.includes(end)) list.push(end);
      }
    }
    const ends = list ?? NO_ENDS;
    keepSlotEnds(j, key, ends);
    return ends;
  };

  const found: RawMatch<T>[] = [];
  let unordered = false;
  // A pattern is listed under each word that can begin it; it is tried once per token.
  for (let i = 0; i < count; i++) {
    // No pattern looks back: what was remembered for the previous token is not needed again. Let go of it here, at
    // every token, not only at those that begin a pattern: a later slot's ends are kept at tokens that begin nothing
    // (the figures of a page of tolls), and kept for a whole long paragraph they outlive the young generation.
    if (pooled && i > 0) releaseSlotEnds(i - 1);
    const firsts = candidatesAt(i);
    if (firsts.length === 0) continue;
    const stamp = nextStamp();
    for (let f = 0; f < firsts.length; f++) {
      const first = firsts[f]!;
      const list = first.phrases;
      // A word that only ever stands later in a phrase: a candidate for realises(), beginning nothing.
      if (list.length === 0) continue;
      const plan = first.plan;
      const tried = phrasesWorthTrying(plan, i, count, candidatesAt, joined);
      const order = TRY;
      for (let t = 0; t < tried; t++) {
        const index = order[t]!;
        const phrase = list[index]!;
        let last: number | null;
        if (phrase.slots) {
          // Marked with this token's stamp, by the pattern's number (phrase-plan.ts): no map per call.
          const id = plan.slotIds[index]!;
          if (TRIED[id] === stamp) continue;
          TRIED[id] = stamp;
          last = matchSlots(phrase.slots, 0, i, count, slotEnds, joined);
        } else last = extend(phrase, i, count, candidatesAt, joined);
        if (last === null) continue;
        let first = i;
        if (phrase.focus) {
          // Only the focus is reported; the words around it stay free for other entries (the crowd after "fired on").
          focusSpan(phrase.slots!, phrase.focus, 0, i, count, slotEnds, joined, last);
          first = FOCUS.first;
          last = FOCUS.last;
        }
        // A focus begins after its pattern's first token: a match found later can then begin before it.
        if (found.length > 0 && from + first < found[found.length - 1]!.first) unordered = true;
        found.push({payload: phrase.payload, first: from + first, last: from + last, start: tokenAt(first).start, end: tokenAt(last).end});
      }
    }
  }
  // The last token's entries back to the pool (every earlier token's went back as the scan passed it).
  if (pooled && count > 0) releaseSlotEnds(count - 1);
  // Overlaps are settled in text order.
  if (unordered) found.sort((a, b) => a.first - b.first);
  return resolveOverlaps(found, from, count, options.isBlocker ?? (() => false));
}

/** Where the focus of the last focused pattern matched (token indexes within the call), set by focusSpan. */
const FOCUS = {first: 0, last: 0};

/**
 * The focus of a pattern that matched from token `at` to `target` (the
 * furthest end, found by matchSlots), into FOCUS: along the first way of
 * matching its slots that ends there, in the order matchSlots tries them,
 * where the first focus slot begins and the last focus slot ends. Bounded
 * by the pattern as matchSlots is; run only for a match found.
 */
function focusSpan(
  slots: readonly CompiledSlot[],
  focus: FocusSlots,
  s: number,
  at: number,
  count: number,
  slotEnds: (set: SlotSet, j: number, conjunction: boolean) => readonly number[],
  joined: (a: number, b: number) => boolean,
  target: number,
): boolean {
  const slot = slots[s]!;
  const conjunction = s === 0 || slot.gap > 0;
  for (let skip = 0; skip <= slot.gap && at + skip < count; skip++) {
    const j = at + skip;
    if (s > 0 && !joined(j - 1, j)) break;
    for (const end of slotEnds(slot.set, j, conjunction)) {
      const reaches = s + 1 === slots.length ? end === target : end + 1 < count && focusSpan(slots, focus, s + 1, end + 1, count, slotEnds, joined, target);
      if (!reaches) continue;
      if (s === focus.first) FOCUS.first = j;
      if (s === focus.last) FOCUS.last = end;
      return true;
    }
  }
  return false;
}

/** Indexes into a candidate's phrase list, in list order (the order matches are found in decides ties): filled by phrasesWorthTrying. */
let TRY: number[] = [];

/**
 * Which of a first word's phrases can match at token i, into TRY (returns
 * how many): those that need no second word, and those whose second word a
 * token within their gap realises. The others would fail in `extend` at
 * their second word; skipping them changes no match, only the work (a
 * common first word begins a dozen or more phrases).
 */
function phrasesWorthTrying(plan: PhrasePlan, i: number, count: number, candidatesAt: (i: number) => readonly Candidate[], joined: (a: number, b: number) => boolean): number {
  const always = plan.always as number[];
  if (plan.bySecond === null) {
    TRY = always;
    return always.length;
  }
  const out = SCRATCH;
  let n = 0;
  for (let skip = 0; skip <= plan.maxGap && i + 1 + skip < count; skip++) {
    const j = i + 1 + skip;
    if (!joined(j - 1, j)) break;
    const next = candidatesAt(j);
    for (let c = 0; c < next.length; c++) {
      const candidate = next[c]!;
      if (candidate.conjunction) continue;
      const seconds = plan.bySecond.get(candidate.pattern);
      if (seconds === undefined) continue;
      for (let k = 0; k < seconds.length; k++) if (plan.gaps[seconds[k]!]! >= skip) out[n++] = seconds[k]!;
    }
  }
  // Most tokens are followed by no second word: the list's own indexes, not copied.
  if (n === 0) {
    TRY = always;
    return always.length;
  }
  for (let k = 0; k < always.length; k++) out[n++] = always[k]!;
  // In list order, each once: an insertion sort of a few indexes.
  for (let k = 1; k < n; k++) {
    const v = out[k]!;
    let at = k - 1;
    for (; at >= 0 && out[at]! > v; at--) out[at + 1] = out[at]!;
    out[at + 1] = v;
  }
  let kept = 0;
  for (let k = 0; k < n; k++) if (kept === 0 || out[kept - 1] !== out[k]) out[kept++] = out[k]!;
  TRY = out;
  return kept;
}
const SCRATCH: number[] = [];

/** By a pattern's number, the stamp of the last token it was tried at (a pattern is listed under each word that can begin it). */
let TRIED = new Int32Array(0);
let STAMP = 0;

/** A stamp no token of this or an earlier call has, with TRIED long enough for every pattern numbered so far. */
function nextStamp(): number {
  if (TRIED.length < slotPatternCount()) {
    const grown = new Int32Array(Math.max(slotPatternCount(), TRIED.length * 2));
    grown.set(TRIED);
    TRIED = grown;
  }
  if (STAMP >= 0x3fffffff) {
    TRIED.fill(0);
    STAMP = 0;
  }
  return ++STAMP;
}

/** Match the rest of a phrase after its first word at token i; returns the last token index or null. */
function extend<T>(
  phrase: Phrase<T>,
  i: number,
  count: number,
  candidatesAt: (i: number) => readonly Candidate<T>[],
  joined: (a: number, b: number) => boolean,
): number | null {
  let at = i;
  for (let w = 1; w < phrase.words.length; w++) {
    let next: number | null = null;
    for (let skip = 0; skip <= phrase.gap && at + 1 + skip < count; skip++) {
      const j = at + 1 + skip;
      if (!joined(j - 1, j)) break;
      if (realises(candidatesAt(j), phrase.words[w]!)) {
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
    // By index: an iterator here, in a function that calls itself, is an object per slot tried.
    const ends = slotEnds(slot.set, j, conjunction);
    for (let e = 0; e < ends.length; e++) {
      const end = ends[e]!;
      const last = s + 1 === slots.length ? end : end + 1 < count ? matchSlots(slots, s + 1, end + 1, count, slotEnds, joined) : null;
      if (last !== null && (best === null || last > best)) best = last;
    }
  }
  return best;
}

const NO_ENDS: readonly number[] = [];

/** The rest of one word sequence, word after word with nothing between, after its first word at token j. */
function matchWords(words: readonly number[], j: number, count: number, candidatesAt: (i: number) => readonly Candidate[], joined: (a: number, b: number) => boolean): number | null {
  let at = j;
  for (let w = 1; w < words.length; w++) {
    const next = at + 1;
    if (next >= count || !joined(at, next)) return null;
    if (!realises(candidatesAt(next), words[w]!)) return null;
    at = next;
  }
  return at;
}

/**
 * Longest first, blockers first of all. Matches come in token order; those
 * that overlap form clusters, and a match only ever competes with its own
 * cluster, so each cluster is settled alone (longest first, as one sort of
 * all would order it) and a match that touches no other is kept as found:
 * no sort and no token marks for the usual paragraph. With a blocker
 * (an exclusion) among them, all are settled at once.
 */
function resolveOverlaps<T>(found: RawMatch<T>[], from: number, tokenCount: number, isBlocker: (payload: T) => boolean): RawMatch<T>[] {
  if (found.length === 0) return found;
  let touching = false;
  for (let k = 0; k < found.length; k++) {
    if (isBlocker(found[k]!.payload)) return byLength(found, from, tokenCount, isBlocker);
    if (k > 0 && found[k]!.first <= found[k - 1]!.last) touching = true;
  }
  if (!touching) return found;
  // Kept matches are written back over the list (a cluster keeps no more than it holds, so writing never passes reading):
  // no second list as long as the paragraph's matches.
  let kept = 0;
  const keep = (m: RawMatch<T>): void => {
    found[kept++] = m;
  };
  for (let i = 0; i < found.length; ) {
    let j = i + 1;
    let reach = found[i]!.last;
    for (; j < found.length && found[j]!.first <= reach; j++) if (found[j]!.last > reach) reach = found[j]!.last;
    if (j - i === 1) keep(found[i]!);
    else if (j - i <= SMALL_CLUSTER) settleSmall(found.slice(i, j), keep);
    else for (const m of byLength(found.slice(i, j), found[i]!.first, reach - found[i]!.first + 1, isBlocker)) keep(m);
    i = j;
  }
  found.length = kept;
  return found;
}

/** Up to this many overlapping matches are settled by comparing them pairwise, with no token marks. */
const SMALL_CLUSTER = 8;

/** byLength for a few matches (no blockers among them): the longest first, each kept if it overlaps none kept before; appended in text order. */
function settleSmall<T>(cluster: RawMatch<T>[], keep: (m: RawMatch<T>) => void): void {
  // Stable insertion sorts by hand: Array.prototype.sort allocates a work copy per call, and these run per cluster.
  insertionSort(cluster, (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  let chosen = 0;
  for (let k = 0; k < cluster.length; k++) {
    const m = cluster[k]!;
    let free = true;
    for (let c = 0; c < chosen && free; c++) free = cluster[c]!.last < m.first || cluster[c]!.first > m.last;
    if (free) cluster[chosen++] = m;
  }
  cluster.length = chosen;
  insertionSort(cluster, (a, b) => a.start - b.start);
  for (const m of cluster) keep(m);
}

function insertionSort<T>(list: T[], compare: (a: T, b: T) => number): void {
  for (let k = 1; k < list.length; k++) {
    const item = list[k]!;
    let at = k - 1;
    for (; at >= 0 && compare(list[at]!, item) > 0; at--) list[at + 1] = list[at]!;
    list[at + 1] = item;
  }
}

/** Matches over tokens [base, base + tokenCount): longest first, blockers first of all; token marks keep this linear. */
function byLength<T>(found: RawMatch<T>[], base: number, tokenCount: number, isBlocker: (payload: T) => boolean): RawMatch<T>[] {
  const from = base;
  const blocked = new Uint8Array(tokenCount);
  const taken = new Uint8Array(tokenCount);
  for (const m of found) if (isBlocker(m.payload)) blocked.fill(1, m.first - from, m.last - from + 1);
  const free = (m: RawMatch<T>, marks: Uint8Array): boolean => {
    for (let t = m.first - from; t <= m.last - from; t++) if (marks[t]) return false;
    return true;
  };
  const kept: RawMatch<T>[] = [];
  const sorted = found
    .filter((m) => !isBlocker(m.payload) && free(m, blocked))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of sorted) {
    if (!free(m, taken)) continue;
    taken.fill(1, m.first - from, m.last - from + 1);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
