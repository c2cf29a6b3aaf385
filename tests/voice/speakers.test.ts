import {describe, expect, it} from 'vitest';
import {voiceOfLines} from '../support/voice-of-lines.js';
import type {Statement} from '../../src/types.js';

/** The statements of a text whose lines are paragraphs: cue → speaker, and what was said. */
function statementsIn(language: 'ar' | 'en', text: string, withQuotes = false): {cue: string; speaker: string | null; said: string}[] {
  const voice = voiceOfLines(text, language);
  return voice.statements.filter((s: Statement) => withQuotes || s.cue !== '“…”').map((s) => ({cue: s.cue, speaker: s.speaker, said: text.slice(s.start, s.end).trim()}));
}

const statements = (text: string, withQuotes = false): ReturnType<typeof statementsIn> => statementsIn('ar', text, withQuotes);
const english = (text: string): ReturnType<typeof statementsIn> => statementsIn('en', text);

const speakerOf = (text: string, cue: string): string | null | undefined => statements(text).find((s) => s.cue === cue)?.speaker;

// Sentences from the seeds (000–004), each exercising one rule.
describe('who speaks: the speaker phrase', () => {
  it('stops at the object after a definite subject (ودعت الشرطة سكان المدينة)', () => {
    expect(speakerOf('ودعت الشرطة سكان المدينة عبر الرسائل النصية إلى البقاء في مكان آمن.', 'ودعت')).toBe('الشرطة');
    expect(speakerOf('من جهتها، أعلنت منظمة معاهدة الأمن الجماعي بدء إرسال قوات حفظ السلام إلى كازاخستان.', 'أعلنت')).toBe('منظمة معاهدة الأمن الجماعي');
  });

  it('lets a name follow a title (المتحدث باسم الشرطة سالتانات أزيربك)', () => {
    expect(speakerOf('ونقلت وكالة سبوتنيك كازاخستان عن المتحدث باسم الشرطة سالتانات أزيربك قوله: إن الوضع مستقر.', 'ونقلت')).toBe('المتحدث باسم الشرطة سالتانات أزيربك');
    expect(speakerOf('قال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده تتابع الأحداث.', 'قال')).toBe('وزير الخارجية التركي مولود جاويش أوغلو');
  });

  it('keeps a short quoted name with the medium (وكالة “رويترز”)', () => {
    expect(speakerOf('وسيطر محتجون حسبما ذكرت وكالة “رويترز” للأنباء، الأربعاء على مطار ألماتي.', 'حسبما')).toBe('وكالة “رويترز”');
  });

  it('reads the subject before a present-tense verb without the clause before it', () => {
    expect(speakerOf('روسيا تعلن اكتمال نشر قوات "حفظ السلام" في كازاخستان والسلطات تؤكد استقرار المناطق المضطربة', 'تؤكد')).toBe('السلطات');
    expect(speakerOf('وأشارت في بيان لها بأن روسيا تؤكد تمسكها بالتزامات الحلفاء.', 'تؤكد')).toBe('روسيا');
  });

  it('drops discourse openers (بدورها، كما) and uses the subject of a plural verb before it', () => {
    expect(speakerOf('بدورها وزارة الخارجية البيلاروسية أوضحت في بيان لها، بأنها تنظر إلى الأحداث على أنها محاولة لانقلاب عنيف.', 'أوضحت')).toBe('وزارة الخارجية البيلاروسية');
    expect(speakerOf('وكان المسؤولون أعلنوا في حصيلة سابقة مقتل 26 متظاهراً.', 'أعلنوا')).toBe('المسؤولون');
  });

  it('gives a pronoun subject the previous speaker (وأضافت: …، كما أشارت …)', () => {
    const text = 'أكدت وزارة الخارجية الروسية أن الوضع خطير، وأضافت: سنواصل مشاوراتنا الوثيقة مع كازاخستان.\nكما أشارت إلى أنها خصصت 70 طائرة.';
    expect(speakerOf(text, 'وأضافت')).toBe('وزارة الخارجية الروسية');
    expect(speakerOf(text, 'أشارت')).toBe('وزارة الخارجية الروسية');
  });

  it('takes the transmitter when nothing usable follows عن', () => {
    expect(speakerOf('ونقلت وسائل إعلام محلية عن بحسب وزارة الداخلية أن ثمانية من عناصر الشرطة قتلوا.', 'ونقلت')).toBe('وسائل إعلام محلية');
  });

  it('finds the speaker after an attribution phrase with a verb that has an object pronoun (وفق ما ذكرته)', () => {
    expect(speakerOf('قتل 13 من عناصر الشرطة، وفق ما ذكرته وكالة سبوتنيك.', 'وفق ما')).toBe('وكالة سبوتنيك');
  });

  it('has no speaker for a vowelled passive (أُعلِن)', () => {
    const found = statements('وقال الكرملين إن الوضع مستقر. يوم الاثنين الذي أعلِن يوماً للحداد.').find((s) => s.cue === 'أعلِن');
    expect(found?.speaker ?? null).toBeNull();
  });
});

