import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {esc} from '../../src/report/escape.js';
import {HTML_SECTIONS, htmlReport} from '../../src/report/html.js';
import type {Analysis} from '../../src/types.js';
import {chromiumPath, launchChromium} from '../support/chromium.js';
import {hostileSource} from './hostile.js';

/** Screenshots and the PDF land here (git-ignored) for a person to look at. */
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'artifacts');

let analysis: Analysis;
let html: string;
beforeAll(() => {
  analysis = analyzeCorpus(loadSeeds());
  html = htmlReport(analysis);
});

describe('HTML report: untrusted article text', () => {
  it('escapes markup and drops escape sequences and bidi overrides from article text', () => {
    const evil = htmlReport(analyzeCorpus([hostileSource()]));
    expect(evil).not.toMatch(/<script/iu);
    expect(evil).not.toMatch(/<img/iu);
    expect(evil).not.toContain('<b>Outlet</b>');
    expect(evil).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e\u2066-\u2069]/u);
    expect(evil).not.toContain('[31m');
    expect(evil).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(evil).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(evil).toContain('&lt;b&gt;Outlet&lt;/b&gt;');
    // The article's framing words are still found and shown, as written.
    expect(evil).toMatch(/<mark class="hit[^"]*"[^>]*>المتظاهرين<\/mark>/u);
  });

  it('is self-contained: no scripts, no external styles, fonts or images', () => {
    expect(html).not.toMatch(/<script/iu);
    expect(html).not.toMatch(/<(link|img|iframe|object)\b/iu);
    expect(html).not.toMatch(/url\((?!data:)/iu);
    expect(html).not.toMatch(/(src|href)="(?!#)/iu);
  });

  it('embeds the Arabic and Latin subsets of Noto Naskh Arabic, regular and bold', () => {
    const faces = html.match(/@font-face\{[^}]*\}/gu) ?? [];
    expect(faces).toHaveLength(4);
    for (const face of faces) expect(face).toMatch(/font-family:"Noto Naskh Arabic".*src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000,}/u);
    expect(faces.filter((f) => f.includes('U+0600-06FF'))).toHaveLength(2);
  });

  it('marks whole terms without isolating them, and isolates Arabic inside English rows', () => {
    // A highlight never carries dir or sits around a <bdi>: that would break the joining of the word's letters.
    expect(html).not.toMatch(/<mark[^>]*\bdir=/u);
    expect(html).not.toMatch(/<mark[^>]*>[^<]*<bdi/u);
    const marked = [...html.matchAll(/<mark class="hit[^"]*" title="[^"]*">([^<]*)<\/mark>/gu)].map((m) => m[1]);
    expect(marked.length).toBeGreaterThan(100);
    const terms = new Set(analysis.mentions.map((x) => esc(x.text)));
    for (const text of marked) expect(terms).toContain(text);
    // Arabic in the summary and in table cells of English UI sits in <bdi lang="ar">.
    const summary = /<section id="summary">.*?<\/section>/su.exec(html)![0];
    expect(summary.replace(/<bdi lang="ar">[^<]*<\/bdi>/gu, '')).not.toMatch(/[\u0600-\u06ff]/u);
  });
});

const browserPath = chromiumPath();

describe.skipIf(!browserPath)('HTML report in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const file = join(tmpdir(), `framelens-report-${process.pid}.html`);
  beforeAll(async () => {
    writeFileSync(file, html);
    browser = await launchChromium(browserPath!);
    page = await browser.newPage({viewport: {width: 1200, height: 900}});
    await page.goto(`file://${file}`);
    await page.evaluate('document.fonts.ready');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('has every section, one chart per concept, and a screenshot to look at', async () => {
    for (const id of HTML_SECTIONS) expect(await page.locator(`section#${id} h2`).count()).toBe(1);
    expect(await page.locator('section#positions svg').count()).toBe(analysis.concepts.length);
    expect(await page.locator('section#matrix tr').count()).toBe(analysis.sources.length + 1);
    mkdirSync(ARTIFACTS, {recursive: true});
    await page.screenshot({path: join(ARTIFACTS, 'report-top.png')});
    await page.locator('section#matrix').screenshot({path: join(ARTIFACTS, 'report-matrix.png')});
    await page.locator('section#passages').screenshot({path: join(ARTIFACTS, 'report-passages.png')});
    expect(readFileSync(join(ARTIFACTS, 'report-top.png')).subarray(1, 4).toString()).toBe('PNG');
  }, 60_000);

  it('lays Arabic blocks out right to left and renders them in the embedded font', async () => {
    // Browser-side code as strings: the test's TypeScript has no DOM types.
    const blocks = (await page.evaluate(`[...document.querySelectorAll('blockquote[lang="ar"], td[lang="ar"]')].map((e) => getComputedStyle(e).direction)`)) as string[];
    expect(blocks.length).toBeGreaterThan(80);
    expect(new Set(blocks)).toEqual(new Set(['rtl']));
    const isolates = (await page.evaluate(`[...document.querySelectorAll('bdi[lang="ar"]')].map((e) => getComputedStyle(e).unicodeBidi + ' ' + getComputedStyle(e).direction)`)) as string[];
    expect(isolates.length).toBeGreaterThan(50);
    expect(new Set(isolates)).toEqual(new Set(['isolate rtl']));
    // Highlights only paint: no padding, margin, border or isolation inside a word.
    const marks = (await page.evaluate(`[...document.querySelectorAll('blockquote mark, blockquote del, blockquote ins, blockquote abbr')].map((e) => { const s = getComputedStyle(e); return [s.paddingLeft, s.paddingRight, s.marginLeft, s.marginRight, s.borderLeftWidth, s.borderRightWidth, s.unicodeBidi, s.verticalAlign].join(' '); })`)) as string[];
    expect(marks.length).toBeGreaterThan(100);
    expect(new Set(marks)).toEqual(new Set(['0px 0px 0px 0px 0px 0px normal baseline']));
    const fontOk = await page.evaluate(`document.fonts.check('16px "Noto Naskh Arabic"', 'عصابات')`);
    expect(fontOk).toBe(true);
    const faces = (await page.evaluate(`[...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family + ' ' + f.weight)`)) as string[];
    expect(faces.map((f) => f.replace(/"/gu, ''))).toContain('Noto Naskh Arabic 400');
  }, 60_000);

  it('prints on A4 without clipping: nothing is wider than the printable width', async () => {
    const printable = Math.floor(((210 - 2 * 14) / 25.4) * 96); // A4 minus the 14 mm margins of @page, in CSS px
    const printPage = await browser.newPage({viewport: {width: printable, height: 1100}});
    await printPage.goto(`file://${file}`);
    await printPage.emulateMedia({media: 'print'});
    await printPage.evaluate('document.fonts.ready');
    const wide = (await printPage.evaluate(`[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > ${printable + 1}).map((e) => e.tagName + '.' + e.className)`)) as string[];
    expect(wide).toEqual([]);
    expect(await printPage.evaluate(`getComputedStyle(document.querySelector('nav')).display`)).toBe('none');
    await printPage.locator('section#matrix').screenshot({path: join(ARTIFACTS, 'report-print-matrix.png')});
    await printPage.pdf({path: join(ARTIFACTS, 'report.pdf'), format: 'A4'});
    expect(existsSync(join(ARTIFACTS, 'report.pdf'))).toBe(true);
    await printPage.close();
  }, 60_000);
});
