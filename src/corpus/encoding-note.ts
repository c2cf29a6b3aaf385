/*
 * How a source's bytes were read, in words: for the sources section of the
 * reports, the Reader header and the warning on stderr.
 */

/** What a reader should be told about how a file was decoded, or null when it was clean UTF-8 or UTF-16. */
export function encodingWarning(file: string, encoding: string, replaced: number): string | null {
  if (replaced > 0) {
    return `${file}: read as ${encodingName(encoding)} with ${replaced.toLocaleString('en')} damaged byte sequence${replaced === 1 ? '' : 's'} replaced by U+FFFD (�); words or numbers there may be lost`;
  }
  if (encoding === 'windows-1256') return `${file}: not UTF-8; read as Windows-1256 (its bytes read as letters in that code page, as Arabic saved by older web pages does)`;
  return null;
}

const NAMES: Record<string, string> = {'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1256': 'Windows-1256'};

/** The encoding as people write it (UTF-8, Windows-1256). */
export function encodingName(encoding: string): string {
  return NAMES[encoding] ?? encoding;
}

/** How a source was read, for a sources table: "UTF-8", "Windows-1256", "UTF-8, 3 damaged sequences replaced". */
export function encodingLabel(encoding: string | undefined, replaced: number | undefined): string {
  const name = encoding ? encodingName(encoding) : 'text';
  return replaced ? `${name}, ${replaced.toLocaleString('en')} damaged sequence${replaced === 1 ? '' : 's'} replaced (�)` : name;
}

/** The label when the reading deserves the reader's attention (Windows-1256, or bytes replaced), else null. */
export function encodingNote(source: {readonly encoding?: string; readonly replaced?: number}): string | null {
  return source.encoding === 'windows-1256' || (source.replaced ?? 0) > 0 ? encodingLabel(source.encoding, source.replaced) : null;
}
