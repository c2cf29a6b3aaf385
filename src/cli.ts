#!/usr/bin/env node
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {analyzeCorpus, analyzeCorpusAsync} from './analyze.js';
import {parseCli, USAGE, type CliArgs} from './cli/args.js';
import {renderPassageDiff} from './compare/diff-render.js';
import {loadCorpus, type Corpus} from './corpus/load.js';
import {printError, printWarning} from './cli/messages.js';
import {readInput} from './cli/read-input.js';
import {InputError} from './errors.js';
import {sanitizeText} from './text/strip-controls.js';
import {textReport} from './text-report/text-report.js';
import {ansiStyle, plainStyle, styleFor, type Style} from './text-report/style.js';
import type {Analysis, Source} from './types.js';

/*
 * The command line: parse, load, analyse, hand the one result to a view.
 * Bad input ends with a message, a hint and a non-zero exit, never a stack
 * trace (set FRAMELENS_DEBUG=1 to see one for a bug).
 */

async function main(argv: readonly string[]): Promise<number> {
  const args = parseCli(argv);
  switch (args.command) {
    case 'help':
      process.stdout.write(`framelens — how news outlets frame the same event\n\n${USAGE}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${packageVersion()}\n`);
      return 0;
    case 'analyze':
      return analyzeCommand(args);
    case 'report':
      return reportCommand(args);
    case 'diff':
      return diffCommand(args);
    case 'discover':
      return discoverCommand(args);
    case 'tui':
      return tuiCommand(args);
  }
}

/** The corpus the paths name (the seeds when none), bad files skipped and named on stderr (see read-input.ts). */
function load(paths: readonly string[], args: CliArgs): Corpus {
  return readInput(paths, args.strict);
}

/** The analysis of a corpus, with the files that were skipped. */
function analyzed(corpus: Corpus, args: CliArgs): Analysis {
  return {...analyzeCorpus(corpus.sources, {lexiconFiles: args.lexicons}), skipped: corpus.skipped};
}

function styleOf(args: CliArgs): Style {
  if (args.color === true) return ansiStyle;
  if (args.color === false) return plainStyle;
  return styleFor(process.stdout);
}

function printText(analysis: Analysis, args: CliArgs): void {
  const style = styleOf(args);
  const text = textReport(analysis, {
    style,
    renderDiff: (i) => {
      const p = analysis.passages[i]!;
      return renderPassageDiff(p, bodyOf(analysis, p.a.source), bodyOf(analysis, p.b.source), {color: style.color});
    },
  });
  process.stdout.write(text);
}

function bodyOf(analysis: Analysis, id: string): string {
  return analysis.sources.find((s) => s.id === id)!.body;
}

// The report writers (HTML embeds fonts) load only for the commands that
// use them, so that the terminal UI's first frame does not wait for them.

async function analyzeCommand(args: CliArgs): Promise<number> {
  const analysis = analyzed(load(args.paths, args), args);
  if (args.format === 'json') {
    const {analysisToJson} = await import('./report/json.js');
    process.stdout.write(analysisToJson(analysis) + '\n');
  }
  else printText(analysis, args);
  return 0;
}

async function reportCommand(args: CliArgs): Promise<number> {
  const {writeReport} = await import('./report/write.js');
  const analysis = analyzed(load(args.paths, args), args);
  const format = (args.format ?? 'html') as 'html' | 'md' | 'csv' | 'json';
  const written = writeReport(analysis, {format, out: args.out});
  for (const path of written) process.stdout.write(`wrote ${path}\n`);
  return 0;
}

