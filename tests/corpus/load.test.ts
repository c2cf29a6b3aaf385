import {mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {headlineOf, loadCorpus, readCorpus, uniqueIds} from '../../src/corpus/load.js';
import {detectParagraphs} from '../../src/corpus/language.js';
import {folderWith, inputError, SENTENCE, tmp} from './support.js';

describe('loadCorpus: folders and files', () => {
  it('reads folders recursively, sorted, .txt and .md only, hidden entries skipped', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'b'));
    mkdirSync(join(dir, 'c', 'deep'), {recursive: true});
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'b', 'x.txt'), SENTENCE);
    writeFileSync(join(dir, 'c', 'deep', 'y.MD'), SENTENCE);
    writeFileSync(join(dir, 'a.txt'), SENTENCE);
    writeFileSync(join(dir, 'notes.pdf'), 'ignored');
    writeFileSync(join(dir, '.git', 'HEAD.txt'), 'ignored');
    writeFileSync(join(dir, '.hidden.txt'), 'ignored');
    const sources = loadCorpus([dir]);
    expect(sources.map((s) => s.file)).toEqual([join(dir, 'a.txt'), join(dir, 'b', 'x.txt'), join(dir, 'c', 'deep', 'y.MD')]);
    expect(sources.map((s) => s.id)).toEqual(['a', 'x', 'y']);
  });

  it('joins the path as given with the path inside the folder', () => {
    const dir = folderWith({'one.txt': SENTENCE});
    const given = relative(process.cwd(), dir);
    expect(loadCorpus([given]).map((s) => s.file)).toEqual([join(given, 'one.txt')]);
    expect(loadCorpus([join(given, 'one.txt')]).map((s) => s.file)).toEqual([join(given, 'one.txt')]);
  });

  it('reads a file given explicitly whatever its extension, in the order given', () => {
    const dir = folderWith({'b.text': SENTENCE, 'a.txt': SENTENCE});
    expect(loadCorpus([join(dir, 'b.text'), join(dir, 'a.txt')]).map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('reads a file reached twice once', () => {
    const dir = folderWith({'a.txt': SENTENCE, 'b.txt': SENTENCE});
    expect(loadCorpus([dir, join(dir, 'a.txt')]).map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('does not loop on a folder that links to itself', () => {
    const dir = folderWith({'a.txt': SENTENCE});
    symlinkSync(dir, join(dir, 'loop'));
    expect(loadCorpus([dir]).map((s) => s.id)).toEqual(['a']);
  });

  it('reads UTF-16 and Windows-1256 files with front matter', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`---\noutlet: X\n---\n${SENTENCE}`, 'utf16le')]));
    writeFileSync(join(dir, 'b.txt'), Buffer.concat([Buffer.from('---\nid: cp\n---\n'), Buffer.from([0xdd, 0xed, 0x20, 0xc7, 0xe1, 0xd4, 0xc7, 0xd1, 0xda])]));
    const [a, b] = loadCorpus([dir]);
    expect(a).toMatchObject({outlet: 'X', body: SENTENCE, language: 'ar'});
    expect(b).toMatchObject({id: 'cp', body: 'في الشارع', language: 'ar'});
  });

  it('reads a 1 MB Arabic article on a single line', () => {
    const line = `${SENTENCE} `.repeat(Math.ceil(1e6 / Buffer.byteLength(`${SENTENCE} `)));
    const dir = folderWith({'long.txt': line});
    const [s] = loadCorpus([join(dir, 'long.txt')]);
    expect(s).toMatchObject({id: 'long', body: line, language: 'ar', title: null});
  });
});

