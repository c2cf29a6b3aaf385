/*
 * Article text is untrusted: a file can carry terminal escape sequences
 * (cursor moves, title changes, OSC 8 links) or bidi controls that reorder
 * what the terminal shows. Strip them before printing; keep our own SGR
 * colour codes, which are added after sanitising the text they wrap.
 */
// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]|[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f]|[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/gu;

/** Remove control characters, escape sequences and bidi controls from article text. */
export function sanitizeText(text: string): string {
  return text.replace(ESCAPES, '');
}

/** Like sanitizeText, but leaves SGR colour sequences (ESC [ … m) that we wrote ourselves. */
export function stripControls(line: string): string {
  return line.replace(ESCAPES, (m) => (/^\u001b\[[0-9;]*m$/u.test(m) ? m : ''));
}
