/** Terminal emphasis, or none: a pipe and NO_COLOR get plain text. */
export interface Style {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly color: boolean;
}

const wrap = (open: number, close: number) => (s: string): string => `\u001b[${open}m${s}\u001b[${close}m`;

export const plainStyle: Style = {bold: (s) => s, dim: (s) => s, red: (s) => s, green: (s) => s, color: false};

export const ansiStyle: Style = {bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), green: wrap(32, 39), color: true};

/** Colour when writing to a terminal and NO_COLOR is unset (https://no-color.org). */
export function styleFor(stream: {isTTY?: boolean}, env: NodeJS.ProcessEnv = process.env): Style {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return stream.isTTY && !noColor && env.TERM !== 'dumb' ? ansiStyle : plainStyle;
}
