import type {RawMatch} from '../lexicon/match.js';
import type {Cue} from './cues.js';
import type {SentenceView} from './sentence-view.js';

// "يواصل المئات من العرب الاحوازيين … تظاهراتهم (وهو اقليم يرى سكانه انه محتل من قبل إيران … ويعانون من عنصرية)
// وذلك احتجاجا على محاولات الدولة الإيرانية لطمس الهوية العربية للإقليم": a report whose verb stands inside
// parentheses is an aside; what it reports ends at the closing parenthesis, and the sentence goes on in the
// narrator's voice after it.

/** The offsets of a sentence's opening and closing parentheses, in order (empty for most sentences). */
interface Parentheses {
  opens: readonly number[];
  closes: readonly number[];
}

const NONE: Parentheses = {opens: [], closes: []};
const PARENTHESES = new WeakMap<SentenceView, Parentheses>();

/** The sentence's parentheses, found by one scan of it and kept for its other cues (a sentence may hold thousands). */
function parenthesesOf(view: SentenceView): Parentheses {
  let found = PARENTHESES.get(view);
  if (found) return found;
  const {body, sentence} = view;
  const opens: number[] = [];
  const closes: number[] = [];
  // Read within the sentence only (indexOf would run on through the body to the next mark).
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x28) opens.push(i);
    else if (c === 0x29) closes.push(i);
  }
  found = opens.length > 0 ? {opens, closes} : NONE;
  PARENTHESES.set(view, found);
  return found;
}

/** The index of the first offset in `sorted` at or after `from` (sorted.length when none). */
function firstAtOrAfter(sorted: readonly number[], from: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < from) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Where a report whose cue stands inside an open parenthesis of its sentence ends: at the closing parenthesis after
 * the cue, or the sentence's end when there is none (or the cue is not inside one).
 */
export function parentheticalEnd(view: SentenceView, cue: RawMatch<Cue>): number {
  const {opens, closes} = parenthesesOf(view);
  const before = firstAtOrAfter(opens, cue.start + 1) - 1;
  if (before < 0) return view.sentence.end;
  const open = opens[before]!;
  // Closed again before the cue: the cue is outside it.
  const firstClose = firstAtOrAfter(closes, open);
  if (firstClose < closes.length && closes[firstClose]! < cue.start) return view.sentence.end;
  const close = firstAtOrAfter(closes, cue.end);
  return close < closes.length ? closes[close]! : view.sentence.end;
}
