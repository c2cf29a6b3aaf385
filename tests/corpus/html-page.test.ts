import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadCorpus} from '../../src/corpus/load.js';
import {analysisToJson} from '../../src/report/json.js';
import type {Analysis, AnalyzedSource, ParagraphKind} from '../../src/types.js';
import {folderWith, inputError} from './support.js';

/*
 * Real saved news pages (tests/fixtures/pages, origins in its README): the
 * article comes out as paragraphs, without menus, scripts or comment boxes;
 * metadata comes from the page; page furniture is marked and only it.
 */
const PAGES = join(import.meta.dirname, '..', 'fixtures', 'pages');
let a: Analysis;
beforeAll(() => {
  a = analyzeCorpus(loadCorpus(readdirSync(PAGES).filter((f) => f.endsWith('.html')).map((f) => join(PAGES, f))));
});

const source = (id: string): AnalyzedSource => a.sources.find((s) => s.id === id)!;
const paragraphs = (s: AnalyzedSource): {text: string; kind: ParagraphKind}[] => s.paragraphs.map((p) => ({text: s.body.slice(p.start, p.end), kind: p.kind!}));
const furniture = (id: string): string[] => paragraphs(source(id)).filter((p) => p.kind !== 'text').map((p) => `${p.kind}: ${p.text}`);
/** Each furniture paragraph found, checked against the expected "kind: beginning of the text". */
function expectFurniture(id: string, expected: readonly string[]): void {
  const found = furniture(id);
  expect(found.length, `${id}: ${found.join(' | ')}`).toBe(expected.length);
  expected.forEach((e, i) => expect(found[i]!.startsWith(e), `${id}: ${found[i]} should start with ${e}`).toBe(true));
}

/** The furniture each page has, judged by reading it; every other paragraph is article text. */
const EXPECTED: Record<string, string[]> = {
  'cnn-arabic-syria-2013': ['chrome: الأربعاء، 28 آب/اغسطس 2013، آخر تحديث', 'chrome: ترحب شبكة CNN بالنقاش الحيوي والمفيد'],
  'wapo-tunisia-2015': [
    'related: [Read: Why Tunisia, Arab Spring’s sole su',
    'caption: Gunmen in military uniforms stormed Tuni',
    'related: [Bardo museum houses amazing Roman treas',
    'related: [Read: Tunisia sends most foreign fighte',
    'caption: Map: Flow of foreign fighters to Syria',
    'related: Read more:',
    'related: Tunisia’s Islamists get a sobering lesso',
    'related: Tunisia sends most foreign fighters to I',
    'related: Tunisia’s Bardo museum is home to amazin',
  ],
  'bbc-obama-2015': ['related: Read the full transcript of his interv', 'caption: The president said he would continue fi', 'caption: Kenya is getting ready to welcome the US'],
  'nytimes-sudan-2017': ['chrome: Photo', 'caption: United Nations peacekeepers at a refugee', 'chrome: Continue reading the main story'],
};

