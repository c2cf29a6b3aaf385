import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {findSharedPassages, findSharedText, passagesBetween, type PassageInput} from '../../src/compare/passages.js';
import type {IndexStats} from '../../src/compare/shingle-index.js';
import {tokenize} from '../../src/text/tokenize.js';
import type {Passage, Span} from '../../src/types.js';

/** The seeds as bodies: BOM and a leading `---` front-matter block removed (docs/framing-model.md). */
function readSeeds(): Map<string, string> {
  const dir = join(import.meta.dirname, '..', '..', 'seeds');
  const bodies = new Map<string, string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    let text = readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/u, '');
    const front = /^---\r?\n[\s\S]*?^---[^\S\r\n]*(?:\r?\n|$)/mu.exec(text);
    if (front && front.index === 0) text = text.slice(front[0].length);
    bodies.set(name.slice(0, 3), text);
  }
  return bodies;
}

const seeds = readSeeds();
const body = (id: string): string => seeds.get(id)!;
const input = (id: string, text = body(id), termSpans: readonly Span[] = []): PassageInput => ({id, body: text, tokens: tokenize(text), termSpans});
const all = findSharedPassages([...seeds.keys()].map((id) => input(id)));

/** The side of a passage in source `id`, as text. */
function sideText(p: Passage, id: string): string {
  const side = p.a.source === id ? p.a : p.b;
  return body(id).slice(side.start, side.end);
}

/** The passages between x and y whose text contains `inX` on x's side and `inY` on y's side. */
function covering(x: string, y: string, inX: string, inY: string): Passage[] {
  return passagesBetween(all, x, y).filter((p) => sideText(p, x).includes(inX) && sideText(p, y).includes(inY));
}

