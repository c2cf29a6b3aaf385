import {render} from 'ink-testing-library';
import React from 'react';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {STARTING_VISUAL, tuiText} from '../../src/i18n/tui-text.js';
import {fitLine, type Line} from '../../src/tui/line.js';
import {Loader, progressLine} from '../../src/tui/loader.js';
import {passageRows} from '../../src/tui/screens/compare.js';
import {readerFrame} from '../../src/tui/screens/reader.js';
import {initialState} from '../../src/tui/state.js';
import type {Analysis} from '../../src/types.js';
import {onScreen, rtlRuns, screenWords} from '../support/bidi-terminal.js';

/*
 * Rows of the Arabic interface (--lang ar) that mix Arabic labels with
 * numbers, on the seeds, as a terminal that does bidi lays them out
 * (logical mode; visual mode reorders each line the same way): every count
 * stays beside its own label, bars and percentages stay left to right, an
 * ellipsis ends the Arabic it follows.
 */

let seeds: Analysis;
beforeAll(() => {
  seeds = analyzeCorpus(loadSeeds());
});

const text = (l: Line): string => [...(l.lead ?? []), ...l.segs].map((s) => s.text).join('');
const PRESENTATION_FORMS = /[\ufb50-\ufdff\ufe70-\ufeff]/u;
const ARABIC_LETTER = /[\u0621-\u064a\ufb50-\ufdff\ufe70-\ufefc]/u;

/** On the screen, the word right of `count` is `label`: read right to left, the label then its count. */
function besideItsLabel(row: string, count: string, label: string): boolean {
  const words = screenWords(row);
  return words.some((w, i) => w === count && words[i + 1]?.startsWith(label));
}

describe('Arabic rows that mix labels and numbers', () => {
  it('keeps each kind of edit beside its count in Compare (000 ↔ 001: wording, added, spelling)', () => {
    const rows = passageRows(seeds, initialState(seeds, false, 'ar'), 160).map(text).filter((r) => r.startsWith('#'));
    const row = rows.find((r) => r.includes('صياغة') && r.includes('إضافة') && r.includes('إملاء'));
    expect(row, rows.join('\n')).toBeDefined();
    // #3 000 → 001: 2 wording, 1 added, 1 spelling (the analysis of the seeds).
    const counts = [...row!.matchAll(/(\d+) (صياغة|إضافة|إملاء|حذف|رقم)/gu)];
    expect(counts.length).toBeGreaterThanOrEqual(3);
    for (const [, n, label] of counts) expect(besideItsLabel(row!, n!, label!), `${n} ${label} in ${onScreen(row!)}`).toBe(true);
  });

  it('draws the progress bar and its percentage left to right, and ends each Arabic label with its ellipsis', () => {
    const analysing = progressLine(50, 200, 80, 'ar');
    expect(analysing).toMatch(/^framelens · 50\/200 ǀ تحليل المصادر ǀ ▕█+░+▏ 25%$/u);
    for (const run of rtlRuns(analysing)) expect(run, analysing).not.toMatch(/[▕▏█░%\d]/u);
    expect(onScreen(analysing)).toMatch(/▕█+░+▏ 25%$/u);
    expect(besideItsLabel(analysing, '50/200', 'تحليل')).toBe(false);
    // The ellipsis closes the reading: on screen it is left of the Arabic words (their end), not right (their start).
    for (const row of [progressLine(0, 0, 80, 'ar'), progressLine(200, 200, 80, 'ar'), tuiText('ar').progress.starting('logical')]) {
      const shown = onScreen(row);
      expect(shown, shown).toMatch(new RegExp(`…\\(?${ARABIC_LETTER.source}`, 'u'));
      expect(shown, shown).not.toMatch(new RegExp(`${ARABIC_LETTER.source}\\)?…`, 'u'));
    }
  });

  it('shapes and reorders the progress line in visual mode, like every other row', async () => {
    const app = render(<Loader input={{load: () => new Promise<never>(() => {})}} bidi={{mode: 'visual', reason: 'test'}} color={false} lang="ar" size={{rows: 24, cols: 80}} />);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const frame = app.lastFrame() ?? '';
    expect(frame).toMatch(PRESENTATION_FORMS);
    expect(frame).not.toContain('قراءة');
    expect(frame).toBe(fitLine({segs: [{text: progressLine(0, 0, 80, 'ar')}]}, 80, 'visual').map((s) => s.text).join(''));
    app.unmount();
  });

  it('writes the first line ("starting") in the interface language, ready shaped for visual mode', () => {
    expect(tuiText('en').progress.starting('visual')).toBe('framelens · starting…');
    expect(tuiText('ar').progress.starting('logical')).toBe('framelens · …بدء التشغيل');
    const visual = fitLine({segs: [{text: tuiText('ar').progress.starting('logical')}]}, 80, 'visual').map((s) => s.text).join('');
    expect(STARTING_VISUAL).toBe(visual);
    expect(tuiText('ar').progress.starting('visual')).toBe(visual);
  });

  it('separates the Reader header with the bar, so each count stays beside its label', () => {
    const s = initialState(seeds, false, 'ar');
    const header = text(readerFrame(seeds, s, {rows: 40, cols: 160}).lines[0]!);
    // Seed 000 names no outlet: "(المصدر غير مذكور)" comes after the counts.
    expect(header).toContain(`مصطلح${tuiText('ar').sep}(المصدر غير مذكور)`);
    expect(header).not.toContain(' · ');
    const words = /([\d,]+) كلمة/u.exec(header)!;
    const terms = /(\d+) مصطلح/u.exec(header)!;
    expect(besideItsLabel(header, words[1]!, 'كلمة'), onScreen(header)).toBe(true);
    expect(besideItsLabel(header, terms[1]!, 'مصطلح'), onScreen(header)).toBe(true);
  });
});
