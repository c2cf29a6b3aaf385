/*
 * Quantities written in digits or words, read from a run of match keys
 * (normalize.ts: ة→ه, أ/إ/آ→ا, ى→ي). Units, teens and tens add up
 * ("خمسة وعشرون" = 25, "ثلاثة عشر" = 13); scales multiply what comes before
 * them ("ثمانية آلاف" = 8,000, "6 آلاف" = 6,000, "ألف وثلاثمئة" = 1,300);
 * vague quantities (عشرات "dozens") have no value; a dual noun is itself
 * the number ("جثتين" = two bodies). Tables are written as spelled and keyed
 * through matchKey, so "مائة" and "مئة" match however the text spells them.
 */

import {matchKey} from '../text/normalize.js';

/** One word of a sentence as the reader sees it. */
export interface QuantityWord {
  readonly key: string;
  /** The value when the word is written in digits, else null. */
  readonly digits: number | null;
}

/**
 * The words a quantity is read from, by index from 0 (`at` never gets a
 * negative index): an array of them, or a view that makes each word only
 * when it is asked for (a sentence of many thousand words reads a handful
 * around each number).
 */
export interface QuantityWords {
  readonly length: number;
  at(index: number): QuantityWord | undefined;
}

export interface QuantityReading {
  /** Number of words read (at least 1). */
  readonly length: number;
  readonly value: number | null;
  /** 'dozens', 'hundreds', 'thousands', 'tens of thousands', … when vague. */
  readonly approx: string | null;
  /** For a dual noun, its singular (match key): "جثتين" → "جثه". */
  readonly dualOf: string | null;
}

function keyed<T>(entries: readonly (readonly [string, T])[]): Map<string, T> {
  return new Map(entries.map(([word, value]) => [matchKey(word), value]));
}

const ARABIC_WORDS: Record<string, number> = {
  واحد: 1, واحده: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاثه: 3, ثلاث: 3, اربعه: 4, اربع: 4, خمسه: 5, خمس: 5,
  سته: 6, ست: 6, سبعه: 7, سبع: 7, ثمانيه: 8, ثماني: 8, ثمان: 8, تسعه: 9, تسع: 9, عشره: 10, عشر: 10,
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
  مئه: 100, مائه: 100, مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200,
  ثلاثمئه: 300, ثلاثمائه: 300, اربعمئه: 400, اربعمائه: 400, خمسمئه: 500, خمسمائه: 500, ستمئه: 600, ستمائه: 600,
  سبعمئه: 700, سبعمائه: 700, ثمانمئه: 800, ثمانمائه: 800, تسعمئه: 900, تسعمائه: 900,
  الف: 1000, الفان: 2000, الفين: 2000, مليون: 1e6, مليونان: 2e6, مليونين: 2e6,
};

const ENGLISH_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};

const WORD_VALUES = keyed(Object.entries({...ARABIC_WORDS, ...ENGLISH_WORDS}));

/** Words that multiply the number before them; thousands and millions close a group ("ثلاثة آلاف وخمسمئة"). */
const SCALES = keyed<number>([
  ['مئه', 100], ['مائه', 100], ['hundred', 100], ['dozen', 12],
  ['الف', 1000], ['الفا', 1000], ['الاف', 1000], ['thousand', 1000], ['مليون', 1e6], ['ملايين', 1e6], ['million', 1e6],
]);

/** "أحد عشر" = 11, "اثنا عشر" = 12: units that only count in front of عشر. */
const TEEN_UNITS = keyed([['احد', 1], ['احدي', 1], ['اثنا', 2], ['اثني', 2]]);
const TEN = new Set(['عشر', 'عشره'].map(matchKey));

const VAGUE = keyed([
  ['عشرات', 'dozens'], ['العشرات', 'dozens'], ['مئات', 'hundreds'], ['المئات', 'hundreds'],
  ['الاف', 'thousands'], ['الالاف', 'thousands'], ['dozens', 'dozens'], ['scores', 'dozens'],
  ['hundreds', 'hundreds'], ['thousands', 'thousands'],
]);

