import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {InputError} from '../../src/errors.js';
import {loadLexicon} from '../../src/lexicon/load.js';
import {buildLesson} from '../../src/lesson/steps.js';

/* gloss_ar: an entry's gloss in Arabic, validated like the rest, shown by the Arabic lesson. */

const dir = mkdtempSync(join(tmpdir(), 'framelens-gloss-ar-'));
const file = (name: string, glossAr: string): string => {
  const path = join(dir, name);
  writeFileSync(path, ['version: 1', 'language: ar', 'entries:', '  - id: ar.actors.protester', '    concept: actors', '    pole: legitimizing', '    weight: 0.6', '    gloss: protesters', `    gloss_ar: ${glossAr}`, '    terms: [متظاهر, محتج]', ''].join('\n'));
  return path;
};

describe('gloss_ar', () => {
  it('loads with the entry and reaches the Arabic lesson’s answers', () => {
    const extra = file('ok.yaml', 'محتجون يطالبون بحقوقهم');
    expect(loadLexicon([extra]).entries.find((e) => e.id === 'ar.actors.protester')!.glossAr).toBe('محتجون يطالبون بحقوقهم');
    const a = analyzeCorpus(loadSeeds(), {lexiconFiles: [extra]});
    const answers = buildLesson(a, {lang: 'ar'}).steps.flatMap((s) => s.answer).join('\n');
    expect(answers).toContain('(محتجون يطالبون بحقوقهم، مانح للشرعية)');
  }, 60_000);

  it('must be written in Arabic: the error names the file and line', () => {
    const bad = file('bad.yaml', 'protesters');
    let error: unknown;
    try {
      loadLexicon([bad]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`${bad}:9: entries[0].gloss_ar: gloss_ar is the gloss in Arabic: write it in Arabic letters`);
  });
});
