import type {Analysis} from '../types.js';

/**
 * The analysis as the JSON contract of FRAMING.md ("Machine-readable
 * output"), plus the extra keys other views use (claimsTable, speakers,
 * statements, concepts, lexicon); `framelens analyze --format json` and
 * `framelens report --format json` both print this.
 *
 * Decision: source bodies are left out, so `sources` stays light and the
 * document stays small for a large corpus. Offsets point into the file
 * named by `sources[].file` after its BOM and front matter (the contract's
 * definition of the body), and every finding carries its own `text`.
 * `sources[].encoding` / `replaced` say how each file was decoded;
 * `skipped` lists the files that could not be read, with the reason.
 * `mentions[].sentence` / `claims[].sentence` number the sentences of
 * that body from 0; the sentence spans themselves are not exported.
 */
export function analysisToJson(analysis: Analysis): string {
  const doc = {
    version: analysis.version,
    sources: analysis.sources.map((s) => ({id: s.id, file: s.file, outlet: s.outlet, language: s.language, title: s.title, date: s.date, url: s.url, words: s.words, encoding: s.encoding ?? null, replaced: s.replaced ?? 0, credits: s.credits})),
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
    })),
    matrix: analysis.matrix,
    passages: analysis.passages,
    claimsTable: analysis.claimsTable,
    speakers: analysis.speakers,
    statements: analysis.statements,
    concepts: analysis.concepts,
    lexicon: analysis.lexicon,
    skipped: analysis.skipped ?? [],
  };
  return withoutRawControls(JSON.stringify(doc, null, 2));
}

/**
 * JSON.stringify escapes C0 controls but writes C1 controls, bidi controls
 * and line/paragraph separators as they are; article text carries them, and
 * `cat`-ing the document to a terminal must not obey them. Written as \u
 * escapes, the document parses to the same values.
 */
function withoutRawControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
