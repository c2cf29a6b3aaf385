/**
 * An error in what the user gave us (a file, an option, a lexicon), as
 * opposed to a bug. The CLI prints `message` (and `hint`) without a stack
 * trace and exits non-zero; everything else is a bug and is reported as one.
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    message: string,
    /** What the user can do about it. */
    readonly hint?: string,
    /** Exit code for the CLI. */
    readonly exitCode: number = 1,
  ) {
    super(message);
  }
}

/** Format "file:line: message" when a line is known. */
export function located(file: string, line: number | undefined, message: string): string {
  return line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`;
}

/** At most `max` items in backticks, then "… and N more": a message names a few, not ten thousand. */
export function listForMessage(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).map((item) => `\`${item}\``).join(', ');
  return items.length > max ? `${shown} … and ${(items.length - max).toLocaleString('en')} more` : shown;
}
