import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {HTML_SECTIONS, htmlReport} from '../../src/report/html.js';
import {markdownReport} from '../../src/report/markdown.js';
import {mentionsCsv} from '../../src/report/csv.js';
import {textReport} from '../../src/text-report/text-report.js';
import type {Analysis} from '../../src/types.js';

/* --lang ar in the reports: Arabic headings, a right-to-left HTML page; English by default; CSV names unchanged. */

let a: Analysis;
beforeAll(() => {
  a = analyzeCorpus(loadSeeds());
});

describe('report headings in the interface language', () => {
  it('makes the HTML page right to left with Arabic headings, and keeps the English findings left to right', () => {
    const html = htmlReport(a, 'ar');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<h1>تقرير framelens</h1>');
    for (const title of ['كيف تقرأ هذه الصفحة', 'مصفوفة التأطير', 'الأرقام', 'المقاطع المشتركة', 'المصادر']) {
      expect(html).toContain(`<h2>${title}</h2>`);
      expect(html).toContain(`>${title}</a>`);
    }
    expect(html).toContain('<aside class="how-to-read" aria-label="الأفكار الثلاث التي يقوم عليها كل قسم">');
    expect(html.match(/<div class="findings" lang="en" dir="ltr">/gu)?.length).toBe(HTML_SECTIONS.length);
    // The matrix glosses the dominant term with gloss_ar, in one right-to-left run with the term.
    expect(html).toMatch(/<bdi lang="ar">مسلحون \/ جماعات مسلحة: مسلحين<\/bdi>/u);
    // The glossary: Arabic first, right to left, with the examples' notes in Arabic.
    expect(html).toContain('<table class="glossary" lang="ar" dir="rtl"><tr><th>الكلمة</th><th>معناها</th>');
    expect(html).toContain('<th scope="row">صوت المصدر<br><bdi lang="en">own voice</bdi></th>');
    expect(html).toContain('(بكلمات المصدر نفسه)');
    const en = htmlReport(a);
    expect(en).toContain('<html lang="en" dir="ltr">');
    expect(en).toContain('<table class="glossary"><tr><th>word</th><th>what it means</th>');
    expect(en).toContain('<h2>Framing matrix</h2>');
    expect(en).not.toContain('class="findings"');
  });

  it('translates the Markdown headings only', () => {
    const md = markdownReport(a, 'ar');
    expect(md.split('\n').filter((l) => /^##? /u.test(l))).toEqual(['# تقرير framelens', '## الخلاصة', '## المصادر', '## مصفوفة التأطير', '## الأرقام', '## المقاطع المشتركة']);
    expect(markdownReport(a)).toContain('## Framing matrix');
  });

  it('puts each Arabic heading of the text report on a line of its own', () => {
    const text = textReport(a, {lang: 'ar'}).split('\n');
    expect(text[0]).toMatch(/^framelens — 5 مصادر، \d+ إشارة تأطير/u);
    expect(text).toContain('الميل بصوت المصدر لكل مفهوم');
    expect(text).toContain('الأرقام — ما يعدّه كل مصدر');
    expect(text).toContain('مَن يتكلم');
  });

  it('keeps the CSV column names in English', () => {
    expect(mentionsCsv(a).split('\r\n')[0]).toMatch(/^\ufeff?source,/u);
  });
});
