/*
 * Everything framelens writes to stderr passes through here. Messages carry
 * text from the input (file names, front-matter keys and values, lexicon
 * terms, source ids), and a terminal obeys what it is sent: an OSC 52 in a
 * file name would set the clipboard, an OSC 0 the window title, a U+202E
 * would reverse the line. Control characters, escape introducers and
 * invisible or bidi formatting characters are shown as escapes (\x1b,
 * \u202e) so the reader sees what is there and the terminal obeys nothing;
 * a line is capped so that one message cannot flood the screen.
 */

/** C0 and C1 controls (tab aside), bidi marks, embeddings, overrides and isolates, zero-width and other invisible formatting characters. */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/gu;

/** Longest line of a message, in UTF-16 code units. */
export const MESSAGE_LINE_MAX = 500;

/** One line of a message, safe for a terminal: controls shown as escapes, at most `max` characters. */
export function safeLine(text: string, max = MESSAGE_LINE_MAX): string {
  const shown = text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  if (shown.length <= max) return shown;
  let cut = max;
  const before = shown.charCodeAt(cut - 1);
  if (before >= 0xd800 && before <= 0xdbff) cut--;
  return `${shown.slice(0, cut)}… (${(shown.length - cut).toLocaleString('en')} more characters)`;
}

/** A text of several lines (a hint), each line made safe and indented. */
export function safeLines(text: string, indent = ''): string {
  return text
    .split('\n')
    .map((line) => `${indent}${safeLine(line.replace(/\r$/u, ''))}`)
    .join('\n');
}

/** `framelens: <message>` and an indented hint, to stderr. */
export function printError(message: string, hint?: string): void {
  process.stderr.write(`framelens: ${safeLine(message)}\n`);
  if (hint) process.stderr.write(`${safeLines(hint, '  ')}\n`);
}

/** `framelens: warning: <message>`, to stderr. */
export function printWarning(message: string): void {
  process.stderr.write(warningLine(message));
}

/** The line printWarning writes. */
export function warningLine(message: string): string {
  return `framelens: warning: ${safeLine(message)}\n`;
}
