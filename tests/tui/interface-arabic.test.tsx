import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import type {Analysis} from '../../src/types.js';
import {blindAnalysis} from '../../src/blind/blind-analysis.js';
import {resolveBidiMode} from '../../src/tui/bidi-mode.js';
import {progressLine} from '../../src/tui/loader.js';
import {rtlRuns} from '../support/bidi-terminal.js';
import {KEY, overflow, renderApp} from './render.js';

/*
 * The terminal UI with --lang ar on the real seeds: every screen fits at
 * 80×24 and 160×48 in both bidi modes, sends no bidi control character,
 * and its labels, status line, help and glosses are Arabic. In logical mode
 * a terminal that does bidi itself reads each line as a left-to-right
 * paragraph: simulated here with bidi-js, no right-to-left run may take in
 * a column rule (│) or a column gap (three spaces or more), which would
 * move a label or a figure into another column.
 */

const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// Arabic letters without presentation forms: tatweel (U+0640) is drawn as it is.
const UNSHAPED = /[\u0621-\u063f\u0641-\u064a]/u;

/** Lines whose right-to-left runs would carry a column rule or a column gap across. */
function crossesColumns(lines: readonly string[]): string[] {
  return lines.filter((l) => rtlRuns(l.trimEnd()).some((r) => r.includes('│') || /\S\s{3,}\S/u.test(r)));
}

let seeds: Analysis;
beforeAll(() => {
  seeds = analyzeCorpus(loadSeeds());
});

const WALK: readonly (readonly string[])[] = [[], [KEY.down, KEY.down, KEY.right], ['2'], ['2', KEY.tab], ['2', KEY.pageDown, KEY.enter], ['3', KEY.pageDown, 'n'], ['3', ']', 'd'], ['3', 'g'], ['3', 'n', 'g'], ['4'], ['4', KEY.right, KEY.tab, KEY.tab, KEY.pageDown], ['5'], ['5', KEY.down, KEY.right, KEY.tab], ['6'], ['6', KEY.enter], ['7'], ['7', KEY.right, KEY.down], ['?'], ['?', KEY.pageDown], ['/', ...'ألماتي', KEY.enter]];

describe('--lang ar in the terminal UI', () => {
  for (const size of [{rows: 24, cols: 80}, {rows: 48, cols: 160}]) {
    for (const mode of ['logical', 'visual'] as const) {
      it(`every screen fits ${size.cols}×${size.rows} in ${mode} mode, with no bidi control characters${mode === 'logical' ? ' and no label pulled across a column' : ''}`, async () => {
        for (const keys of WALK) {
          const ui = await renderApp(seeds, {size, mode, lang: 'ar'});
          await ui.press(...keys);
          expect(overflow(ui.lines(), size), JSON.stringify(keys)).toEqual([]);
          expect(ui.raw(), JSON.stringify(keys)).not.toMatch(BIDI_CONTROLS);
          if (mode === 'logical') expect(crossesColumns(ui.lines()), JSON.stringify(keys)).toEqual([]);
          // Visual mode shapes every Arabic letter it sends (the Reader's gutter glosses too): a letter left unshaped was never reordered either.
          else expect(ui.lines().filter((l) => UNSHAPED.test(l)), JSON.stringify(keys)).toEqual([]);
          ui.unmount();
        }
      }, 90_000);
    }
  }

  it('names the screens, the status line keys and the matrix columns in Arabic, and keeps English the default', async () => {
    const ar = await renderApp(seeds, {lang: 'ar', size: {rows: 48, cols: 160}});
    const screen = ar.screen();
    expect(screen).toContain('١ نظرة عامة');
    expect(screen).toContain('٦ الدرس');
    expect(screen).toContain('? مساعدة');
    expect(screen).toContain('q خروج');
    expect(screen).toMatch(/الفاعلون\s*ǀالحدث/u);
    // The detail under the matrix: the question in Arabic, the counts per voice.
    expect(screen).toContain('من هم الناس في الشوارع؟');
    expect(screen).toMatch(/صوته \d+ ǀ مقتبس \d+ ǀ منسوب \d+/u);
    ar.unmount();
    const en = await renderApp(seeds, {size: {rows: 48, cols: 160}});
    expect(en.screen()).toContain('1 Overview');
    expect(en.screen()).not.toContain('نظرة عامة');
    en.unmount();
  });

  it('shows glosses from gloss_ar on the Concept screen and in the Reader', async () => {
    const ui = await renderApp(seeds, {lang: 'ar', size: {rows: 48, cols: 160}});
    await ui.press('2');
    // 000's first actors mention: «عصابات إرهابية», reported speech.
    expect(ui.screen()).toContain('ǀ عصابات إرهابية ǀ');
    expect(ui.screen()).toContain('منسوب');
    expect(ui.screen()).toContain('نازع للشرعية');
    expect(ui.screen()).not.toContain('“terrorist gangs”');
    await ui.press('3');
    // The gloss cut to the gutter: the ellipsis before it is drawn where its reading stops.
    expect(ui.screen()).toMatch(/A− …?(مسلحون|عصابات)/u);
    ui.unmount();
  });

  it('writes the help in Arabic: key rows, screens, reading notes and the glossary', async () => {
    const ui = await renderApp(seeds, {lang: 'ar', size: {rows: 48, cols: 160}});
    await ui.press('?');
    const help = ui.screen();
    expect(help).toContain('في كل شاشة');
    expect(help).toContain('هذه المساعدة');
    expect(help).toContain('القراءة:');
    expect(help).toMatch(/Enter: إشارات المفهوم/u);
    ui.unmount();
  });

  it('keeps the status line, the blind mark, the progress line and furniture names in Arabic', async () => {
    const guessed = await renderApp(seeds, {lang: 'ar', size: {rows: 48, cols: 160}, bidi: resolveBidiMode('auto', {})});
    expect(guessed.screen()).toContain('logical ǀ عرض العربية (تخمين: طرفية مجهولة؛ غيّره بـ --bidi أو FRAMELENS_BIDI)');
    expect(guessed.screen()).not.toContain('Arabic:');
    guessed.unmount();
    const {blind, revealed} = blindAnalysis(seeds, 3, 'ar');
    const ui = await renderApp(blind, {revealed, lang: 'ar', size: {rows: 48, cols: 160}});
    expect(ui.screen()).toContain('أسماء مخفية');
    expect(ui.screen()).not.toContain('BLIND');
    await ui.press('R', 'y');
    expect(ui.screen()).toContain('أسماء مكشوفة');
    ui.unmount();
    const compare = await renderApp(seeds, {lang: 'ar', size: {rows: 24, cols: 80}});
    await compare.press('4');
    // Seed 000 names no outlet.
    expect(compare.screen()).toContain('A 000 (المصدر غير مذكور)');
    compare.unmount();
    expect(progressLine(0, 0, 80, 'ar')).toBe('framelens · …قراءة المصادر');
    expect(progressLine(50, 200, 80, 'ar')).toMatch(/^framelens · 50\/200 ǀ تحليل المصادر ǀ ▕█+░+▏ 25%$/u);
    expect(progressLine(50, 200, 80, 'ar').length).toBeLessThanOrEqual(80);
  });
});
