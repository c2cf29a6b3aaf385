import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {analyzeSource, compareFindings, createAnalyzer} from '../../src/analyze.js';
import {bundledSeedsDir, loadCorpus} from '../../src/corpus/load.js';
import {InputError} from '../../src/errors.js';

/*
 * Inputs that used to stall or crash the tool (a fuzz run of mutated
 * articles found them): every mutated file either analyses or fails as bad
 * input (InputError, exit 1/2) — never another exception, never a stack
 * overflow. Bounded: a fixed number of runs of small files, plus one pass
 * of the real binary over the worst shapes. Speed per shape is measured in
 * `npm run bench`, not here.
 */

const SEEDS = readdirSync(bundledSeedsDir())
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(bundledSeedsDir(), f)));
const dir = mkdtempSync(join(tmpdir(), 'framelens-fuzz-'));
const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const analyzer = createAnalyzer();

const storm = (unit: string, times: number): Buffer => Buffer.from(unit.repeat(times), 'utf8');

/** Mutations: byte flips, cuts inside UTF-8, NULs, storms of marks/quotes/controls, hostile front matter. */
const mutation = fc.oneof(
  fc.record({kind: fc.constant('flip'), at: fc.nat(), byte: fc.integer({min: 0, max: 255})}),
  fc.record({kind: fc.constant('cut'), at: fc.nat()}),
  fc.record({
    kind: fc.constant('insert'),
    at: fc.nat(),
    what: fc.constantFrom(
      storm('\u064E\u0651\u0650\u0652', 2000),
      storm('«“"»”', 500),
      storm('\u0000', 300),
      storm('\u202B\u200F\u2066\u200B', 500),
      storm('\u001b[31m\u001b]0;x\u0007', 100),
      storm('🔥👍🏽', 300),
      storm('قال إن ', 400),
      storm('\n', 2000),
      storm('18 ', 500),
      Buffer.from([0xd9, 0xd8, 0xff, 0xfe, 0xc0]),
    ),
  }),
  fc.record({
    kind: fc.constant('front'),
    what: fc.constantFrom(
      '---\na: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n---\n',
      '---\ntitle: *nowhere\n---\n',
      `---\ntitle: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`,
      '---\ntitle: "unterminated\n---\n',
      '---\n---\n',
      '---\nid: 001\n',
    ),
  }),
);

type Mutation = {kind: 'flip'; at: number; byte: number} | {kind: 'cut'; at: number} | {kind: 'insert'; at: number; what: Buffer} | {kind: 'front'; what: string};

function apply(bytes: Buffer, m: Mutation): Buffer {
  if (m.kind === 'front') return Buffer.concat([Buffer.from(m.what, 'utf8'), bytes]);
  const at = bytes.length === 0 ? 0 : m.at % bytes.length;
  if (m.kind === 'flip') {
    const copy = Buffer.from(bytes);
    copy[at] = m.byte;
    return copy;
  }
  if (m.kind === 'cut') return bytes.subarray(0, at);
  return Buffer.concat([bytes.subarray(0, at), m.what, bytes.subarray(at)]);
}

describe('no input stalls or crashes', () => {
  it('mutated seed articles analyse or fail as bad input, never with another error (property)', () => {
    let n = 0;
    fc.assert(
      fc.property(fc.nat({max: SEEDS.length - 1}), fc.array(mutation, {minLength: 1, maxLength: 3}), (seed, mutations) => {
        const bytes = mutations.reduce<Buffer>((b, m) => apply(b, m as Mutation), SEEDS[seed]!);
        const file = join(dir, `case-${n++}.txt`);
        writeFileSync(file, bytes);
        try {
          const analysis = compareFindings(loadCorpus([file]).map((source) => analyzeSource(source, analyzer)), analyzer.lexicon);
          for (const m of analysis.mentions) expect(analysis.sources[0]!.body.slice(m.start, m.end)).toBe(m.text);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          expect([1, 2]).toContain(error.exitCode);
          expect(error.message).not.toMatch(/call stack|Invalid string length/iu);
        }
      }),
      {numRuns: 50, seed: 20260103},
    );
  });

  it('the binary exits 0 or 1 with a message, never 70 or a stack trace, on the shapes the fuzz run found', () => {
    const cases: Record<string, Buffer> = {
      'alias-bomb': Buffer.from('---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\nنص\n'),
      'deep-nesting': Buffer.from(`---\ntitle: ${'{a: '.repeat(4000)}1${'}'.repeat(4000)}\n---\nنص\n`),
      'diacritics-storm': storm('\u064E\u0651\u0650\u0652', 50_000),
    };
    for (const [name, bytes] of Object.entries(cases)) {
      const file = join(dir, `${name}.txt`);
      writeFileSync(file, bytes);
      const r = spawnSync(process.execPath, [CLI, 'analyze', file, '--format', 'json'], {encoding: 'utf8', timeout: 60_000});
      expect([0, 1], `${name}: ${r.stderr}`).toContain(r.status);
      expect(r.stderr, name).not.toMatch(/call stack|internal error|\n\s+at /u);
      if (r.status === 1) expect(r.stderr, name).toContain(`${file}:`);
    }
  });
});
