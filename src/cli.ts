#!/usr/bin/env node
import {readFileSync} from 'node:fs';
import {dirname, extname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {BlindResult} from './blind/blind-analysis.js';
import {parseCli, USAGE, type CliArgs} from './cli/args.js';
import {printError, printWarning} from './cli/messages.js';
import {openOutput, refuseInputAsOutput, type Output} from './cli/output.js';
import type {KeptAnalysis} from './cache/analysis-cache.js';
import type {CacheSlot} from './cache/cache-slot.js';
import type {ReadCorpus} from './cli/read-input.js';
import {bundledSeedsDir} from './corpus/input-files.js';
import type {SkippedFile} from './corpus/load.js';
import {InputError} from './errors.js';
import type {Style} from './text-report/style.js';
import type {TuiOptions} from './tui/run.js';
import type {Analysis, Source} from './types.js';

/*
 * The command line: parse, load, analyse, hand the one result to a view.
 * Bad input ends with a message, a hint and a non-zero exit, never a stack
 * trace (set FRAMELENS_DEBUG=1 to see one for a bug).
 *
 * Only the argument parser loads up front, so `--version` and `--help`
 * answer about as fast as bare node; each command imports what it uses.
 */

async function main(argv: readonly string[]): Promise<number> {
  const args = parseCli(argv);
  // --no-cache also skips the compiled --lexicon kept in the cache folder, in this process and its worker threads.
  if (!args.cache) process.env.FRAMELENS_NO_CACHE = '1';
  if (args.out !== undefined || args.revealKey !== undefined) refuseOverwritingInputs(args);
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
    case 'merge':
      return mergeCommand(args);
    case 'worksheet':
      return worksheetCommand(args);
    case 'discover':
      return discoverCommand(args);
    case 'tui':
      return tuiCommand(args);
  }
}

/** -o and --reveal-key must not name a file being read: the paths given, or the bundled seeds when none are. */
function refuseOverwritingInputs(args: CliArgs): void {
  const inputs = args.paths.length === 0 ? [bundledSeedsDir()] : args.paths;
  for (const [option, file] of [['-o', args.out], ['--reveal-key', args.revealKey]] as const) if (file !== undefined) refuseInputAsOutput(file, inputs, option);
}

/** The corpus the paths name (the seeds when none): files, folders, tables, `-`; bad files and rows skipped and named on stderr (see read-input.ts). */
async function load(paths: readonly string[], args: CliArgs): Promise<ReadCorpus> {
  const {readInput} = await import('./cli/read-input.js');
  return readInput(paths, {strict: args.strict, columns: args.columns});
}

/** --blind: the analysis with outlets hidden; the key goes to --reveal-key, the seed to stderr (so the letters can be had again). */
async function blinded(analysis: Analysis, args: CliArgs, announce: boolean): Promise<BlindResult> {
  const [{blindAnalysis}, {writeRevealKey}] = await Promise.all([import('./blind/blind-analysis.js'), import('./blind/reveal-key.js')]);
  const seed = args.seed ?? Math.floor(Math.random() * 1_000_000);
  const result = blindAnalysis(analysis, seed, args.lang);
  if (args.revealKey) writeRevealKey(args.revealKey, result);
  if (announce && args.seed === undefined) process.stderr.write(`framelens: blind reading with --seed ${seed} (give it again for the same letters)\n`);
  return result;
}

/** The analysis a view shows: as analysed, or blind. */
async function viewed(analysis: Analysis, args: CliArgs): Promise<Analysis> {
  return args.blind ? (await blinded(analysis, args, true)).blind : analysis;
}

async function styleOf(args: CliArgs): Promise<Style> {
  const {ansiStyle, plainStyle, styleFor} = await import('./text-report/style.js');
  if (args.color === true) return ansiStyle;
  if (args.color === false) return plainStyle;
  return styleFor(process.stdout);
}

