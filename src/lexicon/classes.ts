import {InputError, located} from '../errors.js';
import type {Inflection} from './arabic-variants.js';
import {classesNamed, parsePattern, PatternSyntaxError, type Atom, type PatternItem} from './pattern-syntax.js';

/*
 * Named word classes and the patterns that use them, resolved to plain word
 * sequences: a class is the list of phrases its members stand for (a member
 * naming an earlier class stands for all of that class's phrases), and a
 * pattern is a list of slots, each a set of phrases, with the number of
 * other words allowed before it. Each word keeps the inflection of the
 * class or entry that wrote it, so a verb class conjugates inside a noun
 * pattern.
 */

export interface PatternWord {
  readonly word: string;
  readonly inflect: Inflection;
}

export type WordSequence = readonly PatternWord[];

export interface PatternSlot {
  /** Other words allowed between the previous slot and this one. */
  readonly gap: number;
  readonly options: readonly WordSequence[];
  /** In the pattern's focus (README, "Patterns"): the mention spans the focus slots only. */
  readonly focus?: true;
}

export interface ResolvedPattern {
  /** The pattern as written in the lexicon. */
  readonly text: string;
  readonly slots: readonly PatternSlot[];
}

export interface WordClass {
  readonly name: string;
  readonly language: 'ar' | 'en';
  readonly members: readonly WordSequence[];
  readonly file: string;
  readonly line: number | undefined;
}

/** A class as written in one file, before resolution. */
export interface ClassSource {
  readonly name: string;
  readonly terms: readonly string[];
  readonly inflect: Inflection;
  readonly line: number | undefined;
  readonly termLines: readonly (number | undefined)[];
}

/** More phrases than this from one member or one slot is a lexicon mistake (classes multiplied into each other), not a vocabulary. */
const MAX_EXPANSION = 20_000;

const HINT = 'See "Lexicon format" in the README (classes and patterns).';

/**
 * Resolve the classes of one file in order, adding them to `known` (the
 * classes of this language from earlier files). A member may only name a
 * class defined before it; naming a later one is reported as a cycle when
 * that class leads back, else as "used before it is defined".
 */
export function resolveClasses(file: string, language: 'ar' | 'en', sources: readonly ClassSource[], known: Map<string, WordClass>): void {
  const position = new Map<string, number>();
  sources.forEach((c, index) => {
    const earlier = known.get(c.name);
    const before = position.get(c.name);
    if (earlier || before !== undefined) {
      const where = earlier ? `${earlier.file}${earlier.line ? `:${earlier.line}` : ''}` : `line ${sources[before!]!.line ?? '?'}`;
      throw new InputError(located(file, c.line, `class {${c.name}} is already defined (${where})`), 'Give every class a unique name.');
    }
    position.set(c.name, index);
  });
  const parsed = sources.map((c) => c.terms.map((term, k) => parseAt(term, false, file, c.termLines[k] ?? c.line, `class {${c.name}}: member "${term}"`)));
  sources.forEach((c, index) => {
    parsed[index]!.forEach((items, k) => {
      const line = c.termLines[k] ?? c.line;
      for (const name of classesNamed(items)) {
        if (known.has(name)) continue;
        const at = position.get(name);
        const what = `class {${c.name}}: member "${c.terms[k]}"`;
        if (at === undefined) throw unknownClass(file, line, what, name, known);
        const cycle = at === index ? [c.name, c.name] : pathBack(name, c.name, position, parsed);
        if (cycle) throw new InputError(located(file, line, `${what}: classes refer to each other in a cycle (${cycle.map((n) => `{${n}}`).join(' → ')})`), 'A class may only use classes defined before it; break the cycle.');
        throw new InputError(located(file, line, `${what} uses class {${name}} before it is defined (line ${sources[at]!.line ?? '?'})`), 'Define a class before the classes that use it.');
      }
    });
    const members: WordSequence[] = [];
    parsed[index]!.forEach((items, k) => {
      members.push(...sequencesOf(items, c.inflect, known, file, c.termLines[k] ?? c.line, `class {${c.name}}: member "${c.terms[k]}"`));
    });
    known.set(c.name, {name: c.name, language, members: dedupe(members), file, line: c.line});
  });
}