describe('loadCorpus: metadata', () => {
  it('takes outlet, title, date, url, language and id from the front matter', () => {
    const dir = folderWith({'f.md': `---\nid: jz\noutlet: Al Jazeera\ntitle: عنوان\ndate: 2022-01-09\nurl: https://example.org/a\nlanguage: en\n---\n${SENTENCE}`});
    expect(loadCorpus([dir])[0]).toEqual({
      id: 'jz', file: join(dir, 'f.md'), outlet: 'Al Jazeera', title: 'عنوان', date: '2022-01-09', url: 'https://example.org/a', language: 'en', body: SENTENCE, encoding: 'utf-8', replaced: 0,
    });
  });

  it('falls back to the file name, a headline-like first line, no outlet and the detected language', () => {
    const dir = folderWith({'a.txt': `عنوان قصير للخبر\n${SENTENCE}`, 'b.txt': SENTENCE, 'c.txt': 'Police say "dozens killed"\nThe police said so.'});
    const [a, b, c] = loadCorpus([dir]);
    expect(a).toMatchObject({id: 'a', title: 'عنوان قصير للخبر', outlet: null, date: null, url: null, language: 'ar'});
    expect(b).toMatchObject({title: null, language: 'ar'});
    expect(c).toMatchObject({title: 'Police say "dozens killed"', language: 'en'});
  });

  it('makes ids unique, never taking another source’s id', () => {
    const dir = tmp();
    for (const sub of ['a', 'b', 'c']) mkdirSync(join(dir, sub));
    writeFileSync(join(dir, 'a', 'x.txt'), SENTENCE);
    writeFileSync(join(dir, 'b', 'x.txt'), SENTENCE);
    writeFileSync(join(dir, 'c', 'x-2.txt'), SENTENCE);
    writeFileSync(join(dir, 'c', 'z.txt'), `---\nid: x\n---\n${SENTENCE}`);
    expect(loadCorpus([dir]).map((s) => s.id)).toEqual(['x', 'x-3', 'x-2', 'x-4']);
  });
});

