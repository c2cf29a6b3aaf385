import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadCorpus} from '../../src/corpus/load.js';
import {passageRows} from '../../src/tui/screens/compare.js';
import {initialState} from '../../src/tui/state.js';
import type {Analysis} from '../../src/types.js';
import {wireCorpus} from '../support/wire-corpus.js';
import {KEY, overflow, renderApp} from './render.js';

/* Compare two outlets that carry the same agency story among fourteen (no pair passage between them): the group, not "share no passage". */

let a: Analysis;
beforeAll(() => {
  a = analyzeCorpus(loadCorpus([wireCorpus()]));
}, 60_000);

const index = (id: string): number => a.sources.findIndex((s) => s.id === id);

describe('Compare screen and passage groups', () => {
  for (const size of [{rows: 24, cols: 80}, {rows: 48, cols: 160}]) {
    for (const mode of ['logical', 'visual'] as const) {
      it(`says two carriers of one story carry it, with each side against the common wording (${size.cols}x${size.rows}, ${mode})`, async () => {
        expect([index('w00'), index('w03')]).toEqual([9, 12]);
        const ui = await renderApp(a, {mode, size});
        await ui.press('4', ...Array<string>(11).fill(KEY.right), KEY.up, ...Array<string>(9).fill(KEY.right));
        const screen = ui.screen();
        expect(screen).toContain('A w00 Paper A Daily');
        expect(screen).toContain('B w03 Paper D Daily');
        expect(screen).not.toContain('share no passage');
        expect(screen).toContain('both carry the same story as 12 other sources');
        expect(screen).toContain('14 sources carry this story · 13 word for word');
        expect(screen).toContain('A w00 · word for word');
        expect(screen).toContain('B w03 · similarity 0.99 · 2 wording against the common wording');
        expect(overflow(ui.lines(), size)).toEqual([]);
        // The edits are further down: scroll the passages pane to them.
        await ui.press(KEY.tab, KEY.tab, ...Array<string>(size.rows === 24 ? 3 : 1).fill(KEY.pageDown));
        expect(ui.screen()).toMatch(/‹!› \[-protesters-\] \{\+rioters\+\}/u);
        ui.unmount();
      }, 30_000);
    }
  }

  it('shows both sides’ edits, or the common wording when neither changed it; an outlet outside the group still shares nothing', () => {
    const rows = (x: string, y: string): string[] => passageRows(a, {...initialState(a), compare: {...initialState(a).compare, a: index(x), b: index(y)}}, 80).map((l) => [...(l.lead ?? []), ...l.segs].map((s) => s.text).join(''));
    const edited = rows('w03', '005-independent-reuters');
    expect(edited[1]).toBe('A w03 · similarity 0.99 · 2 wording against the common wording');
    expect(edited.join(' ')).toContain('[-protesters-] {+rioters+}');
    expect(edited.find((l) => l.startsWith('B '))).toBe('B 005-independent-reuters · word for word');
    const arabic = passageRows(a, {...initialState(a, false, 'ar'), compare: {...initialState(a).compare, a: index('w03'), b: index('005-independent-reuters')}}, 80).map((l) => [...(l.lead ?? []), ...l.segs].map((s) => s.text).join(''));
    expect(arabic[0]).toMatch(/^≡ 14 ǀ مصادر تنقل هذه القصة ǀ 13 ǀ حرفياً ǀ الصياغة الشائعة: /u);
    expect(arabic[1]).toBe('A w03 ǀ 0.99 التشابه ǀ 2 صياغة ǀ مقارنة بالصياغة الشائعة');
    const verbatim = rows('w00', 'w01');
    expect(verbatim.slice(1, 3)).toEqual(['A w00 · word for word', 'B w01 · word for word']);
    expect(verbatim[3]).toMatch(/^ {2}Friday 19 July 2019 China says/u);
    expect(verbatim.join(' ')).not.toContain('rioters');
    expect(rows('001-xinhua', 'w00')).toEqual([]);
  });
});
