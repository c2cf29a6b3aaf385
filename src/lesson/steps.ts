import {isCounted} from '../compare/counted.js';
import {editedMemberPassages} from '../compare/group-passages.js';
import {claimValue} from '../text-report/text-report.js';
import type {Analysis, AnalyzedSource, Claim, Mention, Span} from '../types.js';
import {conceptQuestion, measureName, poleName, voiceName, type Lang} from './words.js';

/*
 * A lesson built from one analysis: steps that each show sentences side
 * by side and ask a question, then give the answer with its evidence. The
 * same steps feed the terminal UI's Lesson screen and the printed
 * worksheet. Nothing is written for a particular corpus: a concept on
 * which the outlets cannot be contrasted is skipped, with the reason.
 *
 * Steps, in order: the concepts on which the outlets' own words differ
 * most (match the word to the outlet); the figures that disagree most
 * (whose is higher, and who gives it); a shared passage in which one
 * outlet changed a word (spot it); who is speaking in a sentence with a
 * framing word (underline the speaker).
 */

export type StepKind = 'label' | 'figure' | 'changed-word' | 'speaker';

/** A sentence (or part of one) of a source, with the words the step is about. */
export interface Excerpt {
  readonly source: string;
  /** The outlet's name as the views show it ("Outlet A" in a blind reading). */
  readonly outlet: string;
  readonly span: Span;
  readonly text: string;
  /** Spans (offsets into the source's body) to mark in the answer. */
  readonly marks: readonly Span[];
}

export interface LessonStep {
  readonly kind: StepKind;
  readonly title: string;
  readonly question: string;
  /** Shown with the question, without the analysis. */
  readonly excerpts: readonly Excerpt[];
  /** For matching: the words or figures to match to the excerpts' outlets, in a mixed order. */
  readonly choices: readonly string[];
  readonly answer: readonly string[];
}

export interface Lesson {
  readonly lang: Lang;
  readonly steps: readonly LessonStep[];
  /** Concepts (or step kinds) the corpus gave nothing to contrast on, and why. */
  readonly skipped: readonly {readonly topic: string; readonly why: string}[];
}

export interface LessonOptions {
  readonly lang?: Lang;
  /** At most this many steps of each kind. */
  readonly perKind?: Partial<Record<StepKind, number>>;
  /** Excerpts longer than this many characters are cut around their marks. */
  readonly maxExcerpt?: number;
}

const DEFAULT_PER_KIND: Record<StepKind, number> = {label: 3, figure: 2, 'changed-word': 1, speaker: 2};

export function buildLesson(a: Analysis, options: LessonOptions = {}): Lesson {
  const lang = options.lang ?? 'en';
  const per = {...DEFAULT_PER_KIND, ...options.perKind};
  const ctx: Ctx = {a, lang, max: options.maxExcerpt ?? 320};
  const skipped: {topic: string; why: string}[] = [];
  const labels = labelSteps(ctx, skipped).slice(0, per.label);
  const figures = figureSteps(ctx).slice(0, per.figure);
  if (figures.length === 0) skipped.push({topic: say(lang, 'numbers', 'الأرقام'), why: say(lang, 'no count (killed, injured, arrested) is given by two outlets with different figures', 'لا يوجد عدد (قتلى، جرحى، معتقلون) يذكره مصدران بأرقام مختلفة')});
  const changed = changedWordSteps(ctx).slice(0, per['changed-word']);
  if (changed.length === 0) skipped.push({topic: say(lang, 'shared passages', 'المقاطع المشتركة'), why: say(lang, 'no two outlets share a passage in which a word was changed', 'لا يشترك مصدران في مقطع تغيّرت فيه كلمة')});
  const speakers = speakerSteps(ctx).slice(0, per.speaker);
  if (speakers.length === 0) skipped.push({topic: say(lang, 'who speaks', 'من يتكلم'), why: say(lang, 'no framing word is quoted or attributed to a named speaker', 'لا توجد كلمة تأطير منسوبة إلى متحدث معروف')});
  return {lang, steps: [...labels, ...figures, ...changed, ...speakers], skipped};
}

interface Ctx {
  readonly a: Analysis;
  readonly lang: Lang;
  readonly max: number;
}

const say = (lang: Lang, en: string, ar: string): string => (lang === 'ar' ? ar : en);
const quote = (lang: Lang, text: string): string => (lang === 'ar' ? `«${text}»` : `“${text}”`);

