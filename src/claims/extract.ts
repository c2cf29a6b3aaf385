import {parseDigits} from '../text/normalize.js';
import type {Token} from '../text/tokenize.js';
import type {Claim, ClaimQualifier, FurnitureKind, Sentence, Voice} from '../types.js';
import {AT_LEAST_AFTER, COUNTED_TOLL_NOUNS, GROUPS, MEASURES, NOT_A_TOLL, NOT_A_TOLL_BEFORE, OTHERS, PERCENT_AFTER_IN, QUALIFIERS_BEFORE} from './lexicon.js';
import {mayBeginQuantity, readQuantity, type QuantityWord, type QuantityWords} from './number-words.js';
import {boundedMemo} from '../text/bounded-memo.js';

export interface ClaimInput {
  readonly source: string;
  readonly body: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly voiceAt: (start: number, end: number) => {voice: Voice; speaker: string | null};
  /** voiceAt by token indexes (first..last inclusive) of `tokens`, when the caller has it: no search for the tokens of a span. */
  readonly voiceOf?: (first: number, last: number) => {voice: Voice; speaker: string | null};
  /** The text each claim's words are cut from (the source as written, when `body` is its analysis view); `body` when absent. */
  readonly text?: string;
  /** The furniture kind of the paragraph at an offset; null (article text) when absent. */
  readonly furnitureAt?: (offset: number) => FurnitureKind | null;
}

interface Quantity {
  readonly first: number;
  /** Last token of the number (with its scale word). */
  readonly last: number;
  readonly value: number | null;
  readonly approx: string | null;
  /** The singular of a dual noun that is the number itself ("جثتين"). */
  readonly dualOf: string | null;
}

/** How far from the number a measure word may stand, in tokens. */
const MEASURE_BEFORE = 5;
const MEASURE_AFTER = 7;
/** How far after the number the counted noun may stand. */
const GROUP_AFTER = 5;

/**
 * Tolls: a quantity with what it counts (killed, injured, arrested,
 * hospitalized) and of whom, found within its sentence. A number with no
 * measure near it (a date, an age, a price) is not a claim.
 */
export function extractClaims(input: ClaimInput): Claim[] {
  const claims: Claim[] = [];
  let t = 0;
  for (let si = 0; si < input.sentences.length; si++) {
    const sentence = input.sentences[si]!;
    while (t < input.tokens.length && input.tokens[t]!.start < sentence.start) t++;
    let end = t;
    while (end < input.tokens.length && input.tokens[end]!.end <= sentence.end) end++;
    claimsInSentence(input, si, t, end, claims);
    t = end;
  }
  return claims;
}

