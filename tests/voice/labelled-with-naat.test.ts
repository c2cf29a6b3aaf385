import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * نعت (labelled) with its object pronoun and its بـ gives a quoted label as
 * the labellers' words, as وصفوه بـ"الجزار" does: نعتوه، نعته، ينعتونهم …
 * join the describing verbs of lexicons/voice.ar.yaml. Without بـ the
 * quotation after نعتت is the one labelled, and a scare quote before it
 * stays the outlet's. Grown on the thirty-fourth voice probe
 * (tests/fixtures/voice-probe34/).
 */

describe('نعتوه بـ"…": the label is the labellers\'', () => {
  it('كما هاجموا رئيس مجلس دير الزور المدني … ونعتوه بـ"رمز الفساد" (Zaman al-Wasl, Deir ez-Zor 2019)', () => {
    // https://www.zamanalwsl.net/news/article/104092/like
    const s = 'وأحرق المتظاهرون صورا لبشار الأسد، كما هاجموا رئيس مجلس دير الزور المدني التابع لـ"مجلس سوريا الديمقراطي" (مسد)غسان يوسف ونعتوه بـ"رمز الفساد".';
    expect(voiceOf(s, 'رمز الفساد').voice).toBe('quoted');
    expect(voiceOf(s, 'وأحرق المتظاهرون صورا').voice).toBe('outlet');
  });
});

describe('counter-examples: no بـ after the verb', () => {
  it('ألفاظا "خارجة" نعتت "السيسي" (FJP via Masress, Egypt)', () => {
    // https://www.masress.com/fjp/200756
    const s = 'تضمن تغريدات ساخرة وبعضها تناول ألفاظا "خارجة" نعتت "السيسي"، وحملت في مضمونها ضرورة رحيله من أجل مصر.';
    expect(voiceOf(s, 'خارجة').voice).toBe('outlet');
    expect(voiceOf(s, 'خارجة').distanced).toBe(true);
  });
});
