import {describe, expect, it} from 'vitest';
import {wordForms} from '../../src/lexicon/arabic-variants.js';
import {matchKey} from '../../src/text/normalize.js';

/*
 * The forms generated from Arabic lemmas, which the lexicon relies on: what
 * it may leave out (sound plurals, duals, pronouns) and what it must list
 * (broken plurals, which are not generated).
 */

const keys = (lemma: string, inflect: 'noun' | 'fixed' = 'noun'): string[] => wordForms(matchKey(lemma), inflect).map((f) => f.key);

describe('Arabic variant generation', () => {
  it('feminine nouns in ة: plural, dual and pronoun forms', () => {
    const forms = keys('عصابة');
    for (const form of ['عصابه', 'عصابات', 'عصابتان', 'عصابتين', 'عصابتها', 'عصاباتهم']) expect(forms).toContain(matchKey(form));
  });

  it('masculine nouns: sound plurals, dual, accusative, feminine and construct state', () => {
    const forms = keys('متظاهر');
    for (const form of ['متظاهرون', 'متظاهرين', 'متظاهران', 'متظاهرا', 'متظاهرة', 'متظاهرات', 'متظاهري', 'متظاهرو']) expect(forms).toContain(matchKey(form));
    expect(keys('منتهك')).toContain(matchKey('منتهكي'));
  });

  it('a singular ending in ات / ون / ين takes the accusative alif, as a plural so ending never does', () => {
    // The seed-frame probe's real miss: «انفلاتاً أمنياً» (a security breakdown) from the listed «انفلات أمني».
    expect(keys('انفلات')).toContain(matchKey('انفلاتاً'));
    expect(keys('قانون')).toContain(matchKey('قانوناً'));
    expect(keys('احتجاجات')).toContain(matchKey('احتجاجاتها'));
    // Nothing else is made from such a word: no dual or plural of a plural.
    expect(keys('احتجاجات')).not.toContain(matchKey('احتجاجاتات'));
    expect(keys('متظاهرين')).not.toContain(matchKey('متظاهرينون'));
  });

  it('broken plurals are not generated, so the lexicon lists them', () => {
    expect(keys('عنصر')).not.toContain(matchKey('عناصر'));
    expect(keys('ثائر')).not.toContain(matchKey('ثوار'));
    expect(keys('قاطع')).not.toContain(matchKey('قطاع'));
  });

  it('a lemma written with ال and a fixed term get no suffixes', () => {
    expect(keys('السلام')).toEqual(['السلام']);
    expect(keys('أطلقت', 'fixed')).toEqual([matchKey('أطلقت')]);
  });
});
