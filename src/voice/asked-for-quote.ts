import type {MatchToken} from '../lexicon/match.js';

/*
 * 'Dina Boluarte, asked the parties, their militants and the unions for
 * “reflection” and “dialogue”', 'was called by 18 congressmen for “human
 * rights violations”': a short quotation right after the "for" of a verb of
 * asking (ask, call, appeal, plead) is what was asked for, in the askers'
 * words, not the outlet's scare quote — though no verb the cues know reports
 * it. The ones asked may stand between, commas and all; a clause's end or a
 * word opening a new clause (who, which, when, after …) ends the search. Not
 * after the "for" of other verbs ('were arrested for “terrorism”', 'fired tear
 * gas for “security reasons”').
 */

/** Verbs of asking, by lemma. */
const ASKING = new Set(['ask', 'call', 'appeal', 'plead']);
/** How far before its "for" a verb of asking may stand, in words. */
const MAX_ASKED_WORDS = 10;
/** Words that open a clause of their own between the verb and the "for". */
const NEW_CLAUSE = new Set(['who', 'whom', 'which', 'that', 'when', 'while', 'after', 'before', 'because', 'as', 'but', 'since', 'until']);

/** Is the quotation whose first word is token `anchor` right after the "for" of a verb of asking? */
export function askedForBefore(tokens: readonly MatchToken[], body: string, anchor: number): boolean {
  if (anchor < 2 || tokens[anchor - 1]!.key !== 'for' || !/^[\s"“«]*$/u.test(body.slice(tokens[anchor - 1]!.end, tokens[anchor]!.start))) return false;
  for (let t = anchor - 2; t >= Math.max(0, anchor - 1 - MAX_ASKED_WORDS); t--) {
    if (/[.!?;:؟]/u.test(body.slice(tokens[t]!.end, tokens[t + 1]!.start))) return false;
    const token = tokens[t]!;
    if (ASKING.has(token.lemma ?? token.key)) return true;
    if (NEW_CLAUSE.has(token.key)) return false;
  }
  return false;
}
