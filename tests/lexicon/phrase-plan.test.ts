import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {createAnalyzer} from '../../src/analyze.js';
import {compileLexicon, type LexiconPayload} from '../../src/lexicon/compile.js';
import {loadLexicon} from '../../src/lexicon/load.js';
import {findMatches} from '../../src/lexicon/match.js';
import {phrasePlan} from '../../src/lexicon/phrase-plan.js';
import {lemmatizeWords} from '../../src/text/english.js';
import {tokenize} from '../../src/text/tokenize.js';

const seedDir = join(import.meta.dirname, '..', '..', 'seeds');
/** The sentence of a seed that holds `needle` (cut at full stops). */
const sentenceOf = (text: string, needle: string): string => text.split(/[.\n]/u).find((s) => s.includes(needle))!;

describe('phrase plans (phrases indexed by their second word)', () => {
  it('lists every phrase of the bundled lexicon and voice cues once: one-word terms and patterns always, longer terms under their second word', () => {
    const analyzer = createAnalyzer();
    for (const compiled of [analyzer.compiled.ar, analyzer.cues.ar.phrases]) {
      for (const list of compiled.phrasesByFirst.values()) {
        const plan = phrasePlan(list);
        const seen = [...plan.always, ...[...(plan.bySecond?.values() ?? [])].flat()].sort((a, b) => a - b);
        expect(seen).toEqual(list.map((_, k) => k));
        for (const [second, indexes] of plan.bySecond ?? []) for (const k of indexes) expect(list[k]!.words[1]).toBe(second);
        for (const k of plan.always) expect(list[k]!.slots !== undefined || list[k]!.words.length === 1).toBe(true);
      }
    }
  });

  it('still finds terms whose second word stands after the gap, on seed sentences', () => {
    const compiled = compileLexicon(loadLexicon(), lemmatizeWords).ar;
    const seed = (prefix: string): string => readFileSync(join(seedDir, readdirSync(seedDir).find((f) => f.startsWith(prefix))!), 'utf8');
    const matched = (body: string): string[] =>
      findMatches<LexiconPayload>(body, tokenize(body), compiled, {isBlocker: (p) => p.kind === 'exclusion'}).map((m) => body.slice(m.start, m.end));
    // ar.intervention.russian-led (gap 1): تكتل … تقوده روسيا with an adjective between; ar.intervention.peacekeepers (gap 1): قوة … حفظ السلام.
    expect(matched(sentenceOf(seed('003'), 'تكتلاً أمنياً تقوده روسيا'))).toContain('تكتلاً أمنياً تقوده روسيا');
    expect(matched(sentenceOf(seed('004'), 'القوات المتحدة لحفظ السلام'))).toContain('القوات المتحدة لحفظ السلام');
  });
});
