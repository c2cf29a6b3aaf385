import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

describe('voice: quotation marks', () => {
  it('a long quotation after "قوله: إن" is quoted, with the speaker after عن', () => {
    const s = 'ونقلت وكالة سبوتنيك كازاخستان عن المتحدث باسم الشرطة سالتانات أزيربك قوله: إن “القوى المتطرفة حاولت الليلة الماضية اقتحام مبانٍ إدارية وقسم شرطة مدينة ألماتا، إضافة إلى الإدارات المحلية ومراكز الشرطة وتم القضاء على عشرات المهاجمين”.';
    const v = voiceOf(s, 'القوى المتطرفة');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
    expect(v.speaker).toBe('المتحدث باسم الشرطة سالتانات أزيربك');
    expect(voiceOf(s, 'المهاجمين').voice).toBe('quoted');
  });

  it('reads a quote opened with a closing mark (بـ”…”) and its describing verb as distanced', () => {
    const s = 'توكاييف الذي ألقى خطابا ثانيا، ناشد منظمة معاهدة الأمن الجماعي مساعدة بلاده، واصفاً ما يحدث في البلاد بـ”التهديد الإرهابي”.';
    const v = voiceOf(s, 'التهديد الإرهابي');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(true);
  });

  it('a quotation followed by "وفق قوله" is quoted and distanced', () => {
    const s = 'وكان رئيس كازاخستان قاسم جومارت توكاييف طلب مساعدة منظمة معاهدة الأمن الجماعي في التصدي لأعمال الشغب والتخريب التي تقودها “عصابات إرهابية تلقت تدريباً في الخارج” وفق قوله.';
    const v = voiceOf(s, 'عصابات إرهابية');
    expect(v).toMatchObject({voice: 'quoted', distanced: true});
  });

  it('a scare quote around part of a term, in the narrator\'s clause, is the outlet\'s voice, distanced', () => {
    const s = 'وتعتبر هذه أول مرة تشارك فيها روسيا في نشر قوات "حفظ السلام" خارج حدودها.';
    expect(voiceOf(s, 'قوات "حفظ السلام"')).toMatchObject({voice: 'outlet', distanced: true});
  });

  it('short quotations inside reported speech are quoted, not distanced', () => {
    const s = 'أكد رئيس كازاخستان الاثنين أن أعمال الشغب التي هزت بلاده كانت "محاولة انقلاب" نفذها "مقاتلون مسلحون" مشدداً على أن قواته لن تطلق النار "ابداً" على متظاهرين سلميين.';
    expect(voiceOf(s, 'محاولة انقلاب')).toMatchObject({voice: 'quoted', distanced: false});
    expect(voiceOf(s, 'مقاتلون مسلحون')).toMatchObject({voice: 'quoted', distanced: false});
    expect(voiceOf(s, 'متظاهرين سلميين')).toMatchObject({voice: 'attributed', negated: false});
    expect(voiceOf(s, 'أعمال الشغب').voice).toBe('attributed');
  });

  it('an unbalanced opening quote runs to the end of its paragraph', () => {
    const s = 'وقال المتحدث: «القوى المتطرفة حاولت اقتحام المباني\nوفي الصباح عاد الهدوء إلى المدينة مع انتشار المتظاهرين.';
    expect(voiceOf(s, 'القوى المتطرفة').voice).toBe('quoted');
    expect(voiceOf(s, 'المتظاهرين').voice).toBe('outlet');
  });
});

