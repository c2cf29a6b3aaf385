import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {blindAnalysis} from '../../src/blind/blind-analysis.js';
import {loadCorpus, loadSeeds} from '../../src/corpus/load.js';
import {buildGlossary} from '../../src/lesson/glossary.js';
import {buildLesson} from '../../src/lesson/steps.js';
import type {Analysis} from '../../src/types.js';

/* Lesson steps and glossary come from the analysis at hand; what cannot be asked says why. */

let seeds: Analysis;
let english: Analysis;
beforeAll(() => {
  seeds = analyzeCorpus(loadSeeds());
  english = analyzeCorpus(loadCorpus([join(import.meta.dirname, '..', 'fixtures', 'classroom-en')]));
}, 60_000);

describe('lesson steps', () => {
  it('asks about the seeds’ labels, figures, a changed word and speakers, with evidence from the texts', () => {
    const lesson = buildLesson(seeds);
    const kinds = lesson.steps.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'label').length).toBe(3);
    expect(kinds).toContain('figure');
    expect(kinds).toContain('changed-word');
    expect(kinds).toContain('speaker');
    // The concept where the seeds differ most: 001 calls them extremist groups, another outlet protesters.
    const actors = lesson.steps.find((s) => s.title === 'Who are the people in the streets?')!;
    expect(actors.choices).toEqual(expect.arrayContaining(['المتظاهرين']));
    expect(actors.answer.join(' ')).toMatch(/Al-Thawra \(Syria\): “والجماعات المتطرفة”.*delegitimizing/u);
    for (const step of lesson.steps) {
      expect(step.answer.length).toBeGreaterThan(0);
      for (const e of step.excerpts) {
        const body = seeds.sources.find((s) => s.id === e.source)!.body;
        expect(e.text.replace(/^… | …$/gu, '')).toBe(body.slice(e.span.start, e.span.end).trim());
        for (const m of e.marks) expect(m.start >= e.span.start && m.end <= e.span.end, `${step.kind}: mark inside its excerpt`).toBe(true);
      }
    }
  });

  it('compares the first figure each outlet gives, highest first, and says who gives it', () => {
    const figure = buildLesson(seeds).steps.find((s) => s.title === 'How many? security forces killed')!;
    expect(figure.answer[0]).toMatch(/^000: 18 \(its own words\)/u);
    expect(figure.answer[1]).toMatch(/reported speech/u);
  });

  it('builds from an English folder with the same code, and skips what it cannot contrast, saying why', () => {
    const lesson = buildLesson(english);
    expect(lesson.steps.length).toBeGreaterThan(2);
    expect(lesson.steps.find((s) => s.kind === 'label')?.choices).toEqual(expect.arrayContaining(['riots', 'protests']));
    expect(lesson.skipped).toContainEqual({topic: 'What are the foreign troops?', why: 'no outlet uses its own words for it'});
    expect(lesson.skipped.find((s) => s.topic === 'shared passages')?.why).toMatch(/no two outlets share/u);
  });

  it('uses the blind letters, and speaks Arabic with --lang ar', () => {
    const {blind} = blindAnalysis(seeds, 5, 'ar');
    const lesson = buildLesson(blind, {lang: 'ar'});
    const outlets = lesson.steps.flatMap((s) => s.excerpts.map((e) => e.outlet));
    for (const o of outlets) expect(o).toMatch(/^المصدر [A-E]$/u);
    expect(lesson.steps[0]!.question).toMatch(/^يجيب المقتطفان/u);
  });

  it('has no steps for one source and says why for each topic', () => {
    const one = analyzeCorpus([loadSeeds()[1]!]);
    const lesson = buildLesson(one);
    expect(lesson.steps.filter((s) => s.kind !== 'speaker')).toEqual([]);
    expect(lesson.skipped.length).toBeGreaterThanOrEqual(one.concepts.length);
  });
});

describe('page furniture', () => {
  it('gives no excerpt, mark or glossary example from a caption: the Independent photo caption that says "demonstrators" is furniture', () => {
    const hk = join(import.meta.dirname, '..', 'fixtures', 'devset', 'hong-kong-2019');
    const a = analyzeCorpus(loadCorpus([join(hk, '005-independent-reuters.txt'), join(hk, '001-xinhua.txt')]));
    const inFurniture = (source: string, at: number): boolean => a.sources.find((s) => s.id === source)!.paragraphs.some((p) => p.kind !== undefined && p.kind !== 'text' && p.start <= at && at < p.end);
    // The corpus has furniture mentions (else this test proves nothing).
    expect(a.mentions.some((m) => m.furniture !== null)).toBe(true);
    for (const lang of ['en', 'ar'] as const) {
      const lesson = buildLesson(a, {lang});
      expect(lesson.steps.length).toBeGreaterThan(0);
      for (const step of lesson.steps) for (const e of step.excerpts) for (const mark of e.marks) expect(inFurniture(e.source, mark.start), `${step.title}: ${e.text}`).toBe(false);
      for (const g of buildGlossary(a, lang)) if (g.example) expect(g.example.context).not.toMatch(/graffiti/u);
    }
  });
});

describe('glossary', () => {
  it('explains each word in one sentence, with an example from these texts when they have one', () => {
    for (const lang of ['en', 'ar'] as const) {
      const entries = buildGlossary(seeds, lang);
      expect(entries).toHaveLength(10);
      for (const g of entries) expect(g.plain.split(/[.!؟?]\s/u).length, g.term).toBeLessThanOrEqual(2);
      for (const g of entries) if (g.example && g.example.text) expect(seeds.sources.some((s) => s.body.includes(g.example!.context)), g.term).toBe(true);
    }
    const en = Object.fromEntries(buildGlossary(seeds).map((g) => [g.term, g]));
    expect(en['quoted']!.example!.context).toContain(en['quoted']!.example!.text);
    expect(en['negated']!.example).not.toBeNull();
    expect(en['lean and n']!.example!.note).toMatch(/lean [−+±]\d\.\d\d, n=\d+/u);
    expect(en['euphemism']!.example!.text).toMatch(/القضاء|تحييد|مكافحة/u);
    expect(buildGlossary(english).find((g) => g.term === 'euphemism')!.example).toBeNull();
  });
});

describe('lesson steps from a story many outlets carry', () => {
  it('spot the changed word: a copy of a wire story in fourteen outlets that says “rioters” where the others say “protesters”', async () => {
    const {wireCorpus} = await import('../support/wire-corpus.js');
    const a = analyzeCorpus(loadCorpus([wireCorpus()]));
    // No pair passage: the only shared text is the group.
    expect(a.passages).toHaveLength(0);
    const step = buildLesson(a).steps.find((s) => s.kind === 'changed-word')!;
    expect(step).toBeDefined();
    expect(step.excerpts.map((e) => e.outlet)).toEqual(['Irish Independent (Reuters)', 'Paper D Daily']);
    expect(step.answer).toEqual(['Irish Independent (Reuters) wrote “protesters”; Paper D Daily wrote “rioters” — a framing word.']);
    for (const e of step.excerpts) {
      const body = a.sources.find((s) => s.id === e.source)!.body;
      expect(e.marks.map((m) => body.slice(m.start, m.end))).toEqual([e.source === 'w03' ? 'rioters' : 'protesters']);
    }
  }, 60_000);
});
