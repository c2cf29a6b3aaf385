import {describe, expect, it} from 'vitest';
import {lemmatizeWords} from '../../src/text/english.js';
import {splitSentences} from '../../src/text/sentences.js';
import {tokenize} from '../../src/text/tokenize.js';
import type {Paragraph, Statement} from '../../src/types.js';
import {loadVoiceCues} from '../../src/voice/cues.js';
import {analyzeVoice} from '../../src/voice/source-voice.js';

const cues = {ar: loadVoiceCues('ar', lemmatizeWords), en: loadVoiceCues('en', lemmatizeWords)};

/** The statements of an Arabic text whose lines are paragraphs: cue → speaker. */
function statements(text: string, withQuotes = false): {cue: string; speaker: string | null; said: string}[] {
  const paragraphs: Paragraph[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({start: at, end: at + line.length, language: 'ar'});
    at += line.length + 1;
  }
  const voice = analyzeVoice({source: 't', body: text, paragraphs, sentences: splitSentences(text, paragraphs), tokens: tokenize(text), cues});
  return voice.statements.filter((s: Statement) => withQuotes || s.cue !== '“…”').map((s) => ({cue: s.cue, speaker: s.speaker, said: text.slice(s.start, s.end).trim()}));
}

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
