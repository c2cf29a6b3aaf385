import type {Analysis, AnalyzedSource} from '../types.js';

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
export function* analysisJsonChunks(analysis: Analysis): Generator<string> {
  const doc = jsonDocument(analysis);
  const keys = Object.keys(doc) as (keyof typeof doc)[];
  let buffer = '{\n';
  for (const [k, key] of keys.entries()) {
    const value = doc[key] as unknown;
    buffer += `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      buffer += '[\n';
      for (let i = 0; i < value.length; i++) {
        buffer += `    ${indent(JSON.stringify(value[i], null, 2), '    ')}${i + 1 < value.length ? ',' : ''}\n`;
        if (buffer.length > CHUNK) {
          yield withoutRawControls(buffer);
          buffer = '';
        }
      }
      buffer += '  ]';
    } else {
      buffer += indent(JSON.stringify(value, null, 2), '  ');
    }
    buffer += k + 1 < keys.length ? ',\n' : '\n';
  }
  yield withoutRawControls(`${buffer}}`);
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

function jsonDocument(analysis: Analysis) {
  return {
    version: analysis.version,
    sources: analysis.sources.map(sourceJson),
    mentions: analysis.mentions.map((m) => ({
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
    })),
    claims: analysis.claims.map((c) => ({
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
    })),
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

function sourceJson(s: AnalyzedSource): Record<string, unknown> {
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