/** "عشرات الآلاف", "tens of thousands": the vague word before a vague thousands. */
const VAGUE_TENS = keyed([['عشرات', 'tens'], ['العشرات', 'tens'], ['مئات', 'hundreds'], ['المئات', 'hundreds'], ['tens', 'tens'], ['hundreds', 'hundreds']]);

/*
 * Dual nouns that count themselves. Only singulars whose -ين form cannot be
 * a sound plural (شرطيين, مدنيين, متظاهرين are plurals in news Arabic) and
 * that are not also a body part (رجلين: two men or two legs).
 */
const DUAL_OF = new Map<string, string>();
for (const singular of ['شخص', 'عنصر', 'جثة', 'قتيل', 'جريح', 'ضابط', 'جندي', 'طفل', 'امرأة'].map(matchKey)) {
  // The feminine ة is written ت before the dual ending: جثة → جثتين.
  const stem = singular.endsWith('ه') ? `${singular.slice(0, -1)}ت` : singular;
  for (const ending of ['ين', 'ان']) DUAL_OF.set(stem + ending, singular);
}

/** Value of a single number word ("ثمانية" → 8, "ألف" → 1000), or undefined. */
export function numberWordValue(key: string): number | undefined {
  return WORD_VALUES.get(key);
}

/** 'dozens' for عشرات/العشرات, 'thousands' for الآلاف, … */
export function vagueQuantity(key: string): string | undefined {
  return VAGUE.get(key);
}

/** The singular of a dual noun that is a count by itself ("عنصرين" → "عنصر"), after و ف ب ل and ال. */
export function dualSingular(key: string): string | undefined {
  return DUAL_OF.get(key) ?? DUAL_OF.get(key.replace(/^[وفبل]?(?:ال)?/u, ''));
}

/**
 * The quantity that starts at `words.at(at)`, or null. A leading و/ف is
 * allowed on a number word (وثمانية), never ال: الاثنين is Monday.
 */
export function readQuantity(words: QuantityWords, at: number): QuantityReading | null {
  const first = words.at(at);
  if (!first) return null;
  const start = firstValue(words, at);
  if (start) return readRest(words, at, start.value, start.length);
  const vague = readVague(words, at);
  if (vague) return vague;
  const dual = dualSingular(first.key);
  if (dual) return {length: 1, value: 2, approx: null, dualOf: dual};
  return null;
}

/*
 * Most words begin no quantity, and readQuantity's lookups (with the
 * conjunction and clitics taken off) cost more than the word itself: the
 * answer of the first word alone is remembered per match key, so a sentence
 * without any number-like word is passed over in one lookup per word.
 */
const BEGINS = new Map<string, boolean>();
const BEGINS_LIMIT = 100_000;

/**
 * Whether a word may begin a quantity (readQuantity can return non-null at
 * it): digits, a number word, a vague word, a dual noun. Looks at the word
 * only, so it is true for every word readQuantity could start at, and for a
 * few it then rejects (a teen unit without عشر after it).
 */
export function mayBeginQuantity(key: string, isNumber: boolean): boolean {
  if (isNumber) return true;
  let begins = BEGINS.get(key);
  if (begins === undefined) {
    if (BEGINS.size >= BEGINS_LIMIT) BEGINS.clear();
    const k = withoutConjunction(key);
    begins =
      TEEN_UNITS.has(k) ||
      k === 'a' ||
      k === 'one' ||
      numberWordValue(k) !== undefined ||
      VAGUE_TENS.has(k) ||
      vagueQuantity(k) !== undefined ||
      vagueQuantity(k.replace(/^[بل]/u, '')) !== undefined ||
      dualSingular(key) !== undefined;
    BEGINS.set(key, begins);
  }
  return begins;
}

