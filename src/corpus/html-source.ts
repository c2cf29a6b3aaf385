import {basename, extname} from 'node:path';
import type {Source} from '../types.js';
import {headlineOf} from './headline.js';
import {readHtmlPage} from './html-page.js';
import {detectParagraphs, documentLanguage} from './language.js';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
/** A page saved under another name still starts like one. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/iu;

export function isHtml(file: string, text: string): boolean {
  return HTML_EXTENSIONS.has(extname(file).toLowerCase()) || HTML_START.test(text.slice(0, 4096));
}

/** A saved web page as a source: the extracted article is the body (`format: 'html'`), the page's metadata fills the rest. */
export function htmlSource(file: string, html: string): Source {
  const page = readHtmlPage(html, file);
  const paragraphs = detectParagraphs(page.body);
  return {
    id: basename(file, extname(file)),
    file,
    outlet: page.outlet,
    language: page.language ?? documentLanguage(paragraphs, page.body),
    title: page.title ?? headlineOf(page.body, paragraphs),
    date: page.date,
    url: page.url,
    format: 'html',
    ...(Object.keys(page.extra).length > 0 ? {extra: page.extra} : {}),
    body: page.body,
    furnitureHints: page.furniture,
  };
}
