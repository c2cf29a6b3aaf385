import {render} from 'ink-testing-library';
import React from 'react';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {join} from 'node:path';
import {loadCorpus, loadSeeds} from '../../src/corpus/load.js';
import {STARTING_VISUAL, tuiText} from '../../src/i18n/tui-text.js';
import {fitLine, type Line} from '../../src/tui/line.js';
import {Loader, progressLine} from '../../src/tui/loader.js';
import {passageRows} from '../../src/tui/screens/compare.js';
import {readerFrame} from '../../src/tui/screens/reader.js';
import {initialState} from '../../src/tui/state.js';
import type {Analysis} from '../../src/types.js';
import {blindAnalysis} from '../../src/blind/blind-analysis.js';
import {onScreen, rtlRuns, screenWords} from '../support/bidi-terminal.js';
import {KEY, renderApp} from './render.js';

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

describe('Arabic labels before Latin words', () => {
  it('are closed by the bar, not a colon or quotation marks, which a bidi terminal would draw where the reading starts', () => {
    const t = tuiText('ar');
    // A speaker or a credit named in Latin letters (an English corpus), the gloss row's marks, the Reader's term and its gloss.
    const rows = [`${t.speaker}Kassym-Jomart Tokayev`, `${t.credits}Reuters`, `${t.glossesLabel}A− عصابات A− مسلحون`, `${t.focusHead('−', 'الفاعلون', t.voice.attributed, 'عصابات إرهابية')}${t.sep}447 كلمة`];
    for (const row of rows) expect(onScreen(row), row).not.toMatch(/[\u0621-\u064a][:“”…,]/u);
    expect(t.focusHead('−', 'الفاعلون', t.voice.attributed, null)).toBe('− الفاعلون ǀ منسوب');
  });
});

describe('an English corpus with --lang ar', () => {
  it('draws no mark of an Arabic label where its reading starts on the Concept screen (glosses on)', async () => {
    const english = analyzeCorpus(loadCorpus([join(import.meta.dirname, '..', 'fixtures', 'classroom-en')]));
    const ui = await renderApp(english, {lang: 'ar', size: {rows: 48, cols: 160}});
    await ui.press('2');
    const heads = ui.lines().filter((l) => /^[ ▶] \S+ +(صوته|مقتبس|منسوب)/u.test(l));
    expect(heads.length).toBeGreaterThan(3);
    for (const head of heads) expect(onScreen(head.trimEnd()), head).not.toMatch(/[\u0621-\u064a][“”:]/u);
    ui.unmount();
  });
});

describe('Arabic messages and help', () => {
  it('end without a full stop after their last Arabic word (a bidi terminal draws it where the reading starts)', () => {
    const t = tuiText('ar');
    const messages = [t.noConcepts, t.noMention, t.noSources, t.compareNeedsTwo, t.noFigures, t.noFigureRow('A'), t.onlyOneOutlet, t.tooSmall(500), t.nothingStandsOut, t.nothingFound, t.help.readingText, t.help.gutterText('A الفاعلون')];
    for (const m of messages) expect(onScreen(m), m).not.toMatch(/[\u0621-\u064a]\.\s*$/u);
  });

  it('names the gutter letters with the concepts\' Arabic names', async () => {
    const ui = await renderApp(seeds, {lang: 'ar', size: {rows: 48, cols: 160}});
    await ui.press('?', KEY.pageDown);
    expect(ui.screen()).toContain('A الفاعلون، E الحدث');
    expect(ui.screen()).not.toContain('actors');
    ui.unmount();
  });
});

describe('the Arabic status line', () => {
  it('keeps an Arabic place apart from the first key hint (Numbers, figures pane: الأرقام, then ↑↓ رقم)', async () => {
    const ui = await renderApp(seeds, {lang: 'ar', size: {rows: 24, cols: 80}});
    await ui.press('5', KEY.tab);
    const status = ui.lines().at(-2)!;
    expect(status).toContain('الأرقام');
    expect(besideItsLabel(status, '↑↓', 'رقم'), onScreen(status)).toBe(true);
    ui.unmount();
  });
});

describe('no English left in the Arabic interface', () => {
  // Latin words the Arabic interface keeps on purpose: key names, the display modes and their flag (README, "Interface language").
  // 'test' is the display mode's reason these renders give.
  const KEPT = new Set(['test', 'Enter', 'Esc', 'Tab', 'Shift', 'PgUp', 'PgDn', 'Home', 'End', 'Ctrl', 'logical', 'visual', 'bidi', 'FRAMELENS_BIDI', 'framelens']);
  const english = (text: string): string[] => [...text.matchAll(/[A-Za-z_]{2,}/gu)].map((m) => m[0]).filter((w) => !KEPT.has(w));
  const WALK: readonly (readonly string[])[] = [[], [KEY.down, KEY.down, KEY.right], ['2'], ['3'], ['3', 'n'], ['3', 'n', 'g'], ['4'], ['5'], ['5', KEY.down, KEY.right, KEY.tab], ['6'], ['7']];

  it('names concepts, outlets, figures and counts in Arabic in the status line, the headers and the tables (blind, 160×48)', async () => {
    const {blind, revealed} = blindAnalysis(seeds, 3, 'ar');
    for (const keys of WALK) {
      const ui = await renderApp(blind, {revealed, lang: 'ar', size: {rows: 48, cols: 160}});
      await ui.press(...keys);
      const lines = ui.lines();
      const status = lines.slice(-3).join('\n');
      expect(english(status), `${JSON.stringify(keys)}\n${status}`).toEqual([]);
      // The screen's own rows, not article text: the Reader header, Compare's outlets, the Terms header, the Numbers table.
      const own = keys[0] === '3' ? [lines[2]!] : keys[0] === '4' ? lines.slice(2, 4) : keys[0] === '7' ? [lines[2]!] : keys[0] === '5' ? lines.slice(2, 12) : [];
      expect(own.flatMap(english), `${JSON.stringify(keys)}\n${own.join('\n')}`).toEqual([]);
      ui.unmount();
    }
    // Revealed (R, y): the Reader header names each letter's outlet, or says in Arabic that none is stated.
    const outlets = seeds.sources.flatMap((src) => (src.outlet ? [src.outlet] : []));
    for (const source of [0, 1, 2, 3, 4]) {
      const ui = await renderApp(blind, {revealed, lang: 'ar', size: {rows: 48, cols: 160}});
      await ui.press('R', 'y', '3', ...Array<string>(source).fill(']'));
      const header = outlets.reduce((h, name) => h.replace(name, ''), ui.lines()[2]!);
      expect(header).toMatch(/المصدر [A-E] = /u);
      expect(english(header), header).toEqual([]);
      ui.unmount();
    }
  }, 60_000);
});
