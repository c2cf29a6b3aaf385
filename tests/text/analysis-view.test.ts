import {describe, expect, it} from 'vitest';
import {analysisView} from '../../src/text/analysis-view.js';

describe('analysisView: control and escape sequences are not text', () => {
  it('blanks CSI, OSC, DCS, 8-bit CSI, C0/C1 controls and bidi controls to spaces, same length, line breaks and tabs kept', () => {
    const body = 'a\u001b[2Jb\u001b]0;title 42\u0007c\u001bP1;2q#9\u001b\\d\u009b31me\u0001f\u202eg\u200fh\r\n\ti';
    const view = analysisView(body);
    expect(view).toHaveLength(body.length);
    expect(view).toBe(`a${' '.repeat(4)}b${' '.repeat(13)}c${' '.repeat(10)}d${' '.repeat(4)}e f g h\r\n\ti`);
  });

  it('returns a clean body as it is', () => {
    const body = 'قالت الشرطة إن المتظاهرين تفرقوا.\n«اقتباس» 18';
    expect(analysisView(body)).toBe(body);
  });

  it('an unterminated OSC loses only its introducer: the text after it stays text', () => {
    const body = '\u001b]0;قتلت 18 شرطيا';
    expect(analysisView(body)).toBe('  0;قتلت 18 شرطيا');
  });
});
