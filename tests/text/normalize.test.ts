import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {matchKey, parseDigits} from '../../src/text/normalize.js';
import {tokenize} from '../../src/text/tokenize.js';

describe('matching normalisation', () => {
  it('folds alef and hamza forms, alef maksura, teh marbuta, Persian letters', () => {
    expect(matchKey('أإآٱا')).toBe('ااااا');
    expect(matchKey('مستوحى')).toBe(matchKey('مستوحي'));
    expect(matchKey('عصابة')).toBe(matchKey('عصابه'));
    expect(matchKey('کازاخستان')).toBe(matchKey('كازاخستان'));
    expect(matchKey('ی')).toBe('ي');
  });
  it('drops diacritics, tatweel and bidi controls', () => {
    expect(matchKey('مدرّبة')).toBe(matchKey('مدربة'));
    expect(matchKey('قُطّاع')).toBe(matchKey('قطاع'));
    expect(matchKey('بـ')).toBe('ب');
    expect(matchKey('\u200fالمتظاهرين')).toBe(matchKey('المتظاهرين'));
  });
  it('reads Arabic-Indic digits and thousands separators', () => {
    expect(matchKey('٧٩٨٩')).toBe('7989');
    expect(parseDigits('7,989')).toBe(7989);
    expect(parseDigits('٦٠٠٠')).toBe(6000);
  });
});

describe('tokens keep exact offsets', () => {
  it('every token is the body slice it claims to be (property)', () => {
    const alphabet = fc.constantFrom(...'متظاهرين العصابات، “حفظ السلام” 18 ٧٩٨٩ ّ ـ\n.؟ protesters'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, {maxLength: 200}).map((cs) => cs.join('')), (text) => {
        for (const t of tokenize(text)) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.key).toBe(matchKey(t.text));
        }
      }),
    );
  });
  it('is linear on a long single line', () => {
    const text = 'قالت الشرطة إن المتظاهرين تفرقوا. '.repeat(20000);
    expect(tokenize(text).length).toBe(5 * 20000);
  });
});
