import {isMap, isScalar, LineCounter, parseDocument, visit, type Document} from 'yaml';
import {z} from 'zod';
import {InputError, listForMessage, located} from '../errors.js';

const text = z.string().trim().min(1, 'must not be empty');

export const frontMatterSchema = z.strictObject({
  id: text.optional(),
  outlet: text.optional(),
  title: text.optional(),
  date: text.optional(),
  url: text.optional(),
  language: z.enum(['ar', 'en']).optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema> & {
  /** Keys the tool does not use (author, section, …), kept as written, values as text. */
  readonly extra?: Readonly<Record<string, string>>;
};

const KNOWN_KEYS = Object.keys(frontMatterSchema.shape);
/** Names people write for a known key that no edit distance catches. */
const ALIASES: Readonly<Record<string, string>> = {lang: 'language'};

export interface SplitText {
  readonly meta: FrontMatter;
  /** The text after the front matter: what every offset points into. */
  readonly body: string;
  /** Line number (1-based) in the file where the body begins. */
  readonly bodyLine: number;
}

const KEYS_HINT = 'Write one `key: value` per line; known keys: outlet, title, date, url, language (ar or en), id. Other keys are kept as metadata.';
const OPEN = /^---[ \t]*\r?\n/u;
const CLOSE = /^---[ \t]*(?:\r?\n|$)/mu;

/**
 * A file that begins with a `---` line carries YAML front matter up to the
 * next `---` line; the body is everything after that line and its line break
 * (docs/framing-model.md, "The JSON contract"). `text` is the decoded file
 * without its BOM; a file without front matter is all body.
 */
export function splitFrontMatter(text: string, file: string): SplitText {
  const open = OPEN.exec(text);
  if (!open) return {meta: {}, body: text, bodyLine: 1};
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) {
    throw new InputError(located(file, 1, 'the front matter opened with `---` is never closed'), 'End the metadata block with a line containing only `---`, or remove the first `---` line.');
  }
  const bodyStart = open[0].length + close.index + close[0].length;
  const meta = parseFrontMatter(rest.slice(0, close.index), file);
  return {meta, body: text.slice(bodyStart), bodyLine: lineCount(text, bodyStart) + 1};
}

/** The YAML between the `---` lines (which starts on line 2 of the file). */
function parseFrontMatter(yamlText: string, file: string): FrontMatter {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, {lineCounter: lines, uniqueKeys: true});
  const fileLine = (offset: number): number => lines.linePos(offset).line + 1;
  const error = doc.errors[0];
  if (error) {
    const first = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '');
    // The parser recurses per level of [ ] / { } nesting; thousands of levels exhaust the stack.
    const reason = /call stack/iu.test(first) ? 'it is nested too deeply ([ ] or { } inside each other thousands of times)' : first;
    throw new InputError(located(file, fileLine(error.pos[0]), `the front matter is not valid YAML: ${reason}`), KEYS_HINT);
  }
  const alias = firstAlias(doc);
  if (alias) {
    // Metadata has no use for anchors and aliases, and expanding them is how YAML "billion laughs" bombs work.
    throw new InputError(located(file, fileLine(alias.offset), `front matter: YAML alias \`*${alias.name}\` — aliases are not accepted here`), `Write the value out in full. ${KEYS_HINT}`);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new InputError(located(file, 2, 'the front matter is not a list of `key: value` lines'), KEYS_HINT);
  }
  const {known, extra} = splitKeys(plainValues(doc) as Record<string, unknown>, (key, message) => {
    const offset = keyOffset(doc, key);
    throw new InputError(located(file, offset === undefined ? 2 : fileLine(offset), `front matter: ${message}`), KEYS_HINT);
  });
  const parsed = frontMatterSchema.safeParse(known);
  if (parsed.success) return Object.keys(extra).length > 0 ? {...parsed.data, extra} : parsed.data;
  const issue = parsed.error.issues[0]!;
  const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
  const offset = typeof key === 'string' ? keyOffset(doc, key) : undefined;
  const what = issue.code === 'unrecognized_keys' ? `unknown key${issue.keys.length === 1 ? '' : 's'} ${listForMessage(issue.keys)}` : `\`${String(key)}\`: ${issue.message}`;
  throw new InputError(located(file, offset === undefined ? 2 : fileLine(offset), `front matter: ${what}`), KEYS_HINT);
}

function firstAlias(doc: Document): {name: string; offset: number} | null {
  let found: {name: string; offset: number} | null = null;
  visit(doc, {
    Alias(_, node) {
      found = {name: node.source, offset: node.range?.[0] ?? 0};
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Known keys go to the schema; a key one or two edits away from a known one
 * (`outlte`, `Title`, `lang`) is a typo and an error that names the key
 * meant; any other key is kept as metadata, its value as text.
 */
function splitKeys(values: Record<string, unknown>, fail: (key: string, message: string) => never): {known: Record<string, unknown>; extra: Record<string, string>} {
  const known: Record<string, unknown> = {};
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (KNOWN_KEYS.includes(key)) {
      known[key] = value;
      continue;
    }
    const meant = ALIASES[key.toLowerCase()] ?? closestKey(key);
    if (meant) fail(key, `unknown key \`${key}\`: did you mean \`${meant}\`?`);
    if (value !== null && value !== undefined) extra[key] = asText(value);
  }
  return {known, extra};
}

/** The known key within a small edit distance (1 for keys of up to four letters, else 2), compared without case. */
export function closestKey(key: string): string | null {
  const k = key.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of KNOWN_KEYS) {
    const limit = Math.min(k.length, candidate.length) <= 4 ? 1 : 2;
    const d = editDistance(k, candidate);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** A metadata value as text: lists joined with commas, dates as written by YAML's ISO form, objects as JSON. */
function asText(value: unknown): string {
  if (Array.isArray(value)) return value.map(asText).join(', ');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/**
 * The mapping as plain values, except that an `id` written as a number keeps
 * its spelling (`id: 001` is "001", not 1).
 */
function plainValues(doc: Document): unknown {
  const values = doc.toJS() as unknown;
  if (values === null || values === undefined) return {};
  const id = doc.get('id', true);
  if (isScalar(id) && typeof id.value === 'number' && id.source !== undefined) {
    return {...(values as Record<string, unknown>), id: id.source};
  }
  return values;
}

function keyOffset(doc: Document, key: string): number | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}

function lineCount(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
