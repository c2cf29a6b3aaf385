import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {renderPassageDiff} from '../../src/compare/diff-render.js';
import {findSharedPassages, passageStats} from '../../src/compare/passages.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {tokenize} from '../../src/text/tokenize.js';
import type {Analysis, MatrixCell} from '../../src/types.js';

let a: Analysis;
beforeAll(() => {
  a = analyzeCorpus(loadSeeds());
});
const cell = (source: string, concept: string): MatrixCell => a.matrix.find((m) => m.source === source && m.concept === concept)!;
const body = (id: string): string => a.sources.find((s) => s.id === id)!.body;

describe('framing matrix on the seeds', () => {
  it('000 and 001 adopt hostile labels for the people in the streets in their own voice', () => {
    for (const id of ['000', '001']) {
      const c = cell(id, 'actors');
      expect(c.lean).not.toBeNull();
      expect(c.lean!).toBeLessThan(-0.5);
      expect(c.ownVoiceTerms.every((t) => t.pole === 'delegitimizing')).toBe(true);
    }
  });

  it('002, 003 and 004 use protest vocabulary in their own voice and only attribute or distance the hostile labels', () => {
    for (const id of ['002', '003', '004']) {
      const event = cell(id, 'event');
      expect(event.lean!).toBeGreaterThan(0);
      expect(event.ownVoiceTerms.some((t) => t.pole === 'protest')).toBe(true);
      const actors = cell(id, 'actors');
      expect(actors.counts.delegitimizing!.outlet).toBe(0);
      expect(actors.counts.delegitimizing!.quoted + actors.counts.delegitimizing!.attributed).toBeGreaterThan(0);
      expect(actors.lean === null || actors.lean > 0).toBe(true);
    }
  });

  it('every count can be traced to the mentions it rests on', () => {
    for (const c of a.matrix) {
      const listed = c.mentionIndexes.map((i) => a.mentions[i]!);
      expect(listed.every((m) => m.source === c.source && m.concept === c.concept)).toBe(true);
      const counted = listed.filter((m) => !m.negated);
      const total = Object.values(c.counts).reduce((n, v) => n + v.outlet + v.quoted + v.attributed, 0);
      expect(total).toBe(counted.length);
      expect(c.evidence).toBe(counted.filter((m) => m.voice === 'outlet' && !m.distanced).length);
      if (c.evidence === 0) expect(c.lean).toBeNull();
    }
  });
});

describe('shared passages on the seeds', () => {
  const passageCovering = (x: string, y: string, inX: string): boolean =>
    a.passages.some((p) => {
      const [side] = [p.a, p.b].filter((s) => s.source === x);
      const other = [p.a, p.b].find((s) => s.source === y);
      if (!side || !other) return false;
      const at = body(x).indexOf(inX);
      return at >= 0 && side.start <= at && at < side.end;
    });

  it('finds the Russian foreign ministry statement in 000 and 001', () => {
    expect(passageCovering('000', '001', 'روسيا تؤكد')).toBe(true);
  });
  it('finds the police spokesman quote in 000 and 003', () => {
    expect(passageCovering('000', '003', 'القوى المتطرفة حاولت الليلة الماضية')).toBe(true);
  });
  it('finds the CSTO force composition in 000 and 001', () => {
    expect(passageCovering('000', '001', 'وبيلاروس وأرمينيا')).toBe(true);
  });
  it('slices every passage and edit to real text and classifies spelling variants', () => {
    for (const p of a.passages) {
      expect(body(p.a.source).slice(p.a.start, p.a.end).length).toBeGreaterThan(0);
      for (const e of p.edits) {
        if (e.a) expect(e.a.start >= p.a.start && e.a.end <= p.a.end).toBe(true);
        if (e.b) expect(e.b.start >= p.b.start && e.b.end <= p.b.end).toBe(true);
      }
    }
    const spelling = a.passages.flatMap((p) => p.edits.filter((e) => e.kind === 'spelling').map((e) => body(p.a.source).slice(e.a!.start, e.a!.end)));
    expect(spelling).toEqual(expect.arrayContaining(['مدرّبة']));
  });
});

describe('word diff classification', () => {
  const input = (id: string, text: string, terms: {start: number; end: number}[] = []) => ({id, body: text, tokens: tokenize(text), termSpans: terms});
  it('spelling, number, wording, added and removed; the term flag', () => {
    const A = 'قال المتحدث إن القوى المتطرفة حاولت اقتحام مبان في مدينة ألماتا وقتل 18 من عناصر الشرطة في الاشتباكات العنيفة مع المسلحين';
    const B = 'قال المتحدث إن القوى المتطرفة حاولت أمس اقتحام مبان في مدينة ألماتي وقتل 13 من أفراد الشرطة في الاشتباكات مع المسلحين';
    const term = A.indexOf('المسلحين');
    const [p] = findSharedPassages([input('A', A, [{start: term, end: term + 'المسلحين'.length}]), input('B', B)]);
    expect(p).toBeDefined();
    const kinds = p!.edits.map((e) => `${e.kind}:${e.a ? A.slice(e.a.start, e.a.end) : ''}>${e.b ? B.slice(e.b.start, e.b.end) : ''}`);
    expect(kinds).toEqual(['added:>أمس', 'spelling:ألماتا>ألماتي', 'number:18>13', 'wording:عناصر>أفراد', 'removed:العنيفة>']);
    expect(p!.edits.find((e) => e.kind === 'removed')!.term).toBe(false);
    const near = findSharedPassages([input('A', A, [{start: A.indexOf('العنيفة'), end: A.indexOf('العنيفة') + 7}]), input('B', B)])[0]!;
    expect(near.edits.find((e) => e.kind === 'removed')!.term).toBe(true);
    const text = renderPassageDiff(p!, A, B, {color: false});
    expect(text).toContain('ألماتا~ألماتي');
    expect(text).toContain('[-18-]{+13+}');
  });
  it('does not compare every pair: only sources that share a shingle are examined', () => {
    // Unrelated "articles": words drawn from a 50,000-word vocabulary by a deterministic hash.
    const words = (seed: number, n: number): string => Array.from({length: n}, (_, i) => `كلمة${Math.floor(Math.abs(Math.sin(seed * 1000 + i + 1)) * 1e9) % 50000}`).join(' ');
    const shared = 'وأوضحت المنظمة أن قوات حفظ السلام تضم جنودا من روسيا وبيلاروس وأرمينيا وطاجيكستان وقيرغيزستان';
    const sources = Array.from({length: 300}, (_, i) => input(`u${i}`, words(i + 1, 80)));
    sources.push(input('x', `${words(1001, 20)} ${shared} ${words(1002, 20)}`), input('y', `${words(1003, 20)} ${shared} ${words(1004, 20)}`));
    const passages = findSharedPassages(sources);
    expect(passages.map((p) => `${p.a.source}-${p.b.source}`)).toEqual(['x-y']);
    expect(passageStats.pairsExamined).toBe(1);
  });
});
