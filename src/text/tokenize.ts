import {keyIdOf} from './key-ids.js';
import {matchKey} from './normalize.js';

/**
 * A word of a body: letters (with their combining marks) or a number.
 * `start`/`end` index the body, `key` is the matching key (normalize.ts).
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly key: string;
  readonly isNumber: boolean;
  /** The key's number (key-ids.ts), for lookups by array: set by this tokenizer (-1 for a word of over 40 characters), absent on tokens made elsewhere (English lemmas). */
  readonly keyId?: number;
}

/*
 * Words are runs of letters with their combining marks, numbers are runs of
 * digits that keep their separators ("7,989", "1,8", "12.5"): the regex
 * /[\p{L}\p{M}]+|\p{Nd}+(?:[.,٫٬]\p{Nd}+)*\/u, not Intl.Segmenter, which is
 * superlinear on long strings (docs/arabic.md §4: 100k characters took 7 s).
 * Tatweel (U+0640, a letter modifier) stays inside the word ("بـ"). The
 * regex is run here by hand over a table of the Basic Multilingual Plane's
 * classes, built from the same Unicode properties once per process: no
 * match array per word, about twice as fast as exec().
 */
const WORD_CLASS = /[\p{L}\p{M}]/u;
const DIGIT_CLASS = /\p{Nd}/u;
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;

let BMP: Uint8Array | null = null;

/** The class of every BMP code unit (surrogates are classed as pairs, elsewhere). */
function bmpClasses(): Uint8Array {
  if (BMP) return BMP;
  const table = new Uint8Array(0x10000);
  // One string of every BMP character but the surrogates, scanned for runs: a few milliseconds, once.
  const chars: string[] = [];
  for (let c = 0; c < 0x10000; c++) chars.push(c >= 0xd800 && c <= 0xdfff ? ' ' : String.fromCharCode(c));
  const all = chars.join('');
  for (const m of all.matchAll(/[\p{L}\p{M}]+/gu)) table.fill(LETTER, m.index, m.index + m[0].length);
  for (const m of all.matchAll(/\p{Nd}+/gu)) table.fill(DIGIT, m.index, m.index + m[0].length);
  return (BMP = table);
}

const ASTRAL = new Map<number, number>();

/** The class of a code point beyond the BMP (rare: emoji, historic scripts, mathematical digits). */
function astralClass(codePoint: number): number {
  let cls = ASTRAL.get(codePoint);
  if (cls === undefined) {
    const ch = String.fromCodePoint(codePoint);
    cls = WORD_CLASS.test(ch) ? LETTER : DIGIT_CLASS.test(ch) ? DIGIT : OTHER;
    ASTRAL.set(codePoint, cls);
  }
  return cls;
}

