import {describe, expect, it} from 'vitest';
import {procliticSplits, takesVerb} from '../../src/lexicon/proclitics.js';
import {matchKey} from '../../src/text/normalize.js';

/** Can `word` be read as proclitic `clitic` + the verb `verb`? */
function verbAfter(word: string, verb: string): boolean {
  const split = procliticSplits(matchKey(word)).find((s) => s.rest === matchKey(verb));
  return split !== undefined && takesVerb(split.proclitic, split.rest);
}

describe('which proclitics a verb takes', () => {
  it('و / ف before any verb: وقال، فأكد، وأقر', () => {
    expect(verbAfter('وقال', 'قال')).toBe(true);
    expect(verbAfter('فأكد', 'أكد')).toBe(true);
    expect(verbAfter('وأقر', 'أقر')).toBe(true);
  });

  it('ل before a present tense ("so as to"): ليؤكد، ولتعلن', () => {
    expect(verbAfter('ليؤكد', 'يؤكد')).toBe(true);
    expect(verbAfter('ولتعلن', 'تعلن')).toBe(true);
  });

  it('never ب / ك / ال, nor ل before a past tense: باقر، بنقل، وكرات، النقل، لنقل', () => {
    expect(verbAfter('باقر', 'أقر')).toBe(false);
    expect(verbAfter('بنقل', 'نقل')).toBe(false);
    expect(verbAfter('وكرات', 'رأت')).toBe(false);
    expect(verbAfter('النقل', 'نقل')).toBe(false);
    expect(verbAfter('لنقل', 'نقل')).toBe(false);
  });
});
