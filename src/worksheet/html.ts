import {buildGlossary, type GlossaryEntry} from '../lesson/glossary.js';
import {buildLesson, type Excerpt, type Lesson, type LessonStep} from '../lesson/steps.js';
import type {Lang} from '../lesson/words.js';
import {blockAttrs, inline, noteAttrs} from '../report/html-text.js';
import {esc} from '../report/escape.js';
import {embeddedFontFaces} from '../report/fonts.js';
import type {Analysis, AnalyzedSource, Span} from '../types.js';

/*
 * The printed lesson: worksheet.html (extracts, questions, room to write)
 * and answer-key.html (each answer with its evidence marked in the text).
 * Both self-contained (inline CSS, the Arabic font embedded), A4, right to
 * left with --lang ar, and readable in greyscale: marks are bold and
 * underlined, never colour alone. Whole words are marked, so Arabic
 * letters stay joined.
 */

/** At most this many questions of each kind, so the worksheet fits four A4 pages. */
const PER_KIND = {label: 2, figure: 1, 'changed-word': 1, speaker: 1} as const;

export interface Worksheet {
  readonly worksheet: string;
  readonly answerKey: string;
  readonly lesson: Lesson;
}

const T = {
  en: {
    title: 'Reading the news: how outlets tell the same event',
    key: 'Answer key',
    name: 'Name',
    date: 'Date',
    intro: (n: number) => `Below are short extracts from ${n} news reports about the same event. Read each extract carefully and answer in the space given.`,
    outlets: 'The reports',
    words: 'Words to match',
    write: 'Your answer',
    glossary: 'Words to know',
    example: 'in these texts',
    noExample: 'no example in these texts',
    skipped: 'Not asked, and why',
    evidence: 'Evidence (marked in the text)',
    q: 'Question',
  },
  ar: {
    title: 'قراءة الأخبار: كيف تروي المصادر الحدث نفسه',
    key: 'مفتاح الإجابات',
    name: 'الاسم',
    date: 'التاريخ',
    intro: (n: number) => `فيما يلي مقتطفات قصيرة من ${n} تقارير إخبارية عن الحدث نفسه. اقرأ كل مقتطف بعناية وأجب في المكان المخصص.`,
    outlets: 'التقارير',
    words: 'كلمات للمطابقة',
    write: 'إجابتك',
    glossary: 'مصطلحات',
    example: 'من هذه النصوص',
    noExample: 'لا مثال في هذه النصوص',
    skipped: 'أسئلة لم تُطرح ولماذا',
    evidence: 'الدليل (معلَّم في النص)',
    q: 'السؤال',
  },
} as const;

const CSS = `
@page { size: A4; margin: 14mm 14mm 14mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Naskh Arabic", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #000; background: #fff; margin: 0 auto; max-width: 190mm; padding: 4mm; }
h1 { font-size: 15pt; margin: 0 0 2mm; }
h2 { font-size: 11.5pt; margin: 4mm 0 1.5mm; border-bottom: 1px solid #000; }
.meta { display: flex; gap: 12mm; margin: 1mm 0 2mm; }
.meta span { flex: 1; border-bottom: 1px solid #000; padding-bottom: 1mm; }
.step { break-inside: avoid; margin: 0 0 3mm; }
.step h3 { font-size: 11pt; margin: 2mm 0 1mm; }
.question { margin: 0 0 1.5mm; font-weight: 600; }
.excerpts { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.excerpts.one { grid-template-columns: 1fr; }
.excerpt { border: 1px solid #000; padding: 1.5mm 2.5mm; margin: 0; }
.excerpt .who { font-weight: 700; display: block; font-size: 9.5pt; margin-bottom: 0.5mm; }
.excerpt p { margin: 0; }
.choices { margin: 1mm 0; }
.choices span { border: 1px dashed #000; padding: 0 2mm; margin-inline-end: 2mm; }
.lines { margin-top: 1.5mm; }
.lines div { border-bottom: 1px solid #777; height: 7mm; }
mark { background: #ddd; color: #000; font-weight: 700; text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 0.35em; }
.answer { margin: 1mm 0 0; padding-inline-start: 5mm; }
table.glossary { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
table.glossary td { border-top: 1px solid #999; padding: 0.8mm 1.5mm; vertical-align: top; }
table.glossary td:first-child { font-weight: 700; white-space: nowrap; }
.ex { color: #333; }
ul.outlets { margin: 0; padding-inline-start: 5mm; columns: 2; }
small { font-size: 8.5pt; }
`;

export function worksheetHtml(a: Analysis, lang: Lang = 'en'): Worksheet {
  const lesson = buildLesson(a, {lang, perKind: PER_KIND, maxExcerpt: 260});
  const glossary = buildGlossary(a, lang);
  return {lesson, worksheet: page(a, lesson, glossary, lang, false), answerKey: page(a, lesson, glossary, lang, true)};
}

