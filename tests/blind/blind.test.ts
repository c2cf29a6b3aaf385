import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {blindAnalysis, letterOf, shuffledOrder} from '../../src/blind/blind-analysis.js';
import {MASK} from '../../src/blind/mask.js';
import {revealKeyText} from '../../src/blind/reveal-key.js';
import {renderPassageDiff} from '../../src/compare/diff-render.js';
import {loadInputs} from '../../src/corpus/inputs.js';
import {loadCorpus, loadSeeds} from '../../src/corpus/load.js';
import {claimsCsv, matrixCsv, mentionsCsv} from '../../src/report/csv.js';
import {htmlReport} from '../../src/report/html.js';
import {analysisToJson} from '../../src/report/json.js';
import {markdownReport} from '../../src/report/markdown.js';
import {plainStyle} from '../../src/text-report/style.js';
import {textReport} from '../../src/text-report/text-report.js';
import type {Analysis} from '../../src/types.js';
import {worksheetHtml} from '../../src/worksheet/html.js';
import {forbiddenStrings, leaks} from './leaks.js';

/* Blind reading: letters by seed, masks that keep offsets, and no outlet name in any output. */

const ENGLISH = join(import.meta.dirname, '..', 'fixtures', 'classroom-en');
let seeds: Analysis;
let english: Analysis;
beforeAll(() => {
  seeds = analyzeCorpus(loadSeeds());
  english = analyzeCorpus(loadCorpus([ENGLISH]));
}, 60_000);

/** Every file-like output of one analysis, by name. */
function outputs(a: Analysis): Record<string, string> {
  const body = (id: string): string => a.sources.find((s) => s.id === id)!.body;
  const text = textReport(a, {style: plainStyle, renderDiff: (i) => renderPassageDiff(a.passages[i]!, body(a.passages[i]!.a.source), body(a.passages[i]!.b.source), {color: false})});
  const en = worksheetHtml(a, 'en');
  const ar = worksheetHtml(a, 'ar');
  return {text, html: htmlReport(a), md: markdownReport(a), mentionsCsv: mentionsCsv(a), claimsCsv: claimsCsv(a), matrixCsv: matrixCsv(a), json: analysisToJson(a), worksheet: en.worksheet, key: en.answerKey, worksheetAr: ar.worksheet, keyAr: ar.answerKey};
}

