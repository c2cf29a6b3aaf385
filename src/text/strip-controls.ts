/*
 * Article text is untrusted: a file can carry terminal escape sequences
 * (cursor moves, a full reset `ESC c`, cursor save/restore `ESC 7`/`ESC 8`,
 * title changes, OSC 8 links, DCS strings, 8-bit CSI) or bidi controls that
 * reorder what a terminal or a page shows. Every view (terminal UI, text
 * report, HTML, Markdown) strips them with this one pattern.
 */

// ESC + CSI / OSC / string controls (DCS, SOS, PM, APC) / any other escape
// (intermediates, then one final byte), and the 8-bit C1 forms of the same.
// A string control's payload goes only when its terminator is there: an
// unterminated one (or a stray U+009D from mojibake such as â€\u009d) loses
// its introducer and the rest of the text stays, printable and harmless.
export const SEQUENCE =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\](?:[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c))?|[PX^_](?:[^\u001b\u009c]*(?:\u001b\\|\u009c))?|[ -/]*[0-~]?)|\u009b[0-?]*[ -/]*[@-~]?|[\u0090\u0098\u009d\u009e\u009f](?:[^\u001b\u009c\u0007]*(?:\u0007|\u001b\\|\u009c))?/gu;

// C0/C1 controls other than tab and line feed, and the bidi controls
// (LRM/RLM/ALM, embeddings, overrides, isolates).
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/gu;

const SGR = /^\u001b\[[0-9;]*m$/u;
const SEQUENCE_OR_CONTROL = new RegExp(`${SEQUENCE.source}|${CONTROL.source}`, 'gu');

/** Article text without escape sequences, control characters or bidi controls; tabs and line feeds stay. */
export function sanitizeText(text: string): string {
  return text.replace(SEQUENCE, '').replace(CONTROL, '');
}

/** Like sanitizeText, but keeps the SGR colour sequences (ESC [ … m) that we wrote ourselves around sanitised text. */
export function stripControls(line: string): string {
  return line.replace(SEQUENCE_OR_CONTROL, (m) => (SGR.test(m) ? m : ''));
}
