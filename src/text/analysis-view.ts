import {CONTROL, SEQUENCE} from './strip-controls.js';

/*
 * What the analysis reads. A body may carry terminal escape sequences
 * (CSI `ESC[2J`, OSC `ESC]0;title BEL`, DCS …, their 8-bit C1 forms), other
 * C0/C1 control characters and bidi controls. None of it is text: the digits
 * of `ESC[2J` are not a number, the `m` of `ESC[31m` is not a word. The
 * views strip them (strip-controls.ts); the analysis reads a copy of the
 * body of the same length in which every such character is a space, so
 * tokens, sentences, quotes, numbers and passages never see them and every
 * offset still points into the body as it is. Line breaks and tabs stay.
 */

const NOT_TEXT = new RegExp(`${SEQUENCE.source}|${CONTROL.source}`, 'gu');
/** Any character that can start something to blank; most bodies have none and are returned as they are. */
const ANY = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/u;

/** The body with escape sequences, control characters (but tab, CR, LF) and bidi controls blanked to spaces: same length, same offsets. */
export function analysisView(body: string): string {
  if (!ANY.test(body)) return body;
  return body.replace(NOT_TEXT, (m) => m.replace(/[^\n\r\t]/gu, ' '));
}
