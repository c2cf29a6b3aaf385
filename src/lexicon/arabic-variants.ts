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

export type Inflection = 'noun' | 'verb' | 'fixed';

export interface WordForm {
  readonly key: string;
  /** The form carries an attached pronoun, so it cannot take ال. */
  readonly pronoun: boolean;
}

const PRONOUNS = ['ه', 'ها', 'هم', 'هن', 'هما', 'ك', 'كم', 'كن', 'نا', 'ي'] as const;

/**
 * `tehMarbuta`: a key ending in ه came from ة (the default); false when the
 * lemma was written with a real final ه (موجّه، مشبوه), whose forms are
 * masculine: موجهة، موجهون.
 */
export function wordForms(lemmaKey: string, inflect: Inflection, tehMarbuta = true): WordForm[] {
  const forms = new Map<string, boolean>();
  const add = (key: string, pronoun = false): void => {
    if (!forms.has(key) || forms.get(key) === true) forms.set(key, pronoun);
  };
  add(lemmaKey);
  if (inflect === 'noun') {
    for (const stem of nounStems(lemmaKey, tehMarbuta)) {
      add(stem.plain);
      // Construct state drops the ن of duals and sound plurals: منتهكي النظام، مستخدمو الإنترنت.
      if (stem.plain.endsWith('ن')) for (const base of stem.construct) if (base !== stem.plain) add(base, true);
      for (const pronounBase of stem.construct) for (const p of PRONOUNS) add(pronounBase + p, true);
    }
  }
  // Verb forms never take the article: they are marked like pronoun forms.
  if (inflect === 'verb') for (const key of verbForms(lemmaKey)) add(key, true);
  return [...forms].map(([key, pronoun]) => ({key, pronoun}));
}

/*
 * Conjugations of a verb given as its past-tense 3rd person masculine
 * singular (وجّه، دعم، أعاد، استعاد), in match-key space: the past with its
 * subject suffixes, the present with its prefixes (ي ت ن أ, future س) and
 * suffixes, and attached object pronouns (وجهوه، يدعمونهم). The present
 * stem is the past stem, without its first alef for the derived forms
 * that begin with one (أرسل → يرسل، اعتقل → يعتقل، استخدم → يستخدم). Hollow,
 * doubled and weak verbs change their stem (أعاد → يعيد) and participles and
 * verbal nouns (موجه، توجيه) are other words: list those as their own terms.
 */
const PAST_SUFFIXES = ['', 'ت', 'تا', 'ا', 'وا', 'ن', 'نا', 'تم', 'تن', 'تما'] as const;
const PRESENT_PREFIXES = ['ي', 'ت', 'ن', 'ا', 'سي', 'ست', 'سن', 'سا'] as const;
const PRESENT_SUFFIXES = ['', 'ون', 'ان', 'ين', 'ن', 'وا', 'ا'] as const;

export function verbForms(past: string): string[] {
  const out = new Set<string>();
  const withPronouns = (base: string, alone = true): void => {
    if (alone) out.add(base);
    for (const p of PRONOUNS) out.add(base + p);
  };
  for (const suffix of PAST_SUFFIXES) {
    out.add(past + suffix);
    // وا loses its alef before a pronoun (وجهوه); ت، نا، تم (تمو) take them as written.
    if (suffix === 'وا') withPronouns(past + 'و', false);
    else if (suffix === '' || suffix === 'ت' || suffix === 'نا' || suffix === 'ا') withPronouns(past + suffix);
  }
  const present = past.startsWith('ا') && past.length >= 4 ? past.slice(1) : past;
  for (const prefix of PRESENT_PREFIXES) {
    for (const suffix of PRESENT_SUFFIXES) out.add(prefix + present + suffix);
    withPronouns(prefix + present);
    withPronouns(prefix + present + 'و', false);
    withPronouns(prefix + present + 'ا', false);
  }
  return [...out];
}

interface Stem {
  readonly plain: string;
  /** Bases to which a pronoun attaches (construct state). */
  readonly construct: readonly string[];
}

function nounStems(lemma: string, tehMarbuta: boolean): Stem[] {
  // A lemma written with ال ("السلام") is a fixed second word: no suffixes.
  if (lemma.startsWith('ال') && lemma.length > 3) return [];
  if (lemma.endsWith('ه') && tehMarbuta) {
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
    // Already a plural: only pronouns (ون/ين lose their ن in construct). Or a singular that ends so (انفلات، قانون،
    // تأمين): its indefinite accusative (انفلاتاً أمنياً، قانوناً) takes an alif, which a plural never does.
    const construct = lemma.endsWith('ات') ? lemma : lemma.slice(0, -1);
    return [{plain: lemma, construct: [construct]}, {plain: lemma + 'ا', construct: []}];
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
