import {InputError} from '../errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface Decoded {
  /** The decoded text, BOM removed. */
  readonly text: string;
  readonly encoding: Encoding;
}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false});

/**
 * Bytes to text: UTF-16 when a BOM says so, UTF-8 (BOM optional) when the
 * bytes are valid UTF-8, else Windows-1256, the usual code page of Arabic web
 * pages. Empty and binary files are errors, never silently skipped.
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new InputError(`${file}: the file is empty`, 'Give a text file with the article in it, or leave it out.');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', file);
  if (looksBinary(bytes)) {
    throw new InputError(`${file}: this is not a text file (it contains binary data)`, 'framelens reads plain-text articles (.txt, .md) in UTF-8, UTF-16 with BOM or Windows-1256. Convert the document to plain text first.');
  }
  let text: string;
  let encoding: Encoding = 'utf-8';
  try {
    text = utf8.decode(bytes);
  } catch {
    text = new TextDecoder('windows-1256').decode(bytes);
    encoding = 'windows-1256';
  }
  return checked(text.replace(/^\uFEFF/u, ''), encoding, file);
}

function checked(text: string, encoding: Encoding, file: string): Decoded {
  if (text.trim() === '') throw new InputError(`${file}: the file has no text (only white space)`, 'Give a text file with the article in it, or leave it out.');
  if (/\u0000/u.test(text)) throw new InputError(`${file}: this is not a text file (it contains NUL characters)`, 'Convert the document to plain text first.');
  return {text, encoding};
}

/** NUL bytes, or many C0 control bytes other than tab/CR/LF/FF, in the first 8 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return controls > n * 0.05;
}
