import {existsSync} from 'node:fs';
import {parseArgs, type ParseArgsConfig} from 'node:util';
import {InputError} from '../errors.js';
import {closest} from './suggest.js';

/*
 * Command-line parsing with node:util parseArgs (no dependency needed): one
 * option table per command, strict, so a typo is an error with the usage
 * line rather than a silently ignored flag.
 */

export type Command = 'tui' | 'analyze' | 'report' | 'diff' | 'merge' | 'worksheet' | 'discover' | 'help' | 'version';

export interface CliArgs {
  readonly command: Command;
  readonly paths: readonly string[];
  readonly format: string | undefined;
  readonly lexicons: readonly string[];
  readonly out: string | undefined;
  /** diff: the corpus the two ids are looked up in (--in), default the bundled seeds. */
  readonly corpus: readonly string[];
  readonly bidi: string | undefined;
  readonly color: boolean | undefined;
  readonly all: boolean;
  /** --strict: a file that cannot be read is an error, not a skip. */
  readonly strict: boolean;
  /** --columns text=…,outlet=…: which corpus-table column holds which field. */
  readonly columns: Readonly<Record<string, string>>;
  /** --jobs: worker threads for the map step; undefined = the number of cores (small corpora stay on one thread). */
  readonly jobs: number | undefined;
  /** Blind reading (--blind): outlets as A, B, … shuffled by `seed`, names masked. */
  readonly blind: boolean;
  readonly seed: number | undefined;
  /** --reveal-key FILE: where the letter → outlet key is written. */
  readonly revealKey: string | undefined;
  /** --lang ar|en: the interface language (headings, labels, glossary). */
  readonly lang: 'ar' | 'en';
  /** False for --no-cache: analyse afresh, and keep nothing (see src/cache/). */
  readonly cache: boolean;
}

export const USAGE = `Usage:
  framelens [PATH...]                          open the terminal UI (prints the text report when not on a terminal)
  framelens analyze [PATH...] [--format text|json|ndjson] [--jobs N] [-o FILE]
  framelens report  [PATH...] [--format html|md|csv|json] [-o FILE|DIR]
  framelens diff A B [--in PATH...]            shared passages of two sources (ids or paths)
  framelens merge FILE.ndjson... [--format text|json|html|md|csv] [-o FILE|DIR]
                                               compare the sources of analyze --format ndjson runs
  framelens worksheet [PATH...] -o DIR [--lang ar|en] [--blind]   a printable class worksheet and its answer key
  framelens discover [PATH...] [--format text|json|yaml] [-o FILE]   words that set each outlet apart; yaml: a draft lexicon
  framelens --help | --version

PATH: article files (.txt, .md, saved .html pages), corpus tables (.csv, .tsv, .jsonl:
  one article per row), folders of them (searched recursively), or - (one article on
  standard input); none = the bundled seeds.
Options:
  --lexicon FILE   add or replace lexicon entries (repeatable)
  --bidi MODE      terminal UI Arabic display: auto | visual | logical (env FRAMELENS_BIDI)
  --color / --no-color   force colour on or off (NO_COLOR is respected)
  --all            diff: print every passage, not only the first ten
  --strict         stop with exit 1 when any file cannot be read (default: skip it and say why)
  --columns text=NAME,outlet=NAME,...   corpus tables: the columns that hold text, title,
                   url, date, outlet, language, id (default: the usual export names)
  --jobs N         analyze, report, discover, worksheet: worker threads for the per-source step (default: the number of cores)
  --blind          hide the outlets: Outlet A, B, … and their names masked in the texts (UI, analyze, report, worksheet)
  --seed N         blind: the letters' order (same seed, same letters; default: a random seed, printed)
  --reveal-key FILE  blind: write which letter is which outlet to FILE
  --no-cache       analyse afresh and keep nothing: by default the analysis of a corpus is kept in
                   $XDG_CACHE_HOME/framelens (~/.cache/framelens) and reused while its files, the
                   lexicons and framelens are unchanged (delete that folder to clear it)
  --lang ar|en     interface language (default en): the UI's labels, status line and help, the report headings (text, HTML, Markdown), the worksheet`;

