/*
 * Ink draws styles through chalk, which decides once, when it loads, what
 * the terminal can show — from TERM, FORCE_COLOR and the process's own
 * argv. Two of its guesses are wrong for us: `--no-color` in argv turns off
 * every style, bold, inverse and underline included (the selected cell
 * disappears), and a TERM it does not know (`mlterm`) gets no style at all.
 * The UI decides colour itself (the `color` prop: --color, --no-color,
 * NO_COLOR) and always needs bold, inverse and underline, so before Ink
 * loads we take our flags out of argv and tell chalk the terminal has the
 * basic 16 colours. A `dumb` terminal is left alone.
 */

const COLOR_FLAGS = new Set(['--color', '--no-color', '--colors', '--no-colors', '--color=always', '--color=never', '--color=true', '--color=false']);

/** mlterm, by the variables it sets: it draws colour, bold, inverse and underline, but chalk does not know its TERM. */
export const isMlterm = (env: Readonly<Record<string, string | undefined>>): boolean => env.TERM === 'mlterm' || env.TERM?.startsWith('mlterm-') === true || Boolean(env.MLTERM);

/** Run before the first import of 'ink'. Mutates `env` and `argv` (process.env, process.argv). */
export function prepareInkStyling(env: NodeJS.ProcessEnv, argv: string[]): void {
  for (let i = argv.length - 1; i >= 2; i--) if (COLOR_FLAGS.has(argv[i]!)) argv.splice(i, 1);
  if (env.TERM === 'dumb') return;
  env.FORCE_COLOR = '1';
}
