/*
 * Article text is untrusted: a file can carry terminal escape sequences
 * (cursor moves, a full reset `ESC c`, title changes, OSC 8 links, DCS
 * strings) or bidi controls that reorder what the terminal shows. Ink would
 * also give every zero-width control its own cell and push the borders
 * (ARABIC.md §5). Everything shown on screen goes through `displayText`.
 */

// ESC + CSI / OSC / string controls (DCS, SOS, PM, APC) / any other escape
// (intermediates, then one final byte), and the 8-bit C1 forms of the same.
const SEQUENCE =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|[PX^_][^\u001b\u009c]*(?:\u001b\\|\u009c)?|[ -/]*[0-~]?)|\u009b[0-?]*[ -/]*[@-~]?|[\u0090\u0098\u009d\u009e\u009f][^\u001b\u009c\u0007]*(?:\u0007|\u001b\\|\u009c)?/gu;

// Remaining C0/C1 controls, and format characters (bidi controls, soft
// hyphen, zero-width space, BOM, Arabic number signs) except ZWNJ/ZWJ,
// which belong to the word they sit in and shape it.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|(?![\u200c\u200d])\p{Cf}/gu;

/** Text as it may reach the terminal: no escapes, no controls, no bidi controls; tabs and line breaks become spaces. */
export function displayText(text: string): string {
  return text.replace(SEQUENCE, '').replace(/[\t\n\u2028\u2029]/gu, ' ').replace(CONTROL, '');
}
