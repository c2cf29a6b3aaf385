import {z} from 'zod';

/*
 * The lexicon file format (documented in the README, "Lexicon format").
 * Strict objects: an unknown key is far more likely a typo ("wieght") than
 * an extension, and a silently ignored weight would skew the lean.
 */

const id = z.string().regex(/^[\p{L}\p{N}_.-]+$/u, 'ids use letters, digits, ".", "_" and "-" only');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const conceptSchema = z.strictObject({
  id,
  question: nonEmpty,
  poles: z.array(id).min(2, 'a concept needs at least two poles'),
});

export const conceptsFileSchema = z.strictObject({
  version: z.literal(1),
  concepts: z.array(conceptSchema).min(1),
});

/** noun: suffixes (and ال) generated; verb: Arabic conjugation generated; fixed: as written. English matches by lemma either way, except `fixed`. */
const inflect = z.enum(['noun', 'verb', 'fixed']);

export const entrySchema = z
  .strictObject({
    id,
    concept: id,
    pole: id,
    weight: z.number().min(-1).max(1),
    gloss: nonEmpty,
    /** The gloss in Arabic, for the Arabic interface (--lang ar). */
    gloss_ar: nonEmpty.regex(/[\u0600-\u06ff]/u, 'gloss_ar is the gloss in Arabic: write it in Arabic letters').optional(),
    terms: z.array(nonEmpty).min(1, 'an entry needs at least one term').optional(),
    /** Word classes and words with bounded gaps (pattern-syntax.ts; README "Patterns"). */
    patterns: z.array(nonEmpty).min(1, 'an entry needs at least one pattern when `patterns` is given').optional(),
    inflect: inflect.optional(),
    gap: z.number().int().min(0).max(3).optional(),
    note: z.string().optional(),
    source: z.string().optional(),
  })
  .refine((e) => e.terms !== undefined || e.patterns !== undefined, {message: 'an entry needs `terms`, `patterns` or both'});

/** A named word class: its members may be phrases and may name classes defined before it ({NAME}). */
export const classSchema = z.strictObject({
  class: z.string().regex(/^\p{L}[\p{L}\p{N}_]*$/u, 'a class name is letters, digits and "_" (FOREIGN, AGENT_NOUN)'),
  terms: z.array(nonEmpty).min(1, 'an empty class matches nothing: give it at least one member'),
  inflect: inflect.optional(),
  note: z.string().optional(),
});

export const exclusionSchema = z.strictObject({
  terms: z.array(nonEmpty).min(1),
  /** noun (default): inflected forms are excluded too; fixed: only the words as written. */
  inflect: z.enum(['noun', 'fixed']).optional(),
  note: z.string().optional(),
});

export const lexiconFileSchema = z.strictObject({
  version: z.literal(1),
  language: z.enum(['ar', 'en']),
  /** add (default): entries join the bundled ones, same id replaces; replace: the bundled lexicon of this language is dropped. */
  mode: z.enum(['add', 'replace']).optional(),
  concepts: z.array(conceptSchema).optional(),
  classes: z.array(classSchema).optional(),
  entries: z.array(entrySchema).default([]),
  exclude: z.array(exclusionSchema).optional(),
});

export type ConceptDef = z.infer<typeof conceptSchema>;
export type ClassDef = z.infer<typeof classSchema>;
export type EntryDef = z.infer<typeof entrySchema>;
export type LexiconFile = z.infer<typeof lexiconFileSchema>;
