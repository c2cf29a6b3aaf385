import type {AnalyzedSource, MatrixCell} from '../types.js';

/*
 * Lookups the views make once per source or per finding, indexed once per
 * list (memoised on the list itself), so that no view scans every finding
 * for every source: the reports stay linear in the corpus.
 */

const sourceIndexes = new WeakMap<readonly AnalyzedSource[], Map<string, AnalyzedSource>>();
const groupIndexes = new WeakMap<readonly {readonly source: string}[], Map<string, readonly unknown[]>>();

/** The source with this id (sources are indexed by id on first use). */
export function sourceById(sources: readonly AnalyzedSource[], id: string): AnalyzedSource | undefined {
  let index = sourceIndexes.get(sources);
  if (!index) {
    index = new Map(sources.map((s) => [s.id, s]));
    sourceIndexes.set(sources, index);
  }
  return index.get(id);
}

/** The items of a list (speakers, statements, mentions …) that belong to one source, in list order. */
export function ofSource<T extends {readonly source: string}>(list: readonly T[], id: string): readonly T[] {
  let index = groupIndexes.get(list);
  if (!index) {
    const groups = new Map<string, T[]>();
    for (const item of list) {
      const group = groups.get(item.source);
      if (group) group.push(item);
      else groups.set(item.source, [item]);
    }
    index = groups;
    groupIndexes.set(list, index);
  }
  return (index.get(id) ?? []) as readonly T[];
}

const cellIndexes = new WeakMap<readonly MatrixCell[], Map<string, MatrixCell>>();

/** The matrix cell of one source × concept (the matrix is indexed on first use). */
export function matrixCell(matrix: readonly MatrixCell[], source: string, concept: string): MatrixCell | undefined {
  let index = cellIndexes.get(matrix);
  if (!index) {
    index = new Map(matrix.map((c) => [`${c.source}\u0000${c.concept}`, c]));
    cellIndexes.set(matrix, index);
  }
  return index.get(`${source}\u0000${concept}`);
}