/** The text report on stdout, or plain (no colour unless --color) into -o FILE. */
async function printText(analysis: Analysis, args: CliArgs, out: Output = openOutput(undefined)): Promise<void> {
  const toFile = out.file !== undefined && args.color !== true;
  const [{textReport}, {renderPassageDiff}, style] = await Promise.all([
    import('./text-report/text-report.js'),
    import('./compare/diff-render.js'),
    toFile ? import('./text-report/style.js').then((m) => m.plainStyle) : styleOf(args),
  ]);
  const bodies = new Map(analysis.sources.map((s) => [s.id, s.body]));
  const text = textReport(analysis, {
    style,
    lang: args.lang,
    renderDiff: (i) => {
      const p = analysis.passages[i]!;
      return renderPassageDiff(p, bodies.get(p.a.source)!, bodies.get(p.b.source)!, {color: style.color});
    },
  });
  await out.write(text);
}

/** The JSON document on stdout (or -o FILE) in pieces, waiting when the reader is slow (a large corpus's document is never one string). */
async function printJson(analysis: Analysis | Iterable<string>, out: Output = openOutput(undefined)): Promise<void> {
  const {analysisJsonChunks} = await import('./report/json.js');
  for (const chunk of Symbol.iterator in analysis ? analysis : analysisJsonChunks(analysis)) await out.write(chunk);
  await out.write('\n');
}

/** -o FILE: closed, and named on stdout as the other commands name what they wrote. */
async function finish(out: Output): Promise<void> {
  await out.end();
  if (out.file !== undefined) process.stdout.write(`wrote ${out.file}\n`);
}

/** This run's place in the analysis cache (src/cache/), or null: --no-cache, or a corpus that cannot be keyed. */
async function cacheOf(args: CliArgs): Promise<CacheSlot | null> {
  if (!args.cache) return null;
  const {cacheSlot} = await import('./cache/cache-slot.js');
  return cacheSlot({paths: args.paths, columns: args.columns, strict: args.strict, lexicons: args.lexicons});
}

/** The kept analysis of this corpus, or: load, then the map step (on worker threads for a large corpus, see --jobs) and the comparison, and keep it. */
async function analyzeAll(args: CliArgs): Promise<Analysis> {
  const cache = await cacheOf(args);
  const kept = cache?.lookup();
  if (kept) return keptAnalysis(kept);
  const [{createAnalyzer, compareFindings}, {mapSources, defaultJobs, useWorkers}, {loadLexicon}] = await Promise.all([
    import('./analyze.js'),
    import('./map/map-corpus.js'),
    import('./lexicon/load.js'),
  ]);
  // The lexicon is read (and a broken --lexicon reported) before any text; it is compiled only where text is analysed.
  const lexicon = loadLexicon(args.lexicons);
  const {sources, skipped, said} = await load(args.paths, args);
  const jobs = args.jobs ?? defaultJobs();
  const findings = await mapSources(sources, () => createAnalyzer(args.lexicons, lexicon), {jobs, lexiconFiles: args.lexicons, workers: useWorkers(jobs, sources.length, args.jobs !== undefined)});
  const analysis: Analysis = {...compareFindings(findings, lexicon), skipped};
  cache?.save({analysis, said});
  return analysis;
}

/** A kept analysis, after saying again what reading its corpus said on stderr. */
function keptAnalysis(kept: KeptAnalysis): Analysis {
  for (const line of kept.said) process.stderr.write(line);
  return kept.analysis;
}

// The report writers (HTML embeds fonts) load only for the commands that
// use them, so that the terminal UI's first frame does not wait for them.

async function analyzeCommand(args: CliArgs): Promise<number> {
  // -o FILE is opened before the analysis, so that a folder that is not there is said at once.
  const out = openOutput(args.out);
  if (args.format === 'ndjson') return ndjsonCommand(args, out);
  const analysis = await viewed(await analyzeAll(args), args);
  if (args.format === 'json') await printJson(analysis, out);
  else await printText(analysis, args, out);
  await finish(out);
  return 0;
}

