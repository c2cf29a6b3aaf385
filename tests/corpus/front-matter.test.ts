import {describe, expect, it} from 'vitest';
import {splitFrontMatter} from '../../src/corpus/front-matter.js';
import {inputError, SENTENCE} from './support.js';

const split = (text: string) => splitFrontMatter(text, 'dir/f.txt');
const errorOf = (text: string): string => inputError(() => split(text)).message;

describe('splitFrontMatter', () => {
  it('takes the block up to and including the closing line and its line break', () => {
    const r = split(`---\noutlet: Al Jazeera\ndate: 2022-01-08\nurl: https://example.org/a\n---\n${SENTENCE}\n`);
    expect(r.meta).toEqual({outlet: 'Al Jazeera', date: '2022-01-08', url: 'https://example.org/a'});
    expect(r.body).toBe(`${SENTENCE}\n`);
    expect(r.bodyLine).toBe(6);
  });

  it('keeps a blank line after the block as part of the body', () => {
    expect(split(`---\nlanguage: ar\n---\n\n${SENTENCE}`).body).toBe(`\n${SENTENCE}`);
  });

  it('handles CRLF line breaks', () => {
    const r = split(`---\r\nlanguage: en\r\ntitle: A headline\r\n---\r\nBody line\r\n`);
    expect(r.meta).toEqual({language: 'en', title: 'A headline'});
    expect(r.body).toBe('Body line\r\n');
  });

  it('leaves text without a leading --- line alone', () => {
    for (const text of [SENTENCE, `${SENTENCE}\n---\nouter: x\n---\n`, `--- ${SENTENCE}\n`, `\n---\nid: x\n---\n`]) {
      expect(split(text)).toEqual({meta: {}, body: text, bodyLine: 1});
    }
  });

  it('keeps the spelling of an id written as a number', () => {
    expect(split('---\nid: 001\n---\nنص').meta.id).toBe('001');
    expect(split('---\nid: "000"\n---\nنص').meta.id).toBe('000');
    expect(split('---\nid: kz-jazeera\n---\nنص').meta.id).toBe('kz-jazeera');
  });

  it('accepts an empty block and comments', () => {
    expect(split('---\n---\nنص')).toEqual({meta: {}, body: 'نص', bodyLine: 3});
    expect(split('---\n# only a comment\n---\nنص').meta).toEqual({});
  });

  it('reports an unclosed block at line 1', () => {
    expect(errorOf(`---\noutlet: x\n${SENTENCE}`)).toBe('dir/f.txt:1: the front matter opened with `---` is never closed');
  });

  it('keeps keys it does not use as metadata, values as text', () => {
    const r = split('---\noutlet: x\nauthor: ريم صالح\nsection: World\ntags: [protests, police]\npage: 3\n---\nنص');
    expect(r.meta).toEqual({outlet: 'x', extra: {author: 'ريم صالح', section: 'World', tags: 'protests, police', page: '3'}});
  });

  it('takes a key a letter or two away from a known one for a typo, at its line', () => {
    expect(errorOf('---\noutlet: x\noutlte: y\n---\nنص')).toBe('dir/f.txt:3: front matter: unknown key `outlte`: did you mean `outlet`?');
    expect(errorOf('---\ntitel: x\n---\nنص')).toMatch(/did you mean `title`\?$/u);
    expect(errorOf('---\nTitle: x\n---\nنص')).toMatch(/did you mean `title`\?$/u);
    expect(errorOf('---\nlang: ar\n---\nنص')).toMatch(/did you mean `language`\?$/u);
    expect(errorOf('---\nurl: a\nurk: b\n---\nنص')).toMatch(/^dir\/f\.txt:3: .*did you mean `url`\?$/u);
  });

  it('reports wrong types and values at their line', () => {
    expect(errorOf('---\noutlet: x\n\nlanguage: fr\n---\nنص')).toMatch(/^dir\/f\.txt:4: front matter: `language`: /u);
    expect(errorOf('---\ntitle: 5\n---\nنص')).toMatch(/^dir\/f\.txt:2: front matter: `title`: .*string/u);
    expect(errorOf('---\noutlet: [a, b]\n---\nنص')).toMatch(/^dir\/f\.txt:2: front matter: `outlet`/u);
    expect(errorOf('---\nid: x\ntitle: ""\n---\nنص')).toMatch(/^dir\/f\.txt:3: front matter: `title`: must not be empty/u);
  });

  it('reports YAML syntax errors and duplicate keys with a file line', () => {
    expect(errorOf('---\ntitle: x\noutlet: "unclosed\n---\nنص')).toMatch(/^dir\/f\.txt:[34]: the front matter is not valid YAML: /u);
    expect(errorOf('---\noutlet: a\noutlet: b\n---\nنص')).toMatch(/^dir\/f\.txt:3: the front matter is not valid YAML: .*unique/u);
  });

  it('rejects a block that is not key: value lines', () => {
    expect(errorOf('---\n- a\n- b\n---\nنص')).toBe('dir/f.txt:2: the front matter is not a list of `key: value` lines');
    expect(errorOf('---\njust a sentence\n---\nنص')).toMatch(/^dir\/f\.txt:2: /u);
  });
});
