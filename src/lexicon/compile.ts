import {matchKey} from '../text/normalize.js';
import {wordForms, type Inflection} from './arabic-variants.js';
import type {PatternSlot} from './classes.js';
import type {Exclusion, Lexicon, LexiconEntry} from './load.js';

/**
 * Phrases compiled for matching: every distinct word of every phrase gets a
 * pattern id; each word form points at the patterns it realises; phrases are
 * indexed by the pattern of their first word (one lookup per token, as
 * nlcst-search does). Generic over what a phrase stands for, so the framing
 * lexicon and the voice cues (reporting verbs, attribution phrases) share
 * one matcher.
 */
export interface Phrase<T> {
  readonly payload: T;
  readonly words: readonly number[];
  readonly gap: number;
  /** A pattern (README, "Patterns"): slots of alternative word sequences with their own gaps; `words` is then empty. */
  readonly slots?: readonly CompiledSlot[];
  /** A pattern's focus, as the indexes of its first and last focus slot: the mention spans only those (README, "Patterns"). */
  readonly focus?: FocusSlots;
}

export interface FocusSlots {
  readonly first: number;
  readonly last: number;
}

export interface CompiledSlot {
  readonly gap: number;
  readonly set: SlotSet;
}

/** The word sequences a slot accepts; shared by every slot with the same sequences (a class used in many patterns), so the matcher can remember, per token, where it ends. */
export interface SlotSet {
  readonly id: number;
  /** The sequences (word pattern ids), by the id of their first word. */
  readonly byFirst: ReadonlyMap<number, readonly (readonly number[])[]>;
}

export interface FormHit {
  readonly pattern: number;
  readonly pronoun: boolean;
  /** The lemma itself begins with ال, so no article may be added. */
  readonly definite: boolean;
  /** An Arabic verb listed as written (the voice cues): no preposition or article before it (proclitics.ts). */
  readonly verb?: true;
}

export interface CompiledPhrases<T> {
  readonly language: 'ar' | 'en';
  readonly forms: ReadonlyMap<string, readonly FormHit[]>;
  readonly phrasesByFirst: ReadonlyMap<number, readonly Phrase<T>[]>;
}

export interface PhraseSpec<T> {
  readonly term: string;
  readonly payload: T;
  readonly inflect: Inflection;
  readonly gap: number;
  /** A pattern's slots; `term` is then the pattern text and `inflect` unused (each word carries its own). */
  readonly slots?: readonly PatternSlot[];
  /** The term is an Arabic verb (قال، أقر، نقل): matched after و / ف, never after ب / ك / ال (بنقل، باقر، المطالبة are nouns). */
  readonly verb?: boolean;
}

/** English words are compared by lowercase surface or lemma; the lemmatiser is injected so this stays model-free. */
export type Lemmatize = (words: readonly string[]) => readonly string[];

export type LexiconPayload =
  | {readonly kind: 'entry'; readonly entry: LexiconEntry; /** The pattern that matched, when it was one. */ readonly pattern?: string}
  | {readonly kind: 'exclusion'; readonly exclusion: Exclusion};

export interface CompiledLexicon {
  readonly ar: CompiledPhrases<LexiconPayload>;
  readonly en: CompiledPhrases<LexiconPayload>;
}

export function compileLexicon(lexicon: Lexicon, lemmatizeEnglish: Lemmatize): CompiledLexicon {
  const specs = (language: 'ar' | 'en'): PhraseSpec<LexiconPayload>[] => [
    ...lexicon.entries
      .filter((entry) => entry.language === language)
      .flatMap((entry) => [
        ...entry.terms.map((term) => ({term, payload: {kind: 'entry' as const, entry}, inflect: entry.inflect, gap: entry.gap})),
        ...entry.patterns.map((p) => ({term: p.text, payload: {kind: 'entry' as const, entry, pattern: p.text}, inflect: entry.inflect, gap: 0, slots: p.slots})),
      ]),
    ...lexicon.exclusions
      .filter((exclusion) => exclusion.language === language)
      .flatMap((exclusion) => exclusion.terms.map((term) => ({term, payload: {kind: 'exclusion' as const, exclusion}, inflect: exclusion.inflect, gap: 0}))),
  ];
  return {
    ar: compilePhrases(specs('ar'), 'ar', lemmatizeEnglish),
    en: compilePhrases(specs('en'), 'en', lemmatizeEnglish),
  };
}

