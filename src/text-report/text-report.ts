import {reportText, type ReportText} from '../i18n/report-text.js';
import type {Lang} from '../lesson/words.js';
import {QUALIFIER_LEGEND, QUALIFIER_SIGN} from '../claims/qualifier.js';
import type {Analysis, AnalyzedSource, Claim, ConceptInfo, MatrixCell, OwnVoiceTerm, Voice} from '../types.js';
import {encodingNote} from '../corpus/encoding-note.js';
import {sanitizeText as t, stripControls} from '../text/strip-controls.js';
import {plainStyle, type Style} from './style.js';
import {isCounted} from '../compare/counted.js';
import {matrixCell, ofSource, sourceById} from '../report/by-source.js';

/*
 * The text report: what `framelens analyze` prints by default and what the
 * bare command prints into a pipe. Written to be read aloud: one section per
 * concept with each outlet's own words first, then the numbers, then the
 * shared passages. Arabic is printed as stored (logical order) and always
 * last on its line, so terminals that apply bidi do not drag the English
 * labels and numbers across it.
 */

export interface TextReportOptions {
  readonly style?: Style;
  /** Render a shared passage as an inline diff (provided by the compare module). */
  readonly renderDiff?: (passageIndex: number) => string;
  /** How many shared passages to print with their diff. */
  readonly passageLimit?: number;
  /** Language of the headings (--lang); `ar` puts each Arabic heading on a line of its own, its English legend below. */
  readonly lang?: Lang;
}

/** A section heading and its legend: on one line in English; in Arabic the heading alone on its line (a bidi terminal then cannot move the legend across it). */
function heading(style: Style, lang: Lang, title: (t: ReportText['text']) => string, legend = ''): string[] {
  const text = style.bold(title(reportText(lang).text));
  if (!legend) return [text];
  return lang === 'ar' ? [text, style.dim(`  ${legend.trim()}`)] : [text + style.dim(legend)];
}

const VOICE_LABEL: Record<Voice, string> = {outlet: 'own voice', quoted: 'quoted', attributed: 'attributed'};

export function textReport(analysis: Analysis, options: TextReportOptions = {}): string {
  const style = options.style ?? plainStyle;
  const lang = options.lang ?? 'en';
  const out: string[] = [];
  out.push(...header(analysis, style, lang));
  out.push(...matrixSummary(analysis, style, lang));
  for (const concept of analysis.concepts) out.push(...conceptSection(analysis, concept, style));
  out.push(...claimsSection(analysis, style, lang));
  out.push(...speakersSection(analysis, style, lang));
  out.push(...passagesSection(analysis, style, options, lang));
  return out.map(stripControls).join('\n') + '\n';
}

function header(a: Analysis, style: Style, lang: Lang): string[] {
  const counted = a.mentions.filter(isCounted).length;
  const inFurniture = a.mentions.filter((m) => m.furniture).length;
  const furniture = inFurniture > 0 ? ` (${inFurniture} more in captions, embedded posts, links and page chrome, not counted)` : '';
  return [
    ...heading(style, lang, (t) => t.header(a.sources.length, counted, lang === 'ar' ? '' : furniture, a.claims.length, a.passages.length), lang === 'ar' ? furniture : ''),
    '',
    ...a.sources.map((s) => {
      const note = encodingNote(s);
      return `  ${sourceLabel(s)} · ${s.words.toLocaleString('en')} words · ${t(s.file)}${note ? ` · ${style.bold(note)}` : ''}${s.title ? ` · ${t(s.title)}` : ''}${s.credits.length ? ` · the text credits: ${t(s.credits.map((c) => c.text).join(' · '))}` : ''}`;
    }),
    ...(a.skipped ?? []).map((s) => `  ${style.bold('skipped')} ${t(s.file)}: ${t(s.reason)}`),
    '',
  ];
}

export function sourceLabel(s: AnalyzedSource): string {
  return t(`${s.id} ${s.outlet ?? '(outlet not stated)'}`);
}