describe('saved web pages', () => {
  it('read every page in the folder, with the metadata the page gives', () => {
    expect(a.sources.map((s) => s.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(source('cnn-arabic-syria-2013')).toMatchObject({outlet: 'CNNArabic', language: 'ar', title: 'معارضون يسيطرون على مخازن للصواريخ بريف دمشق', url: 'http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html', format: 'html'});
    expect(source('bbc-obama-2015')).toMatchObject({outlet: 'BBC News', language: 'en', date: '2015-07-24T05:36:09+01:00'});
    expect(source('nytimes-sudan-2017')).toMatchObject({title: 'United States to Lift Sudan Sanctions', date: '2017-01-13T00:00:04-05:00', extra: {author: 'Jeffrey Gettleman', section: 'Africa'}});
    expect(source('wapo-tunisia-2015').outlet).toBe('Washington Post');
  });

  it('extract the article as text: headline first, paragraphs between blank lines, no markup, no scripts, no menus', () => {
    for (const s of a.sources) {
      expect(s.body.startsWith(`${s.title}\n\n`)).toBe(true);
      expect(s.body).not.toMatch(/<\/?[a-z][^>]*>|function\s*\(|cnnad_|\{\s*"@context"/iu);
      expect(s.body).not.toMatch(/\n{3}/u);
    }
    const cnn = source('cnn-arabic-syria-2013').body;
    expect(cnn).toContain('وقال المرصد السوري لحقوق الإنسان، وهو هيئة معارضة مقرها لندن');
    expect(cnn).not.toContain('الصفحة الرئيسية'); // the site menu
    expect(source('wapo-tunisia-2015').body).toContain('CAIRO — Gunmen opened fire on visitors at Tunisia’s most renowned museum');
  });

  it('mark exactly the furniture a reader sees, and no article paragraph (false-furniture rate 0)', () => {
    let article = 0;
    for (const [id, expected] of Object.entries(EXPECTED)) {
      expectFurniture(id, expected);
      article += paragraphs(source(id)).filter((p) => p.kind === 'text').length;
    }
    expect(article).toBe(100);
  });

  it('list the framing words of a caption, marked, and count none of them', () => {
    const inCaption = a.mentions.filter((m) => m.source === 'nytimes-sudan-2017' && m.furniture === 'caption');
    expect(inCaption.map((m) => m.text)).toContain('peacekeepers');
    const cell = a.matrix.find((c) => c.source === 'nytimes-sudan-2017' && c.concept === 'intervention')!;
    const counted = Object.values(cell.counts).reduce((n, v) => n + v.outlet + v.quoted + v.attributed, 0);
    expect(counted).toBe(cell.mentionIndexes.filter((i) => !a.mentions[i]!.furniture && !a.mentions[i]!.negated).length);
  });

  it('carry the extracted text in the JSON, so every offset can be checked against it', () => {
    const doc = JSON.parse(analysisToJson(a)) as {sources: {id: string; body?: string; format: string; furniture: {start: number; end: number; kind: string}[]}[]; mentions: {source: string; start: number; end: number; text: string; furniture: string | null}[]};
    const bodies = new Map(doc.sources.map((s) => [s.id, s.body]));
    expect(doc.sources.every((s) => s.format === 'html' && typeof s.body === 'string')).toBe(true);
    expect(doc.mentions.length).toBeGreaterThan(20);
    for (const m of doc.mentions) expect(bodies.get(m.source)!.slice(m.start, m.end)).toBe(m.text);
    const cnn = doc.sources.find((s) => s.id === 'cnn-arabic-syria-2013')!;
    expect(cnn.furniture.map((f) => f.kind)).toEqual(['chrome', 'chrome']);
  });

  it('takes the markup’s word for captions and embedded posts', () => {
    const dir = folderWith({
      'page.html': '<html lang="en"><head><title>Protest in the square</title><meta property="og:site_name" content="Example"></head><body><article><h1>Protest in the square</h1>' +
        `<p>${'Thousands of protesters gathered in the square on Friday to demand the release of detained students, witnesses said. '.repeat(3)}</p>` +
        '<figure><img src="a.jpg"><figcaption>Rioters clash with police in the square</figcaption></figure>' +
        `<p>${'The police said officers used tear gas after demonstrators threw stones near the ministry building. '.repeat(3)}</p>` +
        '<blockquote class="twitter-tweet"><p>The terrorists are back in the streets</p></blockquote>' +
        `<p>${'Opposition groups called for more demonstrations across the country next week, organisers said. '.repeat(3)}</p></article></body></html>`,
    });
    const s = analyzeCorpus(loadCorpus([dir])).sources[0]!;
    expect(paragraphs(s).filter((p) => p.kind !== 'text')).toEqual([
      {text: 'Rioters clash with police in the square', kind: 'caption'},
      {text: 'The terrorists are back in the streets', kind: 'embed'},
    ]);
  });

  it('says so when a page holds no article', () => {
    const dir = folderWith({'empty.html': '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>'});
    expect(inputError(() => loadCorpus([join(dir, 'empty.html')])).message).toMatch(/empty\.html: no article text found in this web page/u);
  });
});
