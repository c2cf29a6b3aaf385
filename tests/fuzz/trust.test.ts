import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus, createAnalyzer, type Analyzer} from '../../src/analyze.js';
import {safeLine} from '../../src/cli/messages.js';
import {renderPassageDiff} from '../../src/compare/diff-render.js';
import {encodingWarning} from '../../src/corpus/encoding-note.js';
import {readCorpus} from '../../src/corpus/load.js';
import {claimsCsv, matrixCsv, mentionsCsv} from '../../src/report/csv.js';
import {htmlReport} from '../../src/report/html.js';
import {analysisToJson} from '../../src/report/json.js';
import {markdownReport} from '../../src/report/markdown.js';
import {textReport} from '../../src/text-report/text-report.js';
import {ansiStyle} from '../../src/text-report/style.js';
import type {Analysis} from '../../src/types.js';

/*
 * Bounded property-based test of trust under damaged and hostile input:
 * real seed text, cut, byte-flipped, re-encoded (Windows-1256, UTF-16 with
 * BOM), sprinkled with escape sequences, C1 and bidi controls and
 * invisible characters, in the body, the front matter and the file name,
 * beside empty, binary and invisible-only files. For every corpus: offsets
 * are exact and no output channel (JSON, Markdown, CSV, HTML, text report,
 * the stderr lines) carries an escape, a C1 control or a bidi control. A few
 * corpora also go through the real binary: exit code 0, 1 or 2, no stack
 * trace. Bounded in runs and time; fast-check prints the seed of a failure.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SEEDS = ['000_6460096f5afdb194', '001_8c9c1a69018985d2', '002_824aa14bf3ea2a6b'].map((name) => readFileSync(join(ROOT, 'seeds', `${name}.txt`), 'utf8'));
const CP1256 = readFileSync(join(ROOT, 'tests', 'fixtures', 'encodings', '001.windows-1256.txt'));
/** What no output channel may carry raw: C0 controls but tab, LF, CR; DEL and C1; bidi marks, embeddings, overrides, isolates. */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const HOSTILE = [
  '\u001b[2J', '\u001b[31m', '\u001b[0m', '\u001b]0;title 42\u0007', '\u001b]52;c;ZXZpbA==\u0007', '\u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\',
  '\u001bP1$q 18\u001b\\', '\u001bc', '\u001b7', '\u009b2J', '\u009d0;t\u009c', '\u0090q\u009c', '\u202e', '\u2066', '\u2069', '\u200f', '\u061c', '\u200b', '\u200d',
  '\u0007', '\u0008', '\r', '\u0085', '\ufeff', '\u001b]0;unterminated', 'https://evil.example/x', 'www.evil.example', 'a@evil.example', '=HYPERLINK("x")', '<script>alert(1)</script>', '[x](javascript:1)', '|',
];

const hostile = fc.constantFrom(...HOSTILE);

/** A stretch of a seed with hostile strings put in at a few places. */
const text = fc
  .record({seed: fc.nat(SEEDS.length - 1), from: fc.nat(2000), length: fc.integer({min: 0, max: 1200}), inserts: fc.array(fc.tuple(fc.nat(1200), hostile), {maxLength: 6})})
  .map(({seed, from, length, inserts}) => {
    const base = SEEDS[seed]!;
    let t = base.slice(Math.min(from, base.length), Math.min(from, base.length) + length);
    for (const [at, s] of [...inserts].sort((x, y) => y[0] - x[0])) t = t.slice(0, Math.min(at, t.length)) + s + t.slice(Math.min(at, t.length));
    return t;
  });

const frontMatter = fc.option(
  fc.tuple(fc.constantFrom('outlet', 'title', 'url', 'id', 'date', 'language', 'x\u001b]0;k\u0007'), hostile, fc.constantFrom('', 'نص ', 'Outlet ')).map(([key, bad, value]) => `---\n${key}: "${(value + bad).replace(/["\\]/gu, '')}"\n---\n`),
  {nil: ''},
);

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** One file's bytes: UTF-8 / UTF-16 text, then perhaps cut or with flipped bytes; or a Windows-1256 slice, an empty, binary or invisible file. */
const fileBytes: fc.Arbitrary<Buffer> = fc.oneof(
  {weight: 6, arbitrary: fc
    .record({meta: frontMatter, body: text, encoding: fc.constantFrom<Encoding>('utf-8', 'utf-8', 'utf-16le', 'utf-16be'), cut: fc.option(fc.nat(3000), {nil: null}), flips: fc.array(fc.tuple(fc.nat(3000), fc.integer({min: 1, max: 255})), {maxLength: 8})})
    .map(({meta, body, encoding, cut, flips}) => {
      const content = meta + body;
      let bytes = encoding === 'utf-8' ? Buffer.from(content, 'utf8') : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(content, 'utf16le')]);
      if (encoding === 'utf-16be') bytes = Buffer.from(bytes).swap16();
      if (cut !== null && cut < bytes.length) bytes = bytes.subarray(0, cut);
      bytes = Buffer.from(bytes);
      for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
      return bytes;
    })},
  {weight: 1, arbitrary: fc.tuple(fc.nat(CP1256.length), fc.integer({min: 1, max: 1500})).map(([from, length]) => CP1256.subarray(from, from + length))},
  {weight: 1, arbitrary: fc.constantFrom(Buffer.alloc(0), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]), Buffer.from('\u200b\u200d\u200f \u202e\n', 'utf8'), Buffer.from('\u001b[2J\u001b]0;x\u0007', 'utf8'))},
  {weight: 1, arbitrary: fc.uint8Array({minLength: 1, maxLength: 300}).map((a) => Buffer.from(a))},
);

