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

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface SplitText {
  readonly meta: FrontMatter;
  /** The text after the front matter: what every offset points into. */
  readonly body: string;
  /** Line number (1-based) in the file where the body begins. */
  readonly bodyLine: number;
}

const KEYS_HINT = 'Write one `key: value` per line; known keys: outlet, title, date, url, language (ar or en), id.';
const OPEN = /^---[ \t]*\r?\n/u;
const CLOSE = /^---[ \t]*(?:\r?\n|$)/mu;

/**
 * A file that begins with a `---` line carries YAML front matter up to the
 * next `---` line; the body is everything after that line and its line break
 * (FRAMING.md, "Machine-readable output"). `text` is the decoded file
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
  const parsed = frontMatterSchema.safeParse(plainValues(doc));
  if (parsed.success) return parsed.data;
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
