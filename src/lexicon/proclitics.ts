/**
 * Proclitic sequences that may precede an Arabic word, in match-key space:
 * conjunction (و ف), preposition (ب ك ل), article (ال), with ل + ال → لل.
 * Longest first, so that the first parse tried strips the most.
 */

export interface Proclitic {
  readonly text: string;
  readonly conjunction: boolean;
  readonly article: boolean;
  /** The preposition it holds (ب ك ل), or ''. */
  readonly preposition: string;
}

function build(): Proclitic[] {
  const out = new Map<string, Proclitic>();
  for (const conj of ['', 'و', 'ف']) {
    for (const prep of ['', 'ب', 'ك', 'ل']) {
      for (const art of ['', 'ال']) {
        const text = prep === 'ل' && art === 'ال' ? conj + 'لل' : conj + prep + art;
        out.set(text, {text, conjunction: conj !== '', article: art !== '', preposition: prep});
      }
    }
  }
  return [...out.values()].sort((a, b) => b.text.length - a.text.length);
}

export const PROCLITICS: readonly Proclitic[] = build();

/** The ways a key can be split into proclitics + a remainder of at least 2 letters. */
export function procliticSplits(key: string): {proclitic: Proclitic; rest: string}[] {
  const out: {proclitic: Proclitic; rest: string}[] = [];
  for (const proclitic of PROCLITICS) {
    if (key.length - proclitic.text.length >= 2 && key.startsWith(proclitic.text)) {
      out.push({proclitic, rest: key.slice(proclitic.text.length)});
    }
  }
  return out;
}

/**
 * Can a verb (قال، نقل، يؤكد) stand after this proclitic? After و / ف, and after ل
 * before a present tense (ليؤكد، لتعلن: "so as to"); never after ب / ك or the
 * article, where the same letters are a noun or a name (بنقل المصابين، نمر باقر
 * النمر، للمطالبة).
 */
export function takesVerb(proclitic: Proclitic, rest: string): boolean {
  if (proclitic.article || proclitic.preposition === 'ب' || proclitic.preposition === 'ك') return false;
  return proclitic.preposition !== 'ل' || /^[يت]/u.test(rest);
}
