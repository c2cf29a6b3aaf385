import {InputError} from '../errors.js';
import {hasVisibleText} from '../text/visible.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface Decoded {
  /** The decoded text, BOM removed. */
  readonly text: string;
  /** The encoding the bytes were read in (for metadata and messages). */
  readonly encoding: Encoding;
  /** Damaged byte sequences replaced with U+FFFD (0 for a clean file). */
  readonly replaced: number;
}

const NOT_TEXT_HINT = 'framelens reads plain-text articles (.txt, .md) in UTF-8, UTF-16 with a BOM or Windows-1256. Convert the document to plain text first, or leave the file out.';
const EMPTY_HINT = 'Give a text file with the article in it, or leave the file out.';

/*
 * The encoding is decided on evidence, never by a single failed check:
 *
 * - a UTF-16 byte-order mark means UTF-16; a UTF-8 one means UTF-8;
 * - otherwise the bytes are tried as UTF-8. Valid → UTF-8. Not valid: the
 *   well-formed multi-byte sequences are counted against the damaged ones.
 *   A UTF-8 file cut in the middle of a character, or with a few flipped
 *   bytes, still has far more good sequences than bad → UTF-8, the bad ones
 *   replaced with U+FFFD and counted;
 * - Windows-1256 only when UTF-8 fails badly (more damaged sequences than
 *   good ones) AND the bytes above 0x7F read as letters in that code page
 *   (Arabic letters, or the French letters it also carries), as Arabic text
 *   saved from an old web page does;
 * - anything else is not a text we can read.
 *
 * Replacing keeps every other character where it was, so offsets stay exact
 * (into the decoded text, as always).
 */

/** Good multi-byte sequences must be at least this share of good + damaged for damaged bytes to be read as UTF-8. */
const UTF8_SHARE = 0.5;
/** Share of the bytes above 0x7F that must be letters in Windows-1256 for the file to be read in it. */
const CP1256_LETTER_SHARE = 0.8;
/** A text that is still this share of U+FFFD after decoding is not text. */
const MAX_REPLACED_SHARE = 0.1;

/**
 * Bytes to text (see above). Exactly one BOM is removed; nothing else is
 * changed but damaged sequences. Empty, invisible-only and binary files are
 * errors, never silently skipped.
 */
export function decodeText(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new InputError(`${file}: the file is empty`, EMPTY_HINT);
  const bom = byteOrderMark(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') return checked(decodeUtf16(bom, bytes.subarray(2)), file);
  const content = bom === 'utf-8' ? bytes.subarray(3) : bytes;
  if (content.includes(0)) {
    throw new InputError(`${file}: this is not a text file (it contains NUL bytes: binary data, or UTF-16 without a byte-order mark)`, NOT_TEXT_HINT);
  }
  const utf8 = decodeUtf8(content);
  if (utf8.replaced === 0) return checked(utf8, file);
  if (bom === 'utf-8') {
    if (utf8.replaced > utf8.text.length * MAX_REPLACED_SHARE) {
      throw new InputError(`${file}: the file says it is UTF-8 (it starts with a UTF-8 byte-order mark) but its bytes are not valid UTF-8`, 'Save the file again as UTF-8.');
    }
    return checked(utf8, file);
  }
  if (utf8.good / (utf8.good + utf8.replaced) >= UTF8_SHARE) return checked(utf8, file);
  const cp1256 = decodeWith('windows-1256', content);
  if (letterShare(cp1256) >= CP1256_LETTER_SHARE) return checked({text: cp1256, encoding: 'windows-1256', replaced: 0}, file);
  if (utf8.replaced > utf8.text.length * MAX_REPLACED_SHARE) {
    throw new InputError(`${file}: this is not a text file (its bytes are neither UTF-8 nor Windows-1256 text)`, NOT_TEXT_HINT);
  }
  return checked(utf8, file);
}

function byteOrderMark(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  return null;
}

/** Decode without touching a BOM (the caller has already removed the one BOM); damaged sequences become U+FFFD. */
function decodeWith(encoding: Encoding, bytes: Uint8Array): string {
  return new TextDecoder(encoding, {ignoreBOM: true}).decode(bytes);
}

interface Utf8Reading extends Decoded {
  /** Well-formed multi-byte sequences (characters above U+007F that were written as such). */
  readonly good: number;
}

/**
 * UTF-8 with the WHATWG replacement (one U+FFFD per maximal damaged
 * subpart). A U+FFFD written in the file (EF BF BD) is not a replacement.
 */
function decodeUtf8(bytes: Uint8Array): Utf8Reading {
  const text = decodeWith('utf-8', bytes);
  let fffd = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c === 0xfffd) fffd++;
    else if (c < 0xdc00 || c > 0xdfff) nonAscii++;
  }
  const written = fffd === 0 ? 0 : countWrittenReplacementChars(bytes);
  return {text, encoding: 'utf-8', replaced: fffd - written, good: nonAscii + written};
}

function countWrittenReplacementChars(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

function decodeUtf16(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): Decoded {
  const text = decodeWith(encoding, bytes);
  let fffd = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) fffd++;
  let written = 0;
  const [lo, hi] = encoding === 'utf-16le' ? [0xfd, 0xff] : [0xff, 0xfd];
  if (fffd > 0) for (let i = 0; i + 1 < bytes.length; i += 2) if (bytes[i] === lo && bytes[i + 1] === hi) written++;
  return {text, encoding, replaced: fffd - written};
}

const LETTER = /[\p{L}\p{M}]/u;

/** Of the characters decoded from bytes above 0x7F (all are above U+007F in Windows-1256), the share that are letters or marks. */
function letterShare(text: string): number {
  let high = 0;
  let letters = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    high++;
    if (LETTER.test(ch)) letters++;
  }
  return high === 0 ? 0 : letters / high;
}

function checked(decoded: Decoded, file: string): Decoded {
  const {text, encoding, replaced} = decoded;
  if (!hasVisibleText(text)) throw new InputError(`${file}: the file has no text (only white space and invisible characters)`, EMPTY_HINT);
  if (looksBinary(text)) throw new InputError(`${file}: this is not a text file (it is mostly control characters: binary data)`, NOT_TEXT_HINT);
  return {text, encoding, replaced};
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
