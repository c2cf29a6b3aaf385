import type {MatchToken, RawMatch} from '../lexicon/match.js';
import type {Cue, VoiceCues} from './cues.js';

/*
 * "The massive unauthorized crowds gathered despite local officials’
 * attempts to discourage people from taking to the streets, citing the
 * COVID-19 pandemic and an alleged averted terrorist threat.": "citing"
 * before a reason (a pandemic, concerns, a threat) gives why someone acted,
 * not who told it; it names no speaker and attributes nothing. "…, Reuters
 * reported, citing witnesses", "citing security sources", "citing a police
 * statement" still cite a source. Which words are reasons is data: the
 * `reasons` list of lexicons/voice.en.yaml; sources are its informants and
 * evidence.
 */

/** How many words after "citing" its object's head noun may stand. */
const MAX_CITED_WORDS = 8;

/** Words that go on an English noun phrase without being its head ("the pandemic and …", "concerns over …"). */
const AFTER_HEAD = new Set(['and', 'or', 'of', 'over', 'about', 'in', 'on', 'for', 'to', 'at', 'with', 'by', 'from', 'that', 'which', 'as']);

/**
 * Does this attribution cue, an English "citing", cite a reason rather than a source: among the words after it
 * (up to a mark), a head noun that is a reason before any that is a source? A word that goes on into a compound
 * ("security sources", "health concerns") is no head.
 */
export function citesReason(m: RawMatch<Cue>, tokens: readonly MatchToken[], body: string, cues: VoiceCues): boolean {
  if (cues.language !== 'en' || m.payload.kind !== 'attribution' || m.first !== m.last || tokens[m.first]!.key !== 'citing') return false;
  for (let t = m.last + 1; t < tokens.length && t - m.last <= MAX_CITED_WORDS; t++) {
    const token = tokens[t]!;
    if (/[,.;:!?()"“”]/u.test(body.slice(tokens[t - 1]!.end, token.start))) return false;
    const next = tokens[t + 1];
    const goesOn = next !== undefined && /^\s+$/u.test(body.slice(token.end, next.start)) && /^\p{L}/u.test(next.text) && !AFTER_HEAD.has(next.key);
    if (goesOn) continue;
    const key = token.key;
    const lemma = token.lemma ?? key;
    if (cues.informants.has(key) || cues.evidence.has(key) || cues.informants.has(lemma)) return false;
    if (cues.reasons.has(key) || cues.reasons.has(lemma)) return true;
  }
  return false;
}
