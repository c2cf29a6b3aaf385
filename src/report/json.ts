import type {Analysis, AnalyzedSource, Claim, ClaimsTableRow, MatrixCell, Mention, SpeakerStats, Statement} from '../types.js';

/**
 * The analysis as the JSON contract of docs/framing-model.md ("The JSON
 * contract"), plus the extra keys other views use (claimsTable, speakers,
 * statements, concepts, lexicon); `framelens analyze --format json` and
 * `framelens report --format json` both print this.
 *
 * Decision: the bodies of plain-text files are left out, so `sources`
 * stays light and the document stays small for a large corpus. Offsets
 * point into the file named by `sources[].file` after its BOM and front
 * matter (the contract's definition of the body), and every finding
 * carries its own `text`. A body that is not a file's text — the article
 * extracted from a saved web page, a CSV/JSONL row's text, standard input
 * — is carried as `sources[].body`, so `body.slice(start, end)` can still
 * be checked. `sources[].furniture` lists the paragraphs that are page
 * furniture (captions, embedded posts, links, chrome), and `extra` the
 * metadata the tool keeps without using.
 * `sources[].encoding` / `replaced` say how each file was decoded;
 * `skipped` lists the files that could not be read, with the reason.
 * `mentions[].sentence` / `claims[].sentence` number the sentences of
 * that body from 0; the sentence spans themselves are not exported.
 */
export function analysisToJson(analysis: Analysis): string {
  let out = '';
  for (const chunk of analysisJsonChunks(analysis)) out += chunk;
  return out;
}

/**
 * The same document in pieces of about a megabyte, for writing a large
 * corpus's result without ever holding it as one string (V8 caps a string
 * at ~0.5 G characters: a few thousand articles' mentions and passages
 * used to end in "Invalid string length"). The text is exactly what
 * JSON.stringify(doc, null, 2) gives.
 */
export function* analysisJsonChunks(analysis: Analysis | StreamedAnalysis): Generator<string> {
  yield* jsonChunks(Object.entries(jsonDocument(analysis)));
}

/**
 * A list whose items are made while the document is written (a merge of a
 * large corpus reads them again from its ndjson lines), never held all at once.
 */
export class StreamedList<T = unknown> {
  constructor(readonly items: () => Iterable<T>) {}
}

type Listed<T> = readonly T[] | StreamedList<T>;

/** An analysis whose lists may be streamed: what `framelens merge` writes without holding every source's findings. */
export interface StreamedAnalysis {
  readonly version: Analysis['version'];
  readonly concepts: Analysis['concepts'];
  readonly sources: Listed<AnalyzedSource>;
  readonly mentions: Listed<Mention>;
  readonly claims: Listed<Claim>;
  readonly statements: Listed<Statement>;
  readonly matrix: Listed<MatrixCell>;
  readonly claimsTable: Listed<ClaimsTableRow>;
  readonly passages: Analysis['passages'];
  readonly passageGroups: Analysis['passageGroups'];
  readonly speakers: Listed<SpeakerStats>;
  readonly lexicon: Analysis['lexicon'];
  readonly skipped?: Analysis['skipped'];
}

/**
 * The document `{key: value, …}` in pieces of about a megabyte, exactly as
 * JSON.stringify(doc, null, 2) writes it; a list (an array or a
 * StreamedList) is written item by item.
 */
export function* jsonChunks(entries: Iterable<readonly [string, unknown]>): Generator<string> {
  let buffer = '{\n';
  let firstKey = true;
  for (const [key, value] of entries) {
    buffer += `${firstKey ? '' : ',\n'}  ${JSON.stringify(key)}: `;
    firstKey = false;
    if (Array.isArray(value) || value instanceof StreamedList) {
      let count = 0;
      for (const item of Array.isArray(value) ? (value as unknown[]) : value.items()) {
        buffer += `${count++ === 0 ? '[\n' : ',\n'}    ${indent(JSON.stringify(item, null, 2), '    ')}`;
        if (buffer.length > CHUNK) {
          yield withoutRawControls(buffer);
          buffer = '';
        }
      }
      buffer += count === 0 ? '[]' : '\n  ]';
    } else {
      buffer += indent(JSON.stringify(value, null, 2), '  ');
    }
  }
  yield withoutRawControls(`${buffer}${firstKey ? '' : '\n'}}`);
}

/**
 * JSON.stringify escapes C0 controls but writes C1 controls, bidi controls
 * and line/paragraph separators as they are; article text carries them, and
 * `cat`-ing the document to a terminal must not obey them. Written as \u
 * escapes, the document parses to the same values. (Per character, so it
 * applies to each piece alike.)
 */
function withoutRawControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const CHUNK = 1 << 20;

function indent(json: string, by: string): string {
  return json.includes('\n') ? json.replace(/\n/gu, `\n${by}`) : json;
}

/** The document's keys in order; sources, mentions and claims are mapped while written (no second copy of them is held). */
function jsonDocument(analysis: Analysis | StreamedAnalysis) {
  return {
    version: analysis.version,
    sources: mapped(analysis.sources, sourceJson),
    mentions: mapped(analysis.mentions, mentionJson),
    claims: mapped(analysis.claims, claimJson),
    matrix: analysis.matrix,
    passages: analysis.passages,
    passageGroups: analysis.passageGroups,
    claimsTable: analysis.claimsTable,
    speakers: analysis.speakers,
    statements: analysis.statements,
    concepts: analysis.concepts,
    lexicon: analysis.lexicon,
    skipped: analysis.skipped ?? [],
  };
}

function mapped<T>(list: Listed<T>, as: (item: T) => unknown): StreamedList {
  return new StreamedList(function* () {
    for (const item of list instanceof StreamedList ? list.items() : list) yield as(item);
  });
}

/** One mention as the document writes it (every key, `pattern` null when absent). */
export function mentionJson(m: Mention): Record<string, unknown> {
  return {
    source: m.source,
    concept: m.concept,
    pole: m.pole,
    label: m.label,
    text: m.text,
    start: m.start,
    end: m.end,
    voice: m.voice,
    distanced: m.distanced,
    negated: m.negated,
    speaker: m.speaker,
    gloss: m.gloss,
    weight: m.weight,
    sentence: m.sentence,
    cue: m.cue,
    furniture: m.furniture,
    pattern: m.pattern ?? null,
  };
}

/** One claim as the document writes it. */
export function claimJson(c: Claim): Record<string, unknown> {
  return {
    source: c.source,
    text: c.text,
    start: c.start,
    end: c.end,
    value: c.value,
    approx: c.approx,
    qualifier: c.qualifier,
    measure: c.measure,
    group: c.group,
    voice: c.voice,
    speaker: c.speaker,
    sentence: c.sentence,
    furniture: c.furniture,
  };
}

/** One source as the document writes it: metadata, furniture and credits; the body only when it is not a file's text. */
export function sourceJson(s: AnalyzedSource): Record<string, unknown> {
  const format = s.format ?? 'text';
  return {
    id: s.id,
    file: s.file,
    outlet: s.outlet,
    language: s.language,
    title: s.title,
    date: s.date,
    url: s.url,
    words: s.words,
    encoding: s.encoding ?? null,
    replaced: s.replaced ?? 0,
    format,
    ...(s.line === undefined ? {} : {line: s.line}),
    ...(s.extra === undefined ? {} : {extra: s.extra}),
    furniture: s.paragraphs.filter((p) => p.kind !== undefined && p.kind !== 'text').map((p) => ({start: p.start, end: p.end, kind: p.kind})),
    credits: s.credits,
    ...(format === 'text' ? {} : {body: s.body}),
  };
}
