import {parseDocument} from 'yaml';
import {z} from 'zod';
import {InputError} from '../errors.js';

export const frontMatterSchema = z.strictObject({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  outlet: z.string().trim().min(1).optional(),
  title: z.string().trim().min(1).optional(),
  date: z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)).optional(),
  url: z.string().trim().min(1).optional(),
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

/**
 * A file that begins with a `---` line carries YAML front matter up to the
 * next `---` line; the body is everything after that line and its line break
 * (FRAMING.md, "Machine-readable output").
 */
export function splitFrontMatter(text: string, file: string): SplitText {
  const open = /^---[ \t]*\r?\n/u.exec(text);
  if (!open) return {meta: {}, body: text, bodyLine: 1};
  const close = /^---[ \t]*(?:\r?\n|$)/mu;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) {
    throw new InputError(`${file}:1: the front matter opened with \`---\` is never closed`, 'End the metadata block with a line containing only `---`, or remove the first `---` line.');
  }
  const yamlText = rest.slice(0, m.index);
  const bodyStart = open[0].length + m.index + m[0].length;
  const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length;
  const doc = parseDocument(yamlText);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = 1 + (e.linePos?.[0]?.line ?? 1);
    throw new InputError(`${file}:${line}: the front matter is not valid YAML: ${e.message.split('\n')[0]}`, 'Write one `key: value` per line (outlet, title, date, url, language, id).');
  }
  const raw = (doc.toJS() as unknown) ?? {};
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
    const node = typeof key === 'string' ? findKeyLine(yamlText, key) : undefined;
    const what = issue.code === 'unrecognized_keys' ? `unknown key \`${issue.keys.join('`, `')}\`` : `\`${String(issue.path.join('.'))}\`: ${issue.message}`;
    throw new InputError(`${file}:${node !== undefined ? node + 1 : 1}: front matter: ${what}`, 'Known keys: outlet, title, date, url, language (ar or en), id.');
  }
  return {meta: parsed.data, body: text.slice(bodyStart), bodyLine: lineOf(bodyStart)};
}

function findKeyLine(yamlText: string, key: string): number | undefined {
  const lines = yamlText.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  return i < 0 ? undefined : i + 1;
}
