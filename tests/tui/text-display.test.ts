import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import reshaper from 'arabic-persian-reshaper';
import {describe, expect, it} from 'vitest';
import {onScreen} from '../support/bidi-terminal.js';
import {cellWidth, truncate} from '../../src/tui/cells.js';
import {fitLine} from '../../src/tui/line.js';
import {displayText} from '../../src/tui/sanitize.js';
import {shapeArabic, shapeClusters} from '../../src/tui/shape.js';
import {visualRuns} from '../../src/tui/visual.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const seedLines = readdirSync(SEEDS).flatMap((f) => readFileSync(join(SEEDS, f), 'utf8').split('\n'));
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const visual = (text: string, base: 'ltr' | 'rtl' = 'rtl'): string => visualRuns([{text, style: 0}], base).map((r) => r.text).join('');

describe('displayText (untrusted article text)', () => {
  it.each([
    ['a CSI sequence (clear screen)', 'قال\u001b[2J الوزير', 'قال الوزير'],
    ['an OSC title change ended by BEL', 'قال\u001b]0;pwned\u0007 الوزير', 'قال الوزير'],
    ['an OSC 8 link ended by ST', '\u001b]8;;http://x\u001b\\رابط\u001b]8;;\u001b\\', 'رابط'],
    ['a full reset ESC c', 'قال\u001bc الوزير', 'قال الوزير'],
    ['save and restore cursor ESC 7 / ESC 8', '\u001b7قال\u001b8', 'قال'],
    ['a DCS string', 'قال\u001bPq#0;2;0;0;0\u001b\\ الوزير', 'قال الوزير'],
    ['the 8-bit CSI', 'قال\u009b2J الوزير', 'قال الوزير'],
    ['a lone ESC at the end', 'قال\u001b', 'قال'],
    ['C0 controls and DEL', 'قا\u0007ل\u0000\u007f', 'قال'],
    ['bidi controls', '\u202bقال\u202c \u2067الوزير\u2069\u200f', 'قال الوزير'],
    ['tabs and line breaks', 'قال\tالوزير\nاليوم', 'قال الوزير اليوم'],
  ])('removes %s', (_what, input, expected) => {
    expect(displayText(input)).toBe(expected);
  });

  it('keeps harakat, shadda, tatweel and the zero-width (non-)joiners that belong to words', () => {
    for (const word of ['تلقّت', 'مبانٍ', 'بـ', 'می\u200cخواهم', 'ك\u200dـ']) expect(displayText(word)).toBe(word);
  });
});

describe('cell widths', () => {
  it('counts harakat as part of their letter, a lam-alef ligature as one cell, wide characters as two', () => {
    expect(cellWidth('تلقّت')).toBe(4);
    expect(cellWidth('مبانٍ')).toBe(4);
    expect(cellWidth(shapeArabic('الاحتجاجات'))).toBe(cellWidth('الاحتجاجات') - 1);
    expect(cellWidth('مدينة 700 أمن')).toBe(13);
    expect(cellWidth('新闻')).toBe(4);
  });

  it('truncates by grapheme, never splitting a letter from its haraka', () => {
    // The ellipsis before the Arabic: on screen it is left of the word, where the reading stops (below).
    expect(truncate('تلقّت تدريباتها', 4)).toBe('…تلقّ');
    expect(cellWidth(truncate('تلقّت تدريباتها', 4))).toBe(4);
  });

  it('ends a cut in Arabic with the ellipsis where the reading stops, after the last whole word', () => {
    // Cells of the seeds' Overview and Compare: dominant terms cut to their column.
    const cases: [string, number, string][] = [
      ['+0.80 n=1 ارتفاع سعر الوقود / رفع الدعم', 28, '+0.80 n=1 …ارتفاع سعر الوقود'],
      ['ارتفاع سعر الوقود', 12, '…ارتفاع سعر'],
      ['احتجاجات / مظاهرات', 11, '…احتجاجات'],
      ['من نُقلوا إلى المستشفيات (الناس)', 21, '…من نُقلوا إلى'],
      ['Outlet A is long', 8, 'Outlet …'],
    ];
    for (const [text, max, cut] of cases) {
      expect(truncate(text, max)).toBe(cut);
      expect(cellWidth(truncate(text, max))).toBeLessThanOrEqual(max);
      // A terminal that does bidi (and visual mode) draws the ellipsis left of the Arabic words, never right of them.
      if (/[\u0600-\u06ff]/u.test(cut)) expect(onScreen(truncate(text, max))).toMatch(/…[\u0600-\u06ff]+/u);
    }
  });
});