describe('shared passages in the seeds', () => {
  it('finds the Russian foreign ministry statement in 000 and 001, across its rewording', () => {
    const [p, ...more] = covering('000', '001', 'روسيا تؤكد تمسّكها بالتزامات الحلفاء', 'روسيا تؤكد تمسكها بالتزامات الحلفاء');
    expect(more).toEqual([]);
    // One passage from the "inspired from abroad" sentence to the end of the quoted statement.
    expect(sideText(p!, '000')).toContain('محاولة مستوحاة من الخارج');
    expect(sideText(p!, '001')).toContain('محاولة مستوحاة من الخارج');
    expect(sideText(p!, '000')).toMatch(/لدعم مكافحة الإرهاب$/u);
    expect(sideText(p!, '001')).toMatch(/لدعم مكافحة الإرهاب$/u);
    expect(p!.similarity).toBeGreaterThan(0.7);
    expect(p!.similarity).toBeLessThan(1);
  });

  it('finds the police spokesman quote in 000 and 003 (ألماتا there, ألماتي here)', () => {
    const [p] = covering('000', '003', 'القوى المتطرفة حاولت الليلة الماضية اقتحام مبانٍ إدارية', 'القوى المتطرفة حاولت الليلة الماضية اقتحام مبان إدارية');
    expect(p).toBeDefined();
    expect(sideText(p!, '000')).toContain('سالتانات أزيربك');
    expect(sideText(p!, '003')).toContain('سالتانات أزيربك');
    expect(sideText(p!, '003')).toContain('ومراكز الشرطة');
  });

  it('finds the CSTO force composition in 000 and 001', () => {
    const [p] = covering('000', '001', 'قوات حفظ السلام تضمّ جنوداً من روسيا وبيلاروس وأرمينيا وطاجيكستان وقيرغيزستان', 'وحدات من القوات المسلحة لروسيا وبيلاروس وأرمينيا وطاجيكستان وقيرغيزستان');
    expect(p).toBeDefined();
    const kinds = p!.edits.map((e) => e.kind);
    expect(kinds).toContain('wording'); // جنوداً / وحدات
    expect(kinds).toContain('added'); // القوات المسلحة
  });

  it('every passage and edit slices to whole words of the bodies, and edits lie inside their passage', () => {
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const p of all) {
      for (const [side, text] of [
        [p.a, body(p.a.source)],
        [p.b, body(p.b.source)],
      ] as const) {
        const tokens = tokenize(text);
        expect(tokens.some((t) => t.start === side.start)).toBe(true);
        expect(tokens.some((t) => t.end === side.end)).toBe(true);
        expect(side.end).toBeGreaterThan(side.start);
      }
      expect(p.similarity).toBeGreaterThanOrEqual(0.5);
      expect(p.similarity).toBeLessThanOrEqual(1);
      for (const e of p.edits) {
        if (e.a) expect(e.a.start >= p.a.start && e.a.end <= p.a.end && e.a.end > e.a.start).toBe(true);
        if (e.b) expect(e.b.start >= p.b.start && e.b.end <= p.b.end && e.b.end > e.b.start).toBe(true);
        expect(e.a !== null || e.b !== null).toBe(true);
        if (e.kind === 'added') expect(e.a).toBeNull();
        if (e.kind === 'removed') expect(e.b).toBeNull();
      }
    }
  });

  it('shows quiet spelling differences between the copies: مدرّبة / مدربة, ألماتا / ألماتي', () => {
    const spelling = all.flatMap((p) => p.edits.filter((e) => e.kind === 'spelling').map((e) => `${body(p.a.source).slice(e.a!.start, e.a!.end)}/${body(p.b.source).slice(e.b!.start, e.b!.end)}`));
    expect(spelling).toEqual(expect.arrayContaining(['مدرّبة/مدربة', 'ألماتا/ألماتي', 'تمسّكها/تمسكها']));
  });

  it('flags an edit that touches a lexicon term, and only those', () => {
    const a = body('000');
    const term = {start: a.indexOf('مدرّبة'), end: a.indexOf('مدرّبة') + 'مدرّبة'.length};
    const passages = findSharedPassages([input('000', a, [term]), input('001')]);
    const statement = passages.find((p) => body('000').slice(p.a.start, p.a.end).includes('مدرّبة'))!;
    const flagged = statement.edits.filter((e) => e.term);
    expect(flagged.map((e) => a.slice(e.a!.start, e.a!.end))).toEqual(['مدرّبة']);
    expect(statement.edits.length).toBeGreaterThan(flagged.length);
  });

  it('finds no passage between texts that share none', () => {
    expect(findSharedPassages([input('001'), input('002')])).toEqual([]);
    expect(findSharedPassages([input('002'), input('003'), input('004')])).toEqual([]);
    expect(passagesBetween(all, '001', '003')).toEqual([]);
  });

  it('lists the passages between two sources whichever is named first', () => {
    const forward = passagesBetween(all, '000', '001');
    const backward = passagesBetween(all, '001', '000');
    expect(forward.length).toBeGreaterThanOrEqual(2);
    expect(new Set(backward)).toEqual(new Set(forward));
    expect(forward.map((p) => p.a.start)).toEqual([...forward.map((p) => p.a.start)].sort((x, y) => x - y));
    expect(backward.map((p) => p.b.start)).toEqual([...backward.map((p) => p.b.start)].sort((x, y) => x - y));
  });

  it('is deterministic: sorted by source pair then position, whatever the input order', () => {
    const key = (p: Passage): string => [`${p.a.source}:${p.a.start}-${p.a.end}`, `${p.b.source}:${p.b.start}-${p.b.end}`].sort().join(' ');
    const reversed = findSharedPassages([...seeds.keys()].reverse().map((id) => input(id)));
    expect(reversed.map(key).sort()).toEqual(all.map(key).sort());
    const order = all.map((p) => [p.a.source, p.b.source, p.a.start] as const);
    expect(order).toEqual([...order].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : x[2] - y[2])));
  });
});

