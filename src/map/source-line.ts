import {createHash} from 'node:crypto';
import type {MappedSource} from '../analyze.js';
import {InputError, located} from '../errors.js';
import type {Lexicon} from '../lexicon/load.js';

/*
 * One line of `framelens analyze --format ndjson`: everything the reduce
 * (`framelens merge`) needs about one source — its metadata, body,
 * paragraphs and sentences, mentions, claims and statements — and the
 * fingerprint of the lexicon that found them, so that lines made with
 * different lexicons are never merged into one comparison. Tokens are not
 * written: the passage step re-tokenises the body (analyze.ts,
 * passageTokens), which is cheaper than reading them back.
 */

export const LINE_KIND = 'framelens-source';
export const LINE_VERSION = 1;

export interface SourceLine extends MappedSource {
  readonly lexicon: string;
}

/**
 * What the lexicon would make of any text: concepts, entries and
 * exclusions, without where they were read from (the same lexicon file at
 * another path on another machine is the same lexicon).
 */
export function lexiconFingerprint(lexicon: Lexicon): string {
  const json = JSON.stringify({concepts: lexicon.concepts, entries: lexicon.entries, exclusions: lexicon.exclusions}, (key, value: unknown) =>
    key === 'file' || key === 'line' ? undefined : value,
  );
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

export function sourceLine(findings: MappedSource, lexicon: string): string {
  const {source, mentions, claims, statements} = findings;
  return JSON.stringify({kind: LINE_KIND, version: LINE_VERSION, lexicon, source, mentions, claims, statements});
}

const HINT = 'Give merge the output of `framelens analyze … --format ndjson` (one JSON object per line), unchanged.';

/** Parse and check one line; every problem names the file and line. */
export function parseSourceLine(text: string, file: string, line: number): SourceLine {
  const fail = (what: string): never => {
    throw new InputError(located(file, line, what), HINT);
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`not a JSON line (${(error as Error).message})`);
  }
  const v = value as Record<string, unknown>;
  if (typeof v !== 'object' || v === null || v.kind !== LINE_KIND) return fail(`not a framelens source line (no "kind": "${LINE_KIND}")`);
  if (v.version !== LINE_VERSION) return fail(`line format version ${String(v.version)}; this framelens reads version ${LINE_VERSION}`);
  const source = v.source as Record<string, unknown> | undefined;
  if (typeof v.lexicon !== 'string' || typeof source !== 'object' || source === null) return fail('the line has no "source" or "lexicon"');
  const {id, body} = source;
  if (typeof id !== 'string' || typeof body !== 'string' || !Array.isArray(source.paragraphs) || !Array.isArray(source.sentences)) {
    return fail('"source" lacks its id, body, paragraphs or sentences');
  }
  for (const key of ['mentions', 'claims', 'statements'] as const) if (!Array.isArray(v[key])) fail(`"${key}" is not a list`);
  for (const key of ['mentions', 'claims'] as const) {
    for (const f of v[key] as {source?: unknown; start?: unknown; end?: unknown; text?: unknown}[]) {
      if (f?.source !== id || typeof f.start !== 'number' || typeof f.end !== 'number' || body.slice(f.start, f.end) !== f.text) {
        fail(`a finding in "${key}" does not point into source \`${id}\`'s body (the line was edited or cut)`);
      }
    }
  }
  return value as SourceLine;
}

/** The same findings under another source id (ids are made unique across the lines of a merge). */
export function withSourceId<T extends MappedSource>(findings: T, id: string): T {
  if (findings.source.id === id) return findings;
  return {
    ...findings,
    source: {...findings.source, id},
    mentions: findings.mentions.map((m) => ({...m, source: id})),
    claims: findings.claims.map((c) => ({...c, source: id})),
    statements: findings.statements.map((s) => ({...s, source: id})),
  };
}

/**
 * Ids made unique in reading order, for streams where later ids are not
 * known yet: a repeated id gets -2, -3, … (the first free one).
 */
export class StreamIds {
  private readonly used = new Set<string>();

  unique(id: string): string {
    let unique = id;
    for (let n = 2; this.used.has(unique); n++) unique = `${id}-${n}`;
    this.used.add(unique);
    return unique;
  }
}
