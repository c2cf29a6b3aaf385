import {parentPort, type MessagePort} from 'node:worker_threads';
import {viewParagraphs} from '../corpus/language.js';
import type {MatchToken} from '../lexicon/match.js';
import {englishTokens} from '../text/english.js';

/*
 * The terminal UI's English thread (see analysis-thread.ts): finds the
 * English paragraphs of the corpus as analyzeSource finds them, and only
 * when there is one loads the English model (a third of a second of JSON
 * parsing) and lemmatises them, while the analysis thread loads its
 * lexicon and reads the Arabic. It answers on the port it is given: first
 * which sources have English, then each one's tokens by paragraph start.
 */

export type EnglishMessage =
  | {readonly type: 'which'; readonly sources: readonly number[]}
  | {readonly type: 'tokens'; readonly source: number; readonly paragraphs: readonly (readonly [number, MatchToken[]])[]}
  | {readonly type: 'error'; readonly message: string};

parentPort!.once('message', ({bodies, port}: {bodies: readonly string[]; port: MessagePort}) => {
  try {
    const found = bodies.map((body) => {
      const {view, paragraphs} = viewParagraphs(body);
      return {view, english: paragraphs.filter((p) => p.language === 'en')};
    });
    const sources = found.flatMap((f, i) => (f.english.length > 0 ? [i] : []));
    port.postMessage({type: 'which', sources} satisfies EnglishMessage);
    for (const i of sources) {
      const {view, english} = found[i]!;
      port.postMessage({type: 'tokens', source: i, paragraphs: english.map((p) => [p.start, englishTokens(view, p.start, p.end)] as const)} satisfies EnglishMessage);
    }
  } catch (error) {
    port.postMessage({type: 'error', message: (error as Error)?.message ?? String(error)} satisfies EnglishMessage);
  }
  port.close();
});
