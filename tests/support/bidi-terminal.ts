import bidiModule, {type Bidi} from 'bidi-js';

/*
 * What a terminal that does bidi itself (VTE, Konsole, mintty: logical
 * mode) makes of one line: a left-to-right paragraph run through the
 * Unicode bidi algorithm (bidi-js). Visual mode reorders each line the
 * same way before it is sent, so the same checks hold for both.
 */

const factory = (bidiModule as unknown as {default?: () => Bidi}).default ?? (bidiModule as unknown as () => Bidi);
const bidi = factory();

/** The right-to-left runs of a line, each in logical order. */
export function rtlRuns(text: string): string[] {
  const {levels} = bidi.getEmbeddingLevels(text, 'ltr');
  const runs: string[] = [];
  let run = '';
  for (let i = 0; i < text.length; i++) {
    if (levels[i]! & 1) run += text[i];
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

/**
 * The line's words (runs of non-spaces) in the order they appear on the
 * screen, left to right, each spelt in logical order: `2 صياغة ǀ 1 إضافة`
 * stays [2, صياغة, ǀ, 1, إضافة], while `2 صياغة، 1 إضافة` becomes
 * [2, إضافة, 1, صياغة،] — the counts beside the wrong labels.
 */
export function screenWords(text: string): string[] {
  const levels = bidi.getEmbeddingLevels(text, 'ltr');
  const words: string[] = [];
  let word: number[] = [];
  const flush = (): void => {
    if (word.length) words.push(word.sort((x, y) => x - y).map((i) => text[i]).join(''));
    word = [];
  };
  for (const i of bidi.getReorderedIndices(text, levels)) {
    if (/\s/u.test(text[i]!)) flush();
    else if (word.length && Math.abs(word[word.length - 1]! - i) !== 1) {
      flush();
      word.push(i);
    } else word.push(i);
  }
  flush();
  return words;
}

/** The line as such a terminal draws it, left to right (letters of right-to-left runs reversed, brackets mirrored). */
export function onScreen(text: string): string {
  const levels = bidi.getEmbeddingLevels(text, 'ltr');
  return bidi
    .getReorderedIndices(text, levels)
    .map((i) => ((levels.levels[i]! & 1) === 1 ? (bidi.getMirroredCharacter(text[i]!) ?? text[i]!) : text[i]!))
    .join('');
}