/** Resolve one entry's pattern against the known classes. */
export function resolvePattern(text: string, inflect: Inflection, known: ReadonlyMap<string, WordClass>, file: string, line: number | undefined, entryId: string): ResolvedPattern {
  const what = `entry \`${entryId}\`: pattern "${text}"`;
  const items = parseAt(text, true, file, line, what);
  for (const name of classesNamed(items)) if (!known.has(name)) throw unknownClass(file, line, what, name, known);
  const slots = items.map((item) => ({
    gap: item.gap,
    options: dedupe(item.alternatives.flatMap((alt) => expand(alt, inflect, known, file, line, what))),
    ...(item.focus ? {focus: true as const} : {}),
  }));
  return {text, slots};
}

function parseAt(text: string, allowGaps: boolean, file: string, line: number | undefined, what: string): PatternItem[] {
  try {
    return parsePattern(text, allowGaps);
  } catch (error) {
    if (error instanceof PatternSyntaxError) throw new InputError(located(file, line, `${what}: ${error.message}`), HINT);
    throw error;
  }
}

function unknownClass(file: string, line: number | undefined, what: string, name: string, known: ReadonlyMap<string, WordClass>): InputError {
  const names = [...known.keys()];
  return new InputError(located(file, line, `${what}: unknown class {${name}}${names.length ? ` (known: ${names.join(', ')})` : ' (no class is defined for this language)'}`), 'Define the class under `classes:` (before it is used) or correct its name.');
}

/** A path of class references from `from` back to `target` among this file's classes, if there is one. */
function pathBack(from: string, target: string, position: ReadonlyMap<string, number>, parsed: readonly (readonly PatternItem[][])[]): string[] | null {
  const seen = new Set<string>();
  const walk = (name: string, path: string[]): string[] | null => {
    if (name === target) return [...path, name];
    if (seen.has(name)) return null;
    seen.add(name);
    const at = position.get(name);
    if (at === undefined) return null;
    for (const items of parsed[at]!) for (const next of classesNamed(items)) {
      const found = walk(next, [...path, name]);
      if (found) return found;
    }
    return null;
  };
  return walk(from, [target]);
}

/** The phrases a member (a sequence of items without gaps) stands for. */
function sequencesOf(items: readonly PatternItem[], inflect: Inflection, known: ReadonlyMap<string, WordClass>, file: string, line: number | undefined, what: string): WordSequence[] {
  let out: WordSequence[] = [[]];
  for (const item of items) {
    const options = item.alternatives.flatMap((alt) => expand(alt, inflect, known, file, line, what));
    out = product(out, options, file, line, what);
  }
  return out;
}

/** The phrases one alternative (atoms in a row) stands for. */
function expand(atoms: readonly Atom[], inflect: Inflection, known: ReadonlyMap<string, WordClass>, file: string, line: number | undefined, what: string): WordSequence[] {
  let out: WordSequence[] = [[]];
  for (const atom of atoms) {
    const options: readonly WordSequence[] = atom.kind === 'word' ? [[{word: atom.word, inflect}]] : known.get(atom.name)!.members;
    out = product(out, options, file, line, what);
  }
  return out;
}

function product(prefixes: readonly WordSequence[], options: readonly WordSequence[], file: string, line: number | undefined, what: string): WordSequence[] {
  if (prefixes.length * options.length > MAX_EXPANSION) {
    throw new InputError(located(file, line, `${what} stands for more than ${MAX_EXPANSION} phrases`), 'Split the class or use a gap between classes instead of nesting them.');
  }
  const out: WordSequence[] = [];
  for (const p of prefixes) for (const o of options) out.push([...p, ...o]);
  return out;
}

function dedupe(sequences: readonly WordSequence[]): WordSequence[] {
  const seen = new Set<string>();
  return sequences.filter((s) => {
    const key = s.map((w) => `${w.inflect}:${w.word}`).join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
