import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {loadSeeds} from '../../src/corpus/load.js';
import {matchKey} from '../../src/text/normalize.js';
import {tokenize} from '../../src/text/tokenize.js';

/*
 * The tokenizer runs the word regex by hand over a table of Unicode
 * classes (for speed). It must give exactly what the regex gives: the same
 * words at the same offsets, on real text and on strings of odd characters
 * (marks, Arabic and astral digits, separators, lone and paired
 * surrogates, tatweel, zero-width), from any start and to any end. The
 * one addition to the regex is a dotted initialism ("U.S.", "U.N."), one
 * word with its dots, so that the lexicon's "US" finds it.
 */
const WORD = /(?:[A-Z]\.){2,}(?![A-Za-z])|[\p{L}\p{M}]+|\p{Nd}+(?:[.,٫٬]\p{Nd}+)*/gu;

function byRegex(body: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(body); m !== null && m.index < to; m = WORD.exec(body)) out.push([m.index, Math.min(m.index + m[0].length, to)]);
  WORD.lastIndex = 0;
  return out;
}

const spans = (body: string, from: number, to: number): [number, number][] => tokenize(body, from, to).map((t) => [t.start, t.end]);

const ODD = ['a', 'Z', 'S', 'S.', 'é', '\u0301', 'ق', 'ا', 'ل', 'ـ', '\u064E', '\u0651', '1', '٣', '۴', '.', ',', '٫', '٬', ' ', '\n', '-', '«', '\u200B', '\u{1D7CE}', '\u{1F525}', '\u{10400}', '\uD800', '\uDC00'];

describe('tokenize', () => {
  it('gives the regex’s words on the seeds, whole and from paragraph offsets', () => {
    for (const {body} of loadSeeds()) {
      expect(spans(body, 0, body.length)).toEqual(byRegex(body, 0, body.length));
      const cut = body.indexOf('\n', body.length >> 1);
      expect(spans(body, cut, body.length - 7)).toEqual(byRegex(body, cut, body.length - 7));
    }
  });

  it('gives the regex’s words on strings of odd characters, from any start to any end', () => {
    const input = fc
      .array(fc.constantFrom(...ODD), {maxLength: 24})
      .map((parts) => parts.join(''))
      .chain((body) => fc.tuple(fc.constant(body), fc.nat({max: body.length}), fc.nat({max: body.length})));
    fc.assert(
      fc.property(input, ([body, a, b]) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(spans(body, from, to)).toEqual(byRegex(body, from, to));
      }),
      {numRuns: 3000},
    );
  });

  it('gives each word its own text and key, however many distinct words it has met (the word table grows, then empties)', () => {
    const letters = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'];
    const words: string[] = [];
    for (let n = 0; words.length < 70_000; n++) words.push(letters[n % 28]! + letters[Math.floor(n / 28) % 28]! + letters[Math.floor(n / 784) % 28]! + letters[Math.floor(n / 21952) % 28]! + 'ة');
    const body = words.join(' ');
    const wrong = (text: string): number => tokenize(text).filter((t) => t.text !== text.slice(t.start, t.end) || t.key !== matchKey(t.text)).length;
    for (let pass = 0; pass < 2; pass++) {
      expect(tokenize(body)).toHaveLength(words.length);
      expect(wrong(body)).toBe(0);
    }
    for (const {body: seed} of loadSeeds()) expect(wrong(seed)).toBe(0);
  });

  it('keeps each word’s text and key, and marks numbers', () => {
    const [word, number] = tokenize('قالت 7,989');
    expect(word).toMatchObject({text: 'قالت', key: 'قالت', isNumber: false});
    expect(number).toMatchObject({text: '7,989', isNumber: true});
  });

  it('keeps a dotted initialism as one word keyed by its letters (Hürriyet Daily News, AP copy, in the development set)', () => {
    const sentence = 'A U.S.-backed drive to deliver foreign aid to Venezuela met strong resistance as troops loyal to President Nicolas Maduro blocked the convoys at the border';
    const words = tokenize(sentence);
    expect(words[1]).toMatchObject({text: 'U.S.', key: 'us'});
    expect(words[2]).toMatchObject({text: 'backed'});
    // Not an initialism: one capital and a dot (a middle initial), or letters glued after the dots.
    expect(tokenize('George W. Bush').map((t) => t.text)).toEqual(['George', 'W', 'Bush']);
    expect(tokenize('U.S.Army').map((t) => t.text)).toEqual(['U', 'S', 'Army']);
  });
});
