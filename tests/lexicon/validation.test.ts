import {copyFileSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {InputError} from '../../src/errors.js';
import {bundledLexiconDir} from '../../src/lexicon/bundled-dir.js';
import {loadLexicon} from '../../src/lexicon/load.js';

/*
 * A broken lexicon file is the user's mistake, not a crash: loadLexicon
 * throws an InputError whose message names the file and the line of the
 * problem and says what is wrong.
 */

const dir = mkdtempSync(join(tmpdir(), 'framelens-lexicon-'));
function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** A valid one-entry Arabic file; the entry starts on line 4, its weight is on line 7. */
const ENTRY = ['version: 1', 'language: ar', 'entries:', '  - id: x.vandal', '    concept: actors', '    pole: delegitimizing', '    weight: -0.5', '    gloss: vandals', '    terms: [مخرب جديد]'];
const valid = (): string => `${ENTRY.join('\n')}\n`;
const withLine = (n: number, line: string): string => `${ENTRY.map((l, i) => (i === n - 1 ? line : l)).join('\n')}\n`;
const secondEntry = (id: string, term: string): string => `  - id: ${id}\n    concept: actors\n    pole: delegitimizing\n    weight: -0.5\n    gloss: second\n    terms: [${term}]\n`;

function errorOf(files: string[], lexiconDir = bundledLexiconDir()): InputError {
  try {
    loadLexicon(files, lexiconDir);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('the lexicon loaded without error');
}

describe('lexicon validation errors name the file and the line', () => {
  it('unknown key (a typo is not silently ignored)', () => {
    const file = write('bad.yaml', `${valid()}    wieght: 1\n`);
    const e = errorOf([file]);
    expect(e.message).toMatch(/bad\.yaml:4: /u);
    expect(e.message).toContain('wieght');
  });

  it('weight outside [-1, 1]', () => {
    const file = write('bad-weight.yaml', withLine(7, '    weight: -5'));
    expect(errorOf([file]).message).toMatch(/bad-weight\.yaml:7: entries\[0\]\.weight: /u);
  });

  it('weight that is not a number', () => {
    const file = write('bad-weight-text.yaml', withLine(7, '    weight: strong'));
    expect(errorOf([file]).message).toMatch(/bad-weight-text\.yaml:7: entries\[0\]\.weight/u);
  });

  it('missing gloss', () => {
    const file = write('bad-gloss.yaml', `${ENTRY.slice(0, 7).join('\n')}\n    terms: [مخرب جديد]\n`);
    expect(errorOf([file]).message).toMatch(/bad-gloss\.yaml:4: entries\[0\]\.gloss: missing \(a string is required here\)/u);
  });

  it('unknown concept', () => {
    const file = write('bad-concept.yaml', withLine(5, '    concept: actorz'));
    const e = errorOf([file]);
    expect(e.message).toMatch(/bad-concept\.yaml:4: entry `x\.vandal`: unknown concept `actorz`/u);
    expect(e.message).toContain('known: actors, event, cause, intervention, force');
  });

  it('unknown pole', () => {
    const file = write('bad-pole.yaml', withLine(6, '    pole: hostile'));
    expect(errorOf([file]).message).toMatch(/bad-pole\.yaml:4: entry `x\.vandal`: concept `actors` has no pole `hostile` \(poles: delegitimizing, legitimizing\)/u);
  });

  it('duplicate id in one file', () => {
    const file = write('bad-id.yaml', valid() + secondEntry('x.vandal', 'مخرب آخر'));
    expect(errorOf([file]).message).toMatch(/bad-id\.yaml:10: duplicate entry id `x\.vandal`/u);
  });

  it('the same term (after normalisation) in two entries', () => {
    const file = write('bad-term.yaml', valid() + secondEntry('x.other', 'مُخرّب جديد'));
    expect(errorOf([file]).message).toMatch(/bad-term\.yaml:10: term "مُخرّب جديد" of `x\.other` is also a term of `x\.vandal` \(.*bad-term\.yaml:4\)/u);
  });

  it('a term of an added file that the bundled lexicon already has', () => {
    const file = write('bad-bundled-term.yaml', withLine(9, '    terms: [متظاهر]'));
    expect(errorOf([file]).message).toMatch(/bad-bundled-term\.yaml:4: term "متظاهر" of `x\.vandal` is also a term of `ar\.actors\.protester` \(.*framing\.ar\.yaml:\d+\)/u);
  });

  it('YAML syntax error', () => {
    const file = write('bad-syntax.yaml', 'version: 1\nlanguage: ar\nentries:\n  - id: x\n    terms: [مخرب\n');
    expect(errorOf([file]).message).toMatch(/bad-syntax\.yaml:\d+: not valid YAML/u);
  });

  it('a bad concepts.yaml names itself', () => {
    const lexiconDir = join(dir, 'one-pole');
    mkdirSync(lexiconDir);
    writeFileSync(join(lexiconDir, 'concepts.yaml'), 'version: 1\nconcepts:\n  - id: actors\n    question: who?\n    poles: [hostile]\n');
    copyFileSync(join(bundledLexiconDir(), 'framing.en.yaml'), join(lexiconDir, 'framing.en.yaml'));
    expect(errorOf([], lexiconDir).message).toMatch(/concepts\.yaml:5: concepts\[0\]\.poles: a concept needs at least two poles/u);
  });

  it('a valid added file joins the bundled entries; mode: replace drops the bundled language', () => {
    const add = write('add.yaml', valid());
    const added = loadLexicon([add]);
    expect(added.entries.find((e) => e.id === 'x.vandal')).toMatchObject({language: 'ar', line: 4, weight: -0.5});
    expect(added.entries.some((e) => e.id === 'ar.actors.protester')).toBe(true);
    const replace = write('replace.yaml', valid().replace('language: ar', 'language: ar\nmode: replace'));
    const replaced = loadLexicon([replace]);
    expect(replaced.entries.filter((e) => e.language === 'ar').map((e) => e.id)).toEqual(['x.vandal']);
    expect(replaced.exclusions.filter((x) => x.language === 'ar')).toEqual([]);
    expect(replaced.entries.some((e) => e.language === 'en')).toBe(true);
  });
});
