import {createRequire} from 'node:module';
import {InputError} from '../errors.js';
import type {FurnitureKind} from '../types.js';
import type {FurnitureHint} from './furniture.js';

/*
 * A saved web page (.html/.htm) to the article it carries: Mozilla's
 * Readability (the engine of Firefox's Reader View) finds the article among
 * the menus, ads, related links and comments, over linkedom, a light DOM
 * for Node. The article becomes plain text, one paragraph per block
 * (<p>, headings, list items, captions …) separated by blank lines: that
 * text is the source's body, every offset points into it, and the JSON
 * output carries it. The page's metadata (og:, JSON-LD, <meta>, <html
 * lang>) fills outlet, title, date, url and language; what the markup says
 * is furniture (<figcaption>, an embedded tweet) comes back as hints.
 */

export interface HtmlArticle {
  readonly body: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly date: string | null;
  readonly url: string | null;
  readonly language: 'ar' | 'en' | null;
  /** Page metadata the tool does not use but keeps (author, section, description). */
  readonly extra: Record<string, string>;
  readonly furniture: readonly FurnitureHint[];
}

/*
 * linkedom and Readability load on the first page read, not at start-up:
 * a run without web pages (and the terminal UI's first frame) does not pay
 * for them. Both ship CommonJS builds that `require` loads synchronously.
 */
const require = createRequire(import.meta.url);
type Linkedom = typeof import('linkedom');
type ReadabilityModule = typeof import('@mozilla/readability');
let libraries: {parseHTML: Linkedom['parseHTML']; Readability: ReadabilityModule['Readability']} | null = null;
function dom(): NonNullable<typeof libraries> {
  libraries ??= {parseHTML: (require('linkedom') as Linkedom).parseHTML, Readability: (require('@mozilla/readability') as ReadabilityModule).Readability};
  return libraries;
}
const parseHTML: Linkedom['parseHTML'] = (html) => dom().parseHTML(html);

const MIN_ARTICLE_CHARS = 80;
const NO_ARTICLE_HINT = 'Save the article page itself (not a front page or a search result), or copy the article text into a .txt file.';

export function readHtmlPage(html: string, file: string): HtmlArticle {
  const {document} = parseHTML(html);
  // Metadata first: Readability changes the document it reads.
  const meta = pageMetadata(document);
  let article: ReturnType<import('@mozilla/readability').Readability<string>['parse']>;
  try {
    article = new (dom().Readability)(document as unknown as Document, {keepClasses: true}).parse();
  } catch (error) {
    throw new InputError(`${file}: the web page could not be read (${(error as Error).message})`, NO_ARTICLE_HINT);
  }
  if (!article?.content) throw new InputError(`${file}: no article text found in this web page`, NO_ARTICLE_HINT);
  const {body, furniture} = articleText(article.content);
  // Readability always returns its best candidate; a few words (a menu link, a cookie notice) are no article.
  if (body.replace(/\s+/gu, '').length < MIN_ARTICLE_CHARS) throw new InputError(`${file}: no article text found in this web page (only ${JSON.stringify(body.slice(0, 60))})`, NO_ARTICLE_HINT);
  // Readability's title comes from the same og:/JSON-LD tags with the site name cut off ("… - BBC News").
  const title = clean(article.title ?? '') ?? meta.title ?? null;
  const withTitle = prependTitle(body, furniture, title);
  if (withTitle.body.trim() === '') throw new InputError(`${file}: no article text found in this web page`, NO_ARTICLE_HINT);
  const language = languageOf(meta.lang ?? article.lang ?? null);
  return {
    body: withTitle.body,
    title,
    outlet: meta.outlet ?? clean(article.siteName ?? '') ?? null,
    date: meta.date ?? clean(article.publishedTime ?? '') ?? null,
    url: meta.url,
    language,
    extra: {...meta.extra, ...(article.byline && !meta.extra.author ? {author: clean(article.byline)!} : {})},
    furniture: withTitle.furniture,
  };
}

// --- metadata ---------------------------------------------------------------------

interface PageMeta {
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  lang: string | null;
  extra: Record<string, string>;
}

type Doc = ReturnType<typeof parseHTML>['document'];

function pageMetadata(document: Doc): PageMeta {
  const metaContent = (...keys: string[]): string | null => {
    for (const key of keys) {
      const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const value = clean(el?.getAttribute('content') ?? '');
      if (value) return value;
    }
    return null;
  };
  const ld = jsonLdArticle(document);
  const extra: Record<string, string> = {};
  const author = ld.author ?? metaContent('author', 'article:author', 'dc.creator');
  if (author && !/^https?:\/\//u.test(author)) extra.author = author;
  const section = ld.section ?? metaContent('article:section');
  if (section) extra.section = section;
  const canonical = clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '');
  return {
    title: metaContent('og:title', 'twitter:title') ?? ld.headline ?? null,
    outlet: metaContent('og:site_name', 'application-name') ?? ld.publisher ?? null,
    date: metaContent('article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'dcterms.created') ?? ld.datePublished ?? null,
    url: metaContent('og:url') ?? ld.url ?? canonical ?? null,
    lang: clean(document.documentElement?.getAttribute('lang') ?? '') ?? ld.inLanguage ?? metaContent('og:locale', 'language', 'content-language'),
    extra,
  };
}

interface LdArticle {
  headline?: string;
  publisher?: string;
  datePublished?: string;
  url?: string;
  inLanguage?: string;
  author?: string;
  section?: string;
}

const ARTICLE_TYPES = /Article|NewsArticle|ReportageNewsArticle|BlogPosting|WebPage/u;

/** The first article-like object in the page's JSON-LD blocks (malformed blocks are ignored: they are the page's, not the user's, error). */
function jsonLdArticle(document: Doc): LdArticle {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of flattenLd(data)) {
      const type = item['@type'];
      const types = Array.isArray(type) ? type.join(' ') : String(type ?? '');
      if (!ARTICLE_TYPES.test(types)) continue;
      return {
        headline: str(item.headline) ?? str(item.name),
        publisher: nameOf(item.publisher),
        datePublished: str(item.datePublished),
        url: str(item.url) ?? str(item.mainEntityOfPage),
        inLanguage: str(item.inLanguage),
        author: nameOf(item.author),
        section: str(item.articleSection),
      };
    }
  }
  return {};
}

