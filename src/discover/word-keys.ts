import {wordForms} from '../lexicon/arabic-variants.js';
import {procliticSplits} from '../lexicon/proclitics.js';
import {matchKey} from '../text/normalize.js';

/*
 * One key per word for counting, merged the way the lexicon matcher merges
 * forms: an Arabic lexicon lemma (متظاهر) matches its suffixed forms
 * (متظاهرين، متظاهرون، متظاهرتها) behind any proclitics (و ف ب ك ل ال لل),
 * so discover counts المتظاهرين، ومتظاهرون and للمتظاهرين as one word.
 *
 * A word is not stemmed on its own: every lemma that could have produced
 * it (the matcher's own wordForms, checked both ways) is a candidate, and
 * the candidate that explains the most distinct word types of the corpus
 * wins (ties: a cut article first, then the longer lemma). وقال goes to قال
 * because قال and فقال are in the corpus too; إيران stays إيران, since
 * cutting ان explains nothing more. English words are keyed by lemma.
 */

/** Shortest lemma a cut may leave, in letters (Arabic roots have three). */
const MIN_LEMMA = 3;
/** Longest suffix tried (تهما). */
const MAX_SUFFIX = 4;

export interface Parse {
  readonly lemma: string;
  /** Letters of proclitic cut from the front of the key. */
  readonly prefix: number;
  /** The proclitic carries the article (ال، لل). */
  readonly article: boolean;
  /** Letters of the key, after the proclitic, that spell the lemma (without a restored ة). */
  readonly stem: number;
  /** The lemma ends in a ة (folded ه) that the form replaced with ات، تان، ت… */
  readonly restored: boolean;
}

/*
 * The suffixes wordForms adds, read off two model lemmas (a masculine one,
 * and a feminine one in ة whose ة the suffix replaces), so that a word is
 * only tried against the few lemmas a real suffix could have come from.
 */
const MODEL = 'سسس';
/** Suffix → whether it carries an attached pronoun (then the word cannot take ال). */
const suffixesOf = (lemma: string): ReadonlyMap<string, boolean> =>
  new Map(wordForms(lemma, 'noun').map((f) => [f.key.slice(MODEL.length), f.pronoun] as const).filter(([x]) => x.length > 0 && x.length <= MAX_SUFFIX));
const MASCULINE = suffixesOf(MODEL);
const FEMININE = suffixesOf(MODEL + 'ه');

/** A lemma wordForms inflects like the model (not a plural, not a fixed word with ال). */
const inflectsLikeModel = (lemma: string): boolean => !(lemma.startsWith('ال') && lemma.length > 3) && !/(?:ات|ون|ين)$/u.test(lemma);

/** The lemmas an Arabic match key can be a form of (the key itself always among them). */
export function arabicParses(key: string): Parse[] {
  const out: Parse[] = [{lemma: key, prefix: 0, article: false, stem: key.length, restored: false}];
  const rests = [{rest: key, prefix: 0, article: false}, ...procliticSplits(key).map((s) => ({rest: s.rest, prefix: s.proclitic.text.length, article: s.proclitic.article}))];
  const tryLemma = (lemma: string, base: string, prefix: number, article: boolean, pronoun: boolean): void => {
    if (lemma.length < MIN_LEMMA || base.length < MIN_LEMMA - 1 || (lemma === key && prefix === 0) || (article && pronoun)) return;
    if (out.some((p) => p.lemma === lemma && p.prefix === prefix)) return;
    out.push({lemma, prefix, article, stem: base.length, restored: lemma !== base});
  };
  for (const {rest, prefix, article} of rests) {
    if (rest.length < MIN_LEMMA) continue;
    tryLemma(rest, rest, prefix, article, false);
    // The word's own endings looked up (at most four), not every suffix tried against it.
    for (let n = 1; n <= MAX_SUFFIX && n < rest.length; n++) {
      const pronoun = MASCULINE.get(rest.slice(-n));
      if (pronoun === undefined) continue;
      const base = rest.slice(0, -n);
      if (!base.endsWith('ه') && inflectsLikeModel(base)) tryLemma(base, base, prefix, article, pronoun);
    }
    for (let n = 1; n <= MAX_SUFFIX && n < rest.length; n++) {
      const pronoun = FEMININE.get(rest.slice(-n));
      if (pronoun === undefined) continue;
      const base = rest.slice(0, -n);
      if (inflectsLikeModel(base + 'ه')) tryLemma(base + 'ه', base, prefix, article, pronoun);
    }
  }
  return out;
}

export interface ArabicKeying {
  /** The merged key of a word's match key. */
  readonly keyOf: (key: string) => string;
  /** How many letters of the key (after its proclitic) spell the lemma's stem: for writing the lemma back in the text's own letters. */
  readonly parseOf: (key: string) => Parse;
}

/** Choose one lemma per distinct Arabic word key of a corpus. */
export function arabicKeying(keys: Iterable<string>): ArabicKeying {
  const parses = new Map<string, Parse[]>();
  for (const key of keys) if (!parses.has(key)) parses.set(key, arabicParses(key));
  const support = new Map<string, number>();
  for (const list of parses.values()) {
    for (const lemma of new Set(list.map((p) => p.lemma))) support.set(lemma, (support.get(lemma) ?? 0) + 1);
  }
  const chosen = new Map<string, Parse>();
  for (const [key, list] of parses) {
    let best = list[0]!;
    for (const p of list) {
      const d = support.get(p.lemma)! - support.get(best.lemma)!;
      if (d > 0 || (d === 0 && better(p, best))) best = p;
    }
    chosen.set(key, best);
  }
  return {
    keyOf: (key) => chosen.get(key)?.lemma ?? key,
    parseOf: (key) => chosen.get(key) ?? {lemma: key, prefix: 0, article: false, stem: key.length, restored: false},
  };
}

/** Between parses the corpus supports equally: the one that cuts an article (ال is a clitic far more often than a stem's letters), then the longer lemma. */
function better(p: Parse, q: Parse): boolean {
  if (p.article !== q.article) return p.article;
  return p.lemma.length > q.lemma.length;
}

/**
 * A phrase as a lexicon term: each Arabic word cut to the lemma its key was
 * merged under, in the text's own letters (والمتظاهرين → متظاهر, العصابات →
 * عصابة), so that the term, inflected by the matcher, finds the forms
 * discover counted together. English words stay as written (the matcher
 * compares lemmas). `words` are the phrase's words as written.
 */
export function lemmaTerm(words: readonly string[], language: 'ar' | 'en', keying: ArabicKeying): string {
  if (language === 'en') return words.join(' ');
  return words
    .map((word) => {
      const parse = keying.parseOf(matchKey(word));
      const at = keyOffsets(word);
      const from = at[parse.prefix] ?? 0;
      const to = at[parse.prefix + parse.stem] ?? word.length;
      return word.slice(from, to).replace(/\u0640+$/u, '') + (parse.restored ? 'ة' : '');
    })
    .join(' ');
}

/** For each letter of a word's match key, the offset in the word where it starts (and one past the end). */
function keyOffsets(word: string): number[] {
  const out: number[] = [];
  let i = 0;
  for (const ch of word) {
    for (let k = 0; k < matchKey(ch).length; k++) out.push(i);
    i += ch.length;
  }
  out.push(word.length);
  return out;
}