/** Class of the character at i, times 2, plus 1 when it is a surrogate pair (two code units). */
function classAt(body: string, i: number, table: Uint8Array): number {
  const c = body.charCodeAt(i);
  if (!isLead(c)) return table[c]! * 2;
  const d = body.charCodeAt(i + 1);
  if (!isTrail(d)) return OTHER;
  return astralClass((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000) * 2 + 1;
}

const isLead = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isTrail = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Number separators that may join two runs of digits: . , ٫ ٬ */
const isSeparator = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x66b || c === 0x66c;

export function tokenize(body: string, from = 0, to = body.length): Token[] {
  return tokenizeInto([], body, from, to);
}

/** tokenize, appending to `tokens` (a body's paragraphs into one list, with no list per paragraph to copy). */
export function tokenizeInto<T extends Token>(tokens: (T | Token)[], body: string, from = 0, to = body.length): (T | Token)[] {
  const table = bmpClasses();
  const length = body.length;
  let i = from;
  // As a /u regex does, a start inside a surrogate pair steps back to the pair's first half.
  if (i > 0 && i < length && isTrail(body.charCodeAt(i)) && isLead(body.charCodeAt(i - 1))) i--;
  while (i < to) {
    // A code unit that is no surrogate is classed by one table read, classAt's answer for it, here in the loop
    // (as a call per character classAt cost over a third of the tokenizer's time); a surrogate goes through classAt.
    const c = body.charCodeAt(i);
    const head = c < 0xd800 || c > 0xdfff ? table[c]! * 2 : classAt(body, i, table);
    const cls = head >> 1;
    if (cls === OTHER) {
      i += 1 + (head & 1);
      continue;
    }
    const start = i;
    // The run goes on past `to` as the regex's did; the token is cut at `to` below. Its hash (word()) is taken
    // as it is read, code unit by code unit: the characters are not read a second time for it.
    let h = FNV_OFFSET;
    for (let k = head; ; ) {
      h = Math.imul(h ^ body.charCodeAt(i), FNV_PRIME);
      if (k & 1) h = Math.imul(h ^ body.charCodeAt(i + 1), FNV_PRIME);
      i += 1 + (k & 1);
      if (i >= length) break;
      const next = body.charCodeAt(i);
      k = next < 0xd800 || next > 0xdfff ? table[next]! * 2 : classAt(body, i, table);
      if (k >> 1 !== cls) break;
    }
    let hashed = true;
    if (cls === DIGIT) {
      while (i + 1 < length && isSeparator(body.charCodeAt(i)) && classAt(body, i + 1, table) >> 1 === DIGIT) {
        hashed = false;
        i += 1;
        for (let k = classAt(body, i, table); i < length && k >> 1 === DIGIT; k = classAt(body, i, table)) i += 1 + (k & 1);
      }
    }
    if (cls === LETTER && i - start === 1 && isCapital(body.charCodeAt(start))) {
      // Read past `to` and cut there, as a word run is.
      const dotted = initialismEnd(body, start, length);
      if (dotted > 0) {
        tokens.push(initialism(body, start, Math.min(dotted, to)));
        i = dotted;
        continue;
      }
    }
    const end = Math.min(i, to);
    word(body, start, end, hashed && end === i ? h : hashOf(body, start, end));
    tokens.push({start, end, text: wordText, key: wordKey, isNumber: cls === DIGIT, keyId: wordKeyId});
  }
  return tokens;
}

/*
 * An initialism written with dots ("U.S.", "U.N.", "U.S.A."): one word whose
 * key is its letters ("us"), so that the lexicon's "US-backed" or "the US
 * government" finds "U.S.-backed" and "the U.S. government" as it finds
 * "US". Without this the dots cut it into single letters that no entry
 * matches. Only capitals each followed by a dot, at least two of them; the
 * last dot belongs to the word (a hyphen after it then joins the next word
 * as in "US-backed"), and a sentence ending on "U.S." is still found by the
 * sentence splitter, which reads the text, not the tokens.
 */
const isCapital = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isLatinLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || isCapital(c);

/** The end (after its last dot) of the dotted initialism that begins at start, or 0 when none does. */
function initialismEnd(body: string, start: number, length: number): number {
  let i = start;
  let letters = 0;
  while (i + 1 < length && isCapital(body.charCodeAt(i)) && body.charCodeAt(i + 1) === 0x2e) {
    letters++;
    i += 2;
  }
  // A Latin letter glued to the last dot ("U.S.Army") leaves the dots as they were: no initialism.
  if (letters < 2 || (i < length && isLatinLetter(body.charCodeAt(i)))) return 0;
  return i;
}

function initialism(body: string, start: number, end: number): Token {
  const text = body.slice(start, end);
  const key = matchKey(text.replaceAll('.', ''));
  return {start, end, text, key, isNumber: false, keyId: keyIdOf(key)};
}

/*
 * The words met so far, with their keys, in an open-addressing table keyed
 * by the characters in the body: a word seen before costs a hash and a
 * comparison, with no string cut from the body and no key computed. The
 * table is emptied when it fills, which keeps memory flat.
 */
const WORD_TABLE_BITS = 17;
let capacity = 1 << 12;
let texts: (string | undefined)[] = new Array<string | undefined>(capacity);
let keys: string[] = new Array<string>(capacity);
let hashes = new Int32Array(capacity);
let keyIds = new Int32Array(capacity);
let stored = 0;
let wordText = '';
let wordKey = '';
let wordKeyId = 0;

/** FNV-1a over UTF-16 code units: the word table's hash. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashOf(body: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ body.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Sets wordText, wordKey and wordKeyId to body[start, end) (whose hash is h), its key and the key's number. */
function word(body: string, start: number, end: number, h: number): void {
  const length = end - start;
  if (length > 40) {
    wordText = body.slice(start, end);
    wordKey = matchKey(wordText);
    // A word this long is no lexicon word (a run of marks, letters without spaces): not numbered, so the table never keeps it.
    wordKeyId = -1;
    return;
  }
  const mask = capacity - 1;
  let slot = h & mask;
  for (let t = texts[slot]; t !== undefined; t = texts[(slot = (slot + 1) & mask)]) {
    // startsWith compares in the engine's own loop: faster here than a charCodeAt loop over the word.
    if (hashes[slot] === h && t.length === length && body.startsWith(t, start)) {
      wordText = t;
      wordKey = keys[slot]!;
      wordKeyId = keyIds[slot]!;
      return;
    }
  }
  // A slice of 13 characters or more would keep its whole body alive while the table holds it: copied flat.
  wordText = length < 13 ? body.slice(start, end) : (' ' + body.slice(start, end)).slice(1);
  wordKey = matchKey(wordText);
  wordKeyId = keyIdOf(wordKey);
  texts[slot] = wordText;
  keys[slot] = wordKey;
  hashes[slot] = h;
  keyIds[slot] = wordKeyId;
  if (++stored * 2 > capacity) resize();
}

/** Twice the room, or an empty table once it is as large as allowed. */
function resize(): void {
  const old = {texts, keys, hashes, keyIds};
  const grow = capacity < 1 << WORD_TABLE_BITS;
  if (grow) capacity *= 2;
  texts = new Array<string | undefined>(capacity);
  keys = new Array<string>(capacity);
  hashes = new Int32Array(capacity);
  keyIds = new Int32Array(capacity);
  stored = 0;
  if (!grow) return;
  const mask = capacity - 1;
  for (let i = 0; i < old.texts.length; i++) {
    const t = old.texts[i];
    if (t === undefined) continue;
    let slot = old.hashes[i]! & mask;
    while (texts[slot] !== undefined) slot = (slot + 1) & mask;
    texts[slot] = t;
    keys[slot] = old.keys[i]!;
    hashes[slot] = old.hashes[i]!;
    keyIds[slot] = old.keyIds[i]!;
    stored++;
  }
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
