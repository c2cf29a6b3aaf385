import {describe, expect, it} from 'vitest';
import {findQuotes} from '../../src/voice/quotes.js';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Guillemets set off by spaces on both sides (« … », as French typography
 * writes them and some Arabic pages copy) take their role from their shape:
 * « opens, » closes the quotation it opened. Grown on the fourth voice probe
 * (tests/fixtures/voice-probe4/).
 */

const S = 'وقالت نعيمة المنصوري ، عضوة البرلمان ، إن المتظاهرين « مُنعوا من الذهاب إلى البرلمان هنا اليوم ، وعدد الأمن أكثر من المحتجين ». وأضافت « نريد تطبيق الشرعية والدستور واستعادة الوطن بلد الديمقراطية والحريات. نريد استعادة الشرعية الدستورية لبلدنا ».';

describe('spaced guillemets are quotation marks', () => {
  it('« … » after إن and after وأضافت are the speaker\'s words (Chafafia, Tunisia 2021, in the fourth probe)', () => {
    expect(voiceOf(S, 'مُنعوا من الذهاب إلى البرلمان', 'ar').voice).toBe('quoted');
    expect(voiceOf(S, 'أكثر من المحتجين', 'ar').voice).toBe('quoted');
    expect(voiceOf(S, 'نريد تطبيق الشرعية والدستور', 'ar').voice).toBe('quoted');
  });

  it('the two quotations are two, each from its « to its »', () => {
    const quotes = findQuotes(S, {start: 0, end: S.length});
    expect(quotes.map((q) => S.slice(q.start, q.end))).toEqual([
      'مُنعوا من الذهاب إلى البرلمان هنا اليوم ، وعدد الأمن أكثر من المحتجين',
      'نريد تطبيق الشرعية والدستور واستعادة الوطن بلد الديمقراطية والحريات. نريد استعادة الشرعية الدستورية لبلدنا',
    ]);
  });
});

describe('what stays as it was', () => {
  it('the words outside the marks stay the report\'s, not the quotation\'s', () => {
    expect(voiceOf(S, 'المتظاهرين', 'ar').voice).toBe('attributed');
  });

  it('a lone » between spaces with nothing open opens nothing (made-up)', () => {
    const s = 'قال المتحدث » إن الوضع هادئ في العاصمة.';
    expect(findQuotes(s, {start: 0, end: s.length})).toEqual([]);
  });

  it('guillemets that touch their words pair as before (Al Roeya, in the fourth probe)', () => {
    const s = 'ودعت «لجان المقاومة» في الأحياء إلى الاحتجاجات';
    const quotes = findQuotes(s, {start: 0, end: s.length});
    expect(quotes.map((q) => s.slice(q.start, q.end))).toEqual(['لجان المقاومة']);
  });
});
