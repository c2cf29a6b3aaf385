import {InputError} from '../errors.js';

/*
 * Documents that are not text: a PDF or a Word file given as an article
 * gets an error that says what it is and how to get its text out, instead
 * of "binary file" or, worse, mojibake read as Windows-1256.
 */

const PDF_HINT = 'Get its text out first, e.g. `pdftotext -layout FILE.pdf FILE.txt` (poppler-utils), or open it and save or copy the article as plain text (.txt).';
/** Said in the message itself: a skipped file is reported by its message alone. */
const WORD_HOW = 'get its text out with `libreoffice --headless --convert-to txt:Text FILE`, or save the article as .txt';
const WORD_HINT = 'Get its text out first, e.g. `libreoffice --headless --convert-to txt:Text FILE`, or open it in Word and "Save As" plain text (.txt, UTF-8).';

/** Throws when the bytes are a PDF, a Word .docx (zip with word/) or a Word .doc (OLE compound file). */
export function rejectNonTextDocument(bytes: Uint8Array, file: string): void {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) throw new InputError(`${file}: this is a PDF document, not a text file (get its text out with \`pdftotext -layout FILE.pdf FILE.txt\`, or save the article as .txt)`, PDF_HINT);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 65536))).toString('latin1');
    if (head.includes('word/')) throw new InputError(`${file}: this is a Word document (.docx), not a text file (${WORD_HOW})`, WORD_HINT);
    if (head.includes('content.xml') || head.includes('opendocument.text')) throw new InputError(`${file}: this is an OpenDocument text (.odt), not a text file (${WORD_HOW})`, WORD_HINT);
    throw new InputError(`${file}: this is a zip archive, not a text file`, 'Unpack it and give the article files (.txt, .md, .html) or the folder they are in.');
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) throw new InputError(`${file}: this is a Word document (.doc) or another Office file, not a text file (${WORD_HOW})`, WORD_HINT);
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw new InputError(`${file}: this is a Rich Text (.rtf) document, not a plain text file (${WORD_HOW})`, WORD_HINT);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}
