#!/usr/bin/env node
/*
 * Speed work must not change a finding. This prints one fingerprint (SHA-256
 * of the whole analysis as JSON: sources with paragraphs and sentences,
 * mentions, claims, statements, passages, groups, speakers; and of the JSON
 * contract `analyze --format json` prints) for each of: the seeds, every
 * development-set event that is not held out, the English prose of the
 * bench, every odd input shape of the bench at 1 MB, and the bench's
 * pattern-heavy lexicon on the seeds and on an article of class words.
 *
 *   npm run build && node scripts/check-findings.mjs record /tmp/before.txt
 *   … change code …
 *   npm run build && node scripts/check-findings.mjs compare /tmp/before.txt
 *
 * `compare` exits 1 and names every case whose fingerprint changed.
 */
import {createHash} from 'node:crypto';
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {analyzeCorpus, createAnalyzer} from '../dist/analyze.js';
import {englishSources} from '../dist/bench/analysis.js';
import {classWordsBody, patternHeavyLexicon} from '../dist/bench/patterns.js';
import {SHAPES} from '../dist/bench/shapes.js';
import {loadCorpus, loadSeeds} from '../dist/corpus/load.js';
import {analysisToJson} from '../dist/report/json.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// Never read: the held-out events of the development set.
const HELD_OUT = new Set(['egypt-2011', 'france-2018', 'iran-2019', 'syria-2011', 'bahrain-2011', 'sri-lanka-2022', 'belarus-2020-new', 'hong-kong-2019-new']);
// The bench's English prose is this project's README, which the bench table in it changes: a fixed version of it.
const ENGLISH_AT = '3acaa70';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'compare') || !file) {
  console.error('usage: node scripts/check-findings.mjs record|compare FILE');
  process.exit(2);
}

const sha = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const analyzer = createAnalyzer();
const lines = [];
const fingerprint = (name, sources, using = analyzer) => {
  const analysis = analyzeCorpus(sources, {analyzer: using});
  const whole = JSON.stringify(analysis);
  lines.push(`${name}\t${sha(whole)}\t${sha(analysisToJson(analysis))}\t${analysis.mentions.length} mentions ${analysis.claims.length} claims ${analysis.statements.length} statements`);
  process.stderr.write('.');
};

const seeds = loadSeeds();
fingerprint('seeds', seeds);
// Paths relative to the checkout (sources carry their file path), so two checkouts in different places compare.
process.chdir(root);
const devset = 'tests/fixtures/devset';
for (const event of readdirSync(devset, {withFileTypes: true})) {
  if (!event.isDirectory() || HELD_OUT.has(event.name)) continue;
  fingerprint(`devset/${event.name}`, loadCorpus([join(devset, event.name)]));
}
const readme = execFileSync('git', ['show', `${ENGLISH_AT}:README.md`], {cwd: root, encoding: 'utf8'});
fingerprint('english prose (bench)', englishSources(readme));
for (const shape of SHAPES) fingerprint(`shape: ${shape.name}`, [{...seeds[0], id: 'shape', body: shape.body(seeds, 1)}]);
// The bench's pattern-heavy lexicon (220 class patterns with gaps) on the seeds and on 0.3 MB of nothing but class words.
const patterns = createAnalyzer([patternHeavyLexicon()]);
fingerprint('pattern-heavy lexicon: seeds', seeds, patterns);
fingerprint('pattern-heavy lexicon: class words', [{...seeds[0], id: 'class-words', body: classWordsBody(patterns, 0.3)}], patterns);
process.stderr.write('\n');

if (mode === 'record') {
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`${lines.length} fingerprints written to ${file}`);
} else {
  const before = new Map(readFileSync(file, 'utf8').trim().split('\n').map((l) => [l.split('\t')[0], l]));
  let changed = 0;
  for (const line of lines) {
    const old = before.get(line.split('\t')[0]);
    if (old === line) continue;
    changed++;
    console.log(`CHANGED ${line.split('\t')[0]}\n  before: ${old ?? '(none)'}\n  now:    ${line}`);
  }
  console.log(changed === 0 ? `all ${lines.length} cases byte-identical` : `${changed} of ${lines.length} cases changed`);
  process.exitCode = changed === 0 ? 0 : 1;
}
