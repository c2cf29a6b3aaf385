import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {detectParagraphs} from '../../src/corpus/language.js';
import {loadCorpus} from '../../src/corpus/load.js';

/*
 * Hard-wrapped copy (a mail archive, a forum's repost of wire copy) breaks
 * each paragraph into lines of one width. Its English lines are joined back
 * into paragraphs, so terms and quotations that run over a line end are
 * found; the paragraph keeps the original text, line breaks and all.
 */

const DEVSET = join(import.meta.dirname, '..', 'fixtures', 'devset');
const bodyOf = (folder: string, file: string): string => {
  const raw = readFileSync(join(DEVSET, folder, file), 'utf8');
  return raw.slice(raw.indexOf('\n---', 3) + 5);
};
const texts = (body: string): string[] => detectParagraphs(body).map((p) => body.slice(p.start, p.end));

// RFE/RL copy reposted on a forum, wrapped at 70 columns, no blank line between paragraphs.
// https://armeniandiaspora.com/forum/2008/march-2008/121874-armenian-police-defend-use-of-force?p=121874
const RFERL = bodyOf('armenia-2008', '009-rferl-armeniandiaspora-yerevan2008.txt');
// The Armenian police's statement, wrapped at 70 columns, paragraphs set off by blank lines.
// https://www.armenianclub.com/2008/03/02/ra-police-weapons-were-to-be-distributed-to-the-strikers/
const POLICE = bodyOf('armenia-2008', '006-police-armenianclub-yerevan2008.txt');

describe('hard-wrapped English lines are joined into their paragraphs', () => {
  it('RFE/RL: a paragraph of four lines is one, and it ends at its short last line', () => {
    const paragraphs = texts(RFERL);
    expect(paragraphs.slice(0, 4)).toEqual(['Armenian Police Defend Use Of Force', 'By Astghik Bedevian', 'Radio Liberty, Czech Republic', 'March 1 2008']);
    expect(paragraphs[4]).toBe(
      'The Armenian police defended on Saturday the forcible break-up of the\neleven-day peaceful opposition demonstration in Yerevan, portraying\nthe use of force as a preemptive action against "mass riots" allegedly\nplanned by opposition leader Levon Ter-Petrosian.',
    );
    expect(paragraphs[5]!.startsWith('A spokesman for the national Police Service, Sayat Shirinian,\nsaid')).toBe(true);
  });

  it('the police statement: "mass\\ndisorders", split by a line end, is found, at its offsets in the original', () => {
    const [source] = loadCorpus([join(DEVSET, 'armenia-2008', '006-police-armenianclub-yerevan2008.txt')]);
    const mention = analyzeCorpus([source!]).mentions.find((m) => m.text === 'mass\ndisorders');
    expect(mention).toBeDefined();
    expect(source!.body.slice(mention!.start, mention!.end)).toBe('mass\ndisorders');
    expect(POLICE).toContain('mass\ndisorders');
  });

  it('the police statement: its quotation, opened on one line and never closed, is the police\'s, not the outlet\'s', () => {
    const [source] = loadCorpus([join(DEVSET, 'armenia-2008', '006-police-armenianclub-yerevan2008.txt')]);
    const rallies = analyzeCorpus([source!]).mentions.find((m) => m.text === 'rallies');
    expect(rallies?.voice).toBe('quoted');
  });
});

describe('lines that are paragraphs of their own stay apart', () => {
  it('a headline in capitals is not run into its byline (Hayots Ashkhar)', () => {
    // https://armeniandiaspora.com/forum/2008/march-2008/122726-ter-petrosyan-the-chief-oganizer-of-march-1 (Hayots Ashkhar, in the devset)
    const body = bodyOf('armenia-2008', '007-hayotsashkhar-yerevan2008.txt');
    expect(texts(body)).toContain('Lilit Poghosyan');
  });

  it('one paragraph per line, as the seeds and most pages are written, is left as it is', () => {
    const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seeds-original', '002_824aa14bf3ea2a6b.txt'), 'utf8');
    expect(texts(seed).length).toBe(seed.split('\n').filter((l) => l.trim() !== '').length);
    for (const folder of ['usa-2020', 'hong-kong-2019', 'turkey-2013']) {
      for (const file of readdirTxt(folder)) expect(texts(bodyOf(folder, file)).every((p) => !p.includes('\n'))).toBe(true);
    }
  });

  it('Arabic lines are never joined, however short', () => {
    const body = 'مقتل 14 شخص في مظاهرات في تشاد مطالبة باسقاط الحكومة ورفض التوريث\nوقالت المعارضة إن الشرطة أطلقت النار على المتظاهرين في العاصمة\nنجامينا';
    expect(texts(body)).toHaveLength(3);
  });
});

function readdirTxt(folder: string): string[] {
  return readdirSync(join(DEVSET, folder)).filter((f) => f.endsWith('.txt'));
}
