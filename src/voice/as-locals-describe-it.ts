import type {MatchToken} from '../lexicon/match.js';

/*
 * 'المعروف بعملياته المارقة أو “التشبيحية” كما يصفها الأهالي' (SY24,
 * al-Sanamayn 2020), 'أو "ليبيا الحرة"، كما يسميها السكان، الى سجن'
 * (Elaph, Libya 2011): a short quotation followed by كما and a verb of
 * describing or naming with its object pronoun (يصفها، يسميه، تصفهم،
 * يصفونه، وصفته، سماها …) and its subject is that subject's label, "as the
 * locals call it": their words, not the outlet's scare quote. The
 * subject ends the clause (up to three words, then a mark or the text's
 * end; none when the verb's own ending names them, يصفونها); a word of بـ in it (بالخائن، بأنه) means كما is "also" and the verb
 * gives a label of its own. كما before another verb ('"تدمر طرابلس تحت
 * القنابل"، كما وجه اتهامات لواشنطن') goes on with the narrative.
 */

/** كما itself, or with و. */
const AS = /^و?كما$/u;

/** A verb of describing or naming with its object pronoun, present or past, as match keys (normalize.ts): يصفها، تسميه، يصفونهم، وصفته، سماها، سموه. */
const DESCRIBES_IT = /^(?:[يت](?:صف|سمي)(?:ه|ها|هم|هما|ونه|ونها|ونهم)|وصف(?:ه|ها|هم|ته|تها|تهم|وه|وها|وهم)|سما(?:ه|ها|هم)|سمت(?:ه|ها|هم)|سمو(?:ه|ها|هم))$/u;

/** How many words the subject after the verb may have. */
const MAX_SUBJECT_WORDS = 3;

/** Marks that end the subject's clause. */
const CLAUSE_END = /[.!?؟،,:;؛)]/u;

/** A word of بـ that describes (بـ، بالمخربين، بأنه): كما is then "also" and the verb gives a label of its own. */
const BA_WORD = /^ب(?:$|ال|ان)/u;

/** What may stand between the quotation's last word and كما: its closing mark, spaces and a comma. */
const BETWEEN = /^[\s"“”«»',،]*$/u;

/**
 * Is token `last` (a quotation's last word) followed, with at most its closing mark and a comma between, by كما, a
 * verb of describing or naming, present or past, with its object pronoun, and a subject of up to three words (none of
 * them a بـ word; none at all when the verb's ending names them) that ends its clause?
 */
export function describedAfterQuote(tokens: readonly MatchToken[], body: string, last: number): boolean {
  const as = last + 1;
  const verb = last + 2;
  if (verb >= tokens.length || !AS.test(tokens[as]!.key) || !DESCRIBES_IT.test(tokens[verb]!.key)) return false;
  if (!BETWEEN.test(body.slice(tokens[last]!.end, tokens[as]!.start)) || !/^\s+$/u.test(body.slice(tokens[as]!.end, tokens[verb]!.start))) return false;
  for (let t = verb; t < tokens.length && t - verb <= MAX_SUBJECT_WORDS; t++) {
    if (t > verb && BA_WORD.test(tokens[t]!.key)) return false;
    const next = tokens[t + 1];
    if (next === undefined || CLAUSE_END.test(body.slice(tokens[t]!.end, next.start))) return true;
  }
  return false;
}
