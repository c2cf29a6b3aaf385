import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {HELD_OUT} from '../support/held-out.js';

/**
 * A held-out figure is an estimate for pages no rule was grown on only if
 * none of its pages is also a page that rules were grown on. Each text of
 * the development set and each voice-probe passage names the page it comes
 * from (a front-matter `url`, a passage's `url`): the same page gathered
 * twice, once into a held-out folder and once anywhere else, would leak it.
 * Only the `url` lines are read here, never a held-out text.
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const DEVSET = join(FIXTURES, 'devset');

/** The same page however it was written down: no scheme, no "www.", no trailing slash, percent-escapes decoded, lower case. */
function pageKey(url: string): string {
  let decoded = url.trim();
  try {
    decoded = decodeURI(decoded);
  } catch {
    // A malformed escape is kept as written.
  }
  return decoded.replace(/^https?:\/\//iu, '').replace(/^www\./iu, '').replace(/[/#?]+$/u, '').toLowerCase();
}

interface Page {
  key: string;
  /** The folder it was gathered into (a devset event or a voice probe). */
  folder: string;
  file: string;
}

/** The `url` of a text's front matter (the YAML between its first two `---` lines). */
function frontMatterUrl(text: string): string | null {
  const end = text.indexOf('\n---', 3);
  if (!text.startsWith('---') || end < 0) return null;
  const url: unknown = (parse(text.slice(3, end)) as {url?: unknown} | null)?.url;
  return typeof url === 'string' ? url : null;
}

function devsetPages(): Page[] {
  const pages: Page[] = [];
  for (const folder of readdirSync(DEVSET, {withFileTypes: true}).filter((d) => d.isDirectory()).map((d) => d.name)) {
    for (const file of readdirSync(join(DEVSET, folder)).filter((f) => f.endsWith('.txt'))) {
      const url = frontMatterUrl(readFileSync(join(DEVSET, folder, file), 'utf8'));
      if (url === null) throw new Error(`devset/${folder}/${file}: no url in its front matter`);
      pages.push({key: pageKey(url), folder, file});
    }
  }
  return pages;
}

function probePages(): Page[] {
  const pages: Page[] = [];
  for (const folder of readdirSync(FIXTURES).filter((d) => d.startsWith('voice-probe'))) {
    for (const file of readdirSync(join(FIXTURES, folder)).filter((f) => f.endsWith('.yaml'))) {
      const probe = parse(readFileSync(join(FIXTURES, folder, file), 'utf8')) as {passages?: {url?: unknown}[]};
      for (const passage of probe.passages ?? []) if (typeof passage.url === 'string') pages.push({key: pageKey(passage.url), folder, file});
    }
  }
  return pages;
}

/** Pages gathered into a held-out folder and also into another folder or a probe, as "folder/file + folder/file". */
function leaks(pages: readonly Page[]): string[] {
  const byKey = new Map<string, Page[]>();
  for (const page of pages) byKey.set(page.key, [...(byKey.get(page.key) ?? []), page]);
  const found: string[] = [];
  for (const same of byKey.values()) {
    const folders = new Set(same.map((p) => p.folder));
    if (folders.size > 1 && same.some((p) => HELD_OUT.has(p.folder))) found.push(same.map((p) => `${p.folder}/${p.file}`).join(' + '));
  }
  return found;
}

describe('the pages of the development set and the voice probes', () => {
  it('reads the same page however its url was written', () => {
    expect(pageKey('https://www.thawra.sy/?p=260756/')).toBe(pageKey('http://thawra.sy/?p=260756'));
    expect(pageKey('https://albaathmedia.sy/2019/08/05/%d8%a7%d9%84%d8%b3')).toBe(pageKey('https://albaathmedia.sy/2019/08/05/الس'));
    expect(pageKey('https://example.com/a')).not.toBe(pageKey('https://example.com/b'));
  });

  it('finds a page gathered twice when one copy is held out', () => {
    const pages: Page[] = [
      {key: pageKey('https://example.com/story'), folder: [...HELD_OUT][0]!, file: '001.txt'},
      {key: pageKey('https://www.example.com/story/'), folder: 'voice-probe9', file: 'probe.en.yaml'},
      {key: pageKey('https://example.com/other'), folder: 'russia-2021', file: '002.txt'},
      {key: pageKey('https://example.com/other'), folder: 'voice-probe7', file: 'probe.en.yaml'},
    ];
    expect(leaks(pages)).toEqual([`${[...HELD_OUT][0]}/001.txt + voice-probe9/probe.en.yaml`]);
  });

  it('holds no held-out page anywhere else, and each held-out folder has its pages', () => {
    const probes = probePages();
    // Every probe passage names its page (about a thousand of them): none is missed by the reading.
    expect(probes.length).toBeGreaterThan(900);
    const pages = [...devsetPages(), ...probes];
    for (const folder of HELD_OUT) expect(pages.filter((p) => p.folder === folder).length, folder).toBeGreaterThanOrEqual(8);
    expect(leaks(pages)).toEqual([]);
  });

  it('gathers no page into two development-set folders', () => {
    const byKey = new Map<string, string[]>();
    for (const page of devsetPages()) byKey.set(page.key, [...(byKey.get(page.key) ?? []), `${page.folder}/${page.file}`]);
    expect([...byKey.values()].filter((files) => new Set(files.map((f) => f.split('/')[0])).size > 1)).toEqual([]);
  });
});