/**
 * `analyze --format ndjson`: one line per source on stdout, written as soon
 * as it is analysed. Article files and saved pages are read one at a time;
 * corpus tables and standard input are read whole first (their rows become
 * sources), then streamed the same way.
 */
async function ndjsonCommand(args: CliArgs, out: Output): Promise<number> {
  const [{createAnalyzer}, {readEach, streamLines, defaultJobs, useWorkers}, {listInputFiles, describeFiles, skippedFile, TABLE_EXTENSIONS}, {loadLexicon}, {safeLine}] = await Promise.all([
    import('./analyze.js'),
    import('./map/map-corpus.js'),
    import('./corpus/load.js'),
    import('./lexicon/load.js'),
    import('./cli/messages.js'),
  ]);
  const seeds = args.paths.length === 0;
  const listed = args.paths.includes('-') ? null : listInputFiles(seeds ? [bundledSeedsDir()] : args.paths);
  const lexicon = loadLexicon(args.lexicons);
  const jobs = args.jobs ?? defaultJobs();
  let read = 0;
  const write = (line: string | Uint8Array): Promise<void> | null => {
    read++;
    return out.write(line);
  };
  const run = (sources: Iterable<Source>, count: number): Promise<void> =>
    streamLines(sources, lexicon, () => createAnalyzer(args.lexicons, lexicon), {jobs, lexiconFiles: args.lexicons, workers: useWorkers(jobs, count, args.jobs !== undefined)}, write);
  if (listed === null || listed.files.some((f) => TABLE_EXTENSIONS.has(extname(f).toLowerCase()))) {
    // Tables and standard input: read as the other commands read them (bad rows and files named there).
    const corpus = await load(args.paths, args);
    await run(corpus.sources, corpus.sources.length);
    await finish(out);
    return 0;
  }
  const skipped: SkippedFile[] = [...listed.skipped];
  for (const s of skipped) process.stderr.write(`framelens: skipped ${safeLine(`${s.file}: ${s.reason}`)}\n`);
  if (listed.ignored.length > 0) printWarning(`not read: ${describeFiles(listed.ignored)} in the folders given, which are not articles (framelens reads .txt, .md, .html, .htm, .csv, .tsv, .jsonl, .ndjson)`);
  const onSkip = (file: string, error: InputError): void => {
    if (args.strict) throw error;
    skipped.push(skippedFile(file, error));
    process.stderr.write(`framelens: skipped ${safeLine(`${file}: ${skipped.at(-1)!.reason}`)}\n`);
  };
  // The bundled seeds are named seeds/<file>, as loadSeeds names them.
  const label = seeds ? (file: string): string => join('seeds', relative(bundledSeedsDir(), file)) : undefined;
  await run(readEach(listed.files, {onSkip, ...(label ? {label} : {})}), listed.files.length);
  if (read === 0) throw new InputError(skipped.length > 0 ? 'none of the files could be read (see above)' : 'no article files to read', 'Give articles as plain text (.txt, .md) in UTF-8, UTF-16 with a BOM or Windows-1256, saved web pages (.html), or corpus tables (.csv, .jsonl).');
  await finish(out);
  if (skipped.length > 0) printWarning(`skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'}, wrote ${read} line${read === 1 ? '' : 's'} (--strict makes a skipped file an error)`);
  return 0;
}

async function reportCommand(args: CliArgs): Promise<number> {
  const {writeReport} = await import('./report/write.js');
  const analysis = await viewed(await analyzeAll(args), args);
  const format = (args.format ?? 'html') as 'html' | 'md' | 'csv' | 'json';
  const written = writeReport(analysis, {format, out: args.out, lang: args.lang});
  for (const path of written) process.stdout.write(`wrote ${path}\n`);
  return 0;
}

