import {describe, expect, it} from 'vitest';
import {arabicKeying, arabicParses, lemmaTerm} from '../../src/discover/word-keys.js';
import {matchKey} from '../../src/text/normalize.js';

const keys = (words: readonly string[]): string[] => words.map(matchKey);

describe('Arabic words merged the way matching merges them', () => {
  it('gives one key to the forms a lexicon lemma would match (seed forms)', () => {
    // Forms of متظاهر and of عصابة as the seeds write them.
    const words = ['المتظاهرين', 'متظاهرين', 'للمتظاهرين', 'متظاهرون', 'العصابات', 'عصابات', 'لتشكيلات'];
    const k = arabicKeying(keys(words));
    expect(new Set(['المتظاهرين', 'متظاهرين', 'للمتظاهرين', 'متظاهرون'].map((w) => k.keyOf(matchKey(w))))).toEqual(new Set(['متظاهر']));
    expect(k.keyOf(matchKey('العصابات'))).toBe(k.keyOf(matchKey('عصابات')));
  });

  it('does not cut a word the corpus gives no reason to cut', () => {
    // إيران could be إير + ان (a dual), but no other form of إير is in the corpus.
    const k = arabicKeying(keys(['إيران', 'لإيران', 'وإيران']));
    expect(k.keyOf(matchKey('لإيران'))).toBe(matchKey('إيران'));
    // A conjunction is cut when the bare word is there too: وقال → قال.
    const said = arabicKeying(keys(['قال', 'وقال']));
    expect(said.keyOf(matchKey('وقال'))).toBe('قال');
  });

  it('never adds the article to a form with an attached pronoun', () => {
    // الشرطته is not Arabic: a parse that needs ال + pronoun is not offered.
    expect(arabicParses(matchKey('الشرطتها')).some((p) => p.lemma === matchKey('شرطة') && p.article)).toBe(false);
  });

  it('writes the lemma back in the text’s own letters, ة restored', () => {
    const k = arabicKeying(keys(['العصابات', 'عصابة', 'المتظاهرين', 'متظاهرون', 'الإرهابية', 'إرهابي']));
    expect(lemmaTerm(['العصابات', 'الإرهابية'], 'ar', k)).toBe('عصابة إرهابي');
    expect(lemmaTerm(['للمتظاهرين'], 'ar', arabicKeying(keys(['للمتظاهرين', 'متظاهرون'])))).toBe('متظاهر');
    expect(lemmaTerm(['radicals'], 'en', k)).toBe('radicals');
  });
});
