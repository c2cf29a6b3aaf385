import {beforeAll, describe, expect, it} from 'vitest';
import {analyzeSource, createAnalyzer, type Analyzer, type SourceFindings} from '../../src/analyze.js';
import type {Source} from '../../src/types.js';

/*
 * An escape sequence's digits and letters are not text: `ESC[2J` before
 * "قتلت 18 شرطيا" once gave "2 killed" and moved the 18 to the injured.
 */

let analyzer: Analyzer;
beforeAll(() => {
  analyzer = createAnalyzer();
});

function analyze(body: string): SourceFindings {
  const source: Source = {id: 'esc', file: 'esc.txt', outlet: null, language: 'ar', title: null, date: null, url: null, body};
  return analyzeSource(source, analyzer);
}

const said = (a: SourceFindings): string[] => a.claims.map((c) => `${c.value ?? c.approx} ${c.measure} ${c.group}`);

function expectExactOffsets(a: SourceFindings): void {
  for (const m of a.mentions) expect(a.source.body.slice(m.start, m.end)).toBe(m.text);
  for (const c of a.claims) expect(a.source.body.slice(c.start, c.end)).toBe(c.text);
}

describe('control and escape sequences in the analysis', () => {
  it('ESC[2J قتلت 18 شرطيا: 18 killed, not 2', () => {
    const a = analyze('\u001b[2J قتلت 18 شرطيا');
    expect(said(a)).toEqual(['18 killed security']);
    expect(a.claims[0]!.text).toBe('18 شرطيا');
    expectExactOffsets(a);
  });

  it('a seed sentence with a CSI, an OSC carrying digits and an 8-bit CSI gives the same tolls as without them', () => {
    const clean = 'قُتل 18 من عناصر وضباط الشرطة الكازاخية وأصيب 700 آخرون بجروح نتيجة الاشتباكات مع المحتجين خلال الأيام الماضية.';
    const dirty = `\u001b[2J${clean.slice(0, 5)}\u001b]0;99 قتيلا\u0007${clean.slice(5, 40)}\u009b5;7m${clean.slice(40)}`;
    expect(said(analyze(dirty))).toEqual(said(analyze(clean)));
    expect(said(analyze(clean))).toEqual(['18 killed security', '700 injured security']);
    expectExactOffsets(analyze(dirty));
  });

  it('a framing term after a colour sequence is found, its offsets exact in the body as written', () => {
    const body = 'وقال المتحدث إن \u001b[31mالعصابات الإرهابية\u001b[0m هاجمت المباني.';
    const a = analyze(body);
    const m = a.mentions.find((x) => x.text.includes('العصابات'));
    expect(m).toBeDefined();
    expect(body.slice(m!.start, m!.end)).toBe(m!.text);
    expect(m!.voice).toBe('attributed');
    expectExactOffsets(a);
  });

  it('no word and no number comes from inside a sequence', () => {
    const a = analyze('\u001b]0;المتظاهرين 500 قتيل\u0007\u001bP$q 300 قتيل\u001b\\نص عادي.');
    expect(a.mentions).toEqual([]);
    expect(a.claims).toEqual([]);
  });
});