describe('letters', () => {
  it('names sources A, B, … Z, AA in an order that depends on the seed only', () => {
    expect([0, 1, 25, 26, 27].map(letterOf)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
    expect(shuffledOrder(5, 7)).toEqual(shuffledOrder(5, 7));
    const orders = new Set([1, 2, 3, 4, 5, 6].map((seed) => shuffledOrder(5, seed).join()));
    expect(orders.size).toBeGreaterThan(3);
    expect([...shuffledOrder(5, 7)].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('puts the sources in letter order with every reference renamed', () => {
    const {blind, key} = blindAnalysis(seeds, 7);
    expect(blind.sources.map((s) => s.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(blind.sources.map((s) => s.outlet)).toEqual(['Outlet A', 'Outlet B', 'Outlet C', 'Outlet D', 'Outlet E']);
    expect(key.map((k) => k.letter)).toEqual(['A', 'B', 'C', 'D', 'E']);
    const ids = new Set(blind.sources.map((s) => s.id));
    for (const m of blind.mentions) expect(ids.has(m.source)).toBe(true);
    for (const c of blind.matrix) expect(ids.has(c.source)).toBe(true);
    for (const p of blind.passages) expect(ids.has(p.a.source) && ids.has(p.b.source)).toBe(true);
    for (const row of blind.claimsTable) for (const id of Object.keys(row.cells)) expect(ids.has(id)).toBe(true);
    // The same findings as the analysis: only the source names and masked words differ.
    expect(blind.mentions.length).toBe(seeds.mentions.length);
    expect(blind.matrix.map((c) => c.lean)).toEqual(expect.arrayContaining(seeds.matrix.map((c) => c.lean)));
  });

  it('names the letters in the interface language, hidden and revealed', () => {
    const {blind, revealed} = blindAnalysis(seeds, 7, 'ar');
    expect(blind.sources.map((s) => s.outlet)).toEqual(['المصدر A', 'المصدر B', 'المصدر C', 'المصدر D', 'المصدر E']);
    expect(blind.sources.map((s) => s.file)).toEqual(blind.sources.map((s) => s.outlet));
    const english = blindAnalysis(seeds, 7).revealed.sources.map((s) => String(s.outlet));
    expect(english).toContain('Outlet B = Al-Thawra (Syria) · 001');
    // The same letters and what they stand for; only the words around them change.
    expect(revealed.sources.map((s) => s.outlet)).toEqual(english.map((o) => o.replace(/^Outlet /u, 'المصدر ').replace(' = outlet not stated', ' = المصدر غير مذكور').replace(' = the text credits ', ' = ينسب النص إلى ')));
  });
});

describe('masks', () => {
  it('hide credits, bylines, photo credits and read-more links with a mask of the same length', () => {
    const {blind, key} = blindAnalysis(seeds, 7);
    const letter = (id: string): string => key.find((k) => k.id === id)!.letter;
    const body = (id: string): string => blind.sources.find((s) => s.id === letter(id))!.body;
    for (const s of seeds.sources) expect(body(s.id).length).toBe(s.body.length);
    expect(body('001').split('\n')[0]).toBe(MASK.repeat('الثورة – ريم صالح:'.length));
    expect(body('002')).toContain(`قوة من التدخل الروسي في كازاخستان (${MASK.repeat(8)})`);
    expect(body('002').trimEnd().endsWith(MASK.repeat('المصدر : الجزيرة + الأناضول'.length))).toBe(true);
    expect(body('004')).not.toContain('اقرأ المزيد');
    expect(body('004')).not.toContain('Related Nodes');
    // Everything else is the text as written.
    expect(body('000')).toBe(seeds.sources[0]!.body);
  });

  it('keeps every finding valid against the masked body', () => {
    for (const a of [seeds, english]) {
      const {blind} = blindAnalysis(a, 3);
      const body = new Map(blind.sources.map((s) => [s.id, s.body]));
      for (const m of blind.mentions) expect(body.get(m.source)!.slice(m.start, m.end)).toBe(m.text);
      for (const c of blind.claims) expect(body.get(c.source)!.slice(c.start, c.end)).toBe(c.text);
      for (const s of blind.sources) for (const c of s.credits) expect(s.body.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('masks an outlet named in another source, in its English or Arabic name', () => {
    // Two files: one with Al Jazeera in its front matter, one that quotes "الجزيرة".
    const a = analyzeCorpus([
      {id: 'x', file: 'x.txt', outlet: 'Al Jazeera', language: 'en', title: null, date: null, url: null, body: 'Police fired tear gas at protesters, Al Jazeera reported.'},
      {id: 'y', file: 'y.txt', outlet: null, language: 'ar', title: null, date: null, url: null, body: 'وقالت الشرطة لقناة الجزيرة إن المتظاهرين تفرقوا.'},
    ]);
    const {blind} = blindAnalysis(a, 1);
    const all = blind.sources.map((s) => s.body).join('\n');
    expect(all).not.toContain('Al Jazeera');
    expect(all).not.toContain('الجزيرة');
    expect(all).toContain('لقناة');
  });
});

describe('nothing leaks', () => {
  for (const [name, get] of [
    ['the seeds', () => seeds],
    ['an English folder', () => english],
  ] as const) {
    it(`in any report format or the worksheet, for ${name}`, () => {
      const a = get();
      const forbidden = forbiddenStrings(a);
      expect(forbidden.length).toBeGreaterThan(3);
      // The same outputs without --blind do show them: the search works.
      const open = Object.values(outputs(a)).join('\n');
      expect(leaks(open, forbidden).length).toBeGreaterThan(2);
      for (const seed of [1, 2]) {
        const {blind} = blindAnalysis(a, seed);
        for (const [format, text] of Object.entries(outputs(blind))) expect(leaks(text, forbidden), `${format}, seed ${seed}`).toEqual([]);
      }
    });
  }

  it('nor in the list of files that could not be read', () => {
    const withSkipped: Analysis = {...seeds, skipped: [{file: 'corpus/aljazeera-2022-01-08.txt', reason: 'the file is empty'}]};
    const {blind} = blindAnalysis(withSkipped, 1);
    expect(blind.skipped).toEqual([{file: '(name hidden in a blind reading, 1)', reason: 'the file is empty'}]);
    expect(markdownReport(blind)).not.toContain('aljazeera');
  });

  it('nor in a table corpus: other metadata columns are dropped, and a wire story in twelve outlets is one group of letters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-blind-'));
    const story = seeds.sources[0]!.body.split('\n').slice(0, 6).join('\n');
    const rows = Array.from({length: 12}, (_, i) => `w${i},Courier ${String.fromCharCode(65 + i)}x,Reporter Nr${i},"${story.replace(/"/gu, '""')}"`);
    writeFileSync(join(dir, 'wire.csv'), `id,media_name,author,text\n${rows.join('\n')}\n`);
    const {sources} = await loadInputs([join(dir, 'wire.csv')]);
    const a = analyzeCorpus(sources);
    expect(a.passageGroups.length).toBeGreaterThan(0);
    expect(a.sources[0]!.extra).toEqual({author: 'Reporter Nr0'});
    const {blind} = blindAnalysis(a, 3);
    const letters = new Set(blind.sources.map((s) => s.id));
    for (const g of blind.passageGroups) for (const m of [g.reference, ...g.members.map((x) => x.side)]) expect(letters.has(m.source)).toBe(true);
    for (const [format, text] of Object.entries(outputs(blind))) {
      expect(leaks(text, forbiddenStrings(a)), format).toEqual([]);
      expect(text, format).not.toMatch(/Reporter Nr/u);
    }
  });

  it('nor a byline under a saved page\'s headline and lede, nor the agency an outlet names in brackets (Sharjah24 (Reuters): الشارقة 24 – رويترز:)', () => {
    const a = analyzeCorpus(loadCorpus([join(import.meta.dirname, '..', 'fixtures', 'devset', 'hong-kong-2019', '007-sharjah24-reuters.txt')]));
    expect(a.sources[0]!.credits.map((c) => c.text)).toEqual(['الشارقة 24 – رويترز:']);
    const {blind} = blindAnalysis(a, 1);
    for (const [format, text] of Object.entries(outputs(blind))) expect(text, format).not.toMatch(/رويترز|Reuters|Sharjah|الشارقة 24/u);
  });

  it('but the reveal key names them all', () => {
    const result = blindAnalysis(seeds, 4);
    const text = revealKeyText(result);
    expect(text).toContain('seed 4');
    for (const s of seeds.sources) expect(text).toContain(s.file);
    expect(text).toContain('Al Jazeera + Anadolu');
    expect(text).toContain('المصدر : الجزيرة + الأناضول');
    const revealed = result.revealed.sources.map((s) => s.outlet).join('\n');
    expect(revealed).toContain('Al-Thawra (Syria)');
    expect(result.revealed.sources.map((s) => s.id)).toEqual(result.blind.sources.map((s) => s.id));
  });
});
