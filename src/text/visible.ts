import {sanitizeText} from './strip-controls.js';

/*
 * Characters that take no place on a page: white space, zero-width spaces
 * and joiners, the word joiner and invisible operators, bidi marks and
 * controls, the soft hyphen, combining grapheme joiner, Mongolian vowel
 * separator, Hangul fillers, BOM, and control characters. A text made only
 * of these (and of terminal escape sequences) shows nothing, so it is as
 * empty as a file of spaces.
 */
const INVISIBLES = '\\s\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\u3164\\ufeff\\uffa0';
const VISIBLE = new RegExp(`[^${INVISIBLES}]`, 'u');
/** ESC and the 8-bit C1 introducers: their sequences carry printable bytes that are not text. */
const SEQUENCE_START = /[\u001b\u0090\u0098\u009b\u009d-\u009f]/u;

/** True when the text has at least one character a reader can see. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(SEQUENCE_START.test(text) ? sanitizeText(text) : text);
}
