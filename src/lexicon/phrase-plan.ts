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
  /** By index, a pattern's number (one per pattern, whichever lists hold it: the matcher marks by it where it was tried); -1 for terms. */
  readonly slotIds: Int32Array;
}

const PLANS = new WeakMap<readonly Phrase<unknown>[], PhrasePlan>();
const SLOT_IDS = new WeakMap<Phrase<unknown>, number>();
let slotPatterns = 0;

/** How many patterns have been numbered so far (their numbers are 0 up to this). */
export function slotPatternCount(): number {
  return slotPatterns;
}

function slotIdOf(phrase: Phrase<unknown>): number {
  let id = SLOT_IDS.get(phrase);
  if (id === undefined) SLOT_IDS.set(phrase, (id = slotPatterns++));
  return id;
}

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
  const slotIds = Int32Array.from(list, (p) => (p.slots ? slotIdOf(p) : -1));
  return {always, bySecond: bySecond.size > 0 ? bySecond : null, gaps: list.map((p) => p.gap), maxGap, slotIds};
}