describe('the shingle index', () => {
  // Unrelated articles: words drawn uniformly from the seeds' distinct words, by a fixed generator.
  const vocabulary = [...new Set([...seeds.values()].flatMap((t) => tokenize(t).map((w) => w.text)))];
  const article = (seed: number, words: number): string => {
    let state = seed;
    return Array.from({length: words}, () => {
      state = (state * 16807) % 2147483647;
      return vocabulary[state % vocabulary.length]!;
    }).join(' ');
  };
  const shared = 'وأوضحت المنظمة أن قوات حفظ السلام تضمّ جنوداً من روسيا وبيلاروس وأرمينيا وطاجيكستان وقيرغيزستان، مشيرة إلى أنه يتم حالياً نقل الجزء الروسي من القوات';
  const corpus = (unrelated: number): PassageInput[] => [
    ...Array.from({length: unrelated}, (_, i) => input(`u${i}`, article(i + 1, 120))),
    input('x', `${article(9001, 30)}. ${shared}. ${article(9002, 30)}`),
    input('y', `${article(9003, 40)}. ${shared.replace('جنوداً', 'وحدات')}. ${article(9004, 20)}`),
  ];

  it('examines only the pair that shares a paragraph, not all pairs, however many articles there are', () => {
    for (const unrelated of [100, 300]) {
      const stats: IndexStats = {pairsExamined: 0, shingles: 0, droppedCommon: 0};
      const passages = findSharedPassages(corpus(unrelated), {stats});
      expect(passages.map((p) => `${p.a.source}-${p.b.source}`)).toEqual(['x-y']);
      expect(stats.pairsExamined).toBe(1);
      expect(stats.shingles).toBeGreaterThan(unrelated * 100);
      const [p] = passages;
      expect(p!.edits.map((e) => e.kind)).toEqual(['wording']);
    }
  });

  it('drops page furniture: the same footer on most pages of one site', () => {
    const footer = 'اقرأ المزيد من الأخبار على موقعنا وتابعونا على شبكات التواصل الاجتماعي للاطلاع على آخر المستجدات';
    const sources = Array.from({length: 30}, (_, i) => ({...input(`s${i}`, `${article(i + 500, 80)}. ${footer}`), site: 'example.com'}));
    const stats: IndexStats = {pairsExamined: 0, shingles: 0, droppedCommon: 0};
    expect(findSharedText(sources, {stats})).toEqual({passages: [], groups: []});
    expect(stats.droppedCommon).toBeGreaterThan(5);
    expect(stats.pairsExamined).toBe(0);
    // The same footer in a few sources is shared text like any other.
    expect(findSharedPassages(sources.slice(0, 3).map((s) => ({...s, site: null}))).length).toBe(3);
  });

  it('reports one story carried by many outlets as one N-way group with each carrier\'s edits, not as pairs', () => {
    // A real seed paragraph (000) carried by 40 outlets; every tenth changes the toll, every seventh a word.
    const story = body('000').split('\n').find((line) => line.includes('قُتل 18 من عناصر'))!;
    const sources = Array.from({length: 40}, (_, i) => {
      let copy = story;
      if (i % 10 === 3) copy = copy.replace('18', '13');
      if (i % 7 === 5) copy = copy.replace('الاشتباكات', 'المواجهات');
      return {...input(`o${i}`, `${article(i + 700, 60)}.\n${copy}\n${article(i + 800, 40)}.`), site: `outlet${i}.example`};
    });
    const stats: IndexStats = {pairsExamined: 0, shingles: 0, droppedCommon: 0};
    const {passages, groups} = findSharedText(sources, {stats});
    expect(passages).toEqual([]);
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group!.members.map((m) => m.side.source)).toEqual(sources.map((s) => s.id));
    const refText = (id: string, m: {start: number; end: number}): string => sources.find((s) => s.id === id)!.body.slice(m.start, m.end);
    // The most common wording is the unedited one.
    expect(refText(group!.reference.source, group!.reference)).toContain('قُتل 18 من عناصر');
    expect(refText(group!.reference.source, group!.reference)).toContain('الاشتباكات');
    for (const [i, m] of group!.members.entries()) {
      const kinds = m.edits.map((e) => e.kind).sort();
      const expected = [...(i % 10 === 3 ? ['number'] : []), ...(i % 7 === 5 ? ['wording'] : [])].sort();
      expect(kinds, `member ${m.side.source}`).toEqual(expected);
      expect(m.similarity).toBeGreaterThan(0.9);
    }
    expect(stats.droppedCommon).toBe(0);
  });

  it('keeps two different stories that share a set phrase in separate groups', () => {
    const lines = body('000').split('\n').filter((line) => line.split(' ').length > 25);
    const [first, second] = [lines[0]!, lines[1]!];
    const phrase = 'منظمة معاهدة الأمن الجماعي';
    const sources = Array.from({length: 24}, (_, i) => input(`o${i}`, `${article(i + 900, 50)}.\n${i < 12 ? first : second} ${phrase}.\n${article(i + 950, 30)}.`));
    const {groups} = findSharedText(sources);
    expect(groups.map((g) => g.members.length)).toEqual([12, 12]);
    expect(groups[0]!.members.every((m) => Number(m.side.source.slice(1)) < 12)).toBe(true);
  });
});
