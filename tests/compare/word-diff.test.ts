import {describe, expect, it} from 'vitest';
import {renderPassageDiff} from '../../src/compare/diff-render.js';
import {findSharedPassages} from '../../src/compare/passages.js';
import {changeKind, closeSpelling, wordDiff} from '../../src/compare/word-diff.js';
import {tokenize} from '../../src/text/tokenize.js';
import type {Passage, Span} from '../../src/types.js';

// The police spokesman's sentence as 000 words it, and a rewrite with one edit of each kind.
const A = 'قال المتحدث إن القوى المتطرفة حاولت اقتحام مبان إدارية في مدينة ألماتا وقتل 18 من عناصر الشرطة في الاشتباكات العنيفة مع المسلحين';
const B = 'قال المتحدث إن القوى المتطرفة حاولت أمس اقتحام مبان إدارية في مدينة ألماتي وقتل 13 من أفراد الشرطة في الاشتباكات مع المسلحين';

const spanOf = (text: string, word: string): Span => ({start: text.indexOf(word), end: text.indexOf(word) + word.length});
const input = (id: string, body: string, termSpans: Span[] = []) => ({id, body, tokens: tokenize(body), termSpans});
const described = (p: Passage, a: string, b: string): string[] =>
  p.edits.map((e) => `${e.kind}${e.term ? '!' : ''}:${e.a ? a.slice(e.a.start, e.a.end) : ''}>${e.b ? b.slice(e.b.start, e.b.end) : ''}`);

describe('word-level diff of a shared passage', () => {
  it('classifies an addition, a spelling variant, a changed number, a changed word and a removal', () => {
    const [p, ...rest] = findSharedPassages([input('A', A), input('B', B)]);
    expect(rest).toEqual([]);
    expect(described(p!, A, B)).toEqual(['added:>أمس', 'spelling:ألماتا>ألماتي', 'number:18>13', 'wording:عناصر>أفراد', 'removed:العنيفة>']);
    expect(p!.a).toEqual({source: 'A', start: 0, end: A.length});
    expect(p!.b).toEqual({source: 'B', start: 0, end: B.length});
    // 18 of the 22 words on each side are aligned as the same word.
    expect(p!.similarity).toBeCloseTo(18 / 22, 3);
    const added = p!.edits[0]!;
    expect(added.at).toBe(A.indexOf(' اقتحام'));
  });

  it('aligns over normalised keys and keeps the original words: diacritics, a conjunction, Arabic-Indic digits', () => {
    const a = 'وأعلنت الشرطة الكازاخية القضاء على تشكيلات مسلحة مدرّبة ومنظمة وإصابة 700 آخرين في الاشتباكات';
    const b = 'أعلنت الشرطة الكازاخية القضاء على تشكيلات مسلحة مدربة ومنظمة وإصابة ٧٠٠ آخرين في الاشتباكات';
    const ta = tokenize(a);
    const tb = tokenize(b);
    const diff = wordDiff({tokens: ta, from: 0, to: ta.length, termSpans: []}, {tokens: tb, from: 0, to: tb.length, termSpans: []});
    expect(diff.common).toBe(ta.length);
    const edits = diff.edits.map((e) => `${e.kind}:${a.slice(e.a!.start, e.a!.end)}>${b.slice(e.b!.start, e.b!.end)}`);
    expect(edits).toEqual(['spelling:وأعلنت>أعلنت', 'spelling:مدرّبة>مدربة', 'spelling:700>٧٠٠']);
  });

  it('flags edits that touch a lexicon term on either side', () => {
    const [p] = findSharedPassages([input('A', A, [spanOf(A, 'العنيفة')]), input('B', B, [spanOf(B, 'أفراد'), spanOf(B, 'المسلحين')])]);
    expect(described(p!, A, B)).toEqual(['added:>أمس', 'spelling:ألماتا>ألماتي', 'number:18>13', 'wording!:عناصر>أفراد', 'removed!:العنيفة>']);
    const [plain] = findSharedPassages([input('A', A, [spanOf(A, 'المسلحين')]), input('B', B)]);
    expect(plain!.edits.every((e) => !e.term)).toBe(true);
  });

  it('tells spelling variants from different words', () => {
    expect(closeSpelling('الماتا', 'الماتي')).toBe(true); // ألماتا / ألماتي
    expect(closeSpelling('الماتا', 'المااتا')).toBe(true);
    expect(closeSpelling('متظاهرين', 'متظاهرون')).toBe(true);
    expect(closeSpelling('من', 'عن')).toBe(false);
    expect(closeSpelling('الشرطه', 'الجيش')).toBe(false);
    expect(closeSpelling('عناصر', 'افراد')).toBe(false);
    const words = (s: string) => tokenize(s);
    expect(changeKind(words('ألما آتا'), words('ألماتا'))).toBe('spelling');
    expect(changeKind(words('700'), words('300'))).toBe('number');
    expect(changeKind(words('نحو 6 آلاف'), words('7989'))).toBe('number');
    expect(changeKind(words('مسلحين'), words('محتجين'))).toBe('wording');
    expect(changeKind(words('الإرهابيين'), words('المتظاهرين'))).toBe('wording');
  });
});

describe('rendering a passage diff', () => {
  const [p] = findSharedPassages([input('A', A, [spanOf(A, 'العنيفة')]), input('B', B)]);

  it('marks changes inline in the original words, without colour', () => {
    const text = renderPassageDiff(p!, A, B, {color: false});
    expect(text).toBe('قال المتحدث إن القوى المتطرفة حاولت {+أمس+} اقتحام مبان إدارية في مدينة ألماتا~ألماتي وقتل [-18-]{+13+} من [-عناصر-]{+أفراد+} الشرطة في الاشتباكات ‹!›[-العنيفة-] مع المسلحين');
    expect(text).not.toMatch(/\u001b/u);
  });

  it('uses red and green, and dim for spelling, with colour', () => {
    const text = renderPassageDiff(p!, A, B, {color: true});
    expect(text).toContain('\u001b[31m[-18-]\u001b[39m\u001b[32m{+13+}\u001b[39m');
    expect(text).toContain('\u001b[2mألماتا~ألماتي\u001b[22m');
    expect(text).toContain('\u001b[32m{+أمس+}\u001b[39m');
  });

  it('never lets article text carry control sequences to the terminal', () => {
    const hostileA = A.replace('ألماتا', 'ألماتا\u001b]0;owned\u0007');
    const hostileB = B.replace('أفراد', 'أفراد\u202e');
    const [q] = findSharedPassages([input('A', hostileA), input('B', hostileB)]);
    const text = renderPassageDiff(q!, hostileA, hostileB, {color: false});
    expect(text).not.toMatch(/[\u001b\u0007\u202e]/u);
    expect(text).toContain('{+أفراد+}');
  });
});
