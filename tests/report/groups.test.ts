import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';
import {loadCorpus} from '../../src/corpus/load.js';
import {htmlReport} from '../../src/report/html.js';
import {markdownReport} from '../../src/report/markdown.js';
import {summarySentences} from '../../src/report/summary.js';
import type {Analysis} from '../../src/types.js';
import {wireCorpus} from '../support/wire-corpus.js';

/* One Reuters story in fourteen outlets (one changed "protesters" to "rioters") beside the other Hong Kong articles: every report shows the group. */

let a: Analysis;
beforeAll(() => {
  a = analyzeCorpus(loadCorpus([wireCorpus()]));
}, 60_000);

describe('reports of a story many outlets carry', () => {
  it('is one group of fourteen, with no pair passages (the precondition of what follows)', () => {
    expect(a.passages).toHaveLength(0);
    expect(a.passageGroups.map((g) => g.members.length)).toEqual([14]);
  });

  it('the summary counts the group and names who changed a framing word', () => {
    const sentences = summarySentences(a).map((s) => s.map((x) => x.text).join(''));
    expect(sentences[0]).toMatch(/and 1 shared passage carried by 14 sources\.$/u);
    expect(sentences.join('\n')).not.toMatch(/\b0 shared passages/u);
    expect(sentences).toContain('One passage is carried by 14 sources, 13 of them word for word (the common wording is that of 005-independent-reuters); w03 changed a framing word in its copy.');
  });

  it('Markdown shows who carries it, the common wording and the edited copy’s diff, never “No shared passages”', () => {
    const md = markdownReport(a);
    expect(md).not.toContain('No shared passages');
    const section = md.slice(md.indexOf('### Passages many sources share'));
    expect(section).toContain('#### 14 sources carry this passage');
    expect(section).toContain('13 word for word, 1 with edits.');
    expect(section).toContain('005-independent-reuters, w00, w01, w02, w04, w05, w06, w07, w08, w09, w10, w11, w12');
    expect(section).toMatch(/^- Similarity 0\.99; 2 wording: w03$/mu);
    const paragraphs = section.match(/^<p dir="ltr" lang="en">.*<\/p>$/gmu) ?? [];
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toContain('Hong Kong');
    expect(paragraphs[0]).not.toMatch(/<(del|ins|mark)\b/u);
    expect(paragraphs[1]!.match(/<mark class="term"><del>protesters<\/del> <ins>rioters<\/ins><\/mark>/gu)).toHaveLength(2);
    // The Markdown rules hold here too: Arabic (the corpus' Arabic articles) ends its line or cell.
    const outside = md.replace(/^<p dir="(rtl|ltr)" lang="(ar|en)"(?: class="credit")?>.*<\/p>$/gmu, '');
    for (const piece of outside.split(/\n|(?<!\\)\|/u)) expect(piece).not.toMatch(/[\u0600-\u06ff][^\u0600-\u06ff]*[A-Za-z0-9()[\]]/u);
  });

  it('HTML never says “No shared passages” above its group', () => {
    const html = htmlReport(a);
    expect(html).not.toContain('No shared passages');
    expect(html).toContain('14 sources carry this passage');
  });
});