function sourceOf(a: Analysis, id: string): AnalyzedSource {
  return a.sources.find((s) => s.id === id)!;
}

function outletOf(ctx: Ctx, s: AnalyzedSource): string {
  return s.outlet ?? s.id;
}

/** The sentence around `marks`, cut to `max` characters around them at word boundaries. */
export function excerptOf(ctx: Ctx, source: AnalyzedSource, sentenceIndex: number, marks: readonly Span[]): Excerpt {
  const sentence = source.sentences[sentenceIndex] ?? {start: marks[0]!.start, end: marks[marks.length - 1]!.end};
  let start = sentence.start;
  let end = sentence.end;
  if (end - start > ctx.max && marks.length > 0) {
    const first = Math.min(...marks.map((m) => m.start));
    const last = Math.max(...marks.map((m) => m.end));
    const room = Math.max(0, ctx.max - (last - first));
    start = Math.max(sentence.start, first - Math.floor(room / 2));
    end = Math.min(sentence.end, Math.max(last, start + ctx.max));
    while (start > sentence.start && /\S/u.test(source.body[start - 1]!)) start--;
    while (end < sentence.end && /\S/u.test(source.body[end]!)) end++;
  }
  const text = `${start > sentence.start ? '… ' : ''}${source.body.slice(start, end).trim()}${end < sentence.end ? ' …' : ''}`;
  return {source: source.id, outlet: outletOf(ctx, source), span: {start, end}, text, marks};
}

/** Own-voice, counted mentions of a cell's source on a pole. */
function ownMentions(a: Analysis, source: string, concept: string, pole: string): Mention[] {
  return a.mentions.filter((m) => m.source === source && m.concept === concept && m.pole === pole && m.voice === 'outlet' && isCounted(m) && !m.distanced);
}

/** Same referent, different label: the pair of outlets whose own-voice leans on a concept lie furthest apart. */
function labelSteps(ctx: Ctx, skipped: {topic: string; why: string}[]): LessonStep[] {
  const {a, lang} = ctx;
  const found: {spread: number; step: LessonStep}[] = [];
  for (const concept of a.concepts) {
    const topic = conceptQuestion(concept, lang);
    const cells = a.matrix.filter((c) => c.concept === concept.id && c.lean !== null);
    if (cells.length < 2) {
      skipped.push({topic, why: cells.length === 0 ? say(lang, 'no outlet uses its own words for it', 'لا يصفه أي مصدر بكلماته هو') : say(lang, 'only one outlet uses its own words for it', 'مصدر واحد فقط يصفه بكلماته هو')});
      continue;
    }
    const sorted = [...cells].sort((x, y) => x.lean! - y.lean!);
    const low = sorted[0]!;
    const high = sorted[sorted.length - 1]!;
    const lowTerm = low.ownVoiceTerms[0];
    const highTerm = high.ownVoiceTerms.find((t) => t.pole !== lowTerm?.pole) ?? high.ownVoiceTerms[0];
    if (!lowTerm || !highTerm || (lowTerm.pole === highTerm.pole && lowTerm.label === highTerm.label)) {
      skipped.push({topic, why: say(lang, 'every outlet that speaks of it in its own voice uses the same words', 'كل المصادر التي تصفه بكلماتها تستخدم الكلمات نفسها')});
      continue;
    }
    const pick = (cell: typeof low, term: typeof lowTerm): Excerpt | null => {
      const m = ownMentions(a, cell.source, concept.id, term.pole).find((x) => x.label === term.label);
      return m ? excerptOf(ctx, sourceOf(a, cell.source), m.sentence, [m]) : null;
    };
    const left = pick(low, lowTerm);
    const right = pick(high, highTerm);
    if (!left || !right) continue;
    // In Arabic, the lexicon's Arabic gloss where it gives one; else the pole's name alone.
    const glossAr = (label: string): string => {
      const g = a.lexicon.find((e) => e.id === label)?.glossAr;
      return g ? `${g}، ` : '';
    };
    const lowName = outletOf(ctx, sourceOf(a, low.source));
    const highName = outletOf(ctx, sourceOf(a, high.source));
    const wordLow = lowTerm.forms[0] ?? lowTerm.gloss;
    const wordHigh = highTerm.forms[0] ?? highTerm.gloss;
    const step: LessonStep = {
      kind: 'label',
      title: topic,
      question: say(
        lang,
        `Both extracts answer the same question. Which outlet uses ${quote(lang, wordLow)} and which ${quote(lang, wordHigh)}, in its own words? What does each word make the reader think?`,
        `يجيب المقتطفان عن السؤال نفسه. أيّ المصدرين يستخدم ${quote(lang, wordLow)} وأيّهما ${quote(lang, wordHigh)} بكلماته هو؟ بماذا توحي كل كلمة للقارئ؟`,
      ),
      excerpts: [left, right],
      choices: [wordHigh, wordLow],
      answer: [
        say(lang, `${lowName}: ${quote(lang, wordLow)} (“${lowTerm.gloss}”, ${poleName(lowTerm.pole, lang, true)}), ${voiceName('outlet', lang)}.`, `${lowName}: ${quote(lang, wordLow)} (${glossAr(lowTerm.label)}${poleName(lowTerm.pole, lang)})، ${voiceName('outlet', lang)}.`),
        say(lang, `${highName}: ${quote(lang, wordHigh)} (“${highTerm.gloss}”, ${poleName(highTerm.pole, lang, true)}), ${voiceName('outlet', lang)}.`, `${highName}: ${quote(lang, wordHigh)} (${glossAr(highTerm.label)}${poleName(highTerm.pole, lang)})، ${voiceName('outlet', lang)}.`),
      ],
    };
    found.push({spread: high.lean! - low.lean!, step});
  }
  return found.sort((x, y) => y.spread - x.spread).map((f) => f.step);
}