/** The first number of a quantity: digits, a word, a teen ("ثلاثة عشر"), "a dozen". */
function firstValue(words: QuantityWords, at: number): {value: number; length: number} | null {
  const first = words.at(at)!;
  if (first.digits !== null) return {value: first.digits, length: 1};
  const key = withoutConjunction(first.key);
  const next = words.at(at + 1)?.key ?? '';
  const teenUnit = TEEN_UNITS.get(key);
  if (teenUnit !== undefined) return TEN.has(next) ? {value: 10 + teenUnit, length: 2} : null;
  if (key === 'a' || key === 'one') {
    const scale = SCALES.get(next);
    if (scale !== undefined) return {value: scale, length: 2};
  }
  const value = numberWordValue(key);
  if (value === undefined) return null;
  if (value < 10 && TEN.has(next)) return {value: value + 10, length: 2};
  return {value, length: 1};
}

/** Scales, "و" + number word, English "and" and tens-units ("twenty five") after the first number. */
function readRest(words: QuantityWords, at: number, firstValue: number, firstLength: number): QuantityReading {
  let total = 0;
  let current = firstValue;
  let i = at + firstLength;
  const spelled = words.at(at)!.digits === null;
  for (; i < words.length; i++) {
    const key = words.at(i)!.key;
    const scale = SCALES.get(key);
    if (scale !== undefined && current > 0 && current < scale) {
      current *= scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      continue;
    }
    if (!spelled) break;
    const added = addedWord(words, i, current);
    if (added === null) break;
    current += added.value;
    i += added.length - 1;
  }
  return {length: i - at, value: total + current, approx: null, dualOf: null};
}

/** A number word joined to the one before: "وعشرون", "and twenty", "twenty five". */
function addedWord(words: QuantityWords, i: number, current: number): {value: number; length: number} | null {
  const key = words.at(i)!.key;
  if (key === 'and') {
    const value = numberWordValue(words.at(i + 1)?.key ?? '');
    return value !== undefined && value < 100 ? {value, length: 2} : null;
  }
  if (isEnglish(key)) {
    const value = numberWordValue(key);
    if (value === undefined || current === 0) return null;
    const afterTens = value < 10 && current % 100 >= 20 && current % 10 === 0; // "twenty five"
    const afterHundreds = value < 100 && current % 100 === 0; // "three hundred twenty"
    return afterTens || afterHundreds ? {value, length: 1} : null;
  }
  if (!key.startsWith('و') || key === 'واحد' || key === 'واحده') return null;
  const value = numberWordValue(key.slice(1));
  return value !== undefined && value < 1000 ? {value, length: 1} : null;
}

/** عشرات، الآلاف، "dozens"; "عشرات الآلاف" and "tens of thousands" as one quantity. */
function readVague(words: QuantityWords, at: number): QuantityReading | null {
  const key = withoutConjunction(words.at(at)!.key);
  const tens = VAGUE_TENS.get(key);
  const next = words.at(at + 1)?.key;
  const vague = (approx: string, length: number): QuantityReading => ({length, value: null, approx, dualOf: null});
  if (tens && next && next !== 'thousands' && vagueQuantity(next) === 'thousands') return vague(`${tens} of thousands`, 2);
  if (tens && next === 'of' && words.at(at + 2)?.key === 'thousands') return vague(`${tens} of thousands`, 3);
  const approx = vagueQuantity(key) ?? vagueQuantity(key.replace(/^[بل]/u, ''));
  return approx ? vague(approx, 1) : null;
}

/** و or ف glued to a number word ("وثمانية", "فالآلاف"), when what is left is still a word. */
function withoutConjunction(key: string): string {
  if (key.length > 3 && /^[وف]/u.test(key) && key !== 'واحد' && key !== 'واحده') return key.slice(1);
  return key;
}

function isEnglish(key: string): boolean {
  return /^[a-z]/u.test(key);
}
