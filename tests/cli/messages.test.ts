import {describe, expect, it} from 'vitest';
import {safeLine, safeLines} from '../../src/cli/messages.js';
import {listForMessage} from '../../src/errors.js';

describe('stderr messages', () => {
  it('show control, escape and bidi characters as visible escapes', () => {
    expect(safeLine('a\u001b]52;c;ZXZpbA==\u0007b\u009b2J\u202ec\u200bd\ne\tf')).toBe('a\\x1b]52;c;ZXZpbA==\\x07b\\x9b2J\\u202ec\\u200bd\\x0ae\tf');
    expect(safeLine('قالت الشرطة: «18»')).toBe('قالت الشرطة: «18»');
  });

  it('cap a line, without cutting a surrogate pair, and say how much was left out', () => {
    expect(safeLine('x'.repeat(600))).toBe(`${'x'.repeat(500)}… (100 more characters)`);
    expect(safeLine(`${'x'.repeat(499)}😀tail`)).toBe(`${'x'.repeat(499)}… (6 more characters)`);
    expect(safeLines('one\n\u001b[2Jtwo', '  ')).toBe('  one\n  \\x1b[2Jtwo');
  });

  it('name five items of a long list and count the rest', () => {
    expect(listForMessage(['a', 'b'])).toBe('`a`, `b`');
    expect(listForMessage(Array.from({length: 10_000}, (_, i) => `k${i}`))).toBe('`k0`, `k1`, `k2`, `k3`, `k4` … and 9,995 more');
  });
});
