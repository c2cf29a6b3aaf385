import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {decodeText} from '../../src/corpus/decode.js';
import {inputError, SENTENCE} from './support.js';

const ROOT = join(import.meta.dirname, '..', '..');
const utf8 = Buffer.from(SENTENCE, 'utf8');
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, removing exactly one BOM', () => {
    expect(decodeText(utf8, 'a.txt')).toEqual({text: SENTENCE, encoding: 'utf-8', replaced: 0});
    expect(decodeText(Buffer.concat([UTF8_BOM, utf8]), 'a.txt')).toEqual({text: SENTENCE, encoding: 'utf-8', replaced: 0});
    expect(decodeText(Buffer.concat([UTF8_BOM, UTF8_BOM, utf8]), 'a.txt').text).toBe(`\uFEFF${SENTENCE}`);
  });

  it('reads UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    expect(be.subarray(0, 2)).toEqual(Buffer.from([0xfe, 0xff]));
    expect(decodeText(le, 'a.txt')).toEqual({text: SENTENCE, encoding: 'utf-16le', replaced: 0});
    expect(decodeText(be, 'a.txt')).toEqual({text: SENTENCE, encoding: 'utf-16be', replaced: 0});
    const twoBoms = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`\uFEFF${SENTENCE}`, 'utf16le')]);
    expect(decodeText(twoBoms, 'a.txt').text).toBe(`\uFEFF${SENTENCE}`);
  });

  it('reads Windows-1256 when the bytes are not valid UTF-8', () => {
    // "المتظاهرين في الشارع." in Windows-1256
    const bytes = Buffer.from([0xc7, 0xe1, 0xe3, 0xca, 0xd9, 0xc7, 0xe5, 0xd1, 0xed, 0xe4, 0x20, 0xdd, 0xed, 0x20, 0xc7, 0xe1, 0xd4, 0xc7, 0xd1, 0xda, 0x2e]);
    expect(decodeText(bytes, 'a.txt')).toEqual({text: 'المتظاهرين في الشارع.', encoding: 'windows-1256', replaced: 0});
  });

  it('keeps line breaks and everything else as they are', () => {
    const text = 'سطر أول\r\nسطر ثان\n\tوثالث  ';
    expect(decodeText(Buffer.from(text, 'utf8'), 'a.txt').text).toBe(text);
  });

  it('rejects empty and white-space-only files, naming the file', () => {
    expect(inputError(() => decodeText(Buffer.alloc(0), 'x/empty.txt')).message).toBe('x/empty.txt: the file is empty');
    expect(inputError(() => decodeText(Buffer.from('  \n\r\n\t'), 'x/blank.txt')).message).toMatch(/^x\/blank\.txt: the file has no text/u);
    expect(inputError(() => decodeText(Buffer.from([0xff, 0xfe, 0x20, 0x00]), 'x/blank16.txt')).message).toMatch(/^x\/blank16\.txt: /u);
  });

  it('rejects binary files with a hint', () => {
    const png = inputError(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'img.txt'));
    expect(png.message).toMatch(/^img\.txt: this is not a text file/u);
    expect(png.hint).toMatch(/plain text/u);
    const controls = Buffer.from(Array.from({length: 200}, (_, i) => (i % 4 === 0 ? 0x01 : 0x41)));
    expect(inputError(() => decodeText(controls, 'ctl.txt')).message).toMatch(/^ctl\.txt: this is not a text file/u);
  });

  it('rejects UTF-16 without a BOM instead of reading it as garbage', () => {
    expect(inputError(() => decodeText(Buffer.from(SENTENCE, 'utf16le'), 'nobom.txt')).message).toMatch(/nobom\.txt: .*UTF-16 without a byte-order mark/u);
  });

  it('rejects a UTF-8 BOM followed by bytes that are not UTF-8', () => {
    expect(inputError(() => decodeText(Buffer.concat([UTF8_BOM, Buffer.from([0xc7, 0xe1, 0xe3])]), 'mixed.txt')).message).toMatch(/^mixed\.txt: .*not valid UTF-8/u);
  });
});

