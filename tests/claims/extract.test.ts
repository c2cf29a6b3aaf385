import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {extractClaims} from '../../src/claims/extract.js';
import {buildClaimsTable} from '../../src/claims/table.js';
import {splitSentences} from '../../src/text/sentences.js';
import {tokenize} from '../../src/text/tokenize.js';
import type {Claim, Voice} from '../../src/types.js';

function claims(text: string, language: 'ar' | 'en' = 'ar', voiceAt = (): {voice: Voice; speaker: string | null} => ({voice: 'outlet', speaker: null})): Claim[] {
  const paragraphs = [{start: 0, end: text.length, language}];
  return extractClaims({source: 's', body: text, sentences: splitSentences(text, paragraphs), tokens: tokenize(text), voiceAt});
}

/** value-or-vague, qualifier, measure, group: what a claim says. */
const said = (text: string, language: 'ar' | 'en' = 'ar'): string[] => claims(text, language).map((c) => `${c.value ?? c.approx} ${c.qualifier} ${c.measure} ${c.group}`);

describe('tolls in seed sentences', () => {
  it('digits with the counted group, and "آخرون" pointing back to it (000)', () => {
    expect(said('قُتل 18 من عناصر وضباط الشرطة الكازاخية وأصيب 700 آخرون بجروح نتيجة الاشتباكات مع المحتجين خلال الأيام الماضية.')).toEqual([
      '18 exactly killed security',
      '700 exactly injured security',
    ]);
  });
  it('"حتى اليوم" is "until today", and "أكثر من … آخرين" is more than (001)', () => {
    expect(said('حيث قتل حتى اليوم 13 من عناصر الشرطة وأصيب أكثر من 300 آخرين خلال أعمال العنف والشغب.')).toEqual([
      '13 exactly killed security',
      '300 more-than injured security',
    ]);
  });
  it('a number word, hospital and intensive care in a quoted toll (001)', () => {
    expect(said('بأن “أكثر من ألف شخص في مناطق مختلفة من كازاخستان أصيبوا بجروح نتيجة أعمال الشغب، منهم 400 نقلوا إلى المستشفيات، و62 يرقدون في العناية المركزة”')).toEqual([
      '1000 more-than injured people',
      '400 exactly hospitalized people',
      '62 exactly hospitalized people',
    ]);
  });
  it('a dual is the number: "جثتين لعنصرين من الشرطة" is two police killed (001)', () => {
    const [c, ...rest] = claims('وقالت الشرطة الكازاخية أنه تم العثور على جثتين لعنصرين من الشرطة مقطوعتي الرأس.');
    expect(rest).toEqual([]);
    expect([c!.value, c!.measure, c!.group, c!.text]).toEqual([2, 'killed', 'security', 'جثتين لعنصرين من الشرطة']);
  });
  it('عدد قتلى / عدد المعتقلين / عنصر أمن (002)', () => {
    expect(said('وذكرت أن عدد قتلى الاضطرابات بلغ 164 شخصاً، وأن عدد المعتقلين اقترب من 6 آلاف شخص، وأن أكثر من 1300 عنصر أمن أصيبوا أثناء حماية النظام.')).toEqual([
      '164 exactly killed people',
      '6000 about arrested people',
      '1300 more-than injured security',
    ]);
    expect(said('في حين قُتل 26 محتجا، حسب الداخلية.')).toEqual(['26 exactly killed protesters']);
  });
  it('vague quantities, and "القضاء على" as killing (000, 003)', () => {
    expect(said('وأعلنت الشرطة الكازاخية القضاء على عشرات المتطرفين خلال محاولتهم اقتحام مراكز الشرطة.')).toEqual(['dozens exactly killed attackers']);
    expect(said('قُتل “عشرات” المتظاهرين في كازاخستان.')).toEqual(['dozens exactly killed protesters']);
    expect(said('وتم القضاء على عشرات المهاجمين، ويجري التعرف على هوياتهم.')).toEqual(['dozens exactly killed attackers']);
  });
  it('a number word before its noun, "على الأقل" after it (003)', () => {
    expect(said('وأفادت بأن ثمانية من أفراد قوات الأمن على الأقل قتلوا وجرح 317 آخرون.')).toEqual(['8 at-least killed security', '317 exactly injured security']);
  });
  it('number word with a scale, a quoted figure, a verb after the vague count (004)', () => {
    expect(said('ووفق آخر حصيلة، أوقف نحو ثمانية آلاف شخص في أعقاب اضطرابات.')).toEqual(['8000 about arrested people']);
    expect(said('بلغ عدد الموقوفين لدى أجهزة وزارة الداخلية، 7989 شخصا".')).toEqual(['7989 exactly arrested people']);
    expect(said('مواجهات دامية خلفت حوالي 164 قتيلاً، وفق ما أفاد مراسل.')).toEqual(['164 about killed people']);
    expect(said('وكان المسؤولون أعلنوا في حصيلة سابقة مقتل 26 متظاهراً و16 من عناصر الأمن في التظاهرات.')).toEqual([
      '26 exactly killed protesters',
      '16 exactly killed security',
    ]);
    expect(said('وقُتل العشرات، واعتُقل الآلاف.')).toEqual(['dozens exactly killed people', 'thousands exactly arrested people']);
    expect(said('إن السلطات ألقت القبض على 5800 شخص لصلتهم بالاضطرابات')).toEqual(['5800 exactly arrested people']);
  });
});

