import type {MessagePort} from 'node:worker_threads';
import type {EnglishTokens} from '../analyze.js';
import type {MatchToken} from '../lexicon/match.js';
import {englishTokens} from '../text/english.js';
import type {EnglishMessage} from './english-worker.js';

/*
 * The analysis thread's side of the English thread (english-worker.ts):
 * for each source, the English tokens made there, as analyzeSource's
 * `english` argument (any paragraph not among them is lemmatised here).
 */

export interface EnglishAhead {
  /** The sources that have English paragraphs. */
  readonly which: () => Promise<ReadonlySet<number>>;
  /** The English tokens for source `index` (after waiting for them when it has English). */
  readonly tokensFor: (index: number) => Promise<EnglishTokens>;
}

export function englishAhead(port: MessagePort): EnglishAhead {
  const arrived = new Map<number, ReadonlyMap<number, MatchToken[]>>();
  const waiting = new Map<number, () => void>();
  let which: ReadonlySet<number> | null = null;
  let failure: Error | null = null;
  let whichKnown: () => void = () => undefined;
  const whichReady = new Promise<void>((resolve) => (whichKnown = resolve));
  port.on('message', (message: EnglishMessage) => {
    if (message.type === 'which') {
      which = new Set(message.sources);
      whichKnown();
    } else if (message.type === 'tokens') {
      arrived.set(message.source, new Map(message.paragraphs));
      waiting.get(message.source)?.();
    } else {
      failure = new Error(`the English thread failed: ${message.message}`);
      whichKnown();
      for (const resume of waiting.values()) resume();
    }
  });
  const tokensFor = async (index: number): Promise<EnglishTokens> => {
    await whichReady;
    if (failure) throw failure;
    if (!which!.has(index)) return englishTokens;
    if (!arrived.has(index)) await new Promise<void>((resolve) => waiting.set(index, resolve));
    if (failure) throw failure;
    const byStart = arrived.get(index)!;
    arrived.delete(index);
    return (body, from, to) => byStart.get(from) ?? englishTokens(body, from, to);
  };
  const whichSources = async (): Promise<ReadonlySet<number>> => {
    await whichReady;
    if (failure) throw failure;
    return which!;
  };
  return {which: whichSources, tokensFor};
}
