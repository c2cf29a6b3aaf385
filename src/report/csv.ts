import {sanitizeText} from '../text/strip-controls.js';
import type {AnalyzedSource, Analysis, Claim, ConceptInfo, MatrixCell, Mention} from '../types.js';
import {sourceById} from './by-source.js';

/*
 * CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, a UTF-8 BOM so
 * Excel and LibreOffice show Arabic, and a guard against formula injection:
 * text that starts with = + - @ gets a leading apostrophe.
 * A CSV file is also `cat` in a terminal: escape sequences (OSC 0 sets the
 * title, OSC 52 the clipboard), control characters and bidi controls are
 * dropped from every text cell first, so that they cannot hide a formula
 * from the guard either.
 */

const BOM = '\uFEFF';

/** One cell: text sanitised and guarded (any string, article or lexicon), numbers and booleans as they are. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? sanitizeText(value).replace(/\t/gu, ' ') : String(value);
  if (typeof value === 'string' && /^[=+\-@]/u.test(s)) s = `'${s}`;
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

/**
 * A CSV file in pieces: the BOM and header, then each row, each ending in
 * CRLF (a merge of any size writes its rows as it makes them).
 */
export function* csvChunks(header: readonly string[], rows: Iterable<string>): Generator<string> {
  yield `${BOM}${header.join(',')}\r\n`;
  for (const row of rows) yield `${row}\r\n`;
}

function table(header: readonly string[], rows: Iterable<string>): string {
  return [...csvChunks(header, rows)].join('');
}

/**
 * A source id a spreadsheet would read as a number or a date ("000" → 0,
 * "1e3" → 1000, "3-4" → 3 April) is written with a leading # ("#000"), so
 * LibreOffice and Excel keep it as text; strip the # to join with the JSON.
 * Other ids are written as they are.
 */
export function spreadsheetId(id: string): string {
  return /^[+-]?[\d.,]+(?:e[+-]?\d+)?%?$|^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?$|^#/iu.test(id) ? `#${id}` : id;
}

/** The text of a finding's sentence in its source, as written (on one line: a spreadsheet row). */
function sentenceText(s: AnalyzedSource | undefined, index: number): string {
  const span = s?.sentences[index];
  return s && span ? s.body.slice(span.start, span.end).replace(/\s+/gu, ' ').trim() : '';
}

export const MENTIONS_HEADER = ['source', 'outlet_name', 'concept', 'pole', 'label', 'gloss', 'weight', 'text', 'start', 'end', 'voice', 'distanced', 'negated', 'speaker', 'cue', 'sentence', 'furniture'] as const;

/**
 * One row per mention. The outlet's name is `outlet_name`, so it is not
 * confused with the voice `outlet` (the narrator's own words); `sentence`
 * is the sentence the mention stands in, as written.
 */
export function mentionsCsv(a: Analysis): string {
  return table(
    MENTIONS_HEADER,
    a.mentions.map((m) => mentionRow(m, sourceById(a.sources, m.source))),
  );
}

/** A mention's row; `source` is the source it was found in (its outlet name and sentence come from it). */
export function mentionRow(m: Mention, source: AnalyzedSource | undefined): string {
  return [cell(spreadsheetId(m.source)), cell(source?.outlet ?? ''), cell(m.concept), cell(m.pole), cell(m.label), cell(m.gloss), cell(m.weight), cell(m.text), cell(m.start), cell(m.end), cell(m.voice), cell(m.distanced), cell(m.negated), cell(m.speaker), cell(m.cue), cell(sentenceText(source, m.sentence)), cell(m.furniture)].join(',');
}

export const CLAIMS_HEADER = ['source', 'measure', 'group', 'value', 'approx', 'qualifier', 'text', 'start', 'end', 'voice', 'speaker', 'sentence', 'furniture'] as const;

export function claimsCsv(a: Analysis): string {
  return table(
    CLAIMS_HEADER,
    a.claims.map((c) => claimRow(c, sourceById(a.sources, c.source))),
  );
}

/** A claim's row; `source` is the source it was found in. */
export function claimRow(c: Claim, source: AnalyzedSource | undefined): string {
  return [cell(spreadsheetId(c.source)), cell(c.measure), cell(c.group), cell(c.value), cell(c.approx), cell(c.qualifier), cell(c.text), cell(c.start), cell(c.end), cell(c.voice), cell(c.speaker), cell(sentenceText(source, c.sentence)), cell(c.furniture)].join(',');
}

export const MATRIX_HEADER = ['source', 'concept', 'lean', 'evidence', 'pole', 'voice', 'count', 'pole_per_1000_words', 'terms'] as const;

/**
 * The matrix in long form: one row per source × concept × pole × voice,
 * with the count, the pole's rate per 1,000 words, the cell's lean and the
 * n it rests on (repeated on each of the cell's rows, so any row can be
 * read alone), and the terms counted, as written. A pivot table rebuilds
 * any wide view from it.
 */
export function matrixCsv(a: Analysis): string {
  return table(MATRIX_HEADER, matrixRows(a.matrix, a.concepts, a.mentions));
}

const VOICES = ['outlet', 'quoted', 'attributed'] as const;

/** The rows of these matrix cells; their mention indexes point into `mentions`. */
export function* matrixRows(cells: Iterable<MatrixCell>, concepts: readonly ConceptInfo[], mentions: readonly Mention[]): Generator<string> {
  for (const m of cells) {
    const concept = concepts.find((c) => c.id === m.concept);
    for (const pole of concept?.poles ?? Object.keys(m.counts)) {
      for (const voice of VOICES) {
        const forms = new Map<string, number>();
        for (const i of m.mentionIndexes) {
          const x = mentions[i]!;
          if (x.pole === pole && x.voice === voice && !x.negated) forms.set(x.text, (forms.get(x.text) ?? 0) + 1);
        }
        const terms = [...forms].map(([text, n]) => (n > 1 ? `${text} ×${n}` : text)).join(' / ');
        yield [cell(spreadsheetId(m.source)), cell(m.concept), cell(m.lean), cell(m.evidence), cell(pole), cell(voice), cell(m.counts[pole]?.[voice] ?? 0), cell(m.perThousand[pole] ?? 0), cell(terms)].join(',');
      }
    }
  }
}