const fileName = fc.constantFrom('a', 'b', 'x\u001b]0;t\u0007', 'y\u202e', 'z\u009b2J', 'w\u200b').map((n) => `${n}.txt`);
const corpus = fc.uniqueArray(fc.tuple(fileName, fileBytes), {minLength: 1, maxLength: 4, selector: ([name]) => name});

function writeCorpus(files: readonly (readonly [string, Buffer])[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-fuzz-'));
  for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
  return dir;
}

function expectExact(a: Analysis): void {
  const body = new Map(a.sources.map((s) => [s.id, s.body]));
  for (const m of a.mentions) expect(body.get(m.source)!.slice(m.start, m.end)).toBe(m.text);
  for (const c of a.claims) expect(body.get(c.source)!.slice(c.start, c.end)).toBe(c.text);
  for (const s of a.statements) expect(s.end).toBeLessThanOrEqual(body.get(s.source)!.length);
  for (const p of a.passages) {
    expect(p.a.end).toBeLessThanOrEqual(body.get(p.a.source)!.length);
    expect(p.b.end).toBeLessThanOrEqual(body.get(p.b.source)!.length);
  }
}

let analyzer: Analyzer;
beforeAll(() => {
  analyzer = createAnalyzer();
});

describe('trust fuzz: damaged and hostile corpora', () => {
  it('offsets stay exact and no output channel carries a control sequence', () => {
    fc.assert(
      fc.property(corpus, (files) => {
        const {sources, skipped} = readCorpus([writeCorpus(files)]);
        const stderr = [
          ...sources.map((s) => encodingWarning(s.file, s.encoding ?? 'utf-8', s.replaced ?? 0)).filter((w): w is string => w !== null),
          ...skipped.map((s) => `${s.file}: ${s.reason}`),
        ].map((line) => safeLine(line));
        for (const line of stderr) expect(line).not.toMatch(UNSAFE);
        expect(sources.length + skipped.length).toBe(files.length);
        if (sources.length === 0) return;
        const a = {...analyzeCorpus(sources, {analyzer}), skipped};
        expectExact(a);
        const bodyOf = (id: string): string => a.sources.find((s) => s.id === id)!.body;
        const outputs = {
          json: analysisToJson(a),
          md: markdownReport(a),
          'mentions.csv': mentionsCsv(a),
          'claims.csv': claimsCsv(a),
          'matrix.csv': matrixCsv(a),
          html: htmlReport(a),
          text: textReport(a, {style: ansiStyle, renderDiff: (i) => renderPassageDiff(a.passages[i]!, bodyOf(a.passages[i]!.a.source), bodyOf(a.passages[i]!.b.source), {color: true})}).replace(/\u001b\[[0-9;]*m/gu, ''),
        };
        for (const [name, output] of Object.entries(outputs)) expect(output, name).not.toMatch(UNSAFE);
        const doc = JSON.parse(outputs.json) as {mentions: {text: string}[]};
        expect(doc.mentions.map((m) => m.text)).toEqual(a.mentions.map((m) => m.text));
      }),
      {numRuns: 150, interruptAfterTimeLimit: 12_000, markInterruptAsFailure: false},
    );
  }, 60_000);

  it('the real binary on such corpora: exit 0, 1 or 2, no stack trace, no control sequence on stdout or stderr', async () => {
    const samples = fc.sample(corpus, {numRuns: 3, seed: Date.now() % 100_000});
    const runs = samples.map(
      (files, i) =>
        new Promise<{code: number | null; stdout: string; stderr: string}>((resolve) => {
          const args = i % 2 === 0 ? ['analyze', writeCorpus(files), '--format', 'json'] : ['analyze', writeCorpus(files)];
          const child = spawn(process.execPath, [CLI, ...args], {cwd: ROOT, env: {...process.env, NO_COLOR: '1'}});
          let stdout = '';
          let stderr = '';
          child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
          child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
          child.on('close', (code) => resolve({code, stdout, stderr}));
        }),
    );
    for (const r of await Promise.all(runs)) {
      expect([0, 1, 2]).toContain(r.code);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|internal error/u);
      expect(r.stdout).not.toMatch(UNSAFE);
      expect(r.stderr).not.toMatch(UNSAFE);
    }
  }, 60_000);
});