function flattenLd(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (data === null || typeof data !== 'object') return [];
  const obj = data as Record<string, unknown>;
  return [obj, ...(Array.isArray(obj['@graph']) ? obj['@graph'].flatMap(flattenLd) : [])];
}

function nameOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || undefined;
  if (typeof value === 'string') return clean(value) ?? undefined;
  if (value && typeof value === 'object') return str((value as Record<string, unknown>).name);
  return undefined;
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return clean(value) ?? undefined;
  if (Array.isArray(value) && typeof value[0] === 'string') return clean(value[0]) ?? undefined;
  return undefined;
}

function clean(text: string): string | null {
  const s = text.replace(/\s+/gu, ' ').trim();
  return s === '' ? null : s;
}

function languageOf(tag: string | null): 'ar' | 'en' | null {
  const primary = tag?.toLowerCase().split(/[-_]/u)[0];
  return primary === 'ar' || primary === 'en' ? primary : null;
}

// --- article text -------------------------------------------------------------------

/** Elements that end one paragraph and start another. */
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'CAPTION', 'HR', 'BR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'FORM']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO', 'CANVAS']);

/** The little of the DOM the walk uses (the project compiles without the DOM library). */
interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
}

/** What the markup of an element (or an ancestor) says about the text inside it. */
function markupKind(el: DomElement): FurnitureKind | null {
  const tag = el.tagName;
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  if (tag === 'FIGCAPTION' || /\b(?:caption|credit|photo-?credit|image-?credit)\b/u.test(cls)) return 'caption';
  if (/\b(?:twitter-tweet|instagram-media|fb-post|telegram-post|tiktok-embed|embed-?(?:tweet|post|social))\b/u.test(cls)) return 'embed';
  if (tag === 'NAV' || /\b(?:share|sharing|social-?share|tags?|breadcrumbs?|byline-?share)\b/u.test(cls)) return 'chrome';
  if (tag === 'ASIDE' || /\b(?:related|read-?more|more-?stories|interstitial-link|recommended)\b/u.test(cls)) return 'related';
  return null;
}

interface Walk {
  paragraphs: {text: string; kind: FurnitureKind | null}[];
  current: string;
  kind: FurnitureKind | null;
}

/** Readability's article HTML to plain paragraphs, white space collapsed, with the furniture the markup marks. */
function articleText(content: string): {body: string; furniture: FurnitureHint[]} {
  const {document} = parseHTML(`<!DOCTYPE html><html><body>${content}</body></html>`);
  const walk: Walk = {paragraphs: [], current: '', kind: null};
  visit(document.body as unknown as DomNode, null, walk);
  flush(walk);
  let body = '';
  const furniture: FurnitureHint[] = [];
  for (const p of walk.paragraphs) {
    if (body !== '') body += '\n\n';
    if (p.kind) furniture.push({start: body.length, end: body.length + p.text.length, kind: p.kind});
    body += p.text;
  }
  return {body, furniture};
}

function visit(node: DomNode, inherited: FurnitureKind | null, walk: Walk): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      const text = child.textContent ?? '';
      if (text.trim() !== '' && walk.current.trim() === '') walk.kind = inherited;
      walk.current += text;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as DomElement;
    if (SKIP.has(el.tagName)) continue;
    const block = BLOCKS.has(el.tagName);
    if (block) flush(walk);
    visit(el, inherited ?? markupKind(el), walk);
    if (block) flush(walk);
  }
}

function flush(walk: Walk): void {
  const text = walk.current.replace(/\s+/gu, ' ').trim();
  if (text !== '') walk.paragraphs.push({text, kind: walk.kind});
  walk.current = '';
  walk.kind = null;
}

/** The headline as the first paragraph, unless the article text already opens with it. */
function prependTitle(body: string, furniture: readonly FurnitureHint[], title: string | null): {body: string; furniture: FurnitureHint[]} {
  const firstLine = body.slice(0, body.indexOf('\n') < 0 ? body.length : body.indexOf('\n'));
  if (!title || firstLine.trim() === title || body.trim() === '') return {body, furniture: [...furniture]};
  const shift = title.length + 2;
  return {body: `${title}\n\n${body}`, furniture: furniture.map((f) => ({...f, start: f.start + shift, end: f.end + shift}))};
}
