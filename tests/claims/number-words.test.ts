import {describe, expect, it} from 'vitest';
import {dualSingular, readQuantity, type QuantityReading} from '../../src/claims/number-words.js';
import {parseDigits} from '../../src/text/normalize.js';
import {tokenize} from '../../src/text/tokenize.js';

/** The quantity at the start of `text`, as value (or vague word) and the number of words it took. */
function read(text: string): {value: number | string | null; words: number} | null {
  const words = tokenize(text).map((t) => ({key: t.key, digits: t.isNumber ? parseDigits(t.text) : null}));
  const r: QuantityReading | null = readQuantity(words, 0);
  return r && {value: r.value ?? r.approx, words: r.length};
}

describe('Arabic number words', () => {
  it('units, tens and hundreds, with ة or without, with a و in front', () => {
    expect(read('ثمانية من أفراد')).toEqual({value: 8, words: 1});
    expect(read('ثلاث نساء')).toEqual({value: 3, words: 1});
    expect(read('وثمانية أشخاص')).toEqual({value: 8, words: 1});
    expect(read('عشرين شخصا')).toEqual({value: 20, words: 1});
    expect(read('مائة شخص')).toEqual({value: 100, words: 1});
    expect(read('خمسمئة معتقل')).toEqual({value: 500, words: 1});
    expect(read('ألف شخص')).toEqual({value: 1000, words: 1});
    expect(read('ألفين من')).toEqual({value: 2000, words: 1});
    expect(read('مليون نسمة')).toEqual({value: 1e6, words: 1});
  });
  it('teens: أحد عشر … تسعة عشر', () => {
    expect(read('أحد عشر شرطيا')).toEqual({value: 11, words: 2});
    expect(read('اثنا عشر قتيلا')).toEqual({value: 12, words: 2});
    expect(read('ثلاثة عشر عنصرا')).toEqual({value: 13, words: 2});
    expect(read('تسعة عشر متظاهرا')).toEqual({value: 19, words: 2});
  });
  it('compounds: units و tens, scales and their sums', () => {
    expect(read('نحو ثمانية آلاف شخص'.slice(4))).toEqual({value: 8000, words: 2});
    expect(read('6 آلاف شخص')).toEqual({value: 6000, words: 2});
    expect(read('خمسة وعشرون قتيلا')).toEqual({value: 25, words: 2});
    expect(read('ألف وثلاثمئة عنصر')).toEqual({value: 1300, words: 2});
    expect(read('ثلاثة آلاف وخمسمئة معتقل')).toEqual({value: 3500, words: 3});
    expect(read('ثلاث مئة شخص')).toEqual({value: 300, words: 2});
    expect(read('1,8 مليون نسمة')).toEqual({value: 1.8e6, words: 2});
  });
  it('digits stay digits: no و-joining after them ("18 وثلاثة" is two numbers)', () => {
    expect(read('18 وثلاثة')).toEqual({value: 18, words: 1});
    expect(read('٢٦ محتجا')).toEqual({value: 26, words: 1});
  });
  it('vague quantities', () => {
    expect(read('عشرات المتطرفين')).toEqual({value: 'dozens', words: 1});
    expect(read('العشرات، واعتُقل')).toEqual({value: 'dozens', words: 1});
    expect(read('مئات الجرحى')).toEqual({value: 'hundreds', words: 1});
    expect(read('آلاف المعتقلين')).toEqual({value: 'thousands', words: 1});
    expect(read('الآلاف.')).toEqual({value: 'thousands', words: 1});
    expect(read('واعتقال الآلاف'.split(' ')[1]!)).toEqual({value: 'thousands', words: 1});
    expect(read('عشرات الآلاف من المتظاهرين')).toEqual({value: 'tens of thousands', words: 2});
  });
  it('a dual noun counts two', () => {
    expect(read('جثتين لعنصرين')).toEqual({value: 2, words: 1});
    expect(read('لعنصرين من الشرطة')).toEqual({value: 2, words: 1});
    expect(dualSingular('جثتين')).toBe('جثه');
    expect(dualSingular('الشخصين')).toBe('شخص');
  });
  it('plurals that look like duals, weekdays and ordinary words are not numbers', () => {
    expect(read('المتظاهرين')).toBeNull();
    expect(read('مدنيين')).toBeNull();
    expect(read('الاثنين')).toBeNull();
    expect(read('الثلاثاء')).toBeNull();
    expect(read('أحد المتظاهرين')).toBeNull();
    expect(read('الشرطة')).toBeNull();
  });
});

describe('English number words', () => {
  it('digits with separators, words, dozens', () => {
    expect(read('8,000 people')).toEqual({value: 8000, words: 1});
    expect(read('7,989 people')).toEqual({value: 7989, words: 1});
    expect(read('twenty-five people')).toEqual({value: 25, words: 2});
    expect(read('three hundred and twenty people')).toEqual({value: 320, words: 4});
    expect(read('two thousand people')).toEqual({value: 2000, words: 2});
    expect(read('a dozen police')).toEqual({value: 12, words: 2});
    expect(read('8 thousand')).toEqual({value: 8000, words: 2});
  });
  it('vague quantities', () => {
    expect(read('dozens of people')).toEqual({value: 'dozens', words: 1});
    expect(read('hundreds were hurt')).toEqual({value: 'hundreds', words: 1});
    expect(read('thousands were detained')).toEqual({value: 'thousands', words: 1});
    expect(read('tens of thousands of protesters')).toEqual({value: 'tens of thousands', words: 3});
  });
  it('other words are not numbers', () => {
    expect(read('a crowd')).toBeNull();
    expect(read('people')).toBeNull();
  });
});
