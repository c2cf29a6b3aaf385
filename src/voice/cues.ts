import {join} from 'node:path';
import {z} from 'zod';
import {InputError} from '../errors.js';
import {compilePhrases, splitTermWords, type CompiledPhrases, type Lemmatize} from '../lexicon/compile.js';
import {bundledLexiconDir} from '../lexicon/bundled-dir.js';
import {readYamlFile} from '../lexicon/yaml-file.js';
import {matchKey} from '../text/normalize.js';
import type {VerbStance} from '../types.js';
import type {NegationWords} from './negation-scope.js';

/*
 * Voice cues (lexicons/voice.<lang>.yaml): the words that make a stretch of
 * text someone else's. Phrase cues share the framing matcher (proclitics, a
 * leading و/ف, English lemmas); single-word lists that only need a lookup
 * (not-a-speaker words, describing verbs) become key sets.
 */

const terms = z.array(z.string().trim().min(1));
const stance = z.enum(['neutral', 'endorsing', 'distancing']);

const voiceFileSchema = z.strictObject({
  version: z.literal(1),
  language: z.enum(['ar', 'en']),
  reportingVerbs: z.array(z.strictObject({stance, takes: z.enum(['clause', 'object']).optional(), blames: z.literal(true).optional(), terms})),
  continuations: z.array(z.strictObject({stance, terms})),
  attributionPhrases: terms,
  notSpeaker: terms,
  objectScopeEnds: terms,
  complementizers: terms,
  ownVoiceFormulas: terms,
  distancingBefore: terms,
  distancingUnvoiced: terms.optional(),
  distancingAfter: terms,
  distancingAfterUnvoiced: terms.optional(),
  negators: terms,
  notNegation: terms,
  verbNegators: terms.optional(),
  copulas: terms.optional(),
  describingVerbs: terms,
  informants: terms.optional(),
  evidence: terms.optional(),
  accordance: terms.optional(),
  reasons: terms.optional(),
  circumstance: terms.optional(),
});

export type CueKind =
  | 'verb'
  | 'continuation'
  | 'attribution'
  | 'scopeEnd'
  | 'complementizer'
  | 'ownVoice'
  | 'distancingBefore'
  | 'distancingAfter'
  | 'negator'
  | 'notNegation';

export interface Cue {
  readonly kind: CueKind;
  readonly stance: VerbStance;
  /** For reporting verbs: does it introduce a clause (قال إن) or announce an object (أعلن القضاء على)? */
  readonly takes: 'clause' | 'object';
  /** A distancing marker that names nobody (so-called, ما يسمى، المزعوم): the words it marks stay the outlet's. */
  readonly unvoiced?: boolean;
  /** A verb of holding responsible (حمّل): it reports only with the word of the blame after the one blamed (report-object.ts, blameToken). */
  readonly blames?: boolean;
}

export interface VoiceCues {
  readonly language: 'ar' | 'en';
  readonly phrases: CompiledPhrases<Cue>;
  readonly notSpeaker: ReadonlySet<string>;
  readonly describingVerbs: ReadonlySet<string>;
  /** What decides how far a negator reaches (negation-scope.ts). */
  readonly negation: NegationWords;
  /** Head nouns of sources who supply facts, not a position (sources, witnesses, مصادر، شهود): see informantReport. */
  readonly informants: ReadonlySet<string>;
  /** Head nouns of evidence that "shows" or "reveals" (analyses, footage, دراسة، لقطات): no voice at all, see informantReport. */
  readonly evidence: ReadonlySet<string>;
  /** Norms that "according to" follows without naming a speaker (وفق القانون، according to the law). */
  readonly accordance: ReadonlySet<string>;
  /** Reasons that "citing" gives without naming a source (citing the pandemic, citing security concerns): see cited-reason.ts. */
  readonly reasons: ReadonlySet<string>;
  /** Words that open a circumstance the outlet sets the facts in (في أعقاب، خلال / amid, during), as phrase keys: the match keys of their words joined by one space. */
  readonly circumstance: ReadonlySet<string>;
}

export function loadVoiceCues(language: 'ar' | 'en', lemmatize: Lemmatize, dir = bundledLexiconDir()): VoiceCues {
  const file = join(dir, `voice.${language}.yaml`);
  const {data} = readYamlFile(file, voiceFileSchema, 'voice cue file');
  if (data.language !== language) throw new InputError(`${file}: declares language \`${data.language}\`, expected \`${language}\``, 'Fix the `language:` line.');

  const specs: {term: string; payload: Cue; verb?: boolean}[] = [];
  const add = (list: readonly string[], cue: Cue, verb = false): void => {
    for (const term of list) specs.push({term, payload: cue, verb});
  };
  const plain = (kind: CueKind): Cue => ({kind, stance: 'neutral', takes: 'clause'});
  // Reporting verbs and the participles that continue them are verbs: never read after ب / ك / ال (proclitics.ts).
  for (const group of data.reportingVerbs) add(group.terms, {kind: 'verb', stance: group.stance, takes: group.takes ?? 'clause', ...(group.blames ? {blames: true} : {})}, true);
  for (const group of data.continuations) add(group.terms, {kind: 'continuation', stance: group.stance, takes: 'clause'}, true);
  add(data.attributionPhrases, plain('attribution'));
  add(data.objectScopeEnds, plain('scopeEnd'));
  add(data.complementizers, plain('complementizer'));
  add(data.ownVoiceFormulas, plain('ownVoice'));
  add(data.distancingBefore, {kind: 'distancingBefore', stance: 'distancing', takes: 'clause'});
  add(data.distancingUnvoiced ?? [], {kind: 'distancingBefore', stance: 'distancing', takes: 'clause', unvoiced: true});
  add(data.distancingAfter, {kind: 'distancingAfter', stance: 'distancing', takes: 'clause'});
  add(data.distancingAfterUnvoiced ?? [], {kind: 'distancingAfter', stance: 'distancing', takes: 'clause', unvoiced: true});
  add(data.negators, plain('negator'));
  add(data.notNegation, plain('notNegation'));

  // English cues are compared by lemma (say → said); Arabic ones are listed conjugated.
  const inflect = language === 'en' ? 'noun' : 'fixed';
  const phrases = compilePhrases(
    specs.map((s) => ({term: s.term, payload: s.payload, inflect, gap: 0, verb: s.verb})),
    language,
    lemmatize,
  );
  const keySet = (list: readonly string[]): Set<string> => {
    const keys = new Set<string>();
    for (const term of list) for (const word of splitTermWords(term)) keys.add(matchKey(word));
    if (language === 'en') for (const lemma of lemmatize([...keys])) keys.add(lemma);
    return keys;
  };
  // A phrase of several words (في أعقاب، على خلفية) is one key, its words' match keys joined by a space.
  const phraseKeySet = (list: readonly string[]): Set<string> => new Set(list.map((term) => splitTermWords(term).map(matchKey).join(' ')));
  return {
    language,
    phrases,
    notSpeaker: keySet(data.notSpeaker),
    describingVerbs: keySet(data.describingVerbs),
    negation: {verbNegators: keySet(data.verbNegators ?? []), copulas: keySet(data.copulas ?? [])},
    informants: keySet(data.informants ?? []),
    evidence: keySet(data.evidence ?? []),
    accordance: keySet(data.accordance ?? []),
    reasons: keySet(data.reasons ?? []),
    circumstance: phraseKeySet(data.circumstance ?? []),
  };
}