/** Figures that disagree: the claims-table row whose exact figures lie furthest apart. */
function figureSteps(ctx: Ctx): LessonStep[] {
  const {a, lang} = ctx;
  const found: {ratio: number; step: LessonStep}[] = [];
  for (const row of a.claimsTable) {
    const best: Claim[] = [];
    for (const [source, indexes] of Object.entries(row.cells)) {
      const claims = indexes.map((i) => a.claims[i]!).filter((c) => c.value !== null);
      if (claims.length === 0 || !a.sources.some((s) => s.id === source)) continue;
      // The first figure a source gives for the measure is the one it leads with.
      best.push(claims[0]!);
    }
    if (best.length < 2) continue;
    best.sort((x, y) => x.value! - y.value!);
    const low = best[0]!;
    const high = best[best.length - 1]!;
    if (low.value === high.value || low.value! <= 0) continue;
    const what = measureName(row.measure, row.group, lang);
    const line = (c: Claim): string => {
      const name = outletOf(ctx, sourceOf(a, c.source));
      const who = c.voice === 'outlet' ? voiceName('outlet', lang) : `${voiceName(c.voice, lang)}${c.speaker ? ` — ${c.speaker}` : ''}`;
      return `${name}: ${claimValue(c)} (${who}) ${quote(lang, c.text)}`;
    };
    found.push({
      ratio: high.value! / low.value!,
      step: {
        kind: 'figure',
        title: say(lang, `How many? ${what}`, `كم العدد؟ ${what}`),
        question: say(lang, `Both sentences count ${what}. Whose figure is higher? Does the outlet give it in its own words, or does someone it quotes give it?`, `الجملتان تعدّان ${what}. أيّ الرقمين أعلى؟ هل يذكره المصدر بكلماته أم ينقله عن غيره؟`),
        excerpts: [excerptOf(ctx, sourceOf(a, low.source), low.sentence, [low]), excerptOf(ctx, sourceOf(a, high.source), high.sentence, [high])],
        choices: [],
        answer: [line(high), line(low)],
      },
    });
  }
  return found.sort((x, y) => y.ratio - x.ratio).map((f) => f.step);
}

/**
 * A shared passage in which one outlet changed a word: wording changes on
 * framing terms first. A story many outlets carry counts too: each edited
 * copy against the wording most of them use.
 */
