import {describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import type {BidiMode} from '../../src/tui/bidi-mode.js';
import {firstFrameText} from '../../src/tui/first-frame.js';
import {plain, renderApp} from './render.js';

/*
 * The Overview drawn before Ink loads (an analysis from the cache) is the
 * frame the App then draws over it: row for row the same text, on the
 * seeds, in both bidi modes, in English and Arabic, plain and blind.
 */

const seeds = analyzeCorpus(loadSeeds());
const rows = (text: string): string[] => plain(text).split('\n').map((l) => l.trimEnd());

describe('first frame', () => {
  for (const [mode, lang] of [['logical', 'en'], ['visual', 'en'], ['logical', 'ar']] as [BidiMode, 'en' | 'ar'][]) {
    it(`is the App's first frame (${mode}, ${lang})`, async () => {
      const app = await renderApp(seeds, {mode, lang, size: {rows: 24, cols: 80}});
      const drawn = firstFrameText(seeds, {bidi: {mode, reason: 'test'}, color: true, lang, blind: false, rows: 24, cols: 80});
      expect(rows(drawn)).toEqual(rows(app.screen()));
      expect(rows(drawn).join('\n')).toContain(lang === 'en' ? 'Overview ·' : 'نظرة عامة');
      app.unmount();
    });
  }

  it('says blind as the App does', async () => {
    const app = await renderApp(seeds, {revealed: seeds, size: {rows: 30, cols: 100}});
    const drawn = firstFrameText(seeds, {bidi: {mode: 'logical', reason: 'test'}, color: false, lang: 'en', blind: true, rows: 30, cols: 100});
    expect(rows(drawn)).toEqual(rows(app.screen()));
    // Without colour: bold, dim, inverse and underline only, as Ink draws them with --no-color.
    expect(drawn).not.toMatch(/\u001b\[3\dm/u);
    app.unmount();
  });
});
