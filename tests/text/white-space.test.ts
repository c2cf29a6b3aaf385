import {describe, expect, it} from 'vitest';
import {isWhiteSpace} from '../../src/text/white-space.js';

describe('isWhiteSpace', () => {
  it('agrees with /\\s/u on every UTF-16 code unit', () => {
    const differ: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/u.test(String.fromCharCode(code))) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });
  it('finds the spaces of a real line (tab, no-break space, ideographic space) and no letter', () => {
    const line = '\tقال المتحدث\u00a0 باسم\u3000الوزارة ';
    const spaces = [...line].map((c) => isWhiteSpace(c.charCodeAt(0)));
    expect(spaces.filter(Boolean)).toHaveLength(6);
    expect(isWhiteSpace('ق'.charCodeAt(0))).toBe(false);
  });
});
