import {parseArgs, type ParseArgsConfig} from 'node:util';
import {InputError} from '../errors.js';

/*
 * Command-line parsing with node:util parseArgs (no dependency needed): one
 * option table per command, strict, so a typo is an error with the usage
 * line rather than a silently ignored flag.
 */

export type Command = 'tui' | 'analyze' | 'report' | 'diff' | 'discover' | 'help' | 'version';

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
}

export const USAGE = `Usage:
  framelens [PATH...]                          open the terminal UI (prints the text report when not on a terminal)
  framelens analyze [PATH...] [--format text|json]
  framelens report  [PATH...] [--format html|md|csv|json] [-o FILE|DIR]
  framelens diff A B [--in PATH...]            shared passages of two sources (ids or paths)
  framelens discover [PATH...] [--format text|json|yaml] [-o FILE]   words that set each outlet apart; yaml: a draft lexicon
  framelens --help | --version

PATH: files or folders (.txt, .md, searched recursively); none = the bundled seeds.
Options:
  --lexicon FILE   add or replace lexicon entries (repeatable)
  --bidi MODE      terminal UI Arabic display: auto | visual | logical (env FRAMELENS_BIDI)
  --color / --no-color   force colour on or off (NO_COLOR is respected)
  --all            diff: print every passage, not only the first ten
  --strict         stop with exit 1 when any file cannot be read (default: skip it and say why)`;

const COMMON = {
  lexicon: {type: 'string', multiple: true},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  strict: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
} as const;

const OPTIONS: Record<Exclude<Command, 'help' | 'version'>, ParseArgsConfig['options']> = {
  tui: {...COMMON, bidi: {type: 'string'}, format: {type: 'string'}, version: {type: 'boolean', short: 'v'}},
  analyze: {...COMMON, format: {type: 'string', short: 'f'}},
  report: {...COMMON, format: {type: 'string', short: 'f'}, out: {type: 'string', short: 'o'}},
  diff: {...COMMON, in: {type: 'string', multiple: true}, all: {type: 'boolean'}},
  discover: {...COMMON, format: {type: 'string', short: 'f'}, out: {type: 'string', short: 'o'}},
};

const FORMATS: Record<string, readonly string[]> = {analyze: ['text', 'json'], report: ['html', 'md', 'csv', 'json'], discover: ['text', 'json', 'yaml'], tui: ['text']};

export function parseCli(argv: readonly string[]): CliArgs {
  const first = argv[0];
  const command: Exclude<Command, 'help' | 'version'> = first === 'analyze' || first === 'report' || first === 'diff' || first === 'discover' ? first : 'tui';
  const rest = command === 'tui' ? argv : argv.slice(1);
  let parsed;
  try {
    parsed = parseArgs({args: [...rest], options: OPTIONS[command], allowPositionals: true, strict: true});
  } catch (error) {
    throw new InputError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/su, '')}`, `${USAGE}`, 2);
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
  const bidi = v.bidi as string | undefined;
  if (bidi !== undefined && !['auto', 'visual', 'logical'].includes(bidi)) throw new InputError(`unknown --bidi mode \`${bidi}\``, 'Use auto, visual or logical (see README, "Arabic in the terminal").', 2);
  const paths = parsed.positionals;
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
  };
}

function blank(command: Command): CliArgs {
  return {command, paths: [], format: undefined, lexicons: [], out: undefined, corpus: [], bidi: undefined, color: undefined, all: false, strict: false};
}
