import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Voice rules of news syntax grown on the voice probe
 * (tests/fixtures/voice-probe/), each on real sentences of the probe and,
 * where one was at hand, of the seeds or the grown-on events for the same
 * construction.
 */

describe('verbs of narrating and adding report like قال', () => {
  it('روت المصادر … أن (Beirut Observer, Lebanon 2015)', () => {
    const s = 'وروت المصادر لصحيفة “الاخبار” أن بعض المتظاهرين تسلّحوا بمفرقعات نارية وحجارة رموها على القوى الأمنية بعد محاولتهم إزالة الأسلاك الشائكة.';
    expect(voiceOf(s, 'المتظاهرين').voice).toBe('attributed');
    expect(voiceOf(s, 'المتظاهرين').speaker).toBe('المصادر');
  });

  it('وأردف قائلاً: «…» names the speaker of the quotation (Al-Masry Al-Youm, Iran 2026)', () => {
    const s = 'وقال فى تصريحات، اليوم الاثنين، إن الأمن مستتب.\nإلى ذلك، أوضح أن القوات الأمنية رصدت «فى حالات عديدة إدخال أسلحة مثل بنادق جى 3 والمسدسات من نوع كولت إلى ميادين الاحتجاجات». وأردف قائلاً: «هؤلاء ليسوا أشخاصاً خرجوا من منازلهم فقط لترديد شعارات، بل هم منظمون».';
    const v = voiceOf(s, 'منظمون');
    expect(v.voice).toBe('quoted');
    expect(v.cue).toBe('وأردف');
  });

  it('English verbs of labelling report: "Ruto branded the incident an attack on …" (Al Jazeera via iAfrica, Kenya 2024)', () => {
    const s = 'Ruto branded the incident an attack on Kenya’s “democracy, rule of law, and the integrity of its constitutional institutions.”';
    expect(voiceOf(s, 'an attack on Kenya’s', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'the incident', 'en').voice).toBe('outlet');
  });

  it('"Labeling the detainees “rioters,” the report alleged …": the label is the report’s (The Irrawaddy, Myanmar 2021)', () => {
    const s = 'Labeling the detainees “rioters,” the report alleged “some youths who participated in the riotous protests [attempted to] go to an ethnic armed group to attend an explosives course.”';
    expect(voiceOf(s, 'rioters', 'en').voice).toBe('quoted');
    expect(voiceOf(s, 'riotous protests', 'en').voice).toBe('quoted');
  });
});

describe('لافتاً reports only with its إلى, as the verb لفت does', () => {
  it('"بدا لافتاً تزامنه مع …" (striking) is the outlet’s comment, not a statement going on (Tabnak Arabic, Iraq 2019)', () => {
    const s = 'من جهته، كشف الناطق باسم وزارة الدفاع، تحسين الخفاجي، عن إطلاق نار من قِبَل مندسّين نحو المتظاهرين والقوات الأمنية لخلق الفتنة. وهو تصريحٌ بدا لافتاً تزامنه مع حادث قنص أسفر عن سقوط 4 قتلى في صفوف القوى الأمنية والمتظاهرين، في تطور كبير في المنحى العنفي المخيّم على الحراك القائم.';
    expect(voiceOf(s, 'المنحى العنفي').voice).toBe('outlet');
    expect(voiceOf(s, 'لخلق الفتنة').voice).toBe('attributed');
  });
});

describe('a citation closing a sentence that a report already opens leaves it the report’s', () => {
  it('"أكدت مصادر … أنه … لهذه الزمرة … بحسب المصادر" (Lebanon 24 via Intscopes, Lebanon 2019)', () => {
    const s = 'تعقيباً على التجاوزات والإشكالات التي حصلت طيلة الأسبوع الماضي على الطرقات وفي الساحات أثناء الإحتجاجات الشعبية وخاصةً مساء أمس في ساحة الشهداء، أكدت مصادر في “الثورة” أنه وبعد تقلُص حجم المحتجين وإنكفاء المجموعات الحزبية من الشارع، ظهرت وبشكل واضح “الطوابير الخامسة” التي كانت تفتعل الشغب وأعمال التخريب من أجل إفشال التحركات الشعبية، وأصبحت معروفة من قِبل الثوار بالأسماء والوجوه ولأي أجهزة تعمل، ولأي غاية، وهي كانت تنتقل من ساحةٍ الى أخرى لإفشال التحركات بأمرٍ من محركيها ، لذا فإن “الثوار” سيكونون بالمرصاد لهذه الزمرة من اليوم فصاعداً بحسب المصادر.';
    const v = voiceOf(s, 'لهذه الزمرة');
    expect(v.voice).toBe('attributed');
    expect(v.cue).toBe('أكدت');
    // Before the opening report, the outlet's own words.
    expect(voiceOf(s, 'التجاوزات والإشكالات').voice).toBe('outlet');
  });

  it('a citation closing a sentence no report opens still leaves the wording the outlet’s (seed 001)', () => {
    const s = 'حيث قتل حتى اليوم 13 من عناصر الشرطة وأصيب أكثر من 300 آخرين خلال أعمال العنف والشغب التي اندلعت في مدينة ألما آتا، بحسب وكالات أنباء.';
    expect(voiceOf(s, 'أعمال العنف والشغب').voice).toBe('outlet');
  });
});