function page(a: Analysis, lesson: Lesson, glossary: readonly GlossaryEntry[], lang: Lang, key: boolean): string {
  const t = T[lang];
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const title = key ? `${t.title} — ${t.key}` : t.title;
  const steps = lesson.steps.map((s, i) => stepHtml(a, s, i + 1, lang, key)).join('\n');
  const head = key ? '' : `<div class="meta"><span>${esc(t.name)}:</span><span>${esc(t.date)}:</span></div>`;
  const outlets = `<h2>${esc(t.outlets)}</h2><ul class="outlets">${a.sources.map((s) => `<li>${outletLine(s, lang)}</li>`).join('')}</ul>`;
  const skipped = key && lesson.skipped.length ? `<h2>${esc(t.skipped)}</h2><ul>${lesson.skipped.map((s) => `<li>${inline(s.topic)}: ${esc(s.why)}</li>`).join('')}</ul>` : '';
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${embeddedFontFaces()}${CSS}</style>
</head>
<body>
<h1>${esc(title)}</h1>
${head}
<p>${esc(t.intro(a.sources.length))}</p>
${outlets}
${steps}
${glossaryHtml(glossary, lang)}
${skipped}
</body>
</html>
`;
}

function outletLine(s: AnalyzedSource, lang: Lang): string {
  const name = s.outlet ?? s.id;
  return `<b>${inline(name)}</b>${s.title ? ` — <span${blockAttrs(s.title)}>${esc(s.title)}</span>` : ''}`;
}

function stepHtml(a: Analysis, step: LessonStep, n: number, lang: Lang, key: boolean): string {
  const t = T[lang];
  const excerpts = `<div class="excerpts${step.excerpts.length === 1 ? ' one' : ''}">${step.excerpts.map((e) => excerptHtml(a, e, key)).join('')}</div>`;
  const choices = step.choices.length && !key ? `<div class="choices">${esc(t.words)}: ${step.choices.map((c) => `<span${blockAttrs(c)}>${esc(c)}</span>`).join('')}</div>` : '';
  const lines = key ? '' : `<div class="lines" aria-label="${esc(t.write)}">${'<div></div>'.repeat(step.kind === 'speaker' ? 2 : 3)}</div>`;
  const answer = key ? `<ul class="answer">${step.answer.map((line) => `<li${lang === 'ar' ? '' : blockAttrs(line)}>${esc(line)}</li>`).join('')}</ul><small>${esc(t.evidence)}</small>` : '';
  return `<section class="step"><h3>${n}. ${inline(step.title)}</h3><p class="question">${esc(step.question)}</p>${choices}${excerpts}${answer}${lines}</section>`;
}

function excerptHtml(a: Analysis, e: Excerpt, key: boolean): string {
  const source = a.sources.find((s) => s.id === e.source)!;
  return `<figure class="excerpt"><span class="who">${inline(e.outlet)}</span><p${blockAttrs(e.text)}>${markedText(source.body, e, key)}</p></figure>`;
}

/** The excerpt's text; in the key, its marks (widened to whole words) in <mark>. */
function markedText(body: string, e: Excerpt, key: boolean): string {
  const prefix = e.text.startsWith('… ') ? '… ' : '';
  const suffix = e.text.endsWith(' …') ? ' …' : '';
  const text = body.slice(e.span.start, e.span.end);
  const lead = text.length - text.trimStart().length;
  const start = e.span.start + lead;
  const end = e.span.start + text.trimEnd().length;
  if (!key) return esc(prefix + body.slice(start, end) + suffix);
  const marks = e.marks.map((m) => wholeWords(body, m, start, end)).sort((x, y) => x.start - y.start);
  let out = esc(prefix);
  let at = start;
  for (const m of marks) {
    if (m.start < at) continue;
    out += esc(body.slice(at, m.start)) + `<mark>${esc(body.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  return out + esc(body.slice(at, end) + suffix);
}

function wholeWords(body: string, span: Span, min: number, max: number): Span {
  let start = Math.max(min, span.start);
  let end = Math.min(max, span.end);
  while (start > min && /[\p{L}\p{M}\p{N}]/u.test(body[start - 1]!)) start--;
  while (end < max && /[\p{L}\p{M}\p{N}]/u.test(body[end]!)) end++;
  return {start, end};
}

function glossaryHtml(entries: readonly GlossaryEntry[], lang: Lang): string {
  const t = T[lang];
  const rows = entries.map((g) => {
    const ex = g.example ? ` <span class="ex">— ${esc(t.example)}: ${inline(g.example.outlet)}: <bdi${blockAttrs(g.example.context)}>${esc(g.example.context)}</bdi> (<bdi${noteAttrs(lang)}>${esc(g.example.note)}</bdi>)</span>` : ` <span class="ex">— ${esc(t.noExample)}</span>`;
    return `<tr><td>${esc(g.term)}</td><td>${esc(g.plain)}${ex}</td></tr>`;
  });
  return `<section class="step"><h2>${esc(t.glossary)}</h2><table class="glossary">${rows.join('')}</table></section>`;
}
