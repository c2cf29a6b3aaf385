import type {Phrase} from './compile.js';

/**
 * The phrases one word pattern begins, indexed for the matcher by their
 * second word: at a token, only the phrases whose second word a following
 * token realises are tried, not every phrase the first word begins.
 * Indexes point into the phrase list, so the matcher keeps its order.
 */
export interface PhrasePlan {
  /** Phrases tried whatever follows: one-word terms and patterns (slots), as indexes into the list. */
  readonly always: readonly number[];
  /** Multi-word terms by the pattern id of their second word; null when the list has none. */
  readonly bySecond: ReadonlyMap<number, readonly number[]> | null;
  /** Each phrase's gap (how many words may stand between two of its words), by index. */
  readonly gaps: readonly number[];
  /** The largest gap of a multi-word term in the list. */
  readonly maxGap: number;
}

const PLANS = new WeakMap<readonly Phrase<unknown>[], PhrasePlan>();

/** The plan of a phrase list, made once per list (lists are the compiled lexicon's own, kept for the process). */
export function phrasePlan(list: readonly Phrase<unknown>[]): PhrasePlan {
  let plan = PLANS.get(list);
  if (plan === undefined) {
    plan = makePlan(list);
    PLANS.set(list, plan);
  }
  return plan;
}

function makePlan(list: readonly Phrase<unknown>[]): PhrasePlan {
  const always: number[] = [];
  const bySecond = new Map<number, number[]>();
  let maxGap = 0;
  list.forEach((phrase, index) => {
    if (phrase.slots || phrase.words.length < 2) {
      always.push(index);
      return;
    }
    const second = phrase.words[1]!;
    const indexes = bySecond.get(second) ?? [];
    indexes.push(index);
    bySecond.set(second, indexes);
    if (phrase.gap > maxGap) maxGap = phrase.gap;
  });
  return {always, bySecond: bySecond.size > 0 ? bySecond : null, gaps: list.map((p) => p.gap), maxGap};
}
