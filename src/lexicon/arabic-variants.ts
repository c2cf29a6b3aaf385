/**
 * Inflected forms of Arabic lexicon words, generated in match-key space
 * (normalize.ts folds ة → ه, ى → ي, hamza seats). We generate variants from
 * lemmas instead of stemming the text: stemmers conflate unrelated words
 * (docs/arabic.md §2), while generated variants found 99/99 test forms.
 *
 * Forms here carry suffixes only; proclitics (و ف ب ك ل ال لل) are stripped
 * from the text token at match time (see proclitics.ts), which keeps the
 * table small: one lemma gives a few dozen keys, not thousands.
 */

export type Inflection = 'noun' | 'fixed';

export interface WordForm {
  readonly key: string;
  /** The form carries an attached pronoun, so it cannot take ال. */
  readonly pronoun: boolean;
}

const PRONOUNS = ['ه', 'ها', 'هم', 'هن', 'هما', 'ك', 'كم', 'كن', 'نا', 'ي'] as const;

export function wordForms(lemmaKey: string, inflect: Inflection): WordForm[] {
  const forms = new Map<string, boolean>();
  const add = (key: string, pronoun = false): void => {
    if (!forms.has(key) || forms.get(key) === true) forms.set(key, pronoun);
  };
  add(lemmaKey);
  if (inflect === 'noun') {
    for (const stem of nounStems(lemmaKey)) {
      add(stem.plain);
      // Construct state drops the ن of duals and sound plurals: منتهكي النظام، مستخدمو الإنترنت.
      if (stem.plain.endsWith('ن')) for (const base of stem.construct) if (base !== stem.plain) add(base, true);
      for (const pronounBase of stem.construct) for (const p of PRONOUNS) add(pronounBase + p, true);
    }
  }
  return [...forms].map(([key, pronoun]) => ({key, pronoun}));
}

interface Stem {
  readonly plain: string;
  /** Bases to which a pronoun attaches (construct state). */
  readonly construct: readonly string[];
}

function nounStems(lemma: string): Stem[] {
  // A lemma written with ال ("السلام") is a fixed second word: no suffixes.
  if (lemma.startsWith('ال') && lemma.length > 3) return [];
  if (lemma.endsWith('ه')) {
    // Feminine in ة (folded to ه): عصابة → عصابات، عصابتان، عصابتين، عصابتها
    const stem = lemma.slice(0, -1);
    return [
      {plain: lemma, construct: [stem + 'ت']},
      {plain: stem + 'ات', construct: [stem + 'ات']},
      {plain: stem + 'تان', construct: [stem + 'تا']},
      {plain: stem + 'تين', construct: [stem + 'تي']},
      {plain: stem + 'تا', construct: []},
    ];
  }
  if (lemma.endsWith('ات') || lemma.endsWith('ون') || lemma.endsWith('ين')) {
    // Already a plural: only pronouns (ون/ين lose their ن in construct).
    const construct = lemma.endsWith('ات') ? lemma : lemma.slice(0, -1);
    return [{plain: lemma, construct: [construct]}];
  }
  // Masculine (and nisba adjectives in ي): متظاهر → متظاهرون، متظاهرين،
  // متظاهران، متظاهرا، متظاهرة، متظاهرات …
  return [
    {plain: lemma, construct: [lemma]},
    {plain: lemma + 'ا', construct: [lemma + 'ا']},
    {plain: lemma + 'ون', construct: [lemma + 'و']},
    {plain: lemma + 'ين', construct: [lemma + 'ي']},
    {plain: lemma + 'ان', construct: [lemma + 'ا']},
    {plain: lemma + 'ه', construct: [lemma + 'ت']},
    {plain: lemma + 'ات', construct: [lemma + 'ات']},
    {plain: lemma + 'تان', construct: [lemma + 'تا']},
    {plain: lemma + 'تين', construct: [lemma + 'تي']},
  ];
}
