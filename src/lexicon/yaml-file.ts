import {readFileSync} from 'node:fs';
import {isMap, isSeq, LineCounter, parseDocument, visit, type Document} from 'yaml';
import type {z} from 'zod';
import {InputError, located} from '../errors.js';
import {fromSnapshot, record, snapshotKey} from './yaml-snapshot.js';

/**
 * Read a YAML data file and validate it against a zod schema, turning the
 * first problem into an InputError that names the file, the line and what
 * is wrong (the yaml package keeps node ranges; a LineCounter maps them to
 * lines).
 */
export function readYamlFile<T>(file: string, schema: z.ZodType<T>, what: string): {data: T; lineOf: (path: readonly (string | number)[]) => number | undefined} {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read ${what}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 'Check the path given to --lexicon.');
  }
  // The package's own files, unchanged since the build, come checked from its snapshot.
  const key = snapshotKey(text, what, schema);
  const known = fromSnapshot(key);
  if (known) return {data: known.data as T, lineOf: (path) => known.lines[path.join('\0')]};
  const parsed = parseYamlText(text, file, schema, what);
  const note = record(key, parsed.data);
  if (!note) return parsed;
  return {
    data: parsed.data,
    lineOf: (path) => {
      const line = parsed.lineOf(path);
      note(path, line);
      return line;
    },
  };
}

export function parseYamlText<T>(text: string, file: string, schema: z.ZodType<T>, what: string): {data: T; lineOf: (path: readonly (string | number)[]) => number | undefined} {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {lineCounter, uniqueKeys: true});
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new InputError(located(file, line, `not valid YAML: ${first.message.split('\n')[0]}`), focusHint(text, line) ?? `Fix the ${what} syntax and try again.`);
  }
  const lineOf = (path: readonly (string | number)[]): number | undefined => nodeLine(doc, lineCounter, path);
  const result = schema.safeParse(plain(doc, lineCounter, file, what));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const line = lineOf(path);
    throw new InputError(located(file, line, `${describePath(path)}: ${issueText(issue)}`), focusHint(text, line) ?? `See "Lexicon format" in the README.`);
  }
  return {data: result.data, lineOf};
}

/** The document as plain values; an alias bomb or an alias to no anchor is bad input (file:line), not a crash. */
function plain(doc: Document, counter: LineCounter, file: string, what: string): unknown {
  try {
    return doc.toJS({maxAliasCount: 1000});
  } catch (error) {
    let line: number | undefined;
    visit(doc, {
      Alias(_, node) {
        line = counter.linePos(node.range?.[0] ?? 0).line;
        return visit.BREAK;
      },
    });
    throw new InputError(located(file, line, `the YAML aliases cannot be expanded: ${(error as Error).message}`), `Write the values of the ${what} out in full instead of through anchors (&name) and aliases (*name).`);
  }
}

/**
 * A pattern whose focus opens it ([fired on] …) written without quotes is
 * read by YAML as a list: say so, on the line where that happened.
 */
function focusHint(text: string, line: number | undefined): string | undefined {
  if (line === undefined) return undefined;
  const source = text.split('\n')[line - 1] ?? '';
  if (!/^\s*-\s*\[/u.test(source)) return undefined;
  return 'A pattern that begins with its focus must be quoted: - "[fired on] …2 {CROWD}" (unquoted, YAML reads [ … ] as a list).';
}

/** zod's message, said plainly where a required key is simply absent. */
function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined$/u.test(issue.message)) return `missing (a ${issue.expected} is required here)`;
  return issue.message;
}

function describePath(path: readonly (string | number)[]): string {
  return path.length === 0 ? 'document' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./u, '');
}

function nodeLine(doc: Document, counter: LineCounter, path: readonly (string | number)[]): number | undefined {
  // Walk as deep as the path exists, so a missing key reports its parent's line.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
      return counter.linePos(node.range[0] as number).line;
    }
    if (depth > 0 && (isMap(node) || isSeq(node))) continue;
  }
  return undefined;
}
