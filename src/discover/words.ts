import {tokensOf} from '../text/body-tokens.js';
import {lemmatizeWords} from '../text/english.js';
import type {MatchToken} from '../lexicon/match.js';
import type {Analysis, Language, Mention} from '../types.js';
import {isArabicStopword, isEnglishStopword} from './stopwords.js';
import {arabicKeying, type ArabicKeying} from './word-keys.js';

/*
 * The words discover counts: every word of an Arabic or English paragraph
 * that is article text, not page furniture, with its merged key (word-keys.ts), in runs that never cross a sentence
 * end, punctuation or a number, so that no phrase is built across them.
 * A lexicon mention is one unit (its words' keys joined with +): a phrase
 * holds a known term whole or not at all, so the lists never show pieces
 * of terms ("قوات حفظ" out of "قوات حفظ السلام").
 */

export interface Word {
  /** Merged key: Arabic lemma key or English lemma. */
  readonly key: string;
  /** The word's own match key (for writing a lemma back in the text's letters). */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  readonly stop: boolean;
  readonly language: 'ar' | 'en';
  readonly sentence: number;
  /** The lexicon entry when this unit is a mention. */
  readonly label: string | null;
}

/** Per source, its runs of words. */
export interface CorpusWords {
  readonly runs: readonly (readonly (readonly Word[])[])[];
  readonly arabic: ArabicKeying;
}

/** Only white space (and joiners, tatweel, a hyphen: black-clad, pro-democracy) between two words keeps them in one phrase. */
const JOIN = /^[\s\u200C\u200D\u0640\-\u2010\u2011]*$/u;

export function corpusWords(a: Analysis): CorpusWords {
  const mentionsOf = new Map<string, Mention[]>();
  for (const m of a.mentions) {
    const list = mentionsOf.get(m.source) ?? [];
    list.push(m);
    mentionsOf.set(m.source, list);
  }
  for (const list of mentionsOf.values()) list.sort((x, y) => x.start - y.start);
  const tokens = a.sources.map((s) => tokensOf(s.body, s.paragraphs));
  const arabicKeys = new Set<string>();
  a.sources.forEach((s, i) => {
    forEachWord(s, tokens[i]!, (t, language) => {
      if (language === 'ar') arabicKeys.add(t.key);
    });
  });
  const arabic = arabicKeying(arabicKeys);
  const runs = a.sources.map((s, i) => {
    const list: Word[][] = [];
    let run: Word[] = [];
    let previous: Word | null = null;
    const close = (): void => {
      if (run.length) list.push(run);
      run = [];
    };
    forEachWord(s, tokens[i]!, (t, language, sentence) => {
      if (t.isNumber) {
        close();
        previous = null;
        return;
      }
      const key = language === 'ar' ? arabic.keyOf(t.key) : englishKey(t.key);
      const word: Word = {key, raw: t.key, start: t.start, end: t.end, stop: isStop(t.key, key, language), language, sentence, label: null};
      if (previous && (previous.sentence !== sentence || previous.language !== language || !JOIN.test(s.body.slice(previous.end, t.start)))) close();
      run.push(word);
      previous = word;
    }, close);
    close();
    return mentionUnits(list, mentionsOf.get(s.id) ?? []);
  });
  return {runs, arabic};
}

const englishLemmas = new Map<string, string>();

/**
 * An English word's lemma out of context, as the matcher lemmatises a
 * lexicon term's words: wink, in context, leaves a capitalised "Radicals"
 * opening a paragraph as a name, which would split its count from "radicals".
 */
function englishKey(key: string): string {
  let lemma = englishLemmas.get(key);
  if (lemma === undefined) {
    lemma = lemmatizeWords([key])[0] ?? key;
    if (englishLemmas.size > 100_000) englishLemmas.clear();
    englishLemmas.set(key, lemma);
  }
  return lemma;
}

/** One-letter keys (a stray بـ, an initial) and function words. */
function isStop(raw: string, key: string, language: 'ar' | 'en'): boolean {
  if (key.length < 2) return true;
  return language === 'ar' ? isArabicStopword(raw) : isEnglishStopword(key);
}

/** Runs with the words of each mention merged into one unit; a mention cut by a run break (a scare quote inside it) is left as words. */
function mentionUnits(runs: readonly Word[][], mentions: readonly Mention[]): Word[][] {
  if (mentions.length === 0) return runs as Word[][];
  let m = 0;
  return runs.map((run) => {
    const out: Word[] = [];
    for (let i = 0; i < run.length; i++) {
      const w = run[i]!;
      while (m < mentions.length && mentions[m]!.end <= w.start) m++;
      const mention = mentions[m];
      if (!mention || mention.start !== w.start) {
        out.push(w);
        continue;
      }
      let j = i;
      while (j < run.length - 1 && run[j]!.end < mention.end) j++;
      if (run[j]!.end !== mention.end) {
        out.push(w);
        continue;
      }
      const parts = run.slice(i, j + 1);
      out.push({...w, key: parts.map((x) => x.key).join('+'), raw: parts.map((x) => x.raw).join('+'), end: mention.end, stop: false, label: mention.label});
      i = j;
    }
    return out;
  });
}

/** Each token of an Arabic or English paragraph with its language and sentence; `gap` is called where a paragraph of another kind breaks the flow. */
function forEachWord(
  s: Analysis['sources'][number],
  tokens: readonly MatchToken[],
  visit: (t: MatchToken, language: 'ar' | 'en', sentence: number) => void,
  gap: () => void = () => {},
): void {
  let p = 0;
  let sentence = 0;
  for (const t of tokens) {
    while (p < s.paragraphs.length && s.paragraphs[p]!.end <= t.start) p++;
    const paragraph = s.paragraphs[p];
    const language: Language = paragraph && paragraph.start <= t.start ? paragraph.language : 'und';
    // Page furniture (captions, embedded posts, links to other stories, chrome) is not the outlet's wording.
    const furniture = paragraph !== undefined && paragraph.kind !== undefined && paragraph.kind !== 'text';
    if (language === 'und' || furniture) {
      gap();
      continue;
    }
    while (sentence < s.sentences.length - 1 && s.sentences[sentence]!.end <= t.start) sentence++;
    visit(t, language, sentence);
  }
}