describe('who speaks: words that look like reporting verbs', () => {
  it('النقل and نقلت without عن (transport) open no statement', () => {
    const found = statements('وقالت الوزارة إن طائرات النقل العسكري نقلت أولى الوحدات إلى كازاخستان.');
    expect(found.map((s) => s.cue)).toEqual(['وقالت']);
  });

  it('لفت انتباهنا (caught our attention) inside a quotation is not a new speaker', () => {
    const found = statements('وقالت الوزارة: “لفت انتباهنا التنسيق الواضح لأعمال المتظاهرين”.');
    expect(found.map((s) => [s.cue, s.speaker])).toEqual([['وقالت', 'الوزارة']]);
  });

  it('a quoted channel name is not the statement the verb introduces', () => {
    const found = statements('وأشار ضابط في الشرطة في تصريح لقناة “خبر24” الحكومية، إلى أن المسلحين قطعوا رأس إحدى الضحايا.');
    expect(found[0]).toMatchObject({cue: 'وأشار', speaker: 'ضابط'});
    expect(found[0]!.said).toContain('المسلحين');
  });

  it('a trailing attribution covers a prepositional clause and the clause before it', () => {
    const text = 'وسُجل مقتل 103 من أصل الـ 164 قتيلاً في الاضطرابات، في ألماتي كبرى مدن البلاد، بحسب ما ذكرت وسائل إعلام الأحد.';
    const found = statements(text).find((s) => s.cue === 'بحسب ما')!;
    expect(found.said).toContain('مقتل 103');
    expect(found.speaker).toBe('وسائل إعلام');
  });
});

describe('who speaks: a quotation no verb introduces', () => {
  const earlier = 'ودعت الشرطة سكان المدينة عبر الرسائل النصية إلى البقاء في منازلهم.';
  const quote = 'وكان الرئيس طلب المساعدة في التصدي لأعمال الشغب التي تقودها “عصابات إرهابية تلقت تدريباً في الخارج” وفق قوله.';

  it('takes no speaker from an earlier paragraph', () => {
    const found = statements(`${earlier}\n${quote}`, true).find((s) => s.cue === '“…”');
    expect(found?.said).toBe('عصابات إرهابية تلقت تدريباً في الخارج');
    expect(found?.speaker).toBeNull();
  });

  it('takes the last speaker of its own paragraph', () => {
    const found = statements(`${earlier} ${quote}`, true).find((s) => s.cue === '“…”');
    expect(found?.speaker).toBe('الشرطة');
  });
});

