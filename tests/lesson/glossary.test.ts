import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {buildGlossary} from '../../src/lesson/glossary.js';
import {glossaryHtml} from '../../src/report/html-glossary.js';
import {worksheetHtml} from '../../src/worksheet/html.js';
import type {Analysis} from '../../src/types.js';

/* The glossary's notes on its examples are in the interface language, concept names included. */

let seeds: Analysis;
beforeAll(() => {
  seeds = analyzeCorpus(loadSeeds());
});

const LATIN_WORD = /[A-Za-z]{2,}/u;

describe('the Arabic glossary', () => {
  it('names the concept in Arabic in the notes on the concept and lean examples', () => {
    const entries = buildGlossary(seeds, 'ar');
    const lean = entries.find((g) => g.term === 'الميل و n')!;
    const concept = entries.find((g) => g.term === 'مفهوم')!;
    // The seeds' best-evidenced cell is an actors cell: its Arabic name, then the lean and n.
    expect(lean.example!.note).toMatch(/^(الفاعلون|الحدث|السبب|التدخل|القوة): الميل [−+±]\d\.\d\d، n=\d+$/u);
    expect(concept.example!.note).toMatch(/^كلمة في مفهوم (الفاعلون|الحدث|السبب|التدخل|القوة)$/u);
    // No Latin word but the names of outlets (a shared passage's other outlet).
    const outlets = seeds.sources.flatMap((src) => (src.outlet ? [src.outlet] : []));
    for (const g of entries) if (g.example) expect(outlets.reduce((note, name) => note.replace(name, ''), g.example.note), g.term).not.toMatch(LATIN_WORD);
    // English keeps the ids, as the lexicon writes them.
    expect(buildGlossary(seeds, 'en').find((g) => g.term === 'lean and n')!.example!.note).toMatch(/^[a-z]+: lean [−+±]\d\.\d\d, n=\d+$/u);
  });

  it('gives each note of the HTML glossary the direction of its language, whatever word comes first', () => {
    const ar = glossaryHtml(seeds, 'ar');
    const notes = [...ar.matchAll(/<small([^>]*)>\(([^<]*)\)<\/small>/gu)];
    expect(notes.length).toBeGreaterThan(5);
    for (const [, attrs, note] of notes) expect(attrs, note).toBe(' lang="ar" dir="rtl"');
    expect(ar).toMatch(/<small lang="ar" dir="rtl">\((الفاعلون|الحدث|السبب|التدخل|القوة): الميل/u);
    for (const [, attrs] of glossaryHtml(seeds, 'en').matchAll(/<small([^>]*)>\(/gu)) expect(attrs).toBe(' dir="ltr"');
    // The worksheet's glossary too.
    expect(worksheetHtml(seeds, 'ar').worksheet).toMatch(/\(<bdi lang="ar" dir="rtl">(الفاعلون|الحدث|السبب|التدخل|القوة): الميل/u);
  });
});