describe('qualifiers', () => {
  it.each([
    ['قتل نحو 20 شخصا', 'about'],
    ['قتل حوالى 20 شخصا', 'about'],
    ['قتل قرابة 20 شخصا', 'about'],
    ['قتل زهاء 20 شخصا', 'about'],
    ['قتل ما يقارب 20 شخصا', 'about'],
    ['قتل أكثر من 20 شخصا', 'more-than'],
    ['قتل ما يزيد على 20 شخصا', 'more-than'],
    ['قتل ما لا يقل عن 20 شخصا', 'at-least'],
    ['قتل 20 شخصا على الأقل', 'at-least'],
    ['قتل أقل من 20 شخصا', 'less-than'],
    ['قتل ما لا يزيد على 20 شخصا', 'at-most'],
    ['قتل لا يزيد عن 20 شخصا', 'at-most'],
    ['قتل 20 شخصا', 'exactly'],
  ])('%s → %s', (text, qualifier) => {
    const [c] = claims(text);
    expect(c?.qualifier).toBe(qualifier);
    // The claim runs from the qualifier in front to the counted noun.
    expect(c?.text.startsWith(text.slice(4, 8))).toBe(true);
  });
  it('"على الأقل" after a later number does not qualify an earlier one', () => {
    expect(said('قتل 20 شخصا وأصيب 5 على الأقل.')).toEqual(['20 exactly killed people', '5 at-least injured people']);
  });
});

describe('numbers that are not tolls', () => {
  it('dates, years, ages, durations from the seeds', () => {
    expect(claims('وكان رئيس كازاخستان، قاسم جومارت توكاييف، قال الأربعاء 5 كانون الثاني 2022، إنه ناشد تكتلاً أمنياً.')).toEqual([]);
    expect(claims('وكان نزارباييف (81 سنة) الرئيس الأطول بقاء في الحكم إلى أن ترك منصبه لتوكاييف في عام 2019 بعد مقتل الجنود.')).toEqual([]);
    expect(claims('وعاد الإنترنت الإثنين إلى ألماتي بعد انقطاع دام 5 أيام وتزامن مع مواجهات قتل فيها.')).toEqual([]);
    expect(claims('وكما أشارت إلى أنها خصصت 70 طائرةَ شحن عسكرية، من أجل نقل قوات حفظ السلام.')).toEqual([]);
  });
  it('dates, years, article numbers, shares and clock times next to a toll word', () => {
    expect(claims('قتل المتظاهرون في 5 يناير.')).toEqual([]);
    expect(claims('في 2022 قتل المتظاهرون.')).toEqual([]);
    expect(claims('اعتقل المحتجون بموجب المادة 2 من القانون.')).toEqual([]);
    expect(claims('ارتفعت نسبة المعتقلين 5 في المئة.')).toEqual([]);
    expect(claims('ارتفعت نسبة المعتقلين 12% خلال الأسبوع.')).toEqual([]);
    expect(claims('قتل المتظاهر عند الساعة 10:30 مساء.')).toEqual([]);
    expect(claims('وفي يوم الاثنين قتل المتظاهرون.')).toEqual([]);
  });
  it('a four-digit count followed by its noun is a count, not a year', () => {
    expect(said('اعتقل 2000 شخص في ألماتي.')).toEqual(['2000 exactly arrested people']);
    expect(said('سقط 2000 قتيل في ألماتي.')).toEqual(['2000 exactly killed people']);
  });
});

describe('English tolls', () => {
  it.each([
    ['At least 164 people were killed.', '164 at-least killed people'],
    ['Nearly 8,000 people were detained.', '8000 about arrested people'],
    ['More than 1,300 security officers were injured.', '1300 more-than injured security'],
    ['Dozens of rioters were killed, police said.', 'dozens exactly killed attackers'],
    ['Police said a dozen officers had died.', '12 exactly killed security'],
    ['Up to 200 protesters were hospitalized.', '200 at-most hospitalized protesters'],
    ['No more than 200 protesters were hospitalized.', '200 at-most hospitalized protesters'],
    ['Thousands were arrested in Almaty.', 'thousands exactly arrested people'],
    ['Twenty-five demonstrators were wounded.', '25 exactly injured protesters'],
  ])('%s', (text, expected) => expect(said(text, 'en')).toEqual([expected]));
  it('dates and years are not tolls', () => {
    expect(claims('On January 5, 2022, police killed protesters.', 'en')).toEqual([]);
    expect(claims('As many as 50 may have died.', 'en').map((c) => c.value)).toEqual([50]);
  });
  it('a dateline day is no toll and does not swallow the toll after it', () => {
    expect(said('ALMATY, Jan 9 - At least 164 people were killed in protests.', 'en')).toEqual(['164 at-least killed people']);
    expect(said('On 9 Jan at least 164 people were killed.', 'en')).toEqual(['164 at-least killed people']);
    expect(said('ALMATY, Jan. 9 (Reuters) - At least 164 people were killed.', 'en')).toEqual(['164 at-least killed people']);
  });
  it('a group named across another number belongs to that number', () => {
    expect(said('Officials said 10 were injured and 5 police were killed.', 'en')).toEqual(['10 exactly injured people', '5 exactly killed security']);
  });
  it.each([
    ['No fewer than 20 people were killed.', 'at-least'],
    ['Not less than 20 people were killed.', 'at-least'],
    ['Not more than 20 people were killed.', 'at-most'],
  ])('%s', (text, qualifier) => expect(claims(text, 'en')[0]?.qualifier).toBe(qualifier));
  it.each([
    ['قتل ما يصل إلى 20 شخصا', 'at-most'],
    ['قتل ما لا يتجاوز 20 شخصا', 'at-most'],
  ])('%s', (text, qualifier) => expect(claims(text)[0]?.qualifier).toBe(qualifier));
});

