import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {InputError, located} from '../errors.js';
import type {ConceptInfo} from '../types.js';
import {matchKey} from '../text/normalize.js';
import type {Inflection} from './arabic-variants.js';
import {bundledLexiconDir} from './bundled-dir.js';
import {bundledState, userState} from './compiled-cache.js';
import {resolveClasses, resolvePattern, type ResolvedPattern, type WordClass} from './classes.js';
import {conceptsFileSchema, lexiconFileSchema, type ConceptDef} from './schema.js';
import {readYamlFile} from './yaml-file.js';

export interface LexiconEntry {
  readonly id: string;
  readonly language: 'ar' | 'en';
  readonly concept: string;
  readonly pole: string;
  readonly weight: number;
  readonly gloss: string;
  /** The gloss in Arabic (`gloss_ar`), when the lexicon gives one. */
  readonly glossAr: string | null;
  readonly terms: readonly string[];
  /** Patterns over word classes (README, "Patterns"), resolved to word sequences. */
  readonly patterns: readonly ResolvedPattern[];
  readonly inflect: Inflection;
  readonly gap: number;
  readonly note: string | null;
  readonly source: string | null;
  /** Where the entry was defined, for error messages and the method section. */
  readonly file: string;
  readonly line: number | undefined;
}

export interface Exclusion {
  readonly language: 'ar' | 'en';
  readonly terms: readonly string[];
  readonly inflect: 'noun' | 'fixed';
  readonly note: string | null;
}

export interface Lexicon {
  readonly concepts: readonly ConceptInfo[];
  readonly entries: readonly LexiconEntry[];
  readonly exclusions: readonly Exclusion[];
  /** Named word classes per language, in the order they were defined. */
  readonly classes: readonly WordClass[];
}

/**
 * Load the bundled concepts and framing lexicons, then each extra file in
 * order: its entries join (an existing id is replaced), or with
 * `mode: replace` the bundled entries of that language are dropped first.
 */
export function loadLexicon(extraFiles: readonly string[] = [], dir = bundledLexiconDir()): Lexicon {
  // In the bundled build, the bundled lexicons come loaded and checked from the build (compiled-cache.ts).
  const cached = dir !== bundledLexiconDir() ? null : extraFiles.length === 0 ? bundledState(dir) : userState(dir, extraFiles);
  if (cached) return cached.lexicon;
  const conceptsFile = join(dir, 'concepts.yaml');
  const concepts = new Map<string, ConceptDef>();
  for (const c of readYamlFile(conceptsFile, conceptsFileSchema, 'concepts file').data.concepts) concepts.set(c.id, c);

  const bundled = readdirSync(dir)
    .filter((name) => /^framing\..+\.ya?ml$/u.test(name))
    .sort()
    .map((name) => join(dir, name));

  const entries = new Map<string, LexiconEntry>();
  const exclusions: Exclusion[] = [];
  const classes = {ar: new Map<string, WordClass>(), en: new Map<string, WordClass>()};
  for (const file of [...bundled, ...extraFiles]) {
    const isExtra = !bundled.includes(file);
    const {data, lineOf} = readYamlFile(file, lexiconFileSchema, 'lexicon');
    if (isExtra && data.mode === 'replace') {
      for (const [key, entry] of entries) if (entry.language === data.language) entries.delete(key);
      for (let i = exclusions.length - 1; i >= 0; i--) if (exclusions[i]!.language === data.language) exclusions.splice(i, 1);
    }
    for (const c of data.concepts ?? []) concepts.set(c.id, c);
    const known = classes[data.language];
    resolveClasses(
      file,
      data.language,
      (data.classes ?? []).map((c, i) => ({
        name: c.class,
        terms: c.terms,
        inflect: c.inflect ?? 'noun',
        line: lineOf(['classes', i]),
        termLines: c.terms.map((_, k) => lineOf(['classes', i, 'terms', k])),
      })),
      known,
    );
    const seenInFile = new Set<string>();
    data.entries.forEach((def, index) => {
      const line = lineOf(['entries', index]);
      const unfilled = (['concept', 'pole', 'gloss'] as const).filter((k) => def[k] === 'TODO');
      if (unfilled.length > 0) {
        throw new InputError(
          located(file, line, `entry \`${def.id}\` is an unfilled draft: ${unfilled.join(', ')} still TODO`),
          `Fill in concept, pole, weight and gloss of every entry you keep and delete the others (known concepts: ${[...concepts.values()].map((c) => `${c.id}: ${c.poles.join('|')}`).join('; ')}).`,
        );
      }
      if (seenInFile.has(def.id)) throw new InputError(located(file, line, `duplicate entry id \`${def.id}\``), 'Give every entry a unique id.');
      seenInFile.add(def.id);
      const existing = entries.get(def.id);
      if (existing && !isExtra) {
        throw new InputError(located(file, line, `entry id \`${def.id}\` is already defined in ${existing.file}${existing.line ? `:${existing.line}` : ''}`), 'Give every entry a unique id.');
      }
      const inflect = def.inflect ?? 'noun';
      const patterns = (def.patterns ?? []).map((text, k) => resolvePattern(text, inflect, known, file, lineOf(['entries', index, 'patterns', k]) ?? line, def.id));
      entries.set(def.id, {
        id: def.id,
        language: data.language,
        concept: def.concept,
        pole: def.pole,
        weight: def.weight,
        gloss: def.gloss,
        glossAr: def.gloss_ar ?? null,
        terms: def.terms ?? [],
        patterns,
        inflect,
        gap: def.gap ?? 0,
        note: def.note ?? null,
        source: def.source ?? null,
        file,
        line,
      });
    });
    for (const ex of data.exclude ?? []) exclusions.push({language: data.language, terms: ex.terms, inflect: ex.inflect ?? 'noun', note: ex.note ?? null});
  }

  const list = [...entries.values()];
  checkConceptsAndTerms(list, concepts);
  return {
    concepts: [...concepts.values()].map((c) => ({id: c.id, question: c.question, poles: c.poles})),
    entries: list,
    exclusions,
    classes: [...classes.ar.values(), ...classes.en.values()],
  };
}

