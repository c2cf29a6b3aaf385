import {analyzeSource, createAnalyzer, type Analyzer} from '../analyze.js';
import type {Source} from '../types.js';

/*
 * Inputs of odd shapes (the kinds a fuzz run of mutated articles found to
 * stall or crash the map step), each timed per megabyte against ordinary
 * news text made of the same seed sentences. Target: no shape costs more
 * than twice the time per MB of ordinary text. Built from the seeds' own
 * words and characters, never invented text.
 */

export interface ShapeResult {
  readonly shape: string;
  readonly megabytes: number;
  readonly seconds: number;
  /** Seconds per MB divided by ordinary text's seconds per MB. */
  readonly ratio: number;
}

type Shape = {readonly name: string; readonly body: (seeds: readonly Source[], mb: number) => string};

const repeatTo = (unit: string, mb: number, joiner = ''): string => {
  const parts: string[] = [];
  let bytes = 0;
  const size = Buffer.byteLength(unit + joiner, 'utf8');
  while (bytes < mb * 1e6) {
    parts.push(unit);
    bytes += size;
  }
  return parts.join(joiner);
};
const words = (seeds: readonly Source[]): string[] => seeds.flatMap((s) => s.body.split(/\s+/u)).filter(Boolean);
const flat = (seeds: readonly Source[]): string => seeds.map((s) => s.body).join('\n');
/** The seeds' one English line (a headline), or their first line if they have none. */
const englishLine = (seeds: readonly Source[]): string => {
  const lines = flat(seeds).split('\n');
  return lines.find((l) => /^[A-Za-z][A-Za-z ,.'-]+$/u.test(l.trim())) ?? lines[0]!;
};

export const SHAPES: readonly Shape[] = [
  {name: 'ordinary news text (the seeds, paragraphs as written)', body: (seeds, mb) => repeatTo(flat(seeds), mb, '\n')},
  {name: 'storm of Arabic diacritics (every mark on every letter, 0.4 MB)', body: (seeds, mb) => repeatTo(flat(seeds).replace(/[\u0621-\u064A]/gu, (c) => c + '\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652'), mb * 0.4, '\n')},
  {name: 'diacritics alone (no letters, 0.4 MB)', body: (_, mb) => repeatTo('\u064E\u0651\u0650\u0652', mb * 0.4)},
  {name: 'no line breaks', body: (seeds, mb) => repeatTo(flat(seeds).replace(/\s*\n\s*/gu, ' '), mb, ' ')},
  {name: 'one sentence (no punctuation, no breaks)', body: (seeds, mb) => repeatTo(flat(seeds).replace(/[.!?؟…،,:;؛\n]/gu, ' '), mb, ' ')},
  {name: 'one word (letters without spaces)', body: (seeds, mb) => repeatTo(words(seeds).join('').replace(/[^\p{L}]/gu, ''), mb)},
  {name: 'one word per line', body: (seeds, mb) => repeatTo(words(seeds).join('\n'), mb, '\n')},
  {name: 'quotation marks only, unbalanced', body: (_, mb) => repeatTo('«“"»”« ', mb)},
  {name: 'nested quotations «« … »»', body: (seeds, mb) => {
    const w = words(seeds).slice(0, 200);
    return repeatTo(w.map((x) => `«${x}`).join(' ') + ' ' + w.map(() => '»').join(''), mb, '\n');
  }},
  {name: 'every word a reporting verb (قال)', body: (_, mb) => repeatTo('قال وأضاف وأكد أن', mb, ' ')},
  {name: 'numbers only', body: (seeds, mb) => repeatTo((flat(seeds).match(/\p{Nd}+/gu) ?? ['18']).join(' قتل '), mb, ' ')},
  {name: 'zero-width and bidi controls between letters', body: (seeds, mb) => repeatTo(flat(seeds).replace(/(\p{L})/gu, '$1\u200B\u200F\u202B'), mb, '\n')},
  {name: 'emoji storm', body: (_, mb) => repeatTo('🔥👍🏽🇰🇿', mb)},
  // Searches that ran from a paragraph back through the body to the last colon made every line of a text with none
  // cost the length of the text before it: the seeds' English headline after each paragraph, colons taken out.
  {name: 'no colon anywhere, an English line after every paragraph', body: (seeds, mb) => repeatTo(flat(seeds).replace(/[:：]/gu, ' ').split('\n').map((p) => `${p}\n${englishLine(seeds)}`).join('\n'), mb, '\n')},
  {name: 'blank lines (one paragraph per sentence, 40 empty lines between)', body: (seeds, mb) => repeatTo(flat(seeds).replace(/([.؟!])\s*/gu, `$1${'\n'.repeat(40)}`), mb)},
];

export function benchShapes(seeds: readonly Source[], mb = 1, only?: readonly string[]): ShapeResult[] {
  const analyzer = createAnalyzer();
  // Warm the JIT on every shape first (a twentieth of the size): timed cold, the first case (the
  // ordinary text every ratio is divided by) also paid the compiler and the ratios came out too low.
  for (let pass = 0; pass < 3; pass++) for (const shape of SHAPES) analyzeSource({...seeds[0]!, id: 'warm-up', body: shape.body(seeds, mb / 20)}, analyzer);
  const results: ShapeResult[] = [];
  let base = 0;
  for (const shape of SHAPES) {
    if (only && results.length > 0 && !only.some((o) => shape.name.includes(o))) continue;
    const body = shape.body(seeds, mb);
    // The lesser of two runs: the machine is shared, and a neighbour's burst only ever adds time.
    const source = {...seeds[0]!, id: 'shape', body};
    const seconds = Math.min(time(analyzer, source), time(analyzer, source));
    const megabytes = Buffer.byteLength(body, 'utf8') / 1e6;
    if (results.length === 0) base = seconds / megabytes;
    results.push({shape: shape.name, megabytes, seconds, ratio: seconds / megabytes / base});
  }
  return results;
}

/** CPU seconds of this thread (user + system), not wall time: the bench machine is shared, and the target is per core. */
export function cpuSeconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function time(analyzer: Analyzer, source: Source): number {
  return cpuSeconds(() => analyzeSource(source, analyzer));
}
