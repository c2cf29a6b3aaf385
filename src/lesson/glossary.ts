import {isCounted} from '../compare/counted.js';
import type {Analysis, AnalyzedSource, Mention, Span} from '../types.js';
import {conceptName, poleName, type Lang} from './words.js';

/*
 * The words framelens uses, each in one plain sentence (Arabic or
 * English) with one example taken from the analysed texts — or a note
 * that these texts have none. Shared by the TUI help, the HTML report's
 * "How to read this page" and the worksheet.
 */

export interface GlossaryExample {
  readonly outlet: string;
  /** A few words of the source around the example, as written. */
  readonly context: string;
  /** The example's own words inside `context`. */
  readonly text: string;
  /** What the example shows, in the interface language. */
  readonly note: string;
}

export interface GlossaryEntry {
  readonly term: string;
  readonly plain: string;
  readonly example: GlossaryExample | null;
}

const DEFS: readonly {id: string; en: [string, string]; ar: [string, string]}[] = [
  {id: 'concept', en: ['concept', 'A question every report of the event answers, such as "who are the people in the streets?".'], ar: ['مفهوم', 'سؤال يجيب عنه كل خبر عن الحدث، مثل: «من هم الناس في الشوارع؟».']},
  {id: 'pole', en: ['pole', 'One side of a concept: the kind of answer a word gives, for example calling people "gangs" or calling them "protesters".'], ar: ['قطب', 'جهة من جهتي المفهوم: نوع الجواب الذي تعطيه الكلمة، كأن تسمّي الناس «عصابات» أو «محتجين».']},
  {id: 'own', en: ['own voice', 'The outlet says it itself, as the narrator, not inside a quotation or a report of what someone said.'], ar: ['صوت المصدر', 'يقول المصدر الكلام بنفسه بصفته راوياً، لا داخل اقتباس ولا نقلاً عن أحد.']},
  {id: 'quoted', en: ['quoted', 'The words are inside quotation marks: someone else said them and the outlet repeats them.'], ar: ['مقتبس', 'الكلمات بين علامتي تنصيص: قالها شخص آخر والمصدر يكررها.']},
  {id: 'attributed', en: ['attributed', 'The outlet reports what someone said, without quotation marks ("the police said that …").'], ar: ['منسوب', 'ينقل المصدر ما قاله غيره دون علامات تنصيص («قالت الشرطة إن …»).']},
  {id: 'distanced', en: ['distanced', 'The text shows the word is not its own, with scare quotes or "so-called", "what he called".'], ar: ['متحفَّظ عليه', 'يُظهر النص أن الكلمة ليست كلمته، بعلامات تنصيص أو بعبارة مثل «ما يسمى» أو «ما وصفه بـ».']},
  {id: 'negated', en: ['negated', 'The word is denied ("they are not protesters"), so it is not counted for its side.'], ar: ['منفي', 'الكلمة منفية («ليسوا محتجين»)، فلا تُحسب لجهتها.']},
  {id: 'lean', en: ['lean and n', 'Lean: which side an outlet\'s own words pull to, from −1 (first pole) to +1 (second pole); n: how many of its own words the lean rests on — a lean with n=1 is weak evidence.'], ar: ['الميل و n', 'الميل: إلى أي جهة تميل كلمات المصدر نفسه، من −1 (القطب الأول) إلى +1 (القطب الثاني)؛ و n: عدد كلماته التي بُني عليها الميل — ميل بـ n=1 دليل ضعيف.']},
  {id: 'euphemism', en: ['euphemism', 'A soft word for something harsh, such as "eliminated" for "killed".'], ar: ['تلطيف', 'كلمة ناعمة لشيء قاسٍ، مثل «القضاء على» بدل «قتل».']},
  {id: 'passage', en: ['shared passage', 'Wording two outlets have in common, usually copied from the same news agency report or statement; small changes in it can be telling.'], ar: ['مقطع مشترك', 'كلام مشترك بين مصدرين، منقول عادة من خبر الوكالة نفسه أو البيان نفسه؛ والتغييرات الصغيرة فيه قد تكون لافتة.']},
];

function around(body: string, span: Span, words = 5): string {
  let start = span.start;
  let end = span.end;
  for (let n = 0; n < words && start > 0; n++) {
    start--;
    while (start > 0 && /\S/u.test(body[start - 1]!)) start--;
  }
  for (let n = 0; n < words && end < body.length; n++) {
    end++;
    while (end < body.length && /\S/u.test(body[end]!)) end++;
  }
  const cut = body.slice(start, end);
  const line = cut.split('\n');
  // Stay on the example's own line.
  let at = 0;
  for (const l of line) {
    if (start + at <= span.start && span.end <= start + at + l.length) return l.trim();
    at += l.length + 1;
  }
  return cut.replace(/\s+/gu, ' ').trim();
}

