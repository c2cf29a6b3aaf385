import {InputError} from '../errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface Decoded {
  /** The decoded text, BOM removed. */
  readonly text: string;
  /** The encoding the bytes were read in (for metadata and messages). */
  readonly encoding: Encoding;
}

const NOT_TEXT_HINT = 'framelens reads plain-text articles (.txt, .md) in UTF-8, UTF-16 with a BOM or Windows-1256. Convert the document to plain text first, or leave the file out.';
const EMPTY_HINT = 'Give a text file with the article in it, or leave the file out.';

/**
 * Bytes to text: UTF-16 when a BOM says so, UTF-8 (BOM optional) when the
 * bytes are valid UTF-8, else Windows-1256, the usual code page of Arabic web
 * pages. Exactly one BOM is removed; nothing else is changed. Empty and
 * binary files are errors, never silently skipped.
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new InputError(`${file}: the file is empty`, EMPTY_HINT);
  const bom = byteOrderMark(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return checked(decodeWith(bom, bytes.subarray(2)), bom, file);
  const content = bom === 'utf-8' ? bytes.subarray(3) : bytes;
  if (content.includes(0)) {
    throw new InputError(`${file}: this is not a text file (it contains NUL bytes: binary data, or UTF-16 without a byte-order mark)`, NOT_TEXT_HINT);
  }
  const utf8 = tryUtf8(content);
  if (utf8 !== null) return checked(utf8, 'utf-8', file);
  if (bom === 'utf-8') throw new InputError(`${file}: the file says it is UTF-8 (it starts with a UTF-8 byte-order mark) but its bytes are not valid UTF-8`, 'Save the file again as UTF-8.');
  return checked(decodeWith('windows-1256', content), 'windows-1256', file);
}

function byteOrderMark(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  return null;
}

/** Decode without touching a BOM (the caller has already removed the one BOM). */
function decodeWith(encoding: Encoding, bytes: Uint8Array): string {
  return new TextDecoder(encoding, {ignoreBOM: true}).decode(bytes);
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes);
  } catch {
    return null;
  }
}

function checked(text: string, encoding: Encoding, file: string): Decoded {
  if (text.trim() === '') throw new InputError(`${file}: the file has no text (only white space)`, EMPTY_HINT);
  if (looksBinary(text)) throw new InputError(`${file}: this is not a text file (it is mostly control characters: binary data)`, NOT_TEXT_HINT);
  return {text, encoding};
}

/**
 * NUL characters, or more than 5 % control characters other than tab, line
 * breaks, form feed and escape, in the first 8 K characters.
 */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) controls++;
  }
  return controls > n * 0.05;
}
