import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadInputs} from '../../src/corpus/inputs.js';
import {loadSeeds} from '../../src/corpus/load.js';
import {InputError} from '../../src/errors.js';
import {tmp} from './support.js';

/*
 * Corpus tables built from the seed articles (real text, multi-line cells),
 * in the columns a Media Cloud export uses, with the bad rows real exports
 * have: an empty text cell, a broken quote, a line that is not JSON.
 */
const seeds = loadSeeds();
const q = (v: string | null): string => (v === null ? '' : /[",\r\n]/u.test(v) ? `"${v.replace(/"/gu, '""')}"` : v);

function csvOf(rows: readonly (readonly (string | null)[])[]): string {
  return rows.map((r) => r.map(q).join(',')).join('\r\n') + '\r\n';
}

const HEADER = ['stories_id', 'publish_date', 'title', 'url', 'language', 'media_name', 'media_url', 'story_text'];
const row = (s: (typeof seeds)[number]) => [`mc-${s.id}`, '2022-01-08 10:00:00', s.title, `https://example.org/${s.id}`, s.language, s.outlet, 'example.org', s.body];

async function load(files: Record<string, string>, options: Parameters<typeof loadInputs>[1] = {}): Promise<{sources: Awaited<ReturnType<typeof loadInputs>>['sources']; notices: string[]; dir: string}> {
  const dir = tmp();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const notices: string[] = [];
  const {sources} = await loadInputs(Object.keys(files).map((n) => join(dir, n)), {notice: (m) => notices.push(m), ...options});
  return {sources, notices, dir};
}

describe('CSV corpora', () => {
  it('read one article per row in the export’s column names; the cell is the body, offsets point into it', async () => {
    const {sources, notices} = await load({'export.csv': '\uFEFF' + csvOf([HEADER, ...seeds.map(row)])});
    expect(notices).toEqual([]);
    expect(sources.map((s) => s.id)).toEqual(seeds.map((s) => `mc-${s.id}`));
    sources.forEach((s, i) => {
      expect(s.body).toBe(seeds[i]!.body);
      expect(s).toMatchObject({format: 'row', outlet: seeds[i]!.outlet, date: '2022-01-08 10:00:00', url: `https://example.org/${seeds[i]!.id}`, language: 'ar', extra: {media_url: 'example.org'}});
    });
    // The header is line 1; each row starts on its own line though the cells above span many.
    expect(sources[0]!.line).toBe(2);
    expect(sources[1]!.line).toBe(2 + seeds[0]!.body.split('\n').length);
  });

  it('skip bad rows, name each by its line and count them', async () => {
    const rows = [HEADER, row(seeds[0]!), ['x1', '', 'no text here', '', 'ar', 'X', '', '  '], row(seeds[1]!)];
    const {sources, notices, dir} = await load({'export.csv': csvOf(rows) + 'x2,"broken,quote\r\n'});
    expect(sources.map((s) => s.id)).toEqual(['mc-000', 'mc-001']);
    const file = join(dir, 'export.csv');
    const emptyLine = 2 + seeds[0]!.body.split('\n').length;
    expect(notices[0]).toBe(`${file}:${emptyLine}: row skipped: no text in column \`story_text\``);
    expect(notices[1]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:\\d+: row skipped: malformed CSV \\(`, 'u'));
    expect(notices[2]).toBe(`${file}: skipped 2 of 4 rows; read 2`);
  });

  it('map other column names with --columns, and say which columns exist when the text is not found', async () => {
    const text = csvOf([['n', 'الصحيفة', 'النص'], ['1', 'Al-Thawra', seeds[1]!.body]]);
    const {sources} = await load({'a.csv': text}, {columns: {text: 'النص', outlet: 'الصحيفة', id: 'n'}});
    expect(sources[0]).toMatchObject({id: '1', outlet: 'Al-Thawra', body: seeds[1]!.body});
    const dir = tmp();
    writeFileSync(join(dir, 'a.csv'), text);
    expect((await loadInputs([join(dir, 'a.csv')])).skipped[0]!.reason).toMatch(/^no column with the article text \(looked for text, story_text/u);
    // A --columns naming no column is a mistake in the command: the run stops (exit 2) and lists the columns there are.
    const wrong = await loadInputs([join(dir, 'a.csv')], {columns: {text: 'body'}}).then(() => null, (e: unknown) => e as InputError);
    expect(wrong).toBeInstanceOf(InputError);
    expect(wrong!.message).toMatch(/a\.csv: --columns text=body: there is no column `body`$/u);
    expect(wrong!.hint).toBe('The columns are: n, الصحيفة, النص. Name one of them, e.g. --columns text=n.');
    expect(wrong!.exitCode).toBe(2);
  });

  it('read a TSV file', async () => {
    const tsv = `title\tmedia_name\ttext\n${seeds[3]!.title ?? ''}\tExample\t${seeds[3]!.body.split('\n')[0]}\n`;
    const {sources} = await load({'a.tsv': tsv});
    expect(sources[0]!.body).toBe(seeds[3]!.body.split('\n')[0]);
  });
});

describe('JSONL corpora', () => {
  it('read one object per line, skip lines that are not objects, by line number', async () => {
    const lines = [JSON.stringify({id: 'a', media_name: 'Al Jazeera', text: seeds[2]!.body, language: 'ar'}), '', '{"id": "b", "text": ', '[1, 2]', JSON.stringify({id: 'c', title: 'no text'}), JSON.stringify({stories_id: 7, story_text: seeds[4]!.body, tags: ['a', 'b']})];
    const {sources, notices, dir} = await load({'c.jsonl': lines.join('\n') + '\n'});
    const file = join(dir, 'c.jsonl');
    expect(sources.map((s) => [s.id, s.line, s.outlet])).toEqual([['a', 1, 'Al Jazeera'], ['7', 6, null]]);
    expect(sources[1]!.body).toBe(seeds[4]!.body);
    expect(sources[1]!.extra).toEqual({tags: '["a","b"]'});
    expect(notices).toEqual([
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:3: row skipped: not valid JSON`, 'u')),
      `${file}:4: row skipped: not a JSON object`,
      expect.stringMatching(/:5: row skipped: no column with the article text .*; its keys: id, title$/u),
      `${file}: skipped 3 of 5 rows; read 2`,
    ]);
  });

  it('a file with no usable row is skipped with the reason, not read as an empty corpus', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'c.jsonl'), '{"title": "x"}\n');
    const corpus = await loadInputs([join(dir, 'c.jsonl')]);
    expect(corpus.sources).toEqual([]);
    expect(corpus.skipped).toEqual([{file: join(dir, 'c.jsonl'), reason: 'no usable rows (1 row, all skipped)'}]);
  });

  it('with --strict, a bad row stops the run after naming it', async () => {
    const rows = [JSON.stringify({text: seeds[0]!.body}), '{broken'];
    await expect(load({'c.jsonl': rows.join('\n')}, {strict: true})).rejects.toThrow(/c\.jsonl: 1 of 2 rows could not be read; stopping because of --strict/u);
  });
});

describe('standard input', () => {
  it('reads one article, front matter and all', async () => {
    const text = `---\noutlet: Al-Thawra (Syria)\nauthor: ريم صالح\n---\n${seeds[1]!.body}`;
    const [s] = (await loadInputs(['-'], {readStdin: async () => Buffer.from(text)})).sources;
    expect(s).toMatchObject({id: 'stdin', file: '-', format: 'stdin', outlet: 'Al-Thawra (Syria)', extra: {author: 'ريم صالح'}, body: seeds[1]!.body});
  });

  it('reads a saved page piped in, and refuses `-` twice', async () => {
    const page = `<html lang="ar"><head><title>t</title></head><body><article><p>${seeds[0]!.body.split('\n').slice(1, 4).join('</p><p>')}</p></article></body></html>`;
    const [s] = (await loadInputs(['-'], {readStdin: async () => Buffer.from(page)})).sources;
    expect(s).toMatchObject({id: 'stdin', format: 'html', language: 'ar'});
    await expect(loadInputs(['-', '-'])).rejects.toThrow(/more than once/u);
  });
});