describe('voice: reporting verbs and attribution phrases', () => {
  it('VS order: the clause after "وأوضحت المنظمة أن" is attributed to the organisation', () => {
    const s = 'وأوضحت المنظمة أن قوات حفظ السلام تضمّ جنوداً من روسيا وبيلاروس وأرمينيا.';
    expect(voiceOf(s, 'قوات حفظ السلام')).toMatchObject({voice: 'attributed', speaker: 'المنظمة', cue: 'وأوضحت'});
  });

  it('an announcing verb (أعلن) governs its object only, not the circumstance after it', () => {
    const s = 'أعلنت الحكومة استقالتها في أعقاب احتجاجات على ارتفاع أسعار الغاز.';
    expect(voiceOf(s, 'احتجاجات').voice).toBe('outlet');
    const t = 'وأعلنت الشرطة الكازاخية القضاء على عشرات المتطرفين.';
    expect(voiceOf(t, 'القضاء على')).toMatchObject({voice: 'attributed', speaker: 'الشرطة الكازاخية'});
  });

  it('an announcement goes on past a comma when a complementiser follows it (001)', () => {
    const s = 'هذا وقد أعلنت منظمة معاهدة الأمن الجماعي اليوم الخميس، أنه تم إرسال قوات حفظ السلام إلى كازاخستان، وأكدت أن وحدة من القوات الروسية بدأت بالفعل في تنفيذ مهامها هناك.';
    expect(voiceOf(s, 'قوات حفظ السلام')).toMatchObject({voice: 'attributed', speaker: 'منظمة معاهدة الأمن الجماعي'});
  });

  it('a leading attribution phrase (وحسب مراقبين،) governs the whole sentence', () => {
    const s = 'وحسب مراقبين، فإن غضب المتظاهرين في كازاخستان ليس فقط ردا على ارتفاع أسعار الغاز، بل أيضًا ضد الرئيس السابق.';
    expect(voiceOf(s, 'المتظاهرين')).toMatchObject({voice: 'attributed', speaker: 'مراقبين'});
    expect(voiceOf(s, 'ارتفاع أسعار الغاز')).toMatchObject({voice: 'attributed', negated: false});
  });

  it('"من تسميهم" distances the label it introduces, inside reported speech', () => {
    const s = 'وبموازاة ذلك، قالت داخلية كازاخستان إن قوات الأمن تسيطر بشكل كامل على العاصمة، بهدف اعتقال من تسميهم منتهكي النظام.';
    expect(voiceOf(s, 'منتهكي النظام')).toMatchObject({voice: 'attributed', distanced: true, speaker: 'داخلية كازاخستان'});
  });

  it('a "Speaker: claim" headline is attributed to the speaker', () => {
    const s = 'توكاييف: أعمال الشغب تقودها عصابات إرهابية تلقّت تدريباتها في الخارج\nقُتل 18 من عناصر الشرطة في اشتباكات مع مسلحين.';
    expect(voiceOf(s, 'عصابات إرهابية')).toMatchObject({voice: 'attributed', speaker: 'توكاييف'});
    expect(voiceOf(s, 'مسلحين').voice).toBe('outlet');
  });

  it('text before the reporting verb stays in the outlet\'s voice', () => {
    const s = 'اندلعت اشتباكات مع مسلحين في ألماتي، وقال المتحدث إن المتظاهرين تفرقوا.';
    expect(voiceOf(s, 'مسلحين').voice).toBe('outlet');
    expect(voiceOf(s, 'المتظاهرين').voice).toBe('attributed');
  });

  it('"يذكر أن" is the narrator speaking, not a report', () => {
    const s = 'يذكر أن الاحتجاجات اندلعت في مطلع الشهر.';
    expect(voiceOf(s, 'الاحتجاجات').voice).toBe('outlet');
  });
});

describe('voice: negation', () => {
  it('"ليسوا محتجين سلميين" denies the label', () => {
    const s = 'وقال الرئيس إن هؤلاء ليسوا محتجين سلميين بل إرهابيون.';
    expect(voiceOf(s, 'محتجين سلميين').negated).toBe(true);
    expect(voiceOf(s, 'إرهابيون').negated).toBe(false);
  });
});

describe('voice: English', () => {
  it('said / according to / so-called / scare quotes', () => {
    const s = 'Police said the rioters had attacked the mayor\'s office.\nAccording to the interior ministry, terrorists were behind the violence.\nThe so-called peacekeepers arrived on Friday.\nCrowds of "bandits" gathered in the square.\nThey are not protesters but terrorists, the president said.';
    expect(voiceOf(s, 'rioters', 'en')).toMatchObject({voice: 'attributed', speaker: 'Police'});
    expect(voiceOf(s, 'terrorists', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'peacekeepers', 'en')).toMatchObject({voice: 'outlet', distanced: true});
    expect(voiceOf(s, 'bandits', 'en')).toMatchObject({voice: 'outlet', distanced: true});
    expect(voiceOf(s, 'protesters', 'en')).toMatchObject({voice: 'attributed', negated: true, speaker: 'the president'});
  });

  it('a quoted word inside a report does not end it; blame is a report', () => {
    const s = 'President Tokayev said the protesters were "terrorists" who had received training abroad.\nThe government blamed the riots on foreign-trained bandits.';
    expect(voiceOf(s, 'terrorists', 'en')).toMatchObject({voice: 'quoted', speaker: 'President Tokayev'});
    expect(voiceOf(s, 'training abroad', 'en')).toMatchObject({voice: 'attributed', speaker: 'President Tokayev'});
    expect(voiceOf(s, 'bandits', 'en')).toMatchObject({voice: 'attributed', speaker: 'The government'});
  });
});

describe('voice: trailing attribution', () => {
  it('"…، بحسب ما أعلنت وزارة الداخلية" governs the clause before it, not the whole sentence', () => {
    const s = 'قُتل “عشرات” المتظاهرين في كازاخستان على يد الشرطة، ليل الأربعاء الخميس، “أثناء محاولتهم الاستيلاء على مبان إدارية”، بحسب ما أعلنت وزارة الداخلية.';
    expect(voiceOf(s, 'المتظاهرين').voice).toBe('outlet');
    expect(voiceOf(s, 'على يد الشرطة').voice).toBe('outlet');
    expect(voiceOf(s, 'محاولتهم')).toMatchObject({voice: 'quoted', speaker: 'وزارة الداخلية'});
  });
});
