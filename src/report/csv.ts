import type {Analysis} from '../types.js';

/*
 * CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, a UTF-8 BOM so
 * Excel and LibreOffice show Arabic, and a guard against formula injection:
 * article text that starts with = + - @ gets a leading apostrophe.
 */

const BOM = '\uFEFF';

function cell(value: unknown, fromText = false): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (fromText && /^[=+\-@\t\r]/u.test(s)) s = `'${s}`;
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}

export function mentionsCsv(a: Analysis): string {
  return table(
    ['source', 'outlet', 'concept', 'pole', 'label', 'gloss', 'weight', 'text', 'start', 'end', 'voice', 'distanced', 'negated', 'speaker', 'cue', 'sentence'],
    a.mentions.map((m) => {
      const outlet = a.sources.find((s) => s.id === m.source)?.outlet ?? '';
      return [cell(m.source, true), cell(outlet, true), cell(m.concept), cell(m.pole), cell(m.label), cell(m.gloss), cell(m.weight), cell(m.text, true), cell(m.start), cell(m.end), cell(m.voice), cell(m.distanced), cell(m.negated), cell(m.speaker, true), cell(m.cue, true), cell(m.sentence)];
    }),
  );
}

export function claimsCsv(a: Analysis): string {
  return table(
    ['source', 'measure', 'group', 'value', 'approx', 'qualifier', 'text', 'start', 'end', 'voice', 'speaker', 'sentence'],
    a.claims.map((c) => [cell(c.source, true), cell(c.measure), cell(c.group), cell(c.value), cell(c.approx), cell(c.qualifier), cell(c.text, true), cell(c.start), cell(c.end), cell(c.voice), cell(c.speaker, true), cell(c.sentence)]),
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
      cell(m.source, true),
      cell(m.concept),
      cell(m.lean),
      cell(m.evidence),
      ...poles.flatMap((p) => voices.map((v) => cell(m.counts[p]?.[v] ?? ''))),
      ...poles.map((p) => cell(m.perThousand[p] ?? '')),
      cell(terms(m.ownVoiceTerms), true),
      cell(terms(m.reportedTerms), true),
      cell(terms(m.distancedTerms), true),
    ]),
  );
}
