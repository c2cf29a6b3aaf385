import {tokenize, type Token} from '../text/tokenize.js';
import type {Analysis, AnalyzedSource, ConceptInfo, MatrixCell, Mention, Passage, PassageGroup, Statement} from '../types.js';

/*
 * Indexes over one analysis, built once and shared by every screen and the
 * reducer, so a key press never scans the whole corpus (a large corpus has
 * thousands of sources and tens of thousands of mentions).
 */

export interface Lookup {
  readonly sourceIndex: ReadonlyMap<string, number>;
  cell(source: string, concept: string): MatrixCell | undefined;
  /** The source's mentions, by start offset. */
  mentionsOf(source: number): readonly Mention[];
  /** Mentions of a concept, in source order then text order. */
  mentionsOfConcept(concept: string): readonly Mention[];
  statementsOf(source: number): readonly Statement[];
  passagesBetween(a: string, b: string): readonly Passage[];
  /** Passage groups (a story many sources carry) both sources are members of. */
  groupsWith(a: string, b: string): readonly PassageGroup[];
  tokensOf(source: number): readonly Token[];
  concept(id: string): ConceptInfo | undefined;
  /** −1 for the concept's first pole (the negative end of the lean), +1 for the second, 0 for any other. */
  poleSide(concept: string, pole: string): -1 | 0 | 1;
}

const cache = new WeakMap<Analysis, Lookup>();

export function lookup(a: Analysis): Lookup {
  let found = cache.get(a);
  if (!found) {
    found = build(a);
    cache.set(a, found);
  }
  return found;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function build(a: Analysis): Lookup {
  const sourceIndex = new Map(a.sources.map((s, i) => [s.id, i]));
  const cells = new Map(a.matrix.map((c) => [`${c.source}\u0000${c.concept}`, c]));
  const byStart = (x: {start: number}, y: {start: number}): number => x.start - y.start;
  const mentions = groupBy(a.mentions, (m) => m.source);
  for (const list of mentions.values()) list.sort(byStart);
  const order = (m: Mention): number => sourceIndex.get(m.source) ?? 0;
  const byConcept = groupBy(a.mentions, (m) => m.concept);
  for (const list of byConcept.values()) list.sort((x, y) => order(x) - order(y) || x.start - y.start);
  const statements = groupBy(a.statements, (s) => s.source);
  for (const list of statements.values()) list.sort(byStart);
  const passages = groupBy(a.passages, (p) => [p.a.source, p.b.source].sort().join('\u0000'));
  const groups = new Map<string, PassageGroup[]>();
  for (const g of a.passageGroups) {
    for (const m of g.members) {
      const list = groups.get(m.side.source);
      if (list) list.push(g);
      else groups.set(m.side.source, [g]);
    }
  }
  const concepts = new Map(a.concepts.map((c) => [c.id, c]));
  const tokens = new Map<number, Token[]>();
  const idOf = (i: number): string => (a.sources[i] as AnalyzedSource | undefined)?.id ?? '';
  return {
    sourceIndex,
    cell: (source, concept) => cells.get(`${source}\u0000${concept}`),
    mentionsOf: (i) => mentions.get(idOf(i)) ?? [],
    mentionsOfConcept: (c) => byConcept.get(c) ?? [],
    statementsOf: (i) => statements.get(idOf(i)) ?? [],
    passagesBetween: (x, y) => passages.get([x, y].sort().join('\u0000')) ?? [],
    groupsWith: (x, y) => (groups.get(x) ?? []).filter((g) => g.members.some((m) => m.side.source === y)),
    tokensOf: (i) => {
      let list = tokens.get(i);
      if (!list) {
        list = tokenize(a.sources[i]?.body ?? '');
        tokens.set(i, list);
      }
      return list;
    },
    concept: (id) => concepts.get(id),
    poleSide: (concept, pole) => {
      const poles = concepts.get(concept)?.poles ?? [];
      const i = poles.indexOf(pole);
      return i === 0 ? -1 : i === 1 ? 1 : 0;
    },
  };
}
