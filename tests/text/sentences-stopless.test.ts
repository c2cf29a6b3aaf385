import {describe, expect, it} from 'vitest';
import {splitSentences} from '../../src/text/sentences.js';
import type {Paragraph} from '../../src/types.js';

const para = (body: string, text: string, from = 0): Paragraph => {
  const start = body.indexOf(text, from);
  return {start, end: start + text.length, language: 'ar', kind: 'text'};
};

describe('splitSentences on paragraphs with and without a stop', () => {
  it('makes a paragraph without a stop one sentence, trimmed, at its offsets in the body', () => {
    const body = 'المتظاهرين\n  قوات الأمن  \nقال المتحدث إن الاحتجاجات سلمية. وأضاف أن';
    const paragraphs = [para(body, 'المتظاهرين'), {...para(body, '  قوات الأمن  '), language: 'ar' as const}, para(body, 'قال المتحدث إن الاحتجاجات سلمية. وأضاف أن')];
    const sentences = splitSentences(body, paragraphs);
    expect(sentences.map((s) => body.slice(s.start, s.end))).toEqual(['المتظاهرين', 'قوات الأمن', 'قال المتحدث إن الاحتجاجات سلمية.', 'وأضاف أن']);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 2, 2]);
  });
  it('still splits at every kind of stop (… ۔ ؟ ! ?) and between two Arabic words', () => {
    const body = 'هل قتل أحد؟ نعم… ثلاثة! why? قنبلة غاز.كذلك قتلت';
    const sentences = splitSentences(body, [para(body, body)]);
    expect(sentences.map((s) => body.slice(s.start, s.end))).toEqual(['هل قتل أحد؟', 'نعم…', 'ثلاثة!', 'why?', 'قنبلة غاز.', 'كذلك قتلت']);
  });
  it('a comma, colon or Arabic comma alone ends no sentence', () => {
    const body = 'قال المتحدث، إن: الشرطة, fired';
    expect(splitSentences(body, [para(body, body)])).toEqual([{start: 0, end: body.length, paragraph: 0}]);
  });
});