/** The claims of the sentence of tokens [from, to), appended to `out` (no list per sentence to copy: a page of figures is one sentence of thousands). */
function claimsInSentence(input: ClaimInput, sentenceIndex: number, from: number, to: number, out: Claim[]): void {
  const {tokens, body} = input;
  // A claim needs a quantity; a sentence with no word that can begin one has none (the common case).
  let begin = from;
  while (begin < to && !mayBeginQuantity(tokens[begin]!.key, tokens[begin]!.isNumber)) begin++;
  if (begin >= to) return;
  // Keys and words are made when a rule asks for them, near a number: a sentence of many thousand words is not copied.
  const key = (i: number): string => (i >= from && i < to ? strippedKey(tokens[i]!.key) : '');
  // The first measure and the group each word of the sentence names, asked once per word: in a page of figures every
  // figure asks about the dozen words around it (two codes per token: 0 not asked yet, 1 none, 2 + index in the table).
  const named = new Int32Array(2 * (to - from));
  const measureAt = (i: number): string | null => {
    if (i < from || i >= to) return measuresOf('')[0] ?? null;
    let code = named[2 * (i - from)]!;
    if (code === 0) named[2 * (i - from)] = code = codeOf(MEASURE_NAMES, measuresOf(key(i))[0] ?? null);
    return code === 1 ? null : MEASURE_NAMES[code - 2]!;
  };
  const groupAt = (i: number): string | null => {
    if (i < from || i >= to) return groupOf('');
    let code = named[2 * (i - from) + 1]!;
    if (code === 0) named[2 * (i - from) + 1] = code = codeOf(GROUP_NAMES, groupOf(key(i)));
    return code === 1 ? null : GROUP_NAMES[code - 2]!;
  };
  const words = sentenceWords(tokens, from, to);
  let previousGroup: string | null = null;
  // Measure words already given to a number of this sentence, by token (from `from`).
  const taken = new Uint8Array(to - from);
  // The words before `begin` begin no quantity: they were just asked.
  for (let i = begin; i < to; i++) {
    if (!mayBeginQuantity(tokens[i]!.key, tokens[i]!.isNumber)) continue;
    const q = quantityAt(words, i, from);
    if (!q) continue;
    i = q.last;
    if (notATollAround(input, key, groupAt, q)) continue;
    const measure = nearestMeasure(measureAt, q, from, to, taken);
    if (!measure) continue;
    taken[measure.at - from] = 1;
    const near: {group: string; at: number} | null = groupOfDual(q) ?? groupAfter(tokens, key, groupAt, q, to, previousGroup) ?? groupNear(groupAt, measure.at, from, to) ?? bareNumberGroup(key, groupAt, q, from, previousGroup);
    // A group across another number belongs to that number ("10 were injured and 5 police were killed").
    const found = near !== null && numberBetween(tokens, Math.min(q.last, near.at) + 1, Math.max(q.first, near.at)) ? null : near;
    const group: string = found?.group ?? 'people';
    previousGroup = group;
    const qualifier = qualifierOf(tokens, key, q, from, to);
    const start = tokens[qualifier.first ?? q.first]!.start;
    const lastToken = Math.max(q.last, found && found.at > q.last ? found.at : q.last);
    // The counted noun is part of the claim: do not read it again as a number ("جثتين لعنصرين").
    i = lastToken;
    const endOffset = tokens[lastToken]!.end;
    const voice = input.voiceOf ? input.voiceOf(q.first, q.last) : input.voiceAt(tokens[q.first]!.start, tokens[q.last]!.end);
    // Made once, in its final form (text from the source as written, furniture): no copy per claim afterwards.
    out.push({
      source: input.source,
      text: (input.text ?? body).slice(start, endOffset),
      start,
      end: endOffset,
      value: q.value,
      approx: q.approx,
      qualifier: qualifier.qualifier,
      measure: measure.measure,
      group,
      voice: voice.voice,
      speaker: voice.speaker,
      sentence: sentenceIndex,
      furniture: input.furnitureAt ? input.furnitureAt(start) : null,
    });
  }
}

/** Whether a token in [from, to) is a number (no list cut out to ask). */
function numberBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.isNumber) return true;
  return false;
}

/** The words of tokens [from, to) for readQuantity, indexed from `from`, each made when asked for. */
function sentenceWords(tokens: readonly Token[], from: number, to: number): QuantityWords {
  return {
    length: to - from,
    at(index: number): QuantityWord | undefined {
      const token = index >= 0 && index < to - from ? tokens[from + index]! : undefined;
      return token && {key: token.key, digits: token.isNumber ? parseDigits(token.text) : null};
    },
  };
}

/** The quantity starting at token `i` (an index into the whole body's tokens). */
function quantityAt(words: QuantityWords, i: number, from: number): Quantity | null {
  const reading = readQuantity(words, i - from);
  if (!reading) return null;
  return {first: i, last: i + reading.length - 1, value: reading.value, approx: reading.approx, dualOf: reading.dualOf};
}

/*
 * A date, a year, an age, an article number, a clock time, a share or a
 * price: the words (or signs) around the number say it is no toll.
 */
function notATollAround(input: ClaimInput, key: (i: number) => string, groupAt: (i: number) => string | null, q: Quantity): boolean {
  if (q.dualOf) return false;
  const next = key(q.last + 1);
  if (NOT_A_TOLL.has(next) || (next === 'في' && PERCENT_AFTER_IN.has(input.tokens[q.last + 2]?.key ?? ''))) return true;
  if (NOT_A_TOLL_BEFORE.has(key(q.first - 1))) return true;
  // "12%", "10:30" on either side of the colon.
  const firstStart = input.tokens[q.first]!.start;
  const lastEnd = input.tokens[q.last]!.end;
  if (/^\s?[%٪]|^:\d/u.test(input.body.slice(lastEnd, lastEnd + 2)) || /\d:$/u.test(input.body.slice(Math.max(0, firstStart - 2), firstStart))) return true;
  return isYear(q) && !countedNounFollows(input, key, groupAt, q);
}

function isYear(q: Quantity): boolean {
  return q.value !== null && q.first === q.last && Number.isInteger(q.value) && q.value >= 1900 && q.value <= 2100;
}

