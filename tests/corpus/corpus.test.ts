import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {decodeText} from '../../src/corpus/decode.js';
import {splitFrontMatter} from '../../src/corpus/front-matter.js';
import {detectParagraphs} from '../../src/corpus/language.js';
import {loadCorpus, loadSeeds} from '../../src/corpus/load.js';
import {InputError} from '../../src/errors.js';

const ORIGINALS = join(import.meta.dirname, '..', 'fixtures', 'seeds-original');
const tmp = (): string => mkdtempSync(join(tmpdir(), 'framelens-corpus-'));
const SENTENCE = 'قالت الشرطة إن المتظاهرين تفرقوا.';

describe('decoding', () => {
  const utf8 = Buffer.from(SENTENCE, 'utf8');
  it('UTF-8 with and without BOM', () => {
    expect(decodeText(utf8, 'a').text).toBe(SENTENCE);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), 'a')).toEqual({text: SENTENCE, encoding: 'utf-8'});
  });
  it('UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(le, 'a')).toEqual({text: SENTENCE, encoding: 'utf-16le'});
    expect(decodeText(be, 'a')).toEqual({text: SENTENCE, encoding: 'utf-16be'});
  });
  it('Windows-1256 when the bytes are not valid UTF-8', () => {
    // "المتظاهرين في الشارع." in Windows-1256
    const bytes = Buffer.from([0xc7, 0xe1, 0xe3, 0xca, 0xd9, 0xc7, 0xe5, 0xd1, 0xed, 0xe4, 0x20, 0xdd, 0xed, 0x20, 0xc7, 0xe1, 0xd4, 0xc7, 0xd1, 0xda, 0x2e]);
    expect(decodeText(bytes, 'a')).toEqual({text: 'المتظاهرين في الشارع.', encoding: 'windows-1256'});
  });
  it('empty, blank and binary files are errors naming the file', () => {
    expect(() => decodeText(Buffer.alloc(0), 'x/empty.txt')).toThrow(/x\/empty\.txt: the file is empty/u);
    expect(() => decodeText(Buffer.from('  \n\n'), 'blank.txt')).toThrow(/blank\.txt/u);
    expect(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'img.txt')).toThrow(/img\.txt: this is not a text file/u);
  });
});

describe('front matter', () => {
  it('splits metadata from the body exactly', () => {
    const text = '---\noutlet: Al Jazeera\ndate: 2022-01-08\n---\n' + SENTENCE;
    const r = splitFrontMatter(text, 'f.txt');
    expect(r.meta).toEqual({outlet: 'Al Jazeera', date: '2022-01-08'});
    expect(r.body).toBe(SENTENCE);
  });
  it('errors name the file and line', () => {
    expect(() => splitFrontMatter('---\noutlet: x\n' + SENTENCE, 'f.txt')).toThrow(/f\.txt:1: the front matter opened with `---` is never closed/u);
    expect(() => splitFrontMatter('---\noutlet: x\nauthr: y\n---\nنص', 'f.txt')).toThrow(/f\.txt:3: front matter: unknown key `authr`/u);
    expect(() => splitFrontMatter('---\nlanguage: fr\n---\nنص', 'f.txt')).toThrow(/f\.txt:2: front matter: `language`/u);
    expect(() => splitFrontMatter('---\noutlet: [x\n---\nنص', 'f.txt')).toThrow(/f\.txt:\d+: the front matter is not valid YAML/u);
  });
});

describe('the bundled seeds', () => {
  const seeds = loadSeeds();
  it('are the five seeds with ids 000–004 and only the outlets their text names', () => {
    expect(seeds.map((s) => s.id)).toEqual(['000', '001', '002', '003', '004']);
    expect(seeds.map((s) => s.outlet)).toEqual([null, 'Al-Thawra (Syria)', 'Al Jazeera + Anadolu', null, null]);
    expect(seeds.every((s) => s.language === 'ar')).toBe(true);
  });
  it('have bodies identical to the original files', () => {
    const originals = readdirSync(ORIGINALS).sort();
    expect(originals).toHaveLength(5);
    originals.forEach((name, i) => expect(seeds[i]!.body).toBe(readFileSync(join(ORIGINALS, name), 'utf8')));
  });
  it('read the English caption of 002 as English, the rest as Arabic', () => {
    const s = seeds[2]!;
    const paragraphs = detectParagraphs(s.body);
    const english = paragraphs.filter((p) => p.language === 'en').map((p) => s.body.slice(p.start, p.end));
    expect(english).toHaveLength(1);
    expect(english[0]).toMatch(/peacekeeping forces/u);
    expect(paragraphs.filter((p) => p.language === 'ar').length).toBeGreaterThan(10);
  });
});

describe('loading paths', () => {
  it('reads folders recursively, sorted, with unique ids', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, 'c'));
    writeFileSync(join(dir, 'b', 'x.txt'), SENTENCE);
    writeFileSync(join(dir, 'c', 'x.md'), SENTENCE);
    writeFileSync(join(dir, 'a.txt'), 'عنوان قصير\n' + SENTENCE);
    writeFileSync(join(dir, 'notes.pdf'), 'ignored');
    const sources = loadCorpus([dir]);
    expect(sources.map((s) => s.id)).toEqual(['a', 'x', 'x-2']);
    expect(sources[0]!.title).toBe('عنوان قصير');
    expect(sources[1]!.title).toBeNull();
    expect(sources[1]!.file).toBe(join(dir, 'b', 'x.txt'));
  });
  it('missing paths and folders without texts are errors naming them', () => {
    expect(() => loadCorpus(['does/not/exist'])).toThrow(InputError);
    expect(() => loadCorpus(['does/not/exist'])).toThrow(/does\/not\/exist: no such file or folder/u);
    const dir = tmp();
    expect(() => loadCorpus([dir])).toThrow(/contains no \.txt or \.md files/u);
  });
  it('reads a 1 MB Arabic article on a single line as one paragraph', () => {
    const dir = tmp();
    const line = (SENTENCE + ' ').repeat(Math.ceil(1e6 / Buffer.byteLength(SENTENCE + ' ')));
    writeFileSync(join(dir, 'long.txt'), line);
    const [s] = loadCorpus([join(dir, 'long.txt')]);
    expect(s!.body).toBe(line);
    expect(detectParagraphs(s!.body)).toHaveLength(1);
  });
});
