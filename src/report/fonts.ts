import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';

/*
 * The report embeds Noto Naskh Arabic (OFL, from @fontsource) so Arabic
 * looks the same offline on any machine. Two subsets, two weights: the
 * Arabic subset for the letters, and the Latin subset so digits and
 * punctuation inside Arabic passages (“18”، «…») come from the same face
 * instead of whatever sans-serif the system falls back to. The unicode
 * ranges come from the package's own unicode.json, so they stay in step
 * with the files.
 */

const FAMILY = 'Noto Naskh Arabic';
const SUBSETS = ['arabic', 'latin'] as const;
const WEIGHTS = [400, 700] as const;

let cached: string | undefined;

/** @font-face rules with the font files inlined as base64, or '' when the package is missing (system fonts then). */
export function embeddedFontFaces(): string {
  cached ??= readFontFaces();
  return cached;
}

function readFontFaces(): string {
  let dir: string;
  try {
    dir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-naskh-arabic/package.json'));
  } catch {
    return '';
  }
  const ranges = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  return SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => {
      const data = readFileSync(join(dir, 'files', `noto-naskh-arabic-${subset}-${weight}-normal.woff2`)).toString('base64');
      return `@font-face{font-family:"${FAMILY}";font-style:normal;font-weight:${weight};font-display:swap;src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${ranges[subset]};}`;
    }),
  ).join('\n');
}
