import {sanitizeText} from '../text/strip-controls.js';

/*
 * What reaches Ink: the sanitised text on one line, and no zero-width
 * format characters either, since Ink gives each its own cell and pushes
 * the borders (docs/arabic.md §5). ZWNJ/ZWJ stay: they belong to the word they
 * sit in and shape it.
 */
const FORMAT = /(?![\u200c\u200d])\p{Cf}/gu;

/** Text as it may reach the terminal: no escapes, no controls, no format characters; tabs and line breaks become spaces. */
export function displayText(text: string): string {
  return sanitizeText(text).replace(/[\t\n\u2028\u2029]/gu, ' ').replace(FORMAT, '');
}