/** Own-voice lean per source × concept, in one compact table. */
function matrixSummary(a: Analysis, style: Style, lang: Lang): string[] {
  const idWidth = Math.max(6, ...a.sources.map((s) => s.id.length));
  const colWidth = 14;
  const lines = [
    ...heading(style, lang, (t) => t.lean, '  (−1 = first pole … +1 = second pole; n = own-voice mentions it rests on; · = no own-voice evidence)'),
    '  ' + 'source'.padEnd(idWidth) + a.concepts.map((c) => c.id.padStart(colWidth)).join(''),
  ];
  for (const s of a.sources) {
    const cells = a.concepts.map((c) => {
      const cell = cellOf(a, s.id, c.id);
      return leanText(cell).padStart(colWidth);
    });
    lines.push('  ' + s.id.padEnd(idWidth) + cells.join(''));
  }
  lines.push(style.dim('  poles: ' + a.concepts.map((c) => `${c.id} ${c.poles[0]} ↔ ${c.poles[1]}`).join(' · ')));
  lines.push('');
  return lines;
}

export function leanText(cell: MatrixCell | undefined): string {
  if (!cell || cell.lean === null) return '·';
  const sign = cell.lean > 0 ? '+' : cell.lean < 0 ? '−' : '±';
  return `${sign}${Math.abs(cell.lean).toFixed(2)} n=${cell.evidence}`;
}

function cellOf(a: Analysis, source: string, concept: string): MatrixCell | undefined {
  return matrixCell(a.matrix, source, concept);
}

function conceptSection(a: Analysis, concept: ConceptInfo, style: Style): string[] {
  const lines = [style.bold(`${concept.id.toUpperCase()} — ${concept.question}`)];
  for (const s of a.sources) {
    const cell = cellOf(a, s.id, concept.id);
    if (!cell) continue;
    const total = Object.values(cell.counts).reduce((n, v) => n + v.outlet + v.quoted + v.attributed, 0);
    lines.push(`  ${style.bold(sourceLabel(s))}  lean ${leanText(cell)}${total === 0 ? style.dim('  (no mentions)') : ''}`);
    if (total === 0) continue;
    for (const pole of concept.poles) {
      const c = cell.counts[pole];
      if (!c || c.outlet + c.quoted + c.attributed === 0) continue;
      lines.push(`    ${pole.padEnd(15)} own ${String(c.outlet).padStart(2)}  quoted ${String(c.quoted).padStart(2)}  attributed ${String(c.attributed).padStart(2)}  (${cell.perThousand[pole]} per 1,000 words)`);
    }
    lines.push(...termLines('own voice', cell.ownVoiceTerms, style));
    lines.push(...termLines('only reported', cell.reportedTerms, style));
    lines.push(...termLines('distanced', cell.distancedTerms, style));
  }
  lines.push('');
  return lines;
}

function termLines(title: string, terms: readonly OwnVoiceTerm[], style: Style): string[] {
  if (terms.length === 0) return [];
  return terms.slice(0, 6).map((t, i) => `    ${i === 0 ? style.dim(title.padEnd(14)) : ' '.repeat(14)} ${t.gloss} ×${t.count} [${t.pole}]: ${sanitizeForms(t.forms)}`);
}

function claimsSection(a: Analysis, style: Style, lang: Lang): string[] {
  if (a.claimsTable.length === 0) return [...heading(style, lang, (t) => t.noNumbers), '  No tolls found.', ''];
  const lines = heading(style, lang, (t) => t.numbers, `  (${QUALIFIER_LEGEND})`);
  for (const row of a.claimsTable) {
    lines.push(`  ${style.bold(`${row.measure} · ${row.group}`)}`);
    for (const s of a.sources) {
      const indexes = row.cells[s.id] ?? [];
      if (indexes.length === 0) continue;
      const values = indexes.map((i) => claimText(a.claims[i]!)).join('; ');
      lines.push(`    ${s.id.padEnd(8)} ${values}`);
    }
  }
  lines.push('');
  return lines;
}

