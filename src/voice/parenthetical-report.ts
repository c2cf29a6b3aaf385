import type {RawMatch} from '../lexicon/match.js';
import type {Cue} from './cues.js';
import type {SentenceView} from './sentence-view.js';

// "يواصل المئات من العرب الاحوازيين … تظاهراتهم (وهو اقليم يرى سكانه انه محتل من قبل إيران … ويعانون من عنصرية)
// وذلك احتجاجا على محاولات الدولة الإيرانية لطمس الهوية العربية للإقليم": a report whose verb stands inside
// parentheses is an aside; what it reports ends at the closing parenthesis, and the sentence goes on in the
// narrator's voice after it.

/**
 * Where a report whose cue stands inside an open parenthesis of its sentence ends: at the closing parenthesis after
 * the cue, or the sentence's end when there is none (or the cue is not inside one).
 */
export function parentheticalEnd(view: SentenceView, cue: RawMatch<Cue>): number {
  const {body, sentence} = view;
  const open = body.lastIndexOf('(', cue.start);
  if (open < sentence.start) return sentence.end;
  const closedBefore = body.indexOf(')', open);
  if (closedBefore >= 0 && closedBefore < cue.start) return sentence.end;
  const close = body.indexOf(')', cue.end);
  return close >= 0 && close < sentence.end ? close : sentence.end;
}
