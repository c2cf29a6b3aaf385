import {describe, expect, it} from 'vitest';
import {sanitizeText, stripControls} from '../../src/text/strip-controls.js';

// Sequences an article could carry to take over a terminal, each around a real seed word.
const HOSTILE: readonly [string, string][] = [
  ['CSI colour', '\u001b[31mالمتظاهرين\u001b[0m'],
  ['full reset ESC c', '\u001bcالمتظاهرين'],
  ['cursor save/restore ESC 7 / ESC 8', '\u001b7المتظاهرين\u001b8'],
  ['OSC title ended by BEL', '\u001b]0;pwned\u0007المتظاهرين'],
  ['OSC 8 link ended by ST', '\u001b]8;;http://x.invalid\u001b\\المتظاهرين\u001b]8;;\u001b\\'],
  ['DCS string', '\u001bPq#0;2;0;0;0\u001b\\المتظاهرين'],
  ['8-bit CSI', '\u009b2Jالمتظاهرين'],
  ['8-bit OSC', '\u009d0;pwned\u0007المتظاهرين'],
  ['bidi override and isolate', '\u202eالمتظاهرين\u202c\u2067\u2069'],
  ['ALM and RLM', '\u061cالمتظاهرين\u200f'],
  ['NUL, BEL and backspace', '\u0000\u0007\u0008المتظاهرين'],
];

describe('sanitizeText', () => {
  for (const [name, text] of HOSTILE) {
    it(`drops ${name} and keeps the word`, () => {
      expect(sanitizeText(text)).toBe('المتظاهرين');
    });
  }

  it('keeps line feeds, tabs, ZWNJ and diacritics', () => {
    const text = 'قوات\tحفظ السلام\nمدرّبة\u200cً';
    expect(sanitizeText(text)).toBe(text);
  });
});

describe('stripControls', () => {
  it('keeps our own SGR colours and drops every other sequence', () => {
    expect(stripControls('\u001b[1m\u001bcالمتظاهرين\u001b]0;x\u0007\u001b[22m')).toBe('\u001b[1mالمتظاهرين\u001b[22m');
  });
});

describe('sanitizeText on broken sequences', () => {
  it('keeps the text after an unterminated OSC or DCS, or a stray C1 byte from mojibake', () => {
    expect(sanitizeText('He said â€œcalmâ€\u009d and left. Police fired. 20 people died.')).toBe('He said â€œcalmâ€ and left. Police fired. 20 people died.');
    expect(sanitizeText('\u001b]0;title قتل 20 متظاهرا')).toBe('0;title قتل 20 متظاهرا');
    expect(sanitizeText('\u001bPq قتل 20 متظاهرا')).toBe('q قتل 20 متظاهرا');
  });
});