describe('a speaker named at length in verb–subject order, up to the colon or أن that opens what was said', () => {
  it('"وقالت لجنة … المناهضة للانقلاب على صفحتها الرسمية على موقع فيسبوك: “…”" (Al-Ordon Al-Youm, Sudan 2022)', () => {
    const s = 'وقالت لجنة أطباء السودان المركزية المناهضة للانقلاب على صفحتها الرسمية على موقع فيسبوك: “ارتقى قبل قليل شهيد بمدينة الخرطوم لم يتم التعرف على بياناته بعد، إثر إصابته برصاصة حية مباشرة في الصدر من قبل قوات السلطة الانقلابية خلال مشاركته في مليونية 24 يناير(كانون الثاني)”.';
    expect(voiceOf(s, 'المناهضة للانقلاب').voice).toBe('outlet');
    expect(voiceOf(s, 'السلطة الانقلابية').voice).toBe('quoted');
  });

  it('"وقال العميد … في مؤتمر صحفي مشترك عقده مع وزارة الدفاع اليوم في بغداد ان “…”" (Sot Al-Iraq, Basra 2018)', () => {
    const s = 'وقال العميد يحي رسول في مؤتمر صحفي مشترك عقده مع وزارة الدفاع اليوم في بغداد ان “المندسين بين المتظاهرين استخدموا الحجارة، والهراوات، بل وصل الامر الى اطلاق النار على القوات الأمنية”.';
    expect(voiceOf(s, 'وزارة الدفاع').voice).toBe('outlet');
    expect(voiceOf(s, 'المندسين').voice).toBe('quoted');
  });
});

describe('an English verb of saying closing its sentence before a longer speaker', () => {
  it('"…, said a statement by the Interior Ministry\'s Security Media Department." (Kuwait Times, 2014)', () => {
    const s = "Police will also continue to prevent and tackle with all force such practices in order to preserve the security and safety of the nation and its citizens from being compromised, said a statement by the Interior Ministry's Security Media Department.";
    const v = voiceOf(s, 'tackle with all force', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe("a statement by the Interior Ministry's Security Media Department");
  });
});

describe('a closing quotation mark after a comma whose opener the writer left out', () => {
  const s = 'Kenya’s acting Interior Cabinet Secretary Fred Matiang’i however blamed the clashes to “criminal elements” rather than to the legitimate political protest.\n“Security forces have reported that they have responded appropriately and they have restored normalcy in most of these parts,” said the minister. But individuals or gangs that are looting shops, that want to endanger lives, that are breaking into people’s businesses – those are not demonstrators, they are criminals. And we expect police to deal with criminals how criminals should be dealt with,” said the minister.';

  it('reaches back to the first sentence after the quotation closed before it (Africanews, Kenya 2017)', () => {
    expect(voiceOf(s, 'they are criminals', 'en').voice).toBe('quoted');
    expect(voiceOf(s, 'deal with criminals', 'en').voice).toBe('quoted');
  });

  it('and not over the report between them', () => {
    expect(voiceOf(s, 'the minister', 'en', 0).voice).not.toBe('quoted');
  });
});

describe('a sentence opening with an accusative participle goes on with the last speaker, with or without its أن', () => {
  it('"مقدماً شديد الأسف لتعرض عدد من رجال الامن … مع الشغب والخروج عن القانون" (Watana Al-Youm, Jordan)', () => {
    const s = 'وكان الناطق الإعلامي باسم مديرية الأمن العام قد اكد امس إنّ عددا من الاشخاص في منطقة الرابية قاموا باعمال شغب وحرق والحاق اضرار مادية بعد ان غادروا المكان المخصص للفاعلية المقررة وحاولوا اللجوء لاحد الشوارع الفرعية الخلفية من أجل محاولة الوصول للسفارة مستخدمين الحجارة والزجاجات الحارقة .\nوأهاب الناطق الاعلامي بالجميع التزام القانون والتعليمات الامنية والتعاون مع رجال الامن العام الموجودين بالميدان لحمايتهم وتأمين تعبيرهم السلمي عن ارائهم .\nمقدماً شديد الأسف لتعرض عدد من رجال الامن العام للاصابة اثناء تعاملهم مع الشغب والخروج عن القانون، مؤكدا انه تم اسعافهم للمستشفى لتلقي العلاج وهم بحالات صحية مستقرة';
    const v = voiceOf(s, 'الخروج عن القانون');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('الناطق الإعلامي باسم مديرية الأمن العام');
  });
});

describe('an absolute "with" phrase after an English aside goes on with what was said', () => {
  it('"…, he added, with nine police stations attacked, five of which were torched" (BBC via iGet News, Kenya 2025)', () => {
    const s = 'Key government installations and offices were targeted in the protests, he added, with nine police stations attacked, five of which were torched – and five guns stolen.';
    expect(voiceOf(s, 'nine police stations attacked', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'were targeted in the protests', 'en').voice).toBe('attributed');
  });
});

describe('a "Speaker: claim" headline is as short as a headline', () => {
  it('"الأردن اليوم :  قُتل متظاهران …" is the outlet’s credit line before its lead (Al-Ordon Al-Youm, Sudan 2022)', () => {
    const s = 'الأردن اليوم :  قُتل متظاهران الإثنين، خلال احتجاج آلاف السودانيين في العاصمة وأحيائها ضد الانقلاب العسكري الذي نفذه قائد الجيش السوداني عبد الفتاح البرهان قبل ثلاثة أشهر.';
    expect(voiceOf(s, 'الانقلاب العسكري').voice).toBe('outlet');
  });

  it('"لاريجاني: حددنا قادة مثيري الشغب واعتقلنا عدداً منهم" is still Larijani’s (Al-Masry Al-Youm, Iran 2026)', () => {
    const s = 'لاريجاني: حددنا قادة مثيري الشغب واعتقلنا عدداً منهم';
    const v = voiceOf(s, 'مثيري الشغب');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('لاريجاني');
  });
});