const COMMON = {
  lexicon: {type: 'string', multiple: true},
  columns: {type: 'string'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  strict: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
} as const;

/** The commands that analyse a corpus whole keep the analysis in the cache (src/cache/); --no-cache skips it. */
const CACHE = {'no-cache': {type: 'boolean'}} as const;

const BLIND = {blind: {type: 'boolean'}, seed: {type: 'string'}, 'reveal-key': {type: 'string'}, lang: {type: 'string'}} as const;

const OPTIONS: Record<Exclude<Command, 'help' | 'version'>, ParseArgsConfig['options']> = {
  tui: {...COMMON, ...CACHE, ...BLIND, bidi: {type: 'string'}, format: {type: 'string'}, version: {type: 'boolean', short: 'v'}},
  analyze: {...COMMON, ...CACHE, ...BLIND, format: {type: 'string', short: 'f'}, out: {type: 'string', short: 'o'}, jobs: {type: 'string', short: 'j'}},
  report: {...COMMON, ...CACHE, ...BLIND, format: {type: 'string', short: 'f'}, out: {type: 'string', short: 'o'}, jobs: {type: 'string', short: 'j'}},
  merge: {...COMMON, ...BLIND, format: {type: 'string', short: 'f'}, out: {type: 'string', short: 'o'}},
  worksheet: {...COMMON, ...CACHE, ...BLIND, out: {type: 'string', short: 'o'}, jobs: {type: 'string', short: 'j'}},
  diff: {...COMMON, in: {type: 'string', multiple: true}, all: {type: 'boolean'}},
  discover: {...COMMON, ...CACHE, format: {type: 'string', short: 'f'}, out: {type: 'string', short: 'o'}, jobs: {type: 'string', short: 'j'}},
};

const FORMATS: Record<string, readonly string[]> = {analyze: ['text', 'json', 'ndjson'], merge: ['text', 'json', 'html', 'md', 'csv'], report: ['html', 'md', 'csv', 'json'], discover: ['text', 'json', 'yaml'], tui: ['text']};

const COMMANDS = ['analyze', 'report', 'diff', 'merge', 'worksheet', 'discover'] as const;
const BIDI_MODES = ['auto', 'visual', 'logical'];

/** What the command line may read besides argv: whether a path exists, and the environment (npm passes flags it does not know there). */
export interface CliContext {
  readonly exists: (path: string) => boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const DEFAULT_CONTEXT: CliContext = {exists: existsSync, env: process.env};

export function parseCli(argv: readonly string[], context: CliContext = DEFAULT_CONTEXT): CliArgs {
  const first = argv[0];
  const command: Exclude<Command, 'help' | 'version'> = first === 'analyze' || first === 'report' || first === 'diff' || first === 'merge' || first === 'worksheet' || first === 'discover' ? first : 'tui';
  if (command === 'tui' && first !== undefined && !first.startsWith('-') && !context.exists(first)) {
    // `framelens analyse`: a word that is no file and one typo away from a command.
    const meant = closest(first, COMMANDS);
    if (meant) throw new InputError(`unknown command \`${first}\` (and no file or folder of that name)`, `Did you mean \`framelens ${meant}\`? (\`framelens --help\` lists every command and option.)`, 2);
  }
  const rest = command === 'tui' ? argv : argv.slice(1);
  let parsed;
  try {
    parsed = parseArgs({args: [...rest], options: OPTIONS[command], allowPositionals: true, strict: true});
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/su, '');
    const hint = optionHint(message, command);
    throw new InputError(message, hint ? `${hint} (\`framelens --help\` lists every command and option.)` : USAGE, 2);
  }
  const v = parsed.values as Record<string, unknown>;
  if (v.help) return blank('help');
  if (v.version) return blank('version');
  const format = v.format as string | undefined;
  const allowed = FORMATS[command];
  if (format !== undefined && allowed && !allowed.includes(format)) {
    throw new InputError(`unknown --format \`${format}\` for \`${command === 'tui' ? 'framelens' : `framelens ${command}`}\``, `Use one of: ${allowed.join(', ')}.`, 2);
  }
  if (format !== undefined && !allowed) throw new InputError(`\`framelens ${command}\` has no --format option`, USAGE, 2);
  let paths: readonly string[] = parsed.positionals;
  let bidi = v.bidi as string | undefined;
  if (command === 'tui' && bidi === undefined) ({bidi, paths} = bidiFromNpm(paths, context));
  if (bidi !== undefined && !BIDI_MODES.includes(bidi)) throw new InputError(`unknown --bidi mode \`${bidi}\``, 'Use auto, visual or logical (see README, "Arabic in the terminal").', 2);
  if (command === 'merge' && paths.length === 0) throw new InputError('`framelens merge` needs at least one .ndjson file', 'Example: framelens analyze part1/ --format ndjson > 1.ndjson; framelens merge 1.ndjson 2.ndjson --format html', 2);
  const blind = Boolean(v.blind);
  const seed = v.seed === undefined ? undefined : parseSeed(v.seed as string);
  const revealKey = v['reveal-key'] as string | undefined;
  if ((seed !== undefined || revealKey !== undefined) && !blind) throw new InputError(`${seed !== undefined ? '--seed' : '--reveal-key'} only works with --blind`, 'Add --blind to read the sources with their outlets hidden.', 2);
  const lang = (v.lang as string | undefined) ?? 'en';
  if (lang !== 'ar' && lang !== 'en') throw new InputError(`unknown --lang \`${lang}\``, 'Use ar (Arabic) or en (English).', 2);
  if (blind && format === 'ndjson') throw new InputError('--blind does not apply to --format ndjson: the lines keep the outlets so that runs can be merged', 'Blind the merged result instead: framelens merge FILE.ndjson... --blind', 2);
  if (command === 'worksheet' && v.out === undefined) throw new InputError('`framelens worksheet` needs -o DIR (the folder that gets worksheet.html and answer-key.html)', 'Example: framelens worksheet seeds -o lesson', 2);
  if (command === 'diff' && paths.length !== 2) throw new InputError(`\`framelens diff\` needs two sources (ids or paths), got ${paths.length}`, 'Example: framelens diff 000 001', 2);
  return {
    command,
    paths,
    format,
    lexicons: (v.lexicon as string[] | undefined) ?? [],
    out: v.out as string | undefined,
    corpus: (v.in as string[] | undefined) ?? [],
    bidi,
    color: v['no-color'] ? false : v.color ? true : undefined,
    all: Boolean(v.all),
    strict: Boolean(v.strict),
    columns: parseColumns(v.columns as string | undefined),
    jobs: jobsOf(v.jobs as string | undefined),
    blind,
    seed,
    revealKey,
    lang,
    cache: !v['no-cache'],
  };
}

function parseSeed(text: string): number {
  if (!/^\d{1,9}$/u.test(text)) throw new InputError(`--seed wants a whole number, got \`${text}\``, 'Example: --blind --seed 7 (the same seed gives the same letters).', 2);
  return Number(text);
}

/** "Did you mean --color?" for an unknown option one typo away from a known one of this command; where else it works when another command has it. */
function optionHint(message: string, command: Exclude<Command, 'help' | 'version'>): string {
  const unknown = /Unknown option '(-{1,2})([^'=]+)/u.exec(message);
  if (!unknown) return '';
  const short = unknown[1] === '-' && unknown[2]!.length === 1;
  const name = short ? longNameOf(unknown[2]!) : unknown[2]!;
  if (name === undefined) return '';
  const meant = short ? undefined : closest(name, Object.keys(OPTIONS[command] ?? {}));
  if (meant) return `Did you mean --${meant}?`;
  const elsewhere = (Object.keys(OPTIONS) as (keyof typeof OPTIONS)[]).filter((c) => c !== command && Object.keys(OPTIONS[c] ?? {}).includes(name));
  if (elsewhere.length === 0) return '';
  const names = elsewhere.map((c) => `\`${c === 'tui' ? 'framelens [PATH...]' : `framelens ${c}`}\``);
  const spelled = short ? `-${unknown[2]} (--${name})` : `--${name}`;
  return `${spelled} works with ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`}, not with \`framelens ${command === 'tui' ? '[PATH...]' : command}\`.`;
}

