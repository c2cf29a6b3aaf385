import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {describeFiles, loadCorpus, readCorpus} from '../../src/corpus/load.js';
import {folderWith, inputError} from './support.js';

/* The first bytes of real PDF, Word and OpenDocument files, as their formats define them. */
const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.alloc(22), Buffer.from('[Content_Types].xml'), Buffer.alloc(40), Buffer.from('word/document.xml')]);
const DOC = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

describe('documents that are not text', () => {
  it('name a PDF and say how to get its text out', () => {
    const e = inputError(() => loadCorpus([join(folderWith({'report.txt': PDF}), 'report.txt')]));
    expect(e.message).toMatch(/report\.txt: this is a PDF document, not a text file \(get its text out with `pdftotext -layout FILE\.pdf FILE\.txt`/u);
    expect(e.hint).toMatch(/pdftotext/u);
  });

  it('name a Word document, .docx or .doc, and say how to get its text out', () => {
    const dir = folderWith({'a.docx': DOCX, 'b.doc': DOC});
    const docx = inputError(() => loadCorpus([join(dir, 'a.docx')]));
    expect(docx.message).toMatch(/a\.docx: this is a Word document \(\.docx\)/u);
    expect(docx.hint).toMatch(/libreoffice --headless --convert-to txt/u);
    expect(inputError(() => loadCorpus([join(dir, 'b.doc')])).message).toMatch(/b\.doc: this is a Word document \(\.doc\)/u);
  });

  it('a folder counts the files that are not articles (a PDF among them) instead of skipping them silently', () => {
    const dir = folderWith({'a.txt': 'قالت الشرطة إن المتظاهرين تفرقوا.', 'b.pdf': PDF, 'photo.jpg': Buffer.from([0xff, 0xd8, 0xff]), 'style.css': 'p {}'});
    const corpus = readCorpus([dir]);
    expect(corpus.sources.map((s) => s.id)).toEqual(['a']);
    expect(corpus.skipped).toEqual([]);
    expect(corpus.ignored).toEqual([join(dir, 'b.pdf'), join(dir, 'photo.jpg'), join(dir, 'style.css')]);
  });

  it("a folder's own notes (README.md, LICENSE, DATA-NOTE.txt) are named as not read, not taken for articles; given by name they are read", () => {
    const article = 'قالت الشرطة إن المتظاهرين تفرقوا.';
    const dir = folderWith({'a.txt': article, 'README.md': '# Corpus\n\nArticles on the protests, kept for evaluation.', 'LICENSE': 'CC BY 4.0', 'DATA-NOTE.txt': 'Where these texts come from.', 'readme-story.txt': article});
    const corpus = readCorpus([dir]);
    expect(corpus.sources.map((s) => s.id)).toEqual(['a', 'readme-story']);
    expect(corpus.ignored).toEqual([join(dir, 'DATA-NOTE.txt'), join(dir, 'LICENSE'), join(dir, 'README.md')]);
    expect(describeFiles(corpus.ignored!)).toBe('3 files (DATA-NOTE.txt, LICENSE, README.md)');
    expect(loadCorpus([join(dir, 'README.md')]).map((s) => s.id)).toEqual(['README']);
  });
});
