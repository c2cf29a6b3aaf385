import {graphemes} from './cells.js';

/*
 * Arabic contextual shaping for terminals that do not shape (visual mode,
 * docs/arabic.md §5): each letter becomes its isolated / final / initial / medial
 * presentation form, lam + alef becomes one ligature cell. We shape grapheme
 * clusters, not code units, so harakat stay with their letter and every
 * shaped cluster still knows which characters of the input it shows (styles
 * and highlights follow it). arabic-persian-reshaper does the same job but
 * loses that mapping, and drops the mark in lam + haraka + alef (لَا).
 */

export interface Cluster {
  /** What to draw. */
  readonly text: string;
  /** UTF-16 range of the input it stands for. */
  readonly from: number;
  readonly to: number;
}

type Joining = 'D' | 'R' | 'C' | 'U';

/** Presentation forms: [isolated, final, initial, medial]; right-joining letters have two. */
const FORMS = new Map<number, readonly number[]>();
const JOINING = new Map<number, Joining>();

// Arabic Presentation Forms-B (U+FE80…U+FEF4) list the letters U+0621…U+064A
// in order, one form for hamza, two for right-joining, four for dual-joining.
const FE_BLOCK: readonly [number, number][] = [
  [0x0621, 1], [0x0622, 2], [0x0623, 2], [0x0624, 2], [0x0625, 2], [0x0626, 4], [0x0627, 2], [0x0628, 4],
  [0x0629, 2], [0x062a, 4], [0x062b, 4], [0x062c, 4], [0x062d, 4], [0x062e, 4], [0x062f, 2], [0x0630, 2],
  [0x0631, 2], [0x0632, 2], [0x0633, 4], [0x0634, 4], [0x0635, 4], [0x0636, 4], [0x0637, 4], [0x0638, 4],
  [0x0639, 4], [0x063a, 4], [0x0641, 4], [0x0642, 4], [0x0643, 4], [0x0644, 4], [0x0645, 4], [0x0646, 4],
  [0x0647, 4], [0x0648, 2], [0x0649, 2], [0x064a, 4],
];
let next = 0xfe80;
for (const [letter, count] of FE_BLOCK) {
  FORMS.set(letter, Array.from({length: count}, (_, i) => next + i));
  JOINING.set(letter, count === 4 ? 'D' : count === 2 ? 'R' : 'U');
  next += count;
}
// Alef maksura is dual-joining; its initial and medial forms live in Forms-A.
FORMS.set(0x0649, [0xfeef, 0xfef0, 0xfbe8, 0xfbe9]);
JOINING.set(0x0649, 'D');
// Persian letters found in Arabic-script news (Forms-A).
for (const [letter, first, count] of [[0x067e, 0xfb56, 4], [0x0686, 0xfb7a, 4], [0x0698, 0xfb8a, 2], [0x06a9, 0xfb8e, 4], [0x06af, 0xfb92, 4], [0x06cc, 0xfbfc, 4]] as const) {
  FORMS.set(letter, Array.from({length: count}, (_, i) => first + i));
  JOINING.set(letter, count === 4 ? 'D' : 'R');
}
JOINING.set(0x0640, 'C'); // tatweel

const LAM = 0x0644;
/** Lam + alef ligatures, [isolated, final], by the alef. */
const LAM_ALEF = new Map<number, readonly [number, number]>([
  [0x0622, [0xfef5, 0xfef6]],
  [0x0623, [0xfef7, 0xfef8]],
  [0x0625, [0xfef9, 0xfefa]],
  [0x0627, [0xfefb, 0xfefc]],
]);

interface Raw {
  readonly text: string;
  readonly from: number;
  readonly to: number;
  readonly base: number;
  readonly joining: Joining;
  /** Marks and joiners after the base letter. */
  readonly rest: string;
}

function joiningOf(cluster: string, base: number): Joining {
  if (cluster.includes('\u200d')) return 'C';
  return JOINING.get(base) ?? 'U';
}

const joinsForward = (c: Raw | undefined): boolean => c !== undefined && (c.joining === 'D' || c.joining === 'C') && !c.rest.includes('\u200c');
const joinsBackward = (c: Raw | undefined): boolean => c !== undefined && c.joining !== 'U';

/** Shape a logical-order string into clusters of presentation forms (still in logical order). */
export function shapeClusters(text: string): Cluster[] {
  const raw: Raw[] = [];
  let at = 0;
  for (const g of graphemes(text)) {
    const base = g.codePointAt(0)!;
    const baseLength = base > 0xffff ? 2 : 1;
    raw.push({text: g, from: at, to: at + g.length, base, joining: joiningOf(g, base), rest: g.slice(baseLength)});
    at += g.length;
  }
  const out: Cluster[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    const forms = FORMS.get(c.base);
    if (!forms) {
      out.push({text: c.text, from: c.from, to: c.to});
      continue;
    }
    const prev = joinsForward(raw[i - 1]) && joinsBackward(c);
    const after = raw[i + 1];
    const ligature = c.base === LAM && after ? LAM_ALEF.get(after.base) : undefined;
    if (ligature) {
      out.push({text: String.fromCodePoint(ligature[prev ? 1 : 0]) + c.rest + after!.rest, from: c.from, to: after!.to});
      i++;
      continue;
    }
    const following = joinsForward(c) && joinsBackward(after);
    const form = forms.length === 4 ? (prev && following ? forms[3]! : prev ? forms[1]! : following ? forms[2]! : forms[0]!) : forms.length === 2 && prev ? forms[1]! : forms[0]!;
    out.push({text: String.fromCodePoint(form) + c.rest, from: c.from, to: c.to});
  }
  return out;
}

/** Shaped text only. */
export function shapeArabic(text: string): string {
  return shapeClusters(text).map((c) => c.text).join('');
}