function checkConceptsAndTerms(entries: readonly LexiconEntry[], concepts: ReadonlyMap<string, ConceptDef>): void {
  const terms = new Map<string, LexiconEntry>();
  for (const entry of entries) {
    const concept = concepts.get(entry.concept);
    if (!concept) {
      throw new InputError(located(entry.file, entry.line, `entry \`${entry.id}\`: unknown concept \`${entry.concept}\` (known: ${[...concepts.keys()].join(', ')})`), 'Use a concept from concepts.yaml or declare it under `concepts:` in the lexicon file.');
    }
    if (!concept.poles.includes(entry.pole)) {
      throw new InputError(located(entry.file, entry.line, `entry \`${entry.id}\`: concept \`${entry.concept}\` has no pole \`${entry.pole}\` (poles: ${concept.poles.join(', ')})`), 'Use one of the concept\'s poles.');
    }
    for (const term of entry.terms) {
      const key = `${entry.language}:${term.split(/\s+/u).map(matchKey).join(' ')}`;
      const other = terms.get(key);
      if (other && other.id !== entry.id) {
        throw new InputError(located(entry.file, entry.line, `term "${term}" of \`${entry.id}\` is also a term of \`${other.id}\` (${other.file}${other.line ? `:${other.line}` : ''})`), 'A term may belong to one entry only; remove one of them.');
      }
      if (other && other.id === entry.id) {
        throw new InputError(located(entry.file, entry.line, `entry \`${entry.id}\` lists the term "${term}" twice (after normalisation)`), 'Remove the duplicate term.');
      }
      terms.set(key, entry);
    }
    for (const pattern of entry.patterns) {
      const key = `${entry.language}:pattern:${pattern.text.split(/\s+/u).map(matchKey).join(' ')}`;
      const other = terms.get(key);
      if (other) {
        throw new InputError(located(entry.file, entry.line, `pattern "${pattern.text}" of \`${entry.id}\` is also a pattern of \`${other.id}\` (${other.file}${other.line ? `:${other.line}` : ''})`), 'A pattern may belong to one entry only; remove one of them.');
      }
      terms.set(key, entry);
    }
  }
}