export function buildGlossary(a: Analysis, lang: Lang = 'en'): GlossaryEntry[] {
  const src = (id: string): AnalyzedSource => a.sources.find((s) => s.id === id)!;
  const outlet = (s: AnalyzedSource): string => s.outlet ?? s.id;
  const fromMention = (m: Mention | undefined, note: (m: Mention) => string): GlossaryExample | null => {
    if (!m) return null;
    const s = src(m.source);
    return {outlet: outlet(s), context: around(s.body, m), text: m.text, note: note(m)};
  };
  const counted = a.mentions.filter(isCounted);
  const own = counted.find((m) => m.voice === 'outlet' && !m.distanced);
  const examples: Record<string, GlossaryExample | null> = {
    concept: fromMention(counted[0], (m) => (lang === 'ar' ? `كلمة في مفهوم ${conceptName(m.concept, lang)}` : `a word for the concept "${m.concept}"`)),
    pole: fromMention(counted.find((m) => a.concepts.find((c) => c.id === m.concept)?.poles[0] === m.pole) ?? counted[0], (m) => (lang === 'ar' ? `القطب: ${poleName(m.pole, lang)}` : `pole: ${m.pole}`)),
    own: fromMention(own, () => (lang === 'ar' ? 'بكلمات المصدر نفسه' : "in the outlet's own voice")),
    quoted: fromMention(counted.find((m) => m.voice === 'quoted'), (m) => (m.speaker ? (lang === 'ar' ? `يقولها: ${m.speaker}` : `said by: ${m.speaker}`) : lang === 'ar' ? 'بين علامتي تنصيص' : 'inside quotation marks')),
    attributed: fromMention(counted.find((m) => m.voice === 'attributed'), (m) => (m.speaker ? (lang === 'ar' ? `منسوبة إلى: ${m.speaker}` : `reported from: ${m.speaker}`) : lang === 'ar' ? 'كلام منقول' : 'reported speech')),
    distanced: fromMention(a.mentions.find((m) => m.distanced && m.furniture == null), () => (lang === 'ar' ? 'النص يتحفّظ على الكلمة' : 'the text keeps its distance from the word')),
    negated: fromMention(a.mentions.find((m) => m.negated), () => (lang === 'ar' ? 'الكلمة منفية' : 'the word is denied')),
    euphemism: fromMention(counted.find((m) => m.pole === 'euphemistic'), () => (lang === 'ar' ? 'تلطيف' : 'a softened word')),
    lean: leanExample(a, lang, outlet, src),
    passage: passageExample(a, lang, outlet, src),
  };
  return DEFS.map((d) => ({term: d[lang][0], plain: d[lang][1], example: examples[d.id] ?? null}));
}

function leanExample(a: Analysis, lang: Lang, outlet: (s: AnalyzedSource) => string, src: (id: string) => AnalyzedSource): GlossaryExample | null {
  const cell = [...a.matrix].filter((c) => c.lean !== null).sort((x, y) => y.evidence - x.evidence)[0];
  if (!cell) return null;
  const lean = `${cell.lean! > 0 ? '+' : cell.lean! < 0 ? '−' : '±'}${Math.abs(cell.lean!).toFixed(2)}`;
  const term = cell.ownVoiceTerms[0];
  return {
    outlet: outlet(src(cell.source)),
    context: term?.forms[0] ?? '',
    text: term?.forms[0] ?? '',
    // The concept's Arabic name: a Latin id first would make the note a left-to-right line inside the Arabic table.
    note: lang === 'ar' ? `${conceptName(cell.concept, lang)}: الميل ${lean}، n=${cell.evidence}` : `${cell.concept}: lean ${lean}, n=${cell.evidence}`,
  };
}

function passageExample(a: Analysis, lang: Lang, outlet: (s: AnalyzedSource) => string, src: (id: string) => AnalyzedSource): GlossaryExample | null {
  const p = a.passages[0];
  if (!p) return null;
  const s = src(p.a.source);
  const words = s.body.slice(p.a.start, p.a.end).split(/\s+/u);
  const text = words.slice(0, 12).join(' ') + (words.length > 12 ? ' …' : '');
  const other = outlet(src(p.b.source));
  return {outlet: outlet(s), context: text, text, note: lang === 'ar' ? `يشترك فيه مع ${other}` : `shared with ${other}`};
}
