import type {Span} from '../types.js';

/*
 * Names of news outlets and agencies (the list in lexicons/outlets.yaml,
 * read by outlet-list.ts), and a finder for them in text that tolerates
 * Arabic spelling variation (alef and hamza seats, teh marbuta, alef
 * maksura, harakat and tatweel inside the word, the proclitics و ف ب ك ل).
 * Used to recognise credits and, in blind mode, to find every other name
 * an outlet goes by. It never assigns an outlet. No file is read here: the
 * analysis gets the list with its compiled lexicon.
 */

/** Each entry: the names one outlet goes by. */
export type OutletList = readonly (readonly string[])[];

/** What the analysis and blind mode ask of the known outlets. */
export interface OutletNames {
  readonly list: OutletList;
  /** True when the text is (only) the name of a known outlet or agency. */
  isKnown(text: string): boolean;
  /** True when the text contains the name of a known outlet or agency as whole words. */
  containsKnown(text: string): boolean;
  /** Every name of the known outlet that `name` is one of, or just `name` when it is not known. */
  aliasesOf(name: string): readonly string[];
  /** Every name of each known outlet named (as whole words) inside the text: "CNN.com - RSS Channel" → CNN's names. */
  knownIn(text: string): string[];
}

/** The finder over one list; its keys and its one regex of every name are made on first use. */
export function outletNames(list: OutletList): OutletNames {
  // The known names' keys are made once, not for every paragraph asked about.
  let keys: ReadonlySet<string> | null = null;
  // One regex for every known name: a caption's brackets are tested once, not once per name.
  let anyName: RegExp | null = null;
  return {
    list,
    isKnown(text) {
      const key = nameKey(text);
      keys ??= new Set(list.flatMap((names) => names.map(nameKey)));
      return key.length > 0 && keys.has(key);
    },
    containsKnown(text) {
      anyName ??= wholeWords(list.flat().filter((n) => n.trim() !== '').map(nameAlternative).join('|'));
      anyName.lastIndex = 0;
      return anyName.test(text);
    },
    aliasesOf(name) {
      const key = nameKey(name);
      const entry = list.find((names) => names.some((n) => nameKey(n) === key));
      return entry ? [...new Set([name, ...entry])] : [name];
    },
    knownIn(text) {
      return list.filter((names) => names.some((n) => findName(text, n).length > 0)).flat();
    },
  };
}

/** A comparison key for a whole name: folded letters, no harakat, single spaces, hyphens as spaces. */
export function nameKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .replace(/[-‐–—_.]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

const ARABIC_CLASS: Readonly<Record<string, string>> = {
  'ا': '[اأإآٱ]', 'أ': '[اأإآٱ]', 'إ': '[اأإآٱ]', 'آ': '[اأإآٱ]', 'ٱ': '[اأإآٱ]',
  'ي': '[يى]', 'ى': '[يى]', 'ة': '[ةه]', 'ه': '[ةه]',
};
const MARKS = '[\\u064B-\\u065F\\u0670\\u0640]*';
const regexCache = new Map<string, RegExp>();

/** Regex source for one name: letters with their spelling variants, any run of spaces or hyphens between words. */
function namePattern(name: string): string {
  const words = name.trim().split(/[\s\-‐–—]+/u).filter(Boolean);
  return words
    .map((word) =>
      [...word]
        .map((ch) => (ARABIC_CLASS[ch] ?? ch.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')) + (/\p{Script=Arabic}/u.test(ch) ? MARKS : ''))
        .join(''),
    )
    .join('[\\s\\-‐–—]+');
}

/** The name with the proclitics Arabic may put before it (و ف ب ك ل, and لل for a name written with its article). */
function nameAlternative(name: string): string {
  const arabic = /\p{Script=Arabic}/u.test(name);
  const core = namePattern(name);
  const lead = arabic ? (/^ال/u.test(name.trim()) ? `(?:[وف]?[بك]?|[وف]?ل(?=ل))` : '(?:[وف]?[بكل]?)') : '';
  const body = arabic && /^ال/u.test(name.trim()) ? `(?:${core}|${namePattern(name.trim().slice(1))})` : core;
  return `${lead}${body}`;
}

const wholeWords = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');

function nameRegex(name: string): RegExp {
  let re = regexCache.get(name);
  if (!re) {
    re = wholeWords(nameAlternative(name));
    regexCache.set(name, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Where a name occurs in the text as whole words (Latin names case as written; Arabic with its spelling variants). */
export function findName(text: string, name: string): Span[] {
  if (!name.trim()) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(nameRegex(name))) spans.push({start: m.index, end: m.index + m[0].length});
  return spans;
}