/** "2000 شخص", "2000 قتيل" are counts, not years: the counted noun follows with nothing between. */
function countedNounFollows(input: ClaimInput, key: (i: number) => string, groupAt: (i: number) => string | null, q: Quantity): boolean {
  const here = input.tokens[q.last]!;
  const next = input.tokens[q.last + 1];
  if (!next || input.body.slice(here.end, next.start).trim() !== '') return false;
  return groupAt(q.last + 1) !== null || COUNTED_TOLL_NOUNS.has(key(q.last + 1));
}

/**
 * The measure word nearest the number. One that an earlier number of the
 * sentence already took counts as farther ("10 were injured and 5 police
 * were killed": killed, not injured, is the 5's).
 */
function nearestMeasure(measureAt: (i: number) => string | null, q: Quantity, from: number, to: number, taken: Uint8Array): {measure: string; at: number} | null {
  // The best so far in two variables, not an object per better candidate (a page of figures has a measure every other word),
  // and no closure per number. Tried in this order, a later one only if strictly nearer: a dual that names the toll itself
  // ("جثتين", "قتيلين") at distance 0, then the words before first, nearest first (on a tie the verb in front wins:
  // "وقُتل العشرات، واعتُقل الآلاف"), then the words after last.
  let measure: string | null = null;
  let at = -1;
  let best = 0;
  const before = Math.max(from, q.first - MEASURE_BEFORE);
  const after = Math.min(to, q.last + 1 + MEASURE_AFTER);
  const tries = (q.dualOf ? 1 : 0) + (q.first - before) + Math.max(0, after - q.last - 1);
  for (let n = q.dualOf ? 0 : 1; n <= tries - (q.dualOf ? 1 : 0); n++) {
    // n = 0: the dual; 1 … q.first - before: before first; then after last.
    const i = n === 0 ? q.first : n <= q.first - before ? q.first - n : q.last + (n - (q.first - before));
    const found = n === 0 ? measuresOf(q.dualOf!)[0] ?? null : measureAt(i);
    if (found === null) continue;
    const near = n === 0 ? 0 : i < q.first ? q.first - i : i - q.last;
    const distance = taken[i - from] === 1 ? near + MEASURE_BEFORE + MEASURE_AFTER : near;
    if (measure === null || distance < best) {
      measure = found;
      at = i;
      best = distance;
    }
  }
  return measure === null ? null : {measure, at};
}

/*
 * Which measures and which group a word names, by its stripped key: the
 * tables are scanned (with prefixes) once per distinct word, not once per
 * word near every number. Bounded memos, emptied when large.
 */
const MEMO_LIMIT = 100_000;
const NO_MEASURES: readonly string[] = [];
const names = (k: string, m: string): boolean => k === m || (m.length >= 3 && k.startsWith(m));

/** The measures whose words this key is (or begins with), in table order. */
const measuresOf = boundedMemo((k: string): readonly string[] => {
  const list = MEASURES.filter(({keys}) => keys.some((m) => names(k, m))).map(({measure}) => measure);
  return list.length ? list : NO_MEASURES;
}, MEMO_LIMIT);

const groupOf = boundedMemo((k: string): string | null => GROUPS.find(({keys}) => keys.some((g) => names(k, g)))?.group ?? null, MEMO_LIMIT);

/** The tables' measure and group names, for a sentence's codes of them (claimsInSentence). */
const MEASURE_NAMES: readonly string[] = [...new Set(MEASURES.map(({measure}) => measure))];
const GROUP_NAMES: readonly string[] = [...new Set(GROUPS.map(({group}) => group))];
/** 1 for none, 2 + its index for a name of the list. */
const codeOf = (list: readonly string[], name: string | null): number => (name === null ? 1 : 2 + list.indexOf(name));

/** A dual noun that names whom it counts ("شخصين", "ضابطين"). */
function groupOfDual(q: Quantity): {group: string; at: number} | null {
  const group = q.dualOf ? groupOf(q.dualOf) : null;
  return group ? {group, at: q.first} : null;
}

/** The counted noun: right after the number ("18 من عناصر الشرطة", "26 محتجا"), or "آخرون" pointing back. */
function groupAfter(tokens: readonly Token[], key: (i: number) => string, groupAt: (i: number) => string | null, q: Quantity, to: number, previous: string | null): {group: string; at: number} | null {
  for (let i = q.last + 1; i < Math.min(to, q.last + 1 + GROUP_AFTER); i++) {
    // The counted noun never lies past the next number.
    if (tokens[i]!.isNumber) return null;
    const k = key(i);
    if (OTHERS.has(k) && previous) return {group: previous, at: i};
    const g = groupAt(i);
    if (g) return {group: g, at: i};
  }
  return null;
}

