import {execFileSync} from 'node:child_process';
import {mkdirSync, writeFileSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {htmlReport} from '../../src/report/html.js';
import type {Analysis, Source} from '../../src/types.js';

const ARTIFACTS = join(import.meta.dirname, '..', '..', 'artifacts');

function chromiumPath(): string | null {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('which', [name], {encoding: 'utf8'}).trim() || null;
    } catch {
      // try the next name
    }
  }
  return null;
}

let analysis: Analysis;
beforeAll(() => {
  analysis = analyzeCorpus(loadSeeds());
});

describe('HTML report: untrusted article text', () => {
  it('escapes markup and strips escape sequences from article text', () => {
    const evil: Source = {
      id: 'evil',
      file: 'evil.txt',
      outlet: '<b>Outlet</b>',
      language: 'ar',
      title: '"><img src=x onerror=alert(1)>',
      date: null,
      url: null,
      body: 'قال المتحدث إن المتظاهرين <script>alert(1)</script> تفرقوا "><img src=x onerror=alert(2)> \u001b[31mأحمر\u001b[0m وأكد أن العصابات الإرهابية هاجمت.',
    };
    const html = htmlReport(analyzeCorpus([evil]));
    expect(html).not.toContain('<script>alert');
    expect(html).not.toMatch(/<img[^>]*onerror/iu);
    expect(html).not.toContain('<b>Outlet</b>');
    expect(html).not.toContain('\u001b');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;b&gt;Outlet&lt;/b&gt;');
  });

  it('is self-contained: no external scripts, styles or fonts', () => {
    const html = htmlReport(analysis);
    expect(html).not.toMatch(/<script/iu);
    expect(html).not.toMatch(/<link[^>]+href=/iu);
    expect(html).not.toMatch(/url\((?!data:)/iu);
    expect(html).toMatch(/@font-face\{font-family:"Noto Naskh Arabic"[^}]*base64/u);
  });
});

const browserPath = chromiumPath();

describe.skipIf(!browserPath)('HTML report in headless Chromium', () => {
  let browser: Browser;
  const file = join(tmpdir(), `framelens-report-${process.pid}.html`);
  beforeAll(async () => {
    writeFileSync(file, htmlReport(analysis));
    browser = await chromium.launch({executablePath: browserPath!, args: ['--no-sandbox']});
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('has every section, right-to-left Arabic blocks, and renders Arabic with the embedded font', async () => {
    const page = await browser.newPage({viewport: {width: 1200, height: 900}});
    await page.goto(`file://${file}`);
    for (const id of ['summary', 'matrix', 'positions', 'mentions', 'numbers', 'passages', 'speakers', 'sources', 'method']) {
      expect(await page.locator(`section#${id} h2`).count()).toBe(1);
    }
    // Browser-side code as strings: the test's TypeScript has no DOM types.
    const dirs = (await page.evaluate(`[...document.querySelectorAll('blockquote[lang="ar"]')].map((e) => getComputedStyle(e).direction)`)) as string[];
    expect(dirs.length).toBeGreaterThan(50);
    expect(new Set(dirs)).toEqual(new Set(['rtl']));
    expect(await page.locator('section#positions svg').count()).toBe(analysis.concepts.length);
    const fontOk = await page.evaluate(`document.fonts.ready.then(() => document.fonts.check('16px "Noto Naskh Arabic"', 'عصابات'))`);
    expect(fontOk).toBe(true);
    mkdirSync(ARTIFACTS, {recursive: true});
    await page.screenshot({path: join(ARTIFACTS, 'report-top.png')});
    await page.locator('section#mentions').screenshot({path: join(ARTIFACTS, 'report-mentions.png'), timeout: 30_000}).catch(() => undefined);
    await page.emulateMedia({media: 'print'});
    await page.pdf({path: join(ARTIFACTS, 'report.pdf'), format: 'A4'});
    expect(existsSync(join(ARTIFACTS, 'report.pdf'))).toBe(true);
    await page.close();
  }, 60_000);
});