function changedWordSteps(ctx: Ctx): LessonStep[] {
  const {a, lang} = ctx;
  const candidates: {score: number; step: LessonStep}[] = [];
  for (const p of [...a.passages, ...editedMemberPassages(a.passageGroups)]) {
    const sa = sourceOf(a, p.a.source);
    const sb = sourceOf(a, p.b.source);
    // A word (or two) replaced by another: something a reader can spot, not a reshuffled sentence.
    const plainWords = (body: string, span: Span | null): boolean => span !== null && /^[\p{L}\p{M}\p{N}]+(?:\s[\p{L}\p{M}\p{N}]+){0,2}$/u.test(body.slice(span.start, span.end));
    const spot = p.edits.filter((e) => (e.kind === 'wording' || e.kind === 'number') && plainWords(sa.body, e.a) && plainWords(sb.body, e.b));
    const edit = spot.find((e) => e.term) ?? spot.find((e) => e.kind === 'wording') ?? spot[0];
    if (!edit || !edit.a || !edit.b) continue;
    const sentenceAt = (s: AnalyzedSource, at: number): number => s.sentences.findIndex((x) => x.start <= at && at < x.end);
    const ea = excerptOf(ctx, sa, sentenceAt(sa, edit.a.start), [edit.a]);
    const eb = excerptOf(ctx, sb, sentenceAt(sb, edit.b.start), [edit.b]);
    const wa = sa.body.slice(edit.a.start, edit.a.end);
    const wb = sb.body.slice(edit.b.start, edit.b.end);
    candidates.push({
      score: (edit.term ? 2 : 0) + (edit.kind === 'wording' ? 1 : 0) + p.similarity,
      step: {
        kind: 'changed-word',
        title: say(lang, 'Spot the changed word', 'ابحث عن الكلمة التي تغيّرت'),
        question: say(lang, 'These sentences come from the same text (a news agency report or the same statement), but one outlet changed something. Find the change. Why might it have been made?', 'هاتان الجملتان من النص نفسه (خبر وكالة أو البيان نفسه)، لكن أحد المصدرين غيّر شيئاً. ابحث عن التغيير. لماذا قد يكون تغيّر؟'),
        excerpts: [ea, eb],
        choices: [],
        answer: [
          say(lang, `${ea.outlet} wrote ${quote(lang, wa)}; ${eb.outlet} wrote ${quote(lang, wb)}${edit.term ? ' — a framing word' : ''}.`, `كتب ${ea.outlet} ${quote(lang, wa)}، وكتب ${eb.outlet} ${quote(lang, wb)}${edit.term ? ' — كلمة تأطير' : ''}.`),
        ],
      },
    });
  }
  return candidates.sort((x, y) => y.score - x.score).map((c) => c.step);
}

/** Who is speaking: a framing word someone else says, with a named speaker; one per outlet. */
function speakerSteps(ctx: Ctx): LessonStep[] {
  const {a, lang} = ctx;
  const steps: LessonStep[] = [];
  const used = new Set<string>();
  const sorted = [...a.mentions].filter((m) => m.voice !== 'outlet' && m.speaker && isCounted(m)).sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  for (const m of sorted) {
    if (used.has(m.source)) continue;
    used.add(m.source);
    const s = sourceOf(a, m.source);
    const sentence = s.sentences[m.sentence];
    const at = sentence ? s.body.slice(sentence.start, sentence.end).indexOf(m.speaker!) : -1;
    const marks: Span[] = at >= 0 ? [{start: sentence!.start + at, end: sentence!.start + at + m.speaker!.length}, m].sort((x, y) => x.start - y.start) : [m];
    const excerpt = excerptOf(ctx, s, m.sentence, marks);
    steps.push({
      kind: 'speaker',
      title: say(lang, 'Who is speaking?', 'من المتكلم؟'),
      question: say(lang, `Underline who is speaking. Is ${quote(lang, m.text)} the outlet's own word, or someone else's?`, `ضع خطاً تحت المتكلم. هل ${quote(lang, m.text)} كلمة المصدر نفسه أم كلمة غيره؟`),
      excerpts: [excerpt],
      choices: [],
      answer: [
        say(lang, `${m.speaker} — ${quote(lang, m.text)} is ${voiceName(m.voice, lang)}${m.cue && /\p{L}/u.test(m.cue) ? ` (reporting word ${quote(lang, m.cue)})` : ''}, not ${excerpt.outlet}'s own word.`, `${m.speaker} — ${quote(lang, m.text)} ${voiceName(m.voice, lang)}${m.cue && /\p{L}/u.test(m.cue) ? ` (فعل النقل ${quote(lang, m.cue)})` : ''}، وليست كلمة ${excerpt.outlet} نفسه.`),
      ],
    });
  }
  return steps;
}