describe('claims carry exact offsets, their sentence and their voice', () => {
  const text = 'قالت الوزارة إن 164 شخصا قتلوا. وأصيب أكثر من 300 آخرين بجروح.';
  const found = claims(text, 'ar', () => ({voice: 'attributed', speaker: 'الوزارة'}));
  it('slices to the text', () => {
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
    // "آخرين" points back only within its sentence: here there is nothing to point to.
    expect(found.map((c) => c.text)).toEqual(['164 شخصا', 'أكثر من 300']);
  });
  it('indexes its sentence and takes the voice it is given', () => {
    expect(found.map((c) => [c.sentence, c.voice, c.speaker])).toEqual([
      [0, 'attributed', 'الوزارة'],
      [1, 'attributed', 'الوزارة'],
    ]);
  });
});

describe('any mix of toll words and numbers', () => {
  const words = ['قُتل', 'وأصيب', 'اعتقل', 'نحو', 'أكثر', 'من', 'على', 'الأقل', '18', '٢٦', '7,989', 'ثمانية', 'آلاف', 'عشرات', 'الآلاف', 'جثتين',
    'لعنصرين', 'الشرطة', 'آخرون', 'المتظاهرين', 'شخصا', '2022', 'يناير', 'killed', 'at', 'least', 'people', 'dozens', '،', '.', '“', '”', '\n'];
  it('keeps offsets exact, spans ordered and sentences in range', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), {maxLength: 40}), (picked) => {
        const text = picked.join(' ');
        const paragraphs = [{start: 0, end: text.length, language: 'ar' as const}];
        const sentences = splitSentences(text, paragraphs);
        const found = extractClaims({source: 's', body: text, sentences, tokens: tokenize(text), voiceAt: () => ({voice: 'outlet', speaker: null})});
        let previousEnd = 0;
        for (const c of found) {
          expect(text.slice(c.start, c.end)).toBe(c.text);
          expect(c.start).toBeGreaterThanOrEqual(previousEnd);
          expect(c.end).toBeGreaterThan(c.start);
          expect(c.start).toBeGreaterThanOrEqual(sentences[c.sentence]!.start);
          expect(c.end).toBeLessThanOrEqual(sentences[c.sentence]!.end);
          expect((c.value === null) !== (c.approx === null)).toBe(true);
          previousEnd = c.end;
        }
      }),
      {numRuns: 300},
    );
  });
});

describe('claims table', () => {
  it('puts the same measure and group of several sources side by side, in a stable order', () => {
    const a = claims('قُتل 18 من عناصر الشرطة وأصيب 700 آخرون. واعتقل 6 آلاف شخص.').map((c) => ({...c, source: 'A'}));
    const b = claims('اعتقل نحو 8 آلاف شخص. قتل 13 من عناصر الشرطة.').map((c) => ({...c, source: 'B'}));
    const table = buildClaimsTable([...a, ...b], ['A', 'B', 'C']);
    expect(table).toEqual([
      {measure: 'killed', group: 'security', cells: {A: [0], B: [4], C: []}},
      {measure: 'injured', group: 'security', cells: {A: [1], B: [], C: []}},
      {measure: 'arrested', group: 'people', cells: {A: [2], B: [3], C: []}},
    ]);
  });
});

describe('English: a bare number counts the group named before it', () => {
  it('"… police officers were killed and 40 were injured" counts police, not people', async () => {
    const {analyzeCorpus} = await import('../../src/analyze.js');
    // The pattern issue 13 reports from an English article ("40 were injured", police officers named in the
    // clause before); no article of the development set has it, so the sentence is built from those fragments.
    const body = 'Eleven police officers were killed and 40 were injured.';
    const a = analyzeCorpus([{id: 'en', file: 'en.txt', outlet: null, language: 'en', title: null, date: null, url: null, body}]);
    expect(a.claims.map((c) => [c.value, c.measure, c.group])).toEqual([
      [11, 'killed', 'security'],
      [40, 'injured', 'security'],
    ]);
  });
});