// Sentences a review found misread: each names the rule it holds.
describe('who speaks: hard cases', () => {
  it('titles and bodies spelt with hamza or teh marbuta keep their names (رئيس، نائب، مؤسسة)', () => {
    expect(speakerOf('وقال الرئيس الروسي فلاديمير بوتين إن الوضع مستقر.', 'وقال')).toBe('الرئيس الروسي فلاديمير بوتين');
    expect(speakerOf('وقال المرصد السوري لحقوق الإنسان إن الشرطة اعتقلت المئات.', 'وقال')).toBe('المرصد السوري لحقوق الإنسان');
  });

  it('a quotation after the speaker is the statement, not part of the name', () => {
    expect(speakerOf('وقال المتحدث "لن نتراجع أبدا".', 'وقال')).toBe('المتحدث');
    expect(speakerOf('ووصفت الحكومة "المخربين" بأنهم عصابات إرهابية.', 'ووصفت')).toBe('الحكومة');
  });

  it('a quoted name right after the verb is its subject (وذكرت «رويترز» أن …، ونقلت «رويترز» عن …)', () => {
    expect(speakerOf('وذكرت «رويترز» أن الشرطة اعتقلت 20 شخصا.', 'وذكرت')).toBe('«رويترز»');
    expect(speakerOf('ونقلت «رويترز» عن مصدر أمني قوله إن الوضع هادئ.', 'ونقلت')).toBe('مصدر أمني');
    const found = statements('وذكرت «رويترز» أن الشرطة اعتقلت 20 شخصا.')[0]!;
    expect(found.said).toContain('اعتقلت 20 شخصا');
  });

  it('a medium named with its quoted name does not end the report (وكالة الأنباء «تاس»، مؤسسة «ماعت»)', () => {
    for (const text of ['وذكرت وكالة الأنباء «تاس» أن الشرطة اعتقلت 20 شخصا.', 'وقالت مؤسسة «ماعت» إن الشرطة اعتقلت 20 شخصا.']) {
      expect(statements(text)[0]!.said).toContain('اعتقلت 20 شخصا');
    }
  });

  it('لفت … إلى with the subject between, and a passive نُقِل عن keeps its source', () => {
    expect(speakerOf('ولفت المتحدث باسم الوزارة إلى أن الشرطة اعتقلت المئات.', 'ولفت')).toBe('المتحدث باسم الوزارة');
    expect(speakerOf('ونُقِل عن مصدر أمني قوله إن الوضع هادئ.', 'ونُقِل')).toBe('مصدر أمني');
  });

  it('carrying is not reporting: نقلته إلى، نقلت … إلى … وتحدث عن', () => {
    expect(statements('وأقلعت طائرة عسكرية نقلته إلى موسكو مع عشرات المسلحين.')).toEqual([]);
    expect(statements('ونقلت الطائرات الجنود إلى ألماتي، وتحدث عن الوضع مسؤولون.').map((s) => s.cue)).not.toContain('ونقلت');
  });

  it('a passive with عن after a comma announces a thing; it does not govern the clause before', () => {
    const found = statements('واستمرت الاحتجاجات في المدينة، وأُعلِن عن حظر التجول.');
    expect(found.map((s) => [s.speaker, s.said])).toEqual([[null, 'عن حظر التجول.']]);
  });

  it('كان … قد, a prepositional opener and a vowelled و are not part of an SV subject', () => {
    expect(speakerOf('وكانت الحكومة قد أعلنت أن الاحتجاجات انتهت.', 'أعلنت')).toBe('الحكومة');
    expect(speakerOf('وفي موسكو تؤكد وزارة الخارجية أن الوضع مستقر.', 'تؤكد')).toBe('وزارة الخارجية');
    expect(speakerOf('روسيا تعلن الانسحاب وَالسلطات تؤكد استقرار المناطق.', 'تؤكد')).toBe('السلطات');
  });

  it('a trailing attribution does not take over a clause of its own (في حين قُتل …)', () => {
    const text = 'أعلنت الحكومة استقالتها، تلاها فرض حالة الطوارئ في عموم البلاد، في حين قُتل 26 محتجا، حسب الداخلية.';
    const found = statements(text).find((s) => s.cue === 'حسب')!;
    expect(found.said).toMatch(/^في حين قُتل 26 محتجا،?$/u);
  });

  it('an adverb after the verb is not the speaker (وأكدت مجدداً وزارة الخارجية)', () => {
    expect(speakerOf('وأكدت مجدداً وزارة الخارجية أن الوضع مستقر.', 'وأكدت')).toBe('وزارة الخارجية');
  });
});

describe('who speaks: English', () => {
  it('a relative clause stays in the subject (Witnesses who spoke to AFP said)', () => {
    expect(english('Witnesses who spoke to AFP said soldiers opened fire on the crowd.')[0]?.speaker).toBe('Witnesses who spoke to AFP');
    expect(english('Police in Almaty said the toll had risen.')[0]?.speaker).toBe('Police in Almaty');
  });

  it('a long quotation after the verb is what was said; the narrator goes on after it', () => {
    const found = english('Tokayev told reporters "the bandits must be destroyed without mercy" as protests spread across the country.')[0]!;
    expect(found.said).not.toContain('protests spread');
  });

  it('the noun blame opens no statement', () => {
    expect(english('Much of the blame for the violence fell on bandits and foreign-trained terrorists.')).toEqual([]);
  });
});

describe('who speaks: a quotation in the paragraph after a colon', () => {
  it('takes the speaker of the paragraph that introduced it with a colon', () => {
    const found = statements('وقال وزير الداخلية في مؤتمر صحفي:\n«إن العصابات الإرهابية هاجمت مراكز الشرطة في المدينة»', true).find((s) => s.cue === '“…”');
    expect(found?.speaker).toBe('وزير الداخلية');
  });
});
