import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {wordForms} from '../../src/lexicon/arabic-variants.js';
import {compileLexicon, type CompiledLexicon} from '../../src/lexicon/compile.js';
import {bundledLexiconDir, loadLexicon, type Lexicon} from '../../src/lexicon/load.js';
import {findMatches} from '../../src/lexicon/match.js';
import {englishTokens, lemmatizeWords} from '../../src/text/english.js';
import {matchKey} from '../../src/text/normalize.js';
import {tokenize} from '../../src/text/tokenize.js';

let lexicon: Lexicon;
let compiled: CompiledLexicon;
beforeAll(() => {
  lexicon = loadLexicon();
  compiled = compileLexicon(lexicon, lemmatizeWords);
});

function matches(text: string, language: 'ar' | 'en' = 'ar'): string[] {
  const tokens = language === 'en' ? englishTokens(text, 0, text.length) : tokenize(text);
  return findMatches(text, tokens, compiled[language], {isBlocker: (p) => p.kind === 'exclusion'}).map((m) => `${m.payload.kind === 'entry' ? m.payload.entry.id : 'exclusion'}=${text.slice(m.start, m.end)}`);
}

describe('the bundled lexicon', () => {
  it('has every pole of every concept in Arabic and English, with glosses', () => {
    for (const c of lexicon.concepts) {
      for (const pole of c.poles) {
        for (const language of ['ar', 'en'] as const) expect(lexicon.entries.some((e) => e.concept === c.id && e.pole === pole && e.language === language), `${language} ${c.id}/${pole}`).toBe(true);
      }
    }
    expect(lexicon.entries.every((e) => e.gloss.length > 0)).toBe(true);
  });

  it('generates inflections and accepts proclitics: one entry finds all forms', () => {
    const text = 'المتظاهرين ومتظاهرون وللمتظاهرين والمتظاهرين ومتظاهرا';
    expect(matches(text)).toEqual(['ar.actors.protester=المتظاهرين', 'ar.actors.protester=ومتظاهرون', 'ar.actors.protester=وللمتظاهرين', 'ar.actors.protester=والمتظاهرين', 'ar.actors.protester=ومتظاهرا']);
  });

  it('matches multi-word terms with agreement, gaps and construct state', () => {
    expect(matches('تقودها عصابات إرهابية و العصابات الإرهابية')).toEqual(['ar.actors.terrorist-gang=عصابات إرهابية', 'ar.actors.terrorist-gang=العصابات الإرهابية']);
    expect(matches('عصابات إرهابية تلقت تدريباً في الخارج')[1]).toBe('ar.cause.foreign-trained=تلقت تدريباً في الخارج');
    expect(matches('تقودها عصابات تلقّت تدريباتها في الخارج')[1]).toBe('ar.cause.foreign-trained=تلقّت تدريباتها في الخارج');
    expect(matches('اعتقال منتهكي النظام')).toEqual(['ar.actors.outlaw=منتهكي النظام']);
  });

  it('the longest match wins; names are not framing', () => {
    expect(matches('إرسال قوات حفظ السلام الجماعية')).toEqual(['ar.intervention.peacekeepers=قوات حفظ السلام الجماعية']);
    expect(matches('أكد مركز مكافحة الإرهاب في رابطة الدول المستقلة')).toEqual([]);
    expect(matches('وحدات من القوات المسلحة لروسيا')).toEqual([]);
  });

  it('English matches by lemma', () => {
    expect(matches('Police opened fire on peaceful protesters; the so-called peacekeepers arrived.', 'en')).toEqual(['en.force.open-fire=opened fire', 'en.actors.peaceful-protester=peaceful protesters', 'en.intervention.peacekeepers=peacekeepers']);
  });

  it('every mention on the seeds slices to its text (property over random seed windows)', () => {
    const seeds = loadSeeds();
    fc.assert(
      fc.property(fc.integer({min: 0, max: 4}), fc.integer({min: 0, max: 2000}), fc.integer({min: 50, max: 1500}), (i, from, length) => {
        const s = seeds[i]!;
        const body = s.body.slice(from, from + length);
        if (!body.trim()) return;
        const a = analyzeCorpus([{...s, body}]);
        for (const m of a.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
      }),
      {numRuns: 25},
    );
  });
});

describe('Arabic variant generation', () => {
  it('feminine, plural, dual and pronoun forms', () => {
    const keys = wordForms(matchKey('عصابة'), 'noun').map((f) => f.key);
    for (const form of ['عصابه', 'عصابات', 'عصابتان', 'عصابتين', 'عصابتها', 'عصاباتهم']) expect(keys).toContain(matchKey(form));
    const masc = wordForms(matchKey('متظاهر'), 'noun').map((f) => f.key);
    for (const form of ['متظاهرون', 'متظاهرين', 'متظاهران', 'متظاهرة', 'متظاهرات', 'متظاهري', 'متظاهرو']) expect(masc).toContain(matchKey(form));
    expect(wordForms(matchKey('السلام'), 'noun').map((f) => f.key)).toEqual(['السلام']);
  });
});

describe('lexicon validation errors name the file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-lex-'));
  const write = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const entry = (extra = ''): string => `version: 1\nlanguage: ar\nentries:\n  - id: x.one\n    concept: actors\n    pole: delegitimizing\n    weight: -0.5\n    gloss: vandals\n    terms: [مخرب جديد]\n${extra}`;
  const cases: [string, string, RegExp][] = [
    ['unknown key', entry('    wieght: 1\n'), /bad-unknown key\.yaml:\d+: .*wieght/u],
    ['weight out of range', entry().replace('weight: -0.5', 'weight: -5'), /bad-weight out of range\.yaml:7: .*weight/u],
    ['unknown concept', entry().replace('concept: actors', 'concept: actorz'), /unknown concept `actorz`/u],
    ['unknown pole', entry().replace('pole: delegitimizing', 'pole: hostile'), /has no pole `hostile`/u],
    ['duplicate id', entry(`  - id: x.one\n    concept: actors\n    pole: delegitimizing\n    weight: -0.5\n    gloss: g\n    terms: [مخرب آخر]\n`), /:\d+: duplicate entry id `x\.one`/u],
    ['same term twice', entry(`  - id: x.two\n    concept: actors\n    pole: delegitimizing\n    weight: -0.5\n    gloss: g\n    terms: [مُخرّب جديد]\n`), /term "مُخرّب جديد" of `x\.two` is also a term of `x\.one`/u],
    ['yaml syntax', 'version: 1\nlanguage: ar\nentries: [\n', /bad-yaml syntax\.yaml:\d+/u],
  ];
  for (const [name, text, pattern] of cases) {
    it(name, () => {
      const file = write(`bad-${name}.yaml`, text);
      expect(() => loadLexicon([file], bundledLexiconDir())).toThrow(pattern);
    });
  }
  it('a valid extra file adds entries, replace mode drops the bundled language', () => {
    const add = write('add.yaml', entry());
    expect(loadLexicon([add]).entries.some((e) => e.id === 'x.one')).toBe(true);
    const replace = write('replace.yaml', entry().replace('language: ar', 'language: ar\nmode: replace'));
    const l = loadLexicon([replace]);
    expect(l.entries.filter((e) => e.language === 'ar').map((e) => e.id)).toEqual(['x.one']);
  });
});