export function claimValue(c: Claim): string {
  const q = QUALIFIER_SIGN[c.qualifier];
  return `${q}${c.value !== null ? c.value.toLocaleString('en') : c.approx ?? '?'}`;
}

function claimText(c: Claim): string {
  return `${claimValue(c)} (${VOICE_LABEL[c.voice]}${c.speaker ? `: ${t(c.speaker)}` : ''})`;
}

function speakersSection(a: Analysis, style: Style, lang: Lang): string[] {
  if (a.speakers.length === 0) return [];
  const lines = heading(style, lang, (t) => t.speakers, '  (statements · framing mentions voiced · share of the source\'s mentions)');
  for (const s of a.sources) {
    const rows = ofSource(a.speakers, s.id).slice(0, 6);
    if (rows.length === 0) continue;
    lines.push(`  ${style.bold(sourceLabel(s))}`);
    for (const r of rows) lines.push(`    ${String(r.statements).padStart(2)} st · ${String(r.mentions).padStart(2)} m · ${(r.share * 100).toFixed(0).padStart(3)}%  ${t(r.speaker)}`);
  }
  lines.push('');
  return lines;
}

function passagesSection(a: Analysis, style: Style, options: TextReportOptions, lang: Lang): string[] {
  const lines = heading(style, lang, (t) => t.passages(a.passages.length));
  const limit = options.passageLimit ?? 5;
  a.passages.slice(0, limit).forEach((p, i) => {
    const counts = new Map<string, number>();
    for (const e of p.edits) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    const summary = [...counts].map(([k, n]) => `${n} ${k}`).join(', ') || 'identical';
    const terms = p.edits.filter((e) => e.term).length;
    lines.push(`  ${style.bold(`${p.a.source} ↔ ${p.b.source}`)}  similarity ${p.similarity.toFixed(2)} · ${summary}${terms ? ` · ${terms} touch a framing term` : ''}`);
    if (options.renderDiff) for (const l of options.renderDiff(i).split('\n')) lines.push(`    ${l}`);
  });
  if (a.passages.length > limit) lines.push(style.dim(`  … ${a.passages.length - limit} more: framelens diff A B`));
  lines.push('');
  return [...lines, ...groupsSection(a, style, limit, lang)];
}

/** Passages carried by many sources: one line per group (who carries it, how many verbatim, what kinds of edits). */
function groupsSection(a: Analysis, style: Style, limit: number, lang: Lang): string[] {
  if (a.passageGroups.length === 0) return [];
  const lines = heading(style, lang, (t) => t.groups(a.passageGroups.length), '  (edits against the most common wording; all in --format json)');
  for (const g of a.passageGroups.slice(0, limit)) {
    const kinds = new Map<string, number>();
    let terms = 0;
    for (const m of g.members) {
      for (const e of m.edits) {
        kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
        if (e.term) terms++;
      }
    }
    const verbatim = g.members.filter((m) => m.edits.length === 0).length;
    const edits = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
    const ref = sourceById(a.sources, g.reference.source);
    const words = ref ? t(ref.body.slice(g.reference.start, g.reference.end)) : '';
    lines.push(`  ${style.bold(`${g.members.length} sources`)} · ${verbatim} word for word${edits ? ` · edits: ${edits}` : ''}${terms ? ` · ${terms} touch a framing term` : ''}`);
    lines.push(`    ${g.reference.source}: ${words.length > 160 ? `${words.slice(0, 160)}…` : words}`);
  }
  if (a.passageGroups.length > limit) lines.push(style.dim(`  … ${a.passageGroups.length - limit} more groups`));
  lines.push('');
  return lines;
}

function sanitizeForms(forms: readonly string[]): string {
  return forms.slice(0, 3).map(t).join(' / ');
}
