import {sanitizeText} from '../text/strip-controls.js';
import type {Analysis} from '../types.js';
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

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}

export function mentionsCsv(a: Analysis): string {
  return table(
    ['source', 'outlet', 'concept', 'pole', 'label', 'gloss', 'weight', 'text', 'start', 'end', 'voice', 'distanced', 'negated', 'speaker', 'cue', 'sentence'],
    a.mentions.map((m) => {
      const outlet = sourceById(a.sources, m.source)?.outlet ?? '';
      return [cell(m.source), cell(outlet), cell(m.concept), cell(m.pole), cell(m.label), cell(m.gloss), cell(m.weight), cell(m.text), cell(m.start), cell(m.end), cell(m.voice), cell(m.distanced), cell(m.negated), cell(m.speaker), cell(m.cue), cell(m.sentence)];
    }),
  );
}

export function claimsCsv(a: Analysis): string {
  return table(
    ['source', 'measure', 'group', 'value', 'approx', 'qualifier', 'text', 'start', 'end', 'voice', 'speaker', 'sentence'],
    a.claims.map((c) => [cell(c.source), cell(c.measure), cell(c.group), cell(c.value), cell(c.approx), cell(c.qualifier), cell(c.text), cell(c.start), cell(c.end), cell(c.voice), cell(c.speaker), cell(c.sentence)]),
  );
}

export function matrixCsv(a: Analysis): string {
  const poles = [...new Set(a.concepts.flatMap((c) => c.poles))];
  const voices = ['outlet', 'quoted', 'attributed'] as const;
  const header = ['source', 'concept', 'lean', 'evidence', ...poles.flatMap((p) => voices.map((v) => `${p}_${v}`)), ...poles.map((p) => `${p}_per_1000_words`), 'own_voice_terms', 'reported_terms', 'distanced_terms'];
  const terms = (list: readonly {gloss: string; count: number; forms: readonly string[]}[]): string => list.map((t) => `${t.gloss} ×${t.count} (${t.forms.join(' / ')})`).join('; ');
  return table(
    header,
    a.matrix.map((m) => [
      cell(m.source),
      cell(m.concept),
      cell(m.lean),
      cell(m.evidence),
      ...poles.flatMap((p) => voices.map((v) => cell(m.counts[p]?.[v] ?? ''))),
      ...poles.map((p) => cell(m.perThousand[p] ?? '')),
      cell(terms(m.ownVoiceTerms)),
      cell(terms(m.reportedTerms)),
      cell(terms(m.distancedTerms)),
    ]),
  );
}