export function compilePhrases<T>(specs: readonly PhraseSpec<T>[], language: 'ar' | 'en', lemmatize: Lemmatize): CompiledPhrases<T> {
  const patternIds = new Map<string, number>();
  const forms = new Map<string, FormHit[]>();
  const phrasesByFirst = new Map<number, Phrase<T>[]>();

  const formsOf = (word: string, inflect: Inflection): {key: string; pronoun: boolean}[] =>
    language === 'ar' ? wordForms(matchKey(word), inflect, !/ه[\p{M}\u0640]*$/u.test(word)) : englishForms(word, inflect, lemmatize);

  const patternOf = (word: string, inflect: Inflection, verb = false): number => {
    const signature = `${inflect}:${matchKey(word)}${language === 'ar' && /ه[\p{M}\u0640]*$/u.test(word) ? ':heh' : ''}${verb ? ':verb' : ''}`;
    const known = patternIds.get(signature);
    if (known !== undefined) return known;
    const pattern = patternIds.size;
    patternIds.set(signature, pattern);
    const definite = language === 'ar' && matchKey(word).startsWith('ال');
    for (const form of formsOf(word, inflect)) {
      const list = forms.get(form.key) ?? [];
      list.push({pattern, pronoun: form.pronoun, definite, ...(verb ? {verb: true as const} : {})});
      forms.set(form.key, list);
    }
    return pattern;
  };

  const slotSets = new Map<string, SlotSet>();
  const slotSetOf = (sequences: readonly (readonly number[])[]): SlotSet => {
    const signature = sequences.map((w) => w.join(',')).sort().join(';');
    let set = slotSets.get(signature);
    if (!set) {
      const byFirst = new Map<number, number[][]>();
      for (const words of sequences) {
        const list = byFirst.get(words[0]!) ?? [];
        list.push([...words]);
        byFirst.set(words[0]!, list);
      }
      set = {id: slotSets.size, byFirst};
      slotSets.set(signature, set);
    }
    return set;
  };
  const add = (first: number, phrase: Phrase<T>): void => {
    const list = phrasesByFirst.get(first) ?? [];
    list.push(phrase);
    phrasesByFirst.set(first, list);
  };
  for (const spec of specs) {
    if (spec.slots) {
      const slots: CompiledSlot[] = spec.slots.map((slot) => ({
        gap: slot.gap,
        set: slotSetOf(slot.options.map((option) => option.map((w) => patternOf(w.word, w.inflect))).filter((words) => words.length > 0)),
      }));
      const focus = focusSlots(spec.slots);
      const phrase: Phrase<T> = {payload: spec.payload, words: [], gap: 0, slots, ...(focus ? {focus} : {})};
      for (const first of slots[0]?.set.byFirst.keys() ?? []) add(first, phrase);
      continue;
    }
    const words = splitTermWords(spec.term).map((w, i) => patternOf(w, spec.inflect, i === 0 && spec.verb === true && language === 'ar'));
    if (words.length === 0) continue;
    add(words[0]!, {payload: spec.payload, words, gap: spec.gap});
  }
  return {language, forms, phrasesByFirst};
}

function focusSlots(slots: readonly PatternSlot[]): FocusSlots | undefined {
  const first = slots.findIndex((slot) => slot.focus);
  if (first < 0) return undefined;
  return {first, last: slots.findLastIndex((slot) => slot.focus)};
}

function englishForms(word: string, inflect: Inflection, lemmatize: Lemmatize): {key: string; pronoun: boolean}[] {
  const lower = matchKey(word);
  const keys = new Set([lower]);
  if (inflect !== 'fixed') for (const lemma of lemmatize([lower])) keys.add(lemma);
  return [...keys].map((key) => ({key, pronoun: false}));
}

/** Words of a term, split the way the text tokenizer splits (runs of letters, runs of digits). */
export function splitTermWords(term: string): string[] {
  return term.match(/[\p{L}\p{M}]+|\p{Nd}+/gu) ?? [];
}