/** English verbs right after a bare number: "40 were injured" counts the group already named. */
const BARE_NUMBER_VERBS = new Set(['were', 'was', 'had', 'have', 'are', 'is', 'been']);

/**
 * "Eight police officers were killed and 40 were injured": a number with no
 * noun of its own, followed by its verb, counts the group of the figure
 * before it in the sentence, or else the group named last before it.
 */
function bareNumberGroup(key: (i: number) => string, groupAt: (i: number) => string | null, q: Quantity, from: number, previous: string | null): {group: string; at: number} | null {
  if (!BARE_NUMBER_VERBS.has(key(q.last + 1))) return null;
  if (previous) return {group: previous, at: q.first};
  for (let i = q.first - 1; i >= Math.max(from, q.first - 12); i--) {
    const g = groupAt(i);
    if (g) return {group: g, at: q.first};
  }
  return null;
}

/** Otherwise a group named next to the measure word ("عدد قتلى الشرطة"). */
function groupNear(groupAt: (i: number) => string | null, at: number, from: number, to: number): {group: string; at: number} | null {
  // After, then before, at each distance (no pair array per step).
  for (let d = 1; d <= 3; d++) {
    for (let side = 0; side < 2; side++) {
      const i = side === 0 ? at + d : at - d;
      if (i < from || i >= to) continue;
      const g = groupAt(i);
      if (g) return {group: g, at: i};
    }
  }
  return null;
}

/** QUALIFIERS_BEFORE by their last word (the word right before the number), each list in table order. */
const QUALIFIERS_BY_LAST = (() => {
  const byLast = new Map<string, (typeof QUALIFIERS_BEFORE)[number][]>();
  for (const entry of QUALIFIERS_BEFORE) {
    const last = entry.words[entry.words.length - 1]!;
    const list = byLast.get(last);
    if (list) list.push(entry);
    else byLast.set(last, [entry]);
  }
  return byLast;
})();
const AT_LEAST_FIRST = new Set(AT_LEAST_AFTER.map((words) => words[0]!));

function qualifierOf(tokens: readonly Token[], key: (i: number) => string, q: Quantity, from: number, to: number): {qualifier: ClaimQualifier; first: number | null} {
  // Only the phrases whose last word stands right before the number can match (the first in table order wins, as before).
  for (const {words, qualifier} of q.first - 1 >= from ? QUALIFIERS_BY_LAST.get(key(q.first - 1)) ?? [] : []) {
    const start = q.first - words.length;
    if (start < from) continue;
    if (wordsAt(key, start, words)) return {qualifier, first: start};
  }
  // "ثمانية من أفراد قوات الأمن على الأقل": after the counted noun, before any other number.
  for (let i = q.last + 1; i < Math.min(to, q.last + 8) && !tokens[i]!.isNumber; i++) {
    if (!AT_LEAST_FIRST.has(key(i))) continue;
    for (const words of AT_LEAST_AFTER) if (wordsAt(key, i, words)) return {qualifier: 'at-least', first: null};
  }
  return {qualifier: 'exactly', first: null};
}

/** Whether the keys from token `at` on are these words. */
function wordsAt(key: (i: number) => string, at: number, words: readonly string[]): boolean {
  for (let j = 0; j < words.length; j++) if (key(at + j) !== words[j]) return false;
  return true;
}

/** stripClitics per match key, remembered (bounded), for the keys it can change. */
const strippedKeyOf = boundedMemo((key: string) => stripClitics(key), MEMO_LIMIT);
const CLITIC_FIRST = new Set(['و', 'ف', 'ب', 'ل', 'ا'].map((c) => c.charCodeAt(0)));

/** stripClitics: a key of three letters or fewer, or one that begins with none of و ف ب ل ا (a figure, قتل), is its own (no lookup). */
function strippedKey(key: string): string {
  return key.length <= 3 || !CLITIC_FIRST.has(key.charCodeAt(0)) ? key : strippedKeyOf(key);
}

/** و ف ب ل and ال off the front, for keyword lookup (never shown). */
function stripClitics(key: string): string {
  let k = key;
  if (k.length > 3 && /^[وف]/u.test(k)) k = k.slice(1);
  if (k.length > 3 && /^[بل]/u.test(k) && !/^ل[اآ]?[قكت]ل/u.test(k)) k = k.slice(1);
  if (k.length > 4 && k.startsWith('ال')) k = k.slice(2);
  if (k.length > 3 && k.startsWith('لل')) k = k.slice(2);
  return k;
}