/** `framelens merge FILE.ndjson...`: the comparison of the sources in analyze --format ndjson output. */
async function mergeCommand(args: CliArgs): Promise<number> {
  const [{compareFindings}, {loadLexicon}, {readSourceLines}] = await Promise.all([import('./analyze.js'), import('./lexicon/load.js'), import('./map/merge.js')]);
  const lexicon = loadLexicon(args.lexicons);
  if (args.format === 'json' && !args.blind) {
    // JSON is written while the lines are read again, never holding every source's findings (a corpus of any size).
    const [{mergedJsonChunks}, {writeJsonReport}] = await Promise.all([import('./map/merge-json.js'), import('./report/write.js')]);
    const chunks = mergedJsonChunks(args.paths, lexicon);
    if (args.out === undefined) await printJson(chunks);
    else process.stdout.write(`wrote ${writeJsonReport(chunks, args.out)}\n`);
    return 0;
  }
  if (args.format === 'csv' && !args.blind) {
    // CSV likewise: each file is written from one more pass over the lines.
    const [{mergedCsvChunks}, {writeCsvReport}] = await Promise.all([import('./map/merge-csv.js'), import('./report/write.js')]);
    for (const path of writeCsvReport(mergedCsvChunks(args.paths, lexicon), args.out)) process.stdout.write(`wrote ${path}\n`);
    return 0;
  }
  const analysis = await viewed(compareFindings(await readSourceLines(args.paths, lexicon), lexicon), args);
  const format = args.format ?? 'text';
  if (format === 'text') {
    const out = openOutput(args.out);
    await printText(analysis, args, out);
    await finish(out);
  } else if (format === 'json' && args.out === undefined) await printJson(analysis);
  else {
    const {writeReport} = await import('./report/write.js');
    for (const path of writeReport(analysis, {format: format as 'html' | 'md' | 'csv' | 'json', out: args.out, lang: args.lang})) process.stdout.write(`wrote ${path}\n`);
  }
  return 0;
}

