import {describe, expect, it} from 'vitest';
import {decodeText} from '../../src/corpus/decode.js';
import {inputError, SENTENCE} from './support.js';

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
