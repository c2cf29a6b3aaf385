/**
 * Whether a UTF-16 code unit is white space as the regex /\s/u sees one
 * character (WhiteSpace and LineTerminator: tab, line feed, vertical tab,
 * form feed, carriage return, space, U+00A0, U+1680, U+2000–U+200A,
 * U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF), read by its code: the
 * regex on `text[i]` made a one-character string per test, and trimming a
 * hundred thousand one-word lines paid for it line after line.
 */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The first offset in [start, end) that is not white space, or `end`. */
export function skipSpaceForward(text: string, start: number, end: number): number {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  return start;
}

/** The end of [start, end) without its closing white space (`start` when it holds none but white space). */
export function skipSpaceBack(text: string, start: number, end: number): number {
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** A span without the white space at either end (empty, start = end, when it holds none but white space). */
export function trimSpan(text: string, span: {readonly start: number; readonly end: number}): {start: number; end: number} {
  const start = skipSpaceForward(text, span.start, span.end);
  return {start, end: skipSpaceBack(text, start, span.end)};
}
