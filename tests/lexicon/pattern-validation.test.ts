import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {InputError} from '../../src/errors.js';
import {loadLexicon} from '../../src/lexicon/load.js';

/*
 * Classes and patterns that cannot work are the user's mistake: loading
 * stops with an InputError naming the file, the line and the problem.
 */

const dir = mkdtempSync(join(tmpdir(), 'framelens-patterns-'));
let n = 0;
function write(lines: string[]): string {
  const file = join(dir, `p${n++}.yaml`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** A file with the given classes (lines 4…) and one entry whose pattern line is reported. */
function lexicon(classLines: string[], pattern: string): string[] {
  return [
    'version: 1',
    'language: ar',
    ...(classLines.length ? ['classes:', ...classLines] : []),
    'entries:',
    '  - id: x.pattern',
    '    concept: cause',
    '    pole: foreign',
    '    weight: -1',
    '    gloss: test',
    '    patterns:',
    `      - "${pattern}"`,
  ];
}

function errorOf(file: string): string {
  try {
    loadLexicon([file]);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message;
  }
  throw new Error('the lexicon loaded without error');
}

const FOREIGN = ['  - class: MYFOREIGN', '    terms: [أجنبي, من الخارج]'];

describe('class and pattern errors name the file and the line', () => {
  it('loads a well-formed file', () => {
    const lex = loadLexicon([write(lexicon(FOREIGN, '{MYFOREIGN} …2 وراء'))]);
    expect(lex.entries.find((e) => e.id === 'x.pattern')!.patterns.map((p) => p.text)).toEqual(['{MYFOREIGN} …2 وراء']);
  });

  it('unknown class', () => {
    const file = write(lexicon(FOREIGN, '{NOSUCH} {MYFOREIGN}'));
    expect(errorOf(file)).toMatch(new RegExp(`${file.replace(/[.]/gu, '\\.')}:13: entry \`x\\.pattern\`: pattern "\\{NOSUCH\\} \\{MYFOREIGN\\}": unknown class \\{NOSUCH\\} \\(known: .*MYFOREIGN`, 'u'));
  });

  it('class used before it is defined', () => {
    const file = write(lexicon(['  - class: AGENTS_ABROAD', '    terms: ["{MYAGENT} {MYFOREIGN}"]', ...FOREIGN, '  - class: MYAGENT', '    terms: [مرتزق]'], '{AGENTS_ABROAD}'));
    expect(errorOf(file)).toMatch(/p\d+\.yaml:5: class \{AGENTS_ABROAD\}: member "\{MYAGENT\} \{MYFOREIGN\}" uses class \{MYAGENT\} before it is defined \(line 8\)/u);
  });

  it('classes in a cycle', () => {
    const file = write(lexicon(['  - class: A', '    terms: [أجنبي, "{B}"]', '  - class: B', '    terms: ["{A} خارجي"]'], '{A}'));
    expect(errorOf(file)).toMatch(/p\d+\.yaml:5: class \{A\}: member "\{B\}": classes refer to each other in a cycle \(\{A\} → \{B\} → \{A\}\)/u);
  });

  it('a class that names itself', () => {
    const file = write(lexicon(['  - class: A', '    terms:', '      - أجنبي', '      - "{A} جدا"'], '{A}'));
    expect(errorOf(file)).toMatch(/p\d+\.yaml:7: class \{A\}: member "\{A\} جدا": classes refer to each other in a cycle \(\{A\} → \{A\}\)/u);
  });

  it('a gap over the limit', () => {
    const file = write(lexicon(FOREIGN, '{MYFOREIGN} …12 وراء'));
    expect(errorOf(file)).toMatch(/p\d+\.yaml:13: entry `x\.pattern`: pattern "\{MYFOREIGN\} …12 وراء": the gap "…12" allows 12 words, over the limit of 6/u);
  });

  it('an empty class', () => {
    const file = write(lexicon(['  - class: EMPTY', '    terms: []'], '{EMPTY}'));
    expect(errorOf(file)).toMatch(/p\d+\.yaml:5: classes\[0\]\.terms: an empty class matches nothing/u);
  });

  it('malformed pattern syntax', () => {
    const file = write(lexicon(FOREIGN, '{MYFOREIGN} (وراء | خلف'));
    expect(errorOf(file)).toMatch(/p\d+\.yaml:13: entry `x\.pattern`: pattern "\{MYFOREIGN\} \(وراء \| خلف": "\(" without a matching "\)"/u);
  });

  it('a class defined twice', () => {
    const file = write(lexicon([...FOREIGN, ...FOREIGN], '{MYFOREIGN}'));
    expect(errorOf(file)).toMatch(/p\d+\.yaml:6: class \{MYFOREIGN\} is already defined \(line 4\)/u);
  });

  it('an entry with neither terms nor patterns', () => {
    const file = write(['version: 1', 'language: ar', 'entries:', '  - id: x.none', '    concept: cause', '    pole: foreign', '    weight: -1', '    gloss: nothing']);
    expect(errorOf(file)).toMatch(/p\d+\.yaml:4: entries\[0\]: an entry needs `terms`, `patterns` or both/u);
  });

  it('the same pattern in two entries', () => {
    const lines = lexicon(FOREIGN, '{MYFOREIGN} وراء');
    const file = write([...lines, '  - id: x.again', '    concept: cause', '    pole: foreign', '    weight: -1', '    gloss: again', '    patterns: ["{MYFOREIGN}  وراء"]']);
    expect(errorOf(file)).toMatch(/p\d+\.yaml:14: pattern "\{MYFOREIGN\}  وراء" of `x\.again` is also a pattern of `x\.pattern`/u);
  });

  it('a focus that is the whole pattern, or unclosed', () => {
    expect(errorOf(write(lexicon(FOREIGN, '[{MYFOREIGN} وراء]')))).toMatch(/p\d+\.yaml:13: entry `x\.pattern`: pattern "\[\{MYFOREIGN\} وراء\]": the focus covers the whole pattern/u);
    expect(errorOf(write(lexicon(FOREIGN, '[{MYFOREIGN} وراء')))).toMatch(/p\d+\.yaml:13: .*"\[" without a matching "\]"/u);
  });

  it('a pattern opening with its focus, unquoted: YAML reads a list, and the hint says to quote it', () => {
    const lines = lexicon(FOREIGN, 'x').slice(0, -1);
    for (const item of ['      - [{MYFOREIGN}] وراء', '      - [{MYFOREIGN}]']) {
      try {
        loadLexicon([write([...lines, item])]);
        throw new Error('the lexicon loaded without error');
      } catch (error) {
        expect((error as InputError).message).toMatch(/p\d+\.yaml:13: /u);
        expect((error as InputError).hint).toMatch(/must be quoted: - "\[fired on\]/u);
      }
    }
  });

  it('a bundled class is usable from a user file, not redefinable', () => {
    expect(loadLexicon([write(lexicon([], '{AGENT} {FOREIGN} (جدد)'))]).entries.some((e) => e.id === 'x.pattern')).toBe(true);
    expect(errorOf(write(lexicon(['  - class: FOREIGN', '    terms: [غريب]'], '{FOREIGN}')))).toMatch(/p\d+\.yaml:4: class \{FOREIGN\} is already defined \(.*framing\.ar\.yaml:\d+\)/u);
  });
});
