import {describe, expect, it} from 'vitest';
import {DEFAULT_GAP, MAX_GAP, parsePattern, PatternSyntaxError} from '../../src/lexicon/pattern-syntax.js';

/* The pattern syntax on its own: classes, words, gaps, alternatives, and what is malformed. */

const shape = (pattern: string): string[] =>
  parsePattern(pattern).map((item) => `${item.gap}:${item.alternatives.map((alt) => alt.map((a) => (a.kind === 'class' ? `{${a.name}}` : a.word)).join(' ')).join('|')}`);

describe('pattern syntax', () => {
  it('reads classes and words as items in a row', () => {
    expect(shape('{AGENT} {FOREIGN}')).toEqual(['0:{AGENT}', '0:{FOREIGN}']);
    expect(shape('الغرب يقف وراء')).toEqual(['0:الغرب', '0:يقف', '0:وراء']);
  });

  it('reads a gap with its size, and a bare gap as the default', () => {
    expect(shape('{STEER} …4 {FOREIGN}')).toEqual(['0:{STEER}', '4:{FOREIGN}']);
    expect(shape('{STEER} ...2 {FOREIGN}')).toEqual(['0:{STEER}', '2:{FOREIGN}']);
    expect(shape('{STEER} … {FOREIGN}')).toEqual(['0:{STEER}', `${DEFAULT_GAP}:{FOREIGN}`]);
  });

  it('reads alternatives, each a sequence of words and classes', () => {
    expect(shape('{ORDER} (be | had been | {AUX} been) {RESTORE}')).toEqual(['0:{ORDER}', '0:be|had been|{AUX} been', '0:{RESTORE}']);
  });

  it('splits hyphenated words the way the text is tokenised', () => {
    expect(shape('Russian-led {FORCE}')).toEqual(['0:Russian', '0:led', '0:{FORCE}']);
  });

  it('marks the items inside square brackets as the focus, and only those', () => {
    const items = parsePattern('[(fire | fired) (on | at)] …1 {CROWD}');
    expect(items.map((item) => item.focus === true)).toEqual([true, true, false]);
    expect(shape('[(fire | fired) (on | at)] …1 {CROWD}')).toEqual(['0:fire|fired', '0:on|at', '1:{CROWD}']);
    // A focus may stand after the context, and hold a gap of its own.
    expect(parsePattern('{CROWD} [was … attacked]').map((item) => item.focus === true)).toEqual([false, true, true]);
    expect(parsePattern('{A} b c').every((item) => item.focus === undefined)).toBe(true);
  });

  const malformed: [string, RegExp][] = [
    ['{STEER} …9 {FOREIGN}', new RegExp(`allows 9 words, over the limit of ${MAX_GAP}`, 'u')],
    ['… {FOREIGN}', /cannot begin with a gap/u],
    ['{FOREIGN} …', /cannot end with a gap/u],
    ['{A} … …2 {B}', /two gaps in a row/u],
    ['{A} (b | ) {C}', /empty alternative/u],
    ['{A} (b | c {C}', /"\(" without a matching "\)"/u],
    ['{A} b) {C}', /"\)" without a matching "\("/u],
    ['{A} b | c', /"\|" outside brackets/u],
    ['{A} ((b | c)) d', /brackets inside brackets/u],
    ['{A} (b …2 c)', /gap .* inside brackets/u],
    ['{FOREIGN', /unbalanced "\{"/u],
    ['{two words}', /is not a class name/u],
    ['---', /has no word in it/u],
    ['', /no word or class/u],
    ['[fired on {CROWD}', /"\[" without a matching "\]"/u],
    ['fired on] {CROWD}', /"\]" without a matching "\["/u],
    ['[] fired on {CROWD}', /an empty focus/u],
    ['[fired] [on] {CROWD}', /a second focus/u],
    ['[fired [on]] {CROWD}', /"\[" inside a focus/u],
    ['[fired on {CROWD}]', /covers the whole pattern/u],
    ['[fired …2] {CROWD}', /a focus cannot end with a gap/u],
    ['(fired | [shot]) {CROWD}', /focus bracket inside \( \| \)/u],
  ];
  for (const [pattern, message] of malformed) {
    it(`rejects ${JSON.stringify(pattern)}`, () => {
      expect(() => parsePattern(pattern)).toThrow(PatternSyntaxError);
      expect(() => parsePattern(pattern)).toThrow(message);
    });
  }

  it('refuses a gap inside a class member', () => {
    expect(() => parsePattern('دعم … خارجي', false)).toThrow(/a class member cannot contain a gap/u);
  });

  it('refuses a focus inside a class member', () => {
    expect(() => parsePattern('[دعم] خارجي', false)).toThrow(/a class member cannot mark a focus/u);
  });
});