describe('shaping (visual mode)', () => {
  it('gives the same presentation forms as arabic-persian-reshaper on every line of the seeds', () => {
    // The reshaper writes alef maksura's final form as U+FBFD (Farsi yeh); Unicode's is U+FEF0.
    const theirs = (line: string): string => reshaper.ArabicShaper.convertArabic(line).replace(/\uFBFD/gu, '\uFEF0');
    const differing = seedLines.filter((line) => shapeArabic(line) !== theirs(line));
    expect(seedLines.length).toBeGreaterThan(50);
    expect(differing).toEqual([]);
  });

  it('keeps the haraka in lam + haraka + alef, which the reshaper drops', () => {
    expect(shapeArabic('لَا')).toBe('\uFEFB\u064E');
    expect(reshaper.ArabicShaper.convertArabic('لَا')).not.toContain('\u064E');
  });

  it('knows which input each shaped cluster shows (a ligature covers both letters)', () => {
    const text = 'الأمن';
    const clusters = shapeClusters(text);
    expect(clusters.map((c) => text.slice(c.from, c.to))).toEqual(['ا', 'لأ', 'م', 'ن']);
    // Alef does not join to the letter after it, so the ligature and meem start a new joined run.
    expect(clusters.map((c) => c.text)).toEqual(['\uFE8D', '\uFEF7', '\uFEE3', '\uFEE6']);
  });
});

describe('reordering (visual mode)', () => {
  it('shapes, reverses and mirrors a quoted phrase (the measured example of docs/arabic.md §5)', () => {
    expect(visual('قال: «عصابات إرهابية»')).toBe('«ﺔﻴﺑﺎﻫﺭﺇ ﺕﺎﺑﺎﺼﻋ» :ﻝﺎﻗ');
  });

  it('keeps numbers and Latin left-to-right inside Arabic', () => {
    expect(visual('قُتل 18 من عناصر')).toBe('ﺮﺻﺎﻨﻋ ﻦﻣ 18 ﻞﺘﻗُ');
    expect(visual('قوات (UN)', 'rtl')).toBe('(UN) ﺕﺍﻮﻗ');
  });

  it('keeps a shadda after its letter (rule L3, which bidi-js lacks)', () => {
    const text = visual('مدرّبة');
    expect(text).toBe('ﺔﺑﺭّﺪﻣ');
    expect(text.indexOf('\u0651')).toBe(text.indexOf('\uFEAD') + 1);
  });

  it('never produces a bidi control character', () => {
    for (const line of seedLines) expect(visual(line)).not.toMatch(BIDI_CONTROLS);
  });
});

describe('fitLine', () => {
  const seg = (text: string) => ({text});
  const width = (segs: readonly {text: string}[]): number => segs.reduce((n, s) => n + cellWidth(s.text), 0);

  it('cuts every seed line to the width in both modes, measured after shaping, with no control characters', () => {
    for (const cols of [20, 37, 80]) {
      for (const text of seedLines) {
        for (const mode of ['logical', 'visual'] as const) {
          const out = fitLine({lead: [seg('A− ')], segs: [seg(text)], rtl: true}, cols, mode);
          expect(width(out)).toBeLessThanOrEqual(cols);
          expect(out.map((s) => s.text).join('')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u);
        }
      }
    }
  });

  it('right-aligns a right-to-left row to the full width in visual mode and keeps the gutter on the left', () => {
    const out = fitLine({lead: [seg('E− ')], segs: [seg('أعمال الشغب')], rtl: true}, 30, 'visual');
    const text = out.map((s) => s.text).join('');
    expect(width(out)).toBe(30);
    expect(text.startsWith('E− ')).toBe(true);
    expect(text.endsWith('ﺐﻐﺸﻟﺍ ﻝﺎﻤﻋﺃ')).toBe(true);
  });

  it('leaves text as stored in logical mode', () => {
    const out = fitLine({segs: [seg('قال: «عصابات إرهابية»')], rtl: true}, 40, 'logical');
    expect(out.map((s) => s.text).join('')).toBe('قال: «عصابات إرهابية»');
  });

  it('keeps each style on its own characters after reordering', () => {
    const out = fitLine({segs: [{text: 'قال '}, {text: 'عصابات', inverse: true}, {text: ' إرهابية'}], rtl: true}, 20, 'visual');
    const highlighted = out.filter((s) => s.inverse).map((s) => s.text);
    expect(highlighted).toEqual(['ﺕﺎﺑﺎﺼﻋ']);
  });
});