describe('decodeText: the encoding is decided on evidence', () => {
  const SEED = readFileSync(join(ROOT, 'seeds', '001_8c9c1a69018985d2.txt'));
  const seedText = SEED.toString('utf8');
  const fixture = (name: string): Buffer => readFileSync(join(ROOT, 'tests', 'fixtures', 'encodings', name));

  it('a UTF-8 file cut in the middle of a character (head -c 4701) is UTF-8 with one replacement, not Windows-1256', () => {
    const cut = SEED.subarray(0, 4701);
    expect(() => new TextDecoder('utf-8', {fatal: true}).decode(cut)).toThrow();
    const decoded = decodeText(cut, 'cut.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.replaced).toBe(1);
    expect(decoded.text.endsWith('\uFFFD')).toBe(true);
    expect(seedText.startsWith(decoded.text.slice(0, -1))).toBe(true);
  });

  it('every cut of the seed decodes as UTF-8 whose text is a prefix of the seed', () => {
    for (let n = 4000; n < 4300; n++) {
      const decoded = decodeText(SEED.subarray(0, n), 'cut.txt');
      expect(decoded.encoding).toBe('utf-8');
      expect(decoded.replaced).toBeLessThanOrEqual(1);
      expect(seedText.startsWith(decoded.text.replace(/\uFFFD$/u, ''))).toBe(true);
    }
  });

  it('random byte flips (1 in 1,000 to 1 in 20) leave UTF-8 with the damaged sequences counted', () => {
    let state = 7;
    const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const rate of [0.001, 0.01, 0.05]) {
      for (let k = 0; k < 10; k++) {
        const bytes = Buffer.from(SEED);
        for (let i = 0; i < bytes.length; i++) if (random() < rate) bytes[i] = 1 + Math.floor(random() * 254) || 0x41;
        const decoded = decodeText(bytes, 'flipped.txt');
        expect(decoded.encoding).toBe('utf-8');
        const fffd = [...decoded.text].filter((c) => c === '\uFFFD').length;
        expect(decoded.replaced).toBe(fffd);
      }
    }
  });

  it('real Windows-1256 text (seed 001 through iconv) is read as Windows-1256, identical to the UTF-8 seed', () => {
    expect(decodeText(fixture('001.windows-1256.txt'), '001.txt')).toEqual({text: seedText, encoding: 'windows-1256', replaced: 0});
  });

  it('UTF-16 LE and BE with BOM (seed 001 through iconv) are identical to the UTF-8 seed', () => {
    expect(decodeText(fixture('001.utf-16le.txt'), 'le.txt')).toEqual({text: seedText, encoding: 'utf-16le', replaced: 0});
    expect(decodeText(fixture('001.utf-16be.txt'), 'be.txt')).toEqual({text: seedText, encoding: 'utf-16be', replaced: 0});
  });

  it('UTF-16 cut to an odd length, or with a lone surrogate, counts its replacements', () => {
    const le = fixture('001.utf-16le.txt');
    expect(decodeText(le.subarray(0, 1001), 'odd.txt')).toMatchObject({encoding: 'utf-16le', replaced: 1});
    const lone = Buffer.concat([le.subarray(0, 100), Buffer.from([0x00, 0xd8]), le.subarray(100, 200)]);
    expect(decodeText(lone, 'lone.txt')).toMatchObject({encoding: 'utf-16le', replaced: 1});
  });

  it('a U+FFFD written in a valid file is text, not a replacement', () => {
    expect(decodeText(Buffer.from(`${SENTENCE} \uFFFD`), 'a.txt')).toEqual({text: `${SENTENCE} \uFFFD`, encoding: 'utf-8', replaced: 0});
    const damaged = Buffer.concat([Buffer.from(`${SENTENCE} \uFFFD `), Buffer.from([0xd8])]);
    expect(decodeText(damaged, 'a.txt')).toMatchObject({encoding: 'utf-8', replaced: 1});
  });

  it('a UTF-8 BOM with a few damaged bytes is UTF-8 with replacements', () => {
    const bytes = Buffer.concat([UTF8_BOM, Buffer.from(SENTENCE), Buffer.from([0xff]), Buffer.from(SENTENCE)]);
    expect(decodeText(bytes, 'a.txt')).toEqual({text: `${SENTENCE}\uFFFD${SENTENCE}`, encoding: 'utf-8', replaced: 1});
  });

  it('bytes that are neither UTF-8 nor letters in Windows-1256 are not text', () => {
    const symbols = Buffer.from(Array.from({length: 400}, (_, i) => (i % 3 === 0 ? 0x20 : [0xa2, 0xa6, 0xa9, 0xb0, 0xb1, 0x86, 0x87, 0x89][i % 8]!)));
    expect(inputError(() => decodeText(symbols, 'sym.txt')).message).toBe('sym.txt: this is not a text file (its bytes are neither UTF-8 nor Windows-1256 text)');
  });

  it('a file of invisible characters only (zero-width space and joiners, bidi marks, white space) is empty', () => {
    const invisible = '\u200b\u200c\u200d\u200e\u200f \u2060\ufeff\u202b\u202c\u2066\u2069\u061c\u00ad\n\t\u200b';
    expect(inputError(() => decodeText(Buffer.from(invisible), 'zw.txt')).message).toBe('zw.txt: the file has no text (only white space and invisible characters)');
    expect(inputError(() => decodeText(Buffer.from('\u001b[2J\u001b]0;title\u0007 \n'), 'esc.txt')).message).toMatch(/^esc\.txt: the file has no text/u);
    expect(decodeText(Buffer.from('\u200bنص'), 'ok.txt').text).toBe('\u200bنص');
  });
});
