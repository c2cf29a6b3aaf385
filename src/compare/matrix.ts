import type {AnalyzedSource, ConceptInfo, MatrixCell, Mention, OwnVoiceTerm, PoleCounts, Voice} from '../types.js';
import {isCounted} from './counted.js';

const VOICES: readonly Voice[] = ['outlet', 'quoted', 'attributed'];

/**
 * The framing matrix: one cell per source × concept. Every number in a cell
 * is computed from the mentions listed in `mentionIndexes`, so a view can
 * always show the words a figure rests on.
 *
 * Negated mentions ("they are not peaceful protesters") and mentions in page
 * furniture (captions, embedded posts, links to other stories) are listed
 * but not counted. The lean rests on the outlet's own voice
 * only, and leaves out what the outlet itself distances (scare quotes).
 */
export function buildMatrix(sources: readonly AnalyzedSource[], concepts: readonly ConceptInfo[], mentions: readonly Mention[]): MatrixCell[] {
  const bySourceConcept = new Map<string, number[]>();
  mentions.forEach((m, index) => {
    const key = `${m.source}\u0000${m.concept}`;
    const list = bySourceConcept.get(key) ?? [];
    list.push(index);
    bySourceConcept.set(key, list);
  });
  const cells: MatrixCell[] = [];
  for (const source of sources) {
    for (const concept of concepts) {
      const indexes = bySourceConcept.get(`${source.id}\u0000${concept.id}`) ?? [];
      cells.push(buildCell(source, concept, indexes, mentions));
    }
  }
  return cells;
}

function buildCell(source: AnalyzedSource, concept: ConceptInfo, indexes: readonly number[], all: readonly Mention[]): MatrixCell {
  const mentions = indexes.map((i) => all[i]!);
  const counted = mentions.filter(isCounted);
  const counts: PoleCounts = {};
  const perThousand: Record<string, number> = {};
  for (const pole of concept.poles) {
    counts[pole] = {outlet: 0, quoted: 0, attributed: 0};
    perThousand[pole] = 0;
  }
  for (const m of counted) {
    const pole = (counts[m.pole] ??= {outlet: 0, quoted: 0, attributed: 0});
    pole[m.voice] += 1;
  }
  for (const [pole, byVoice] of Object.entries(counts)) {
    const total = VOICES.reduce((sum, v) => sum + byVoice[v], 0);
    perThousand[pole] = source.words > 0 ? round((total * 1000) / source.words, 2) : 0;
  }
  const own = counted.filter((m) => m.voice === 'outlet' && !m.distanced);
  const ownLabels = new Set(own.map((m) => m.label));
  const lean = own.length > 0 ? round(own.reduce((sum, m) => sum + m.weight, 0) / own.length, 3) : null;
  return {
    source: source.id,
    concept: concept.id,
    counts,
    perThousand,
    ownVoiceTerms: termsOf(own),
    reportedTerms: termsOf(counted.filter((m) => m.voice !== 'outlet' && !ownLabels.has(m.label))),
    distancedTerms: termsOf(counted.filter((m) => m.distanced)),
    lean,
    evidence: own.length,
    mentionIndexes: indexes,
  };
}

/** Mentions grouped by lexicon entry, most used first, with the surface forms as written. */
export function termsOf(mentions: readonly Mention[]): OwnVoiceTerm[] {
  const byLabel = new Map<string, {m: Mention; forms: Map<string, number>; count: number}>();
  for (const m of mentions) {
    const entry = byLabel.get(m.label) ?? {m, forms: new Map<string, number>(), count: 0};
    entry.count += 1;
    entry.forms.set(m.text, (entry.forms.get(m.text) ?? 0) + 1);
    byLabel.set(m.label, entry);
  }
  return [...byLabel.values()]
    .sort((a, b) => b.count - a.count || a.m.start - b.m.start)
    .map(({m, forms, count}) => ({
      label: m.label,
      pole: m.pole,
      gloss: m.gloss,
      forms: [...forms.entries()].sort((a, b) => b[1] - a[1]).map(([form]) => form),
      count,
    }));
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