describe('uniqueIds', () => {
  it('keeps unique ids and suffixes repeats', () => {
    expect(uniqueIds(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a-2', 'a-3']);
    expect(uniqueIds(['a', 'a', 'a-2', 'a-2'])).toEqual(['a', 'a-3', 'a-2', 'a-2-2']);
  });
});

describe('headlineOf', () => {
  const headline = (body: string) => headlineOf(body, detectParagraphs(body));
  it('takes a short first line that does not end like a sentence or a byline', () => {
    expect(headline(`\n  توكاييف: أعمال الشغب تقودها عصابات  \n${SENTENCE}`)).toBe('توكاييف: أعمال الشغب تقودها عصابات');
    expect(headline(`${SENTENCE}\nسطر`)).toBeNull();
    expect(headline('قال الرئيس: "انتهى الأمر."\nسطر')).toBeNull();
    expect(headline('هل انتهى الأمر؟\nسطر')).toBeNull();
    expect(headline('الثورة – ريم صالح:\nسطر')).toBeNull();
    expect(headline(`${'كلمة '.repeat(21)}\nسطر`)).toBeNull();
  });
});

describe('loadCorpus: errors name the path', () => {
  const messageOf = (paths: string[]): string => inputError(() => loadCorpus(paths)).message;

  it('a missing path', () => {
    expect(messageOf(['does/not/exist.txt'])).toMatch(/^does\/not\/exist\.txt: no such file or folder/u);
    const err = inputError(() => loadCorpus(['does/not/exist.txt']));
    expect(err.hint).toMatch(/\.txt, \.md/u);
  });

  it('a link to a file that is gone, inside a folder', () => {
    const dir = folderWith({'a.txt': SENTENCE});
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'b.txt'));
    expect(messageOf([dir])).toContain(`${join(dir, 'b.txt')}: no such file or folder`);
  });

  it('something that is neither file nor folder', () => {
    expect(messageOf(['/dev/null'])).toBe('/dev/null: not a file or folder');
  });

  it('a folder without articles, naming what it holds', () => {
    const dir = folderWith({'a.jpg': 'x'});
    expect(messageOf([dir])).toBe(`${dir}: the folder contains no articles (.txt, .md, .html) or corpus tables (.csv, .jsonl), only 1 file (.jpg)`);
  });

  it('an empty file, a blank file and a binary file', () => {
    const dir = folderWith({'empty.txt': '', 'blank.txt': ' \n\n', 'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a])});
    expect(messageOf([join(dir, 'empty.txt')])).toContain(join(dir, 'empty.txt'));
    expect(messageOf([join(dir, 'blank.txt')])).toContain(join(dir, 'blank.txt'));
    expect(messageOf([dir])).toContain(`${join(dir, 'blank.txt')}: `);
    expect(messageOf([join(dir, 'image.txt')])).toBe(`${join(dir, 'image.txt')}: this is not a text file (it contains NUL bytes: binary data, or UTF-16 without a byte-order mark)`);
  });

  it('malformed front matter, with the line', () => {
    const dir = folderWith({'open.txt': `---\noutlet: x\n${SENTENCE}`, 'key.txt': `---\nid: k\noutlt: y\n---\n${SENTENCE}`, 'nobody.txt': '---\nid: k\n---\n\n'});
    expect(messageOf([join(dir, 'open.txt')])).toBe(`${join(dir, 'open.txt')}:1: the front matter opened with \`---\` is never closed`);
    expect(messageOf([join(dir, 'key.txt')])).toBe(`${join(dir, 'key.txt')}:3: front matter: unknown key \`outlt\`: did you mean \`outlet\`?`);
    expect(messageOf([join(dir, 'nobody.txt')])).toBe(`${join(dir, 'nobody.txt')}:4: the file has front matter but no article text after it`);
  });
});

describe('readCorpus: one bad file does not sink a corpus', () => {
  it('reads every readable file and names every skipped one with its reason', () => {
    const dir = folderWith({
      'a.txt': SENTENCE,
      'b-empty.txt': '',
      'c-binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0x0a]),
      'd-front.txt': `---\noutlet: x\noutlte: y\n---\n${SENTENCE}`,
      'e-invisible.txt': '\u200b\u200d\u200f \n',
      'f-open.md': `---\noutlet: x\n${SENTENCE}`,
      'g.txt': SENTENCE,
    });
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'h-dangling.txt'));
    symlinkSync('i-loop.txt', join(dir, 'i-loop.txt'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'j.txt'), SENTENCE);
    const {sources, skipped} = readCorpus([dir]);
    expect(sources.map((s) => s.id)).toEqual(['a', 'g', 'j']);
    expect(skipped).toEqual([
      {file: join(dir, 'h-dangling.txt'), reason: 'no such file or folder (or a link to one that is gone)'},
      {file: join(dir, 'i-loop.txt'), reason: 'cannot be read (ELOOP: a symbolic link that leads back to itself)'},
      {file: join(dir, 'b-empty.txt'), reason: 'the file is empty'},
      {file: join(dir, 'c-binary.txt'), reason: 'this is not a text file (it contains NUL bytes: binary data, or UTF-16 without a byte-order mark)'},
      {file: join(dir, 'd-front.txt'), reason: 'line 3: front matter: unknown key `outlte`: did you mean `outlet`?'},
      {file: join(dir, 'e-invisible.txt'), reason: 'the file has no text (only white space and invisible characters)'},
      {file: join(dir, 'f-open.md'), reason: 'line 1: the front matter opened with `---` is never closed'},
    ]);
  });

  it('a folder of two thousand articles with five bad ones: 1,995 read, the five named', () => {
    const dir = tmp();
    const bad = new Map([[17, ''], [400, '---\nid: x\n'], [999, '\u200b\u200f'], [1500, '---\ntitel: y\n---\nنص'], [1998, '\u0000\u0001']]);
    for (let i = 0; i < 2000; i++) writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), bad.get(i) ?? SENTENCE);
    const {sources, skipped} = readCorpus([dir]);
    expect(sources).toHaveLength(1995);
    expect(skipped.map((s) => s.file)).toEqual([...bad.keys()].map((i) => join(dir, `${String(i).padStart(4, '0')}.txt`)));
  });

  it('a folder of only bad files gives no sources and every reason (the caller decides), not an error', () => {
    const dir = folderWith({'a.txt': '', 'b.txt': ' '});
    const {sources, skipped} = readCorpus([dir]);
    expect(sources).toEqual([]);
    expect(skipped.map((s) => s.reason)).toEqual(['the file is empty', 'the file has no text (only white space and invisible characters)']);
  });

  it('a path named that does not exist is a mistake in the command: an error, not a skip', () => {
    expect(inputError(() => readCorpus(['does/not/exist.txt'])).message).toMatch(/^does\/not\/exist\.txt: no such file/u);
  });

  it('records how each file was decoded', () => {
    const dir = folderWith({'a.txt': SENTENCE, 'cut.txt': Buffer.from(SENTENCE).subarray(0, 10)});
    const {sources} = readCorpus([dir]);
    expect(sources.map((s) => [s.id, s.encoding, s.replaced])).toEqual([['a', 'utf-8', 0], ['cut', 'utf-8', 1]]);
  });

  it('a front matter with 10,000 keys the tool does not use keeps them all as metadata', () => {
    const keys = Array.from({length: 10_000}, (_, i) => `k${i}: v`).join('\n');
    const dir = folderWith({'many.txt': `---\n${keys}\n---\n${SENTENCE}`});
    const {sources, skipped} = readCorpus([dir]);
    expect(skipped).toEqual([]);
    expect(Object.keys(sources[0]!.extra!)).toHaveLength(10_000);
  });
});