/** `framelens diff A B`: A and B are paths, or ids in the corpus given with --in (default: the seeds). */
function diffCommand(args: CliArgs): number {
  const [a, b] = args.paths as [string, string];
  const bothPaths = existsSync(a) && existsSync(b);
  const sources = bothPaths ? loadCorpus([a, b]) : load(args.corpus, args).sources;
  const pick = (wanted: string, index: number): Source => {
    if (bothPaths) return sources[index]!;
    const found = sources.find((s) => s.id === wanted || s.file === wanted);
    if (!found) throw new InputError(`no source \`${wanted}\` (neither a file nor a source id)`, `Known ids: ${sources.map((s) => s.id).join(', ')}. Give two paths, or ids with --in PATH.`);
    return found;
  };
  const pair = [pick(a, 0), pick(b, 1)];
  if (pair[0]!.id === pair[1]!.id) throw new InputError(`\`framelens diff\` needs two different sources, got \`${pair[0]!.id}\` twice`);
  const analysis = analyzeCorpus(pair, {lexiconFiles: args.lexicons});
  const style = styleOf(args);
  const passages = analysis.passages;
  const [sa, sb] = analysis.sources as [Analysis['sources'][number], Analysis['sources'][number]];
  // Ids and file names come from the input: no control sequence of theirs reaches the terminal.
  const name = (x: Analysis['sources'][number]): string => sanitizeText(`${x.id} (${x.file})`);
  process.stdout.write(style.bold(`${name(sa)} ↔ ${name(sb)}: ${passages.length} shared passage${passages.length === 1 ? '' : 's'}`) + '\n');
  if (passages.length === 0) process.stdout.write('The two texts share no passage (no run of common wording long enough to be copy).\n');
  const shown = args.all ? passages : passages.slice(0, 10);
  shown.forEach((p, i) => {
    process.stdout.write(`\n${style.bold(`#${i + 1}`)} similarity ${p.similarity.toFixed(2)}, ${p.edits.length} edit${p.edits.length === 1 ? '' : 's'}\n`);
    process.stdout.write(renderPassageDiff(p, bodyOf(analysis, p.a.source), bodyOf(analysis, p.b.source), {color: style.color}) + '\n');
  });
  if (shown.length < passages.length) process.stdout.write(`\n… ${passages.length - shown.length} more (use --all)\n`);
  return 0;
}

/** `framelens discover`: the Discovery as a text table, JSON, or a draft lexicon (yaml); -o writes it to a file. */
async function discoverCommand(args: CliArgs): Promise<number> {
  const {discover} = await import('./discover/discover.js');
  const analysis = analyzed(load(args.paths, args), args);
  const found = discover(analysis);
  let text: string;
  if (args.format === 'json') text = JSON.stringify(found, null, 2) + '\n';
  else if (args.format === 'yaml') text = (await import('./discover/draft-lexicon.js')).draftLexicon(found, analysis.concepts, analysis.lexicon);
  else {
    const {discoverReport} = await import('./text-report/discover-report.js');
    text = discoverReport(found, args.out ? plainStyle : styleOf(args));
  }
  if (!args.out) {
    process.stdout.write(text);
    for (const w of args.format === 'yaml' || args.format === 'json' ? found.warnings : []) printWarning(w);
    return 0;
  }
  try {
    writeFileSync(args.out, text);
  } catch (error) {
    throw new InputError(`cannot write ${args.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 'Check that the folder exists and is writable.');
  }
  process.stdout.write(`wrote ${args.out}\n`);
  for (const w of found.warnings) printWarning(w);
  return 0;
}

async function tuiCommand(args: CliArgs): Promise<number> {
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    printText(analyzed(load(args.paths, args), args), args);
    return 0;
  }
  const {runTui} = await import('./tui/run.js');
  const corpus = load(args.paths, args);
  await runTui(
    {load: async (onProgress: (done: number, total: number) => void) => ({...(await analyzeCorpusAsync(corpus.sources, {lexiconFiles: args.lexicons, onProgress})), skipped: corpus.skipped})},
    {bidi: (args.bidi ?? 'auto') as 'auto' | 'visual' | 'logical', color: styleOf(args).color},
  );
  return 0;
}

function packageVersion(): string {
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as {version: string}).version;
}

function report(error: unknown): number {
  if (error instanceof InputError) {
    printError(error.message, error.hint);
    return error.exitCode;
  }
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'EPIPE') return 0;
  printError(`internal error: ${e?.message ?? String(error)}`, 'This is a bug; please report it with the command you ran. Set FRAMELENS_DEBUG=1 for details.');
  if (process.env.FRAMELENS_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
  return 70;
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = report(error);
  },
);