/** `framelens diff A B`: A and B are paths, or ids in the corpus given with --in (default: the seeds). */
async function diffCommand(args: CliArgs): Promise<number> {
  const [{existsSync}, {analyzeCorpus}, {renderPassageDiff}, {loadCorpus}, {sanitizeText}] = await Promise.all([
    import('node:fs'),
    import('./analyze.js'),
    import('./compare/diff-render.js'),
    import('./corpus/load.js'),
    import('./text/strip-controls.js'),
  ]);
  const [a, b] = args.paths as [string, string];
  const bothPaths = existsSync(a) && existsSync(b);
  const sources = bothPaths ? loadCorpus([a, b]) : (await load(args.corpus, args)).sources;
  const pick = (wanted: string, index: number): Source => {
    if (bothPaths) return sources[index]!;
    const found = sources.find((s) => s.id === wanted || s.file === wanted);
    if (!found) throw new InputError(`no source \`${wanted}\` (neither a file nor a source id)`, `Known ids: ${sources.map((s) => s.id).join(', ')}. Give two paths, or ids with --in PATH.`);
    return found;
  };
  const pair = [pick(a, 0), pick(b, 1)];
  if (pair[0]!.id === pair[1]!.id) throw new InputError(`\`framelens diff\` needs two different sources, got \`${pair[0]!.id}\` twice`);
  const analysis = analyzeCorpus(pair, {lexiconFiles: args.lexicons});
  const style = await styleOf(args);
  const passages = analysis.passages;
  const [sa, sb] = analysis.sources as [Analysis['sources'][number], Analysis['sources'][number]];
  // Ids and file names come from the input: no control sequence of theirs reaches the terminal.
  const name = (x: Analysis['sources'][number]): string => sanitizeText(`${x.id} (${x.file})`);
  process.stdout.write(style.bold(`${name(sa)} ↔ ${name(sb)}: ${passages.length} shared passage${passages.length === 1 ? '' : 's'}`) + '\n');
  if (passages.length === 0) process.stdout.write('The two texts share no passage (no run of common wording long enough to be copy).\n');
  const shown = args.all ? passages : passages.slice(0, 10);
  shown.forEach((p, i) => {
    process.stdout.write(`\n${style.bold(`#${i + 1}`)} similarity ${p.similarity.toFixed(2)}, ${p.edits.length} edit${p.edits.length === 1 ? '' : 's'}\n`);
    process.stdout.write(renderPassageDiff(p, sa.body, sb.body, {color: style.color}) + '\n');
  });
  if (shown.length < passages.length) process.stdout.write(`\n… ${passages.length - shown.length} more (use --all)\n`);
  return 0;
}

/** `framelens discover`: the Discovery as a text table, JSON, or a draft lexicon (yaml); -o writes it to a file. */
async function discoverCommand(args: CliArgs): Promise<number> {
  const {discover} = await import('./discover/discover.js');
  // -o FILE is checked before the analysis, as analyze's is.
  const out = openOutput(args.out);
  const analysis = await analyzeAll(args);
  const found = discover(analysis);
  let text: string;
  if (args.format === 'json') text = JSON.stringify(found, null, 2) + '\n';
  else if (args.format === 'yaml') text = (await import('./discover/draft-lexicon.js')).draftLexicon(found, analysis.concepts, analysis.lexicon);
  else {
    const {discoverReport} = await import('./text-report/discover-report.js');
    text = discoverReport(found, args.out ? (await import('./text-report/style.js')).plainStyle : await styleOf(args));
  }
  await out.write(text);
  await finish(out);
  // The text table says its warnings itself; JSON, YAML and a file do not.
  for (const w of args.out || args.format === 'yaml' || args.format === 'json' ? found.warnings : []) printWarning(w);
  return 0;
}

async function tuiCommand(args: CliArgs): Promise<number> {
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    await printText(await viewed(await analyzeAll(args), args), args);
    return 0;
  }
  const options = async (): Promise<TuiOptions> => ({bidi: (args.bidi ?? 'auto') as 'auto' | 'visual' | 'logical', color: (await styleOf(args)).color, lang: args.lang});
  const cache = await cacheOf(args);
  const found = cache?.lookup();
  if (found) {
    // Kept from an earlier run: no analysis thread, no English model, straight to the Overview.
    const kept = keptAnalysis(found);
    const [{runTui}, shown] = await Promise.all([import('./tui/run.js'), options()]);
    const blind = args.blind ? await blinded(kept, args, false) : null;
    await runTui(blind ? {analysis: blind.blind, revealed: blind.revealed} : {analysis: kept}, shown);
    return 0;
  }
  // The analysis thread starts first: it compiles the lexicon while the corpus is read here and Ink loads.
  const {startAnalysisThread} = await import('./tui/analysis-thread.js');
  const thread = startAnalysisThread(args.lexicons);
  const [{runTui}, corpus, shown] = await Promise.all([import('./tui/run.js'), load(args.paths, args), options()]).catch((error: unknown) => {
    thread.stop();
    throw error;
  });
  const running = thread.analyse(corpus.sources).then((analysis): Analysis => ({...analysis, skipped: corpus.skipped}));
  // Kept once the Overview is on screen (writing it must not hold up the first frame).
  if (cache) void running.then((analysis) => setTimeout(() => cache.save({analysis, said: corpus.said}), 100), () => undefined);
  // A failure is reported when the UI asks for the result (after the terminal is restored), not as an unhandled rejection.
  running.catch(() => undefined);
  const analyse = (onProgress: (done: number, total: number) => void): Promise<Analysis> => {
    thread.listen(onProgress);
    return running;
  };
  await runTui(
    args.blind
      ? {load: async (onProgress) => {
        const result = await blinded(await analyse(onProgress), args, false);
        return {analysis: result.blind, revealed: result.revealed};
      }}
      : {load: analyse},
    shown,
  );
  return 0;
}

async function worksheetCommand(args: CliArgs): Promise<number> {
  const {writeWorksheet} = await import('./worksheet/write.js');
  const analysis = await viewed(await analyzeAll(args), args);
  for (const path of writeWorksheet(analysis, {out: args.out!, lang: args.lang})) process.stdout.write(`wrote ${path}\n`);
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
