import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {blindAnalysis} from '../../src/blind/blind-analysis.js';
import {loadCorpus, loadSeeds} from '../../src/corpus/load.js';
import type {Analysis} from '../../src/types.js';
import {chromiumPath, launchChromium} from '../support/chromium.js';
import {worksheetHtml} from '../../src/worksheet/html.js';

/* The printed worksheet: at most four A4 pages, a key that answers every question, Arabic right to left. */

const ARTIFACTS = join(import.meta.dirname, '..', '..', 'artifacts', 'worksheet');

let seeds: Analysis;
let english: Analysis;
beforeAll(() => {
  seeds = analyzeCorpus(loadSeeds());
  english = analyzeCorpus(loadCorpus([join(import.meta.dirname, '..', 'fixtures', 'classroom-en')]));
}, 60_000);

const count = (html: string, re: RegExp): number => html.match(re)?.length ?? 0;

describe('worksheet and key', () => {
  it('asks each question once, leaves room to write, and the key answers every one with its evidence marked', () => {
    for (const a of [seeds, english]) {
      const {worksheet, answerKey, lesson} = worksheetHtml(a);
      const questions = count(worksheet, /<p class="question">/gu);
      expect(questions).toBe(lesson.steps.length);
      expect(questions).toBeGreaterThanOrEqual(3);
      expect(count(worksheet, /<div class="lines"/gu)).toBe(questions);
      expect(count(answerKey, /<ul class="answer">/gu)).toBe(questions);
      // The worksheet does not give the answers away: no marks, no answer lists.
      expect(worksheet).not.toContain('<mark>');
      expect(worksheet).not.toContain('class="answer"');
      expect(count(answerKey, /<mark>/gu)).toBeGreaterThanOrEqual(questions);
      expect(worksheet).toContain('Words to know');
    }
  });

  it('is right to left with --lang ar, and self-contained', () => {
    const {worksheet} = worksheetHtml(seeds, 'ar');
    expect(worksheet).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/u);
    expect(worksheet).toContain('مصطلحات');
    expect(worksheet).not.toMatch(/<(script|link|img)\b/iu);
    expect(worksheet).not.toMatch(/url\((?!data:)/iu);
  });

  it('sets an English extract left to right inside the Arabic worksheet, so its full stop stays at its end', () => {
    const {worksheet} = worksheetHtml(english, 'ar');
    const extracts = [...worksheet.matchAll(/<figure class="excerpt"><span class="who">.*?<\/span><p([^>]*)>/gu)];
    expect(extracts.length).toBeGreaterThan(0);
    for (const [, attrs] of extracts) expect(attrs).toBe(' dir="ltr"');
  });
});

const browserPath = chromiumPath();
describe('worksheet in headless Chromium', () => {
  if (!browserPath) {
    it('needs Chromium', (context) => context.skip('Chromium is not installed: .ci/run installs it'));
    return;
  }
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(browserPath!);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints the worksheet and its key on at most four A4 pages each, for the seeds (en, ar, blind) and an English folder', async () => {
    mkdirSync(ARTIFACTS, {recursive: true});
    const cases: [string, Analysis, 'en' | 'ar'][] = [
      ['seeds-en', seeds, 'en'],
      ['seeds-ar-blind', blindAnalysis(seeds, 3, 'ar').blind, 'ar'],
      ['english-blind', blindAnalysis(english, 3).blind, 'en'],
    ];
    const page = await browser.newPage({viewport: {width: 900, height: 1200}});
    for (const [name, a, lang] of cases) {
      const sheets = worksheetHtml(a, lang);
      for (const [kind, html] of [['worksheet', sheets.worksheet], ['answer-key', sheets.answerKey]] as const) {
        const file = join(ARTIFACTS, `${name}-${kind}.html`);
        writeFileSync(file, html);
        await page.goto(`file://${file}`);
        await page.evaluate('document.fonts.ready');
        const pdf = await page.pdf({format: 'A4', path: join(ARTIFACTS, `${name}-${kind}.pdf`)});
        const pages = count(pdf.toString('latin1'), /\/Type\s*\/Page[^s]/gu);
        expect(pages, `${name} ${kind}`).toBeGreaterThanOrEqual(1);
        expect(pages, `${name} ${kind}`).toBeLessThanOrEqual(4);
        await page.screenshot({path: join(ARTIFACTS, `${name}-${kind}.png`)});
        if (lang === 'ar') expect(await page.evaluate(`getComputedStyle(document.body).direction`)).toBe('rtl');
      }
    }
    await page.close();
  }, 90_000);
});