/** The long name some command gives a one-letter option (-o → out), if any does. */
function longNameOf(letter: string): string | undefined {
  for (const options of Object.values(OPTIONS)) {
    for (const [long, spec] of Object.entries(options ?? {})) if (spec.short === letter) return long;
  }
  return undefined;
}

/**
 * `npm start --bidi logical` runs `framelens logical`: npm keeps flags it does
 * not know for itself, sets npm_config_bidi=true and passes the value on as
 * a path. `npm start --bidi=visual` sets npm_config_bidi=visual. Take the
 * mode from there so the common spelling works (README, "Quick start").
 */
function bidiFromNpm(paths: readonly string[], {exists, env}: CliContext): {bidi: string | undefined; paths: readonly string[]} {
  const fromNpm = env.npm_config_bidi;
  if (fromNpm === undefined) return {bidi: undefined, paths};
  if (BIDI_MODES.includes(fromNpm)) return {bidi: fromNpm, paths};
  const [first, ...rest] = paths;
  if (fromNpm === 'true' && first !== undefined && BIDI_MODES.includes(first) && !exists(first)) return {bidi: first, paths: rest};
  return {bidi: undefined, paths};
}

const COLUMN_FIELDS = ['text', 'title', 'url', 'date', 'outlet', 'language', 'id'];

/** `text=story_text,outlet=media_name` → {text: 'story_text', outlet: 'media_name'}. */
export function parseColumns(spec: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (spec === undefined) return out;
  for (const part of spec.split(',')) {
    const m = /^\s*([A-Za-z]+)\s*=\s*(.*?)\s*$/u.exec(part);
    if (!m || m[2] === '') throw new InputError(`--columns: \`${part}\` is not FIELD=COLUMN`, 'Example: --columns text=story_text,outlet=media_name', 2);
    const field = m[1]!.toLowerCase();
    if (!COLUMN_FIELDS.includes(field)) throw new InputError(`--columns: unknown field \`${m[1]}\``, `Fields: ${COLUMN_FIELDS.join(', ')}.`, 2);
    out[field] = m[2]!;
  }
  return out;
}

function jobsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!/^\d+$/u.test(value) || jobs < 1 || jobs > 256) throw new InputError(`--jobs \`${value}\` is not a number of threads`, 'Give a whole number from 1 (one thread) up, e.g. --jobs 4; without --jobs all cores are used.', 2);
  return jobs;
}

function blank(command: Command): CliArgs {
  return {command, paths: [], format: undefined, lexicons: [], out: undefined, corpus: [], bidi: undefined, color: undefined, all: false, strict: false, columns: {}, jobs: undefined, blind: false, seed: undefined, revealKey: undefined, lang: 'en', cache: true};
}
