import {buildLesson, type Excerpt, type Lesson} from '../../lesson/steps.js';
import type {Lang} from '../../lesson/words.js';
import type {Analysis, AnalyzedSource} from '../../types.js';
import {line, type Line, type Seg} from '../line.js';
import type {TuiState, Viewport} from '../state.js';
import {words, wrapWords} from '../wrap.js';
import {keyHints, tuiText} from '../../i18n/tui-text.js';
import {whereLine, type Frame} from './common.js';

/*
 * The Lesson screen: one step at a time. First the sentences and the
 * question, without the analysis; Enter reveals the answer, with the
 * words that prove it marked in the sentences. ← → move between steps;
 * after the last, the topics this corpus gave nothing to ask about, and
 * why. The steps come from src/lesson/steps.ts (the worksheet's too).
 * Excerpts are stacked, not in columns: Arabic must end its terminal line
 * in logical mode.
 */

const cache = new WeakMap<Analysis, Map<Lang, Lesson>>();

/** The lesson of an analysis, built once per language. */
export function lessonOf(a: Analysis, lang: Lang): Lesson {
  let byLang = cache.get(a);
  if (!byLang) cache.set(a, (byLang = new Map()));
  let lesson = byLang.get(lang);
  if (!lesson) byLang.set(lang, (lesson = buildLesson(a, {lang})));
  return lesson;
}

/** Pages: every step, then the list of what was skipped (when anything was). */
export function lessonPages(lesson: Lesson): number {
  return lesson.steps.length + (lesson.skipped.length > 0 || lesson.steps.length === 0 ? 1 : 0);
}

const T = {
  en: {step: 'Step', of: 'of', answer: 'Answer', reveal: 'Enter: show the answer', words: 'Words:', skipped: 'Not in this lesson, and why', none: 'This corpus gives nothing to contrast: the lesson has no steps.'},
  ar: {step: 'الخطوة', of: 'من', answer: 'الإجابة', reveal: 'Enter: أظهر الإجابة', words: 'الكلمات:', skipped: 'ليس في هذا الدرس، ولماذا', none: 'لا شيء في هذه النصوص للمقارنة: لا خطوات في الدرس.'},
} as const;

function excerptLines(source: AnalyzedSource, e: Excerpt, cols: number, revealed: boolean): Line[] {
  const styled: Seg[] = [];
  if (e.text.startsWith('… ')) styled.push({text: '…'});
  for (const m of source.body.slice(e.span.start, e.span.end).matchAll(/\S+/gu)) {
    const start = e.span.start + m.index;
    const end = start + m[0].length;
    const marked = revealed && e.marks.some((k) => k.start < end && start < k.end);
    styled.push(...words(m[0], marked ? {bold: true, underline: true, color: 'magenta'} : {}));
  }
  if (e.text.endsWith(' …')) styled.push({text: '…'});
  return [line({text: `▌ ${e.outlet}`, bold: true}), ...wrapWords(styled, Math.max(10, cols - 2), 'auto').map((l) => ({...l, lead: [{text: '  '}]}))];
}

/**
 * English prose with Arabic words inside: broken after each Arabic run, so
 * that Arabic ends its line (a terminal's own bidi cannot then move the
 * English around it). Arabic prose stays whole.
 */
export function prose(text: string, cols: number, lang: Lang): Line[] {
  const list = words(text);
  if (lang === 'ar') return wrapWords(list, cols, 'auto');
  const arabic = (w: Seg): boolean => /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u.test(w.text);
  const out: Line[] = [];
  // A piece reads right to left only when it starts in Arabic.
  const flush = (piece: Seg[]): void => {
    const first = piece.find((w) => /[\p{L}]/u.test(w.text));
    out.push(...wrapWords(piece, cols, first !== undefined && arabic(first)));
  };
  let piece: Seg[] = [];
  list.forEach((w, i) => {
    piece.push(w);
    const next = list[i + 1];
    if (arabic(w) && next && !arabic(next) && /[\p{L}\p{N}]/u.test(next.text)) {
      flush(piece);
      piece = [];
    }
  });
  if (piece.length) flush(piece);
  return out;
}

/** Every line of one page of the lesson, before scrolling. */
export function lessonLines(a: Analysis, s: TuiState, cols: number): Line[] {
  const lang = s.lang;
  const t = T[lang];
  const lesson = lessonOf(a, lang);
  const page = Math.min(s.lesson.step, lessonPages(lesson) - 1);
  const step = lesson.steps[page];
  if (!step) {
    const out: Line[] = [];
    if (lesson.steps.length === 0) out.push(line({text: t.none, bold: true}));
    out.push(line({text: t.skipped, bold: true, underline: true}));
    for (const sk of lesson.skipped) out.push(...wrapWords([...words(`• ${sk.why}:`), ...words(sk.topic, {bold: true})], cols, lang === 'ar'));
    return out;
  }
  const out: Line[] = [
    line({text: `${t.step} ${page + 1} ${t.of} ${lesson.steps.length} · `, dim: true}, {text: step.title, bold: true}),
    ...prose(step.question, cols, lang),
  ];
  if (step.choices.length) out.push(line({text: `${t.words} `, dim: true}, {text: step.choices.join(' · '), bold: true}));
  for (const e of step.excerpts) {
    out.push({segs: []});
    out.push(...excerptLines(a.sources.find((x) => x.id === e.source)!, e, cols, s.lesson.revealed));
  }
  out.push({segs: []});
  if (!s.lesson.revealed) out.push(line({text: t.reveal, inverse: true}));
  else {
    out.push(line({text: t.answer, bold: true, underline: true}));
    for (const answer of step.answer) out.push(...prose(answer, cols, lang));
  }
  return out;
}

export function lessonFrame(a: Analysis, s: TuiState, v: Viewport): Frame {
  const all = lessonLines(a, s, v.cols);
  const first = Math.max(0, Math.min(s.lesson.scroll, all.length - v.rows));
  const lesson = lessonOf(a, s.lang);
  const l = T[s.lang];
  const t = tuiText(s.lang);
  const page = Math.min(s.lesson.step, lessonPages(lesson) - 1);
  // Counted as the page counts them ("Step 1 of 5"): the closing list of what was skipped is not a step.
  const at = page < lesson.steps.length ? `${l.step} ${page + 1} ${l.of} ${lesson.steps.length}` : l.skipped;
  const more = all.length > v.rows ? [t.rows(first + 1, Math.min(all.length, first + v.rows), all.length)] : [];
  return {lines: all.slice(first, first + v.rows), where: whereLine(s, [at, ...more]), keys: keyHints(t.lessonKeys(s.lesson.revealed), s.lang)};
}
