import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Voice rules grown on the third voice probe (tests/fixtures/voice-probe3/),
 * attribution that runs across sentences and paragraphs: each a
 * construction of Arabic or English news syntax, each tested on real
 * sentences of the probe's passages, for the rule and for what it must
 * leave alone.
 */

describe('verbs of saying the cue lists lacked', () => {
  it('واستطرد carries the speech on like وأضاف; the narrator’s كانت … قد after the quotation is not his (Boswtol, Turkey 2013)', () => {
    const s = 'واستطرد أردوغان أن هناك محاولة لإضعاف تركيا اقتصاديا وزعزعة ثقة المستثمرين، وتابع: "المحتجون ينبغي أن يعلموا جيدا أن تظاهراتهم هذه أدت إلى إخلاء الفنادق المجاورة لميدان تقسيم بنسبة 80%". كانت قوات الشرطة التركية قد اشتبكت مع المتظاهرين في ميدان تقسيم صباح اليوم.';
    expect(voiceOf(s, 'محاولة لإضعاف تركيا').voice).toBe('attributed');
    expect(voiceOf(s, 'اشتبكت مع المتظاهرين').voice).toBe('outlet');
  });

  it('وتطرقت إلى (the statement touched on) goes on with the ministry’s account (Al-Raidiah, KUNA statement, Kuwait 2012)', () => {
    const s = 'وتطرقت الى رصد هذه الأحداث ومتابعتها ميدانيا وعبر عدسات المصورين وكاميرات التلفزيون وأجهزة الهاتف النقال التي تم ضبطها ومصادرتها مع مثيري الشغب والعنف والتي تبين خطورة وحجم الضرر الذي ارتكبه هؤلاء "من ضعاف النفوس في حق أمن وطنهم وسلامة أنفسهم والآخرين".';
    expect(voiceOf(s, 'مثيري الشغب والعنف').voice).toBe('attributed');
    expect(voiceOf(s, 'من ضعاف النفوس').voice).toBe('quoted');
  });

  it('تعهدت introduces what was pledged: a short quotation after it is the pledge, not a scare quote; the next sentence is the narrator’s (Al-Bida Press, Kuwait 2012)', () => {
    const s = 'وكانت السلطات تعهدت في وقت سابق "بالتصدي الحازم" للمحتجين لمنع المظاهرة. وقررت المعارضة الخروج إلى الشوارع بعد أن أعلنت الحكومة التي تهيمن عليها أسرة الصباح الحاكمة يوم السبت الدعوة لاجراء انتخابات.';
    expect(voiceOf(s, 'بالتصدي الحازم').voice).toBe('quoted');
    expect(voiceOf(s, 'الخروج إلى الشوارع').voice).toBe('outlet');
  });

  it('"affirmed … that" reports like "said that": its short quotation is the speaker’s, not a scare quote (Pledge Times, Brazil 2023)', () => {
    const s = 'Luiz Inácio Lula da Silva affirmed in a statement through a statement that the “fascist vandals” who invaded the headquarters of Parliament, the Supreme Court and the Presidency, in Brasilia, will be “found” and “punished.”';
    expect(voiceOf(s, 'fascist vandals', 'en').voice).toBe('quoted');
    expect(voiceOf(s, 'invaded the headquarters', 'en').voice).toBe('attributed');
  });

  it('"those he termed" / "what he termed" mark the label as the speaker’s, distanced; what he accuses stays reported (Arkansas Democrat-Gazette, NBC Palm Springs)', () => {
    const s = 'In a news conference from Sao Paulo state, Lula accused Bolsonaro of encouraging the uprising by those he termed "fascist fanatics," and he read a freshly signed decree for the federal government to take control of security in the federal district.';
    expect(voiceOf(s, 'fascist fanatics', 'en')).toMatchObject({voice: 'quoted', distanced: true});
    expect(voiceOf(s, 'encouraging the uprising', 'en').voice).toBe('attributed');
    const t = 'Venezuelan opposition leader Juan Guaidó on Tuesday called for mass anti-government protests and military defections, announcing what he termed the “final phase” in an operation attempting to remove President Nicolás Maduro from office.';
    expect(voiceOf(t, 'final phase', 'en')).toMatchObject({voice: 'quoted', distanced: true});
    expect(voiceOf(t, 'mass anti-government protests', 'en').voice).toBe('outlet');
  });
});

describe('English verbs of labelling with "as" and a quoted label', () => {
  it('"described as “barbarism” the serious altercations …": the label is the speaker’s, the thing labelled after it the outlet’s, though a quotation closes the sentence before the speaker (Pledge Times, Brazil 2023)', () => {
    const s = 'Luiz Inácio Lula da Silva affirmed in a statement through a statement that the “fascist vandals” who invaded the headquarters of Parliament, the Supreme Court and the Presidency, in Brasilia, will be “found” and “punished.” The progressive president described as “barbarism” the serious altercations experienced in the capital by radicals of the extreme right who demand a military “intervention” that returns former president Jair Bolsonaro to power.';
    expect(voiceOf(s, 'barbarism', 'en').voice).toBe('quoted');
    expect(voiceOf(s, 'radicals of the extreme right', 'en').voice).toBe('outlet');
  });

  it('"as" after a verb that is no verb of labelling still opens the narrator’s clause (EFE, Thailand 2020)', () => {
    const s = '“Time’s up!” police said as they fired warning jets in the air, which ricocheted off the Skytrain station above them before they aimed directly at demonstrators.EFE-EPA';
    expect(voiceOf(s, 'fired warning jets', 'en').voice).toBe('outlet');
  });
});

describe('an English report inside a subordinate clause set before the main clause', () => {
  it('"While Jackson said …, protesters were on the streets …": the main clause is the narrator’s (CBS News, Ferguson 2014)', () => {
    const s = 'While Jackson said he wanted to mend fences with the community, protesters were on the streets of Ferguson again Wednesday, facing heavily armed police who at times trained weapons on them from an armored truck.';
    expect(voiceOf(s, 'facing heavily armed police', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'to mend fences with the community', 'en').voice).toBe('attributed');
  });

  it('"As nations around the world condemned the attack, …" and "Hours after Ms Boluarte … urged calm, …" (Democracy Now!, BBC copy)', () => {
    const s = 'As nations around the world condemned the attack, the day’s events drew immediate comparisons to the January 6, 2021, Capitol insurrection in Washington, D.C.';
    expect(voiceOf(s, 'Capitol insurrection', 'en').voice).toBe('outlet');
    const t = 'Hours after Ms Boluarte called for dialogue and urged calm, thousands of protesters clashed with police who fired tear gas.';
    expect(voiceOf(t, 'thousands of protesters clashed with police', 'en').voice).toBe('outlet');
  });

  it('"As noted by …, …" names who said what follows: the main clause stays theirs (Teller Report, Belarus 2020)', () => {
    const s = 'As noted by the Belarusian leader Alexander Lukashenko, Belarus is beginning to face terrorist threats.';
    expect(voiceOf(s, 'terrorist threats', 'en').voice).toBe('attributed');
  });
});

describe('rubric headlines: a topic or a kind of item before the colon is no speaker', () => {
  it('"Tottenham riots: …" and "خبر: …" are the outlet’s headlines (Daily Tips, Telegraph copy; Palestine Time)', () => {
    const s = 'Tottenham riots: police let gangs run riot and loot\nBritain’s biggest police force is facing criticism after it let looters run riot in north London for almost 12 hours.';
    expect(voiceOf(s, 'police let gangs run riot and loot', 'en').voice).toBe('outlet');
    const t = 'خبر: تظاهرة مليونية لأنصار أردوغان في اسطنبول\nاحتشد مئات الآلاف من أنصار رئيس الوزراء التركي رجب طيب أردوغان في اسطنبول للاستماع إلى كلمته والرد على التظاهرات المعارضة للحكم المستمرة منذ أكثر من أسبوعين.';
    expect(voiceOf(t, 'تظاهرة مليونية').voice).toBe('outlet');
  });

  it('a speaker before the colon still voices the headline (Home4News, Al-Nas News, Gaza 2019 and Egypt 2013)', () => {
    const s = 'الجيش الإسرائيلي: إلقاء قنبلتين يدويتين باتجاه مركبة عسكرية شمال غزة\nزعم الجيش الإسرائيلي، أن فلسطينيين ألقوا قنبلتيْن يدويتيْن، باتجاه مركبة عسكرية في شمال قطاع غزة، خلال مشاركتهم في المسيرات على الحدود، اليوم الجمعة.';
    expect(voiceOf(s, 'إلقاء قنبلتين').voice).toBe('attributed');
    const t = 'الداخلية المصرية: فض اعتصامي "رابعة والنهضة" قريبا\nوقال إبراهيم “ونتمنى ان يتعقلوا وان يفضوا هذا الاعتصام قبل ان نفضه بالقوة حفاظا على الدم”.';
    expect(voiceOf(t, 'فض اعتصامي').voice).toBe('attributed');
  });
});

describe('English verbs of declaring and announcing name a thing, as أعلن does', () => {
  it('"declared a federal security intervention … after supporters … invaded …": the circumstance after the thing declared is the narrator’s (Devdiscourse, Reuters copy, Brazil 2023)', () => {
    const s = 'Lula declares security intervention in Brazil capital after Bolsonarista riot\nBrazilian President Luiz Inacio Lula da Silva on Sunday declared a federal security intervention in Brasilia after supporters of far-right former President Jair Bolsonaro invaded the country\'s Congress, presidential palace and Supreme Court.';
    expect(voiceOf(s, 'after Bolsonarista riot', 'en').voice).toBe('outlet');
    expect(voiceOf(s, "invaded the country's Congress", 'en').voice).toBe('outlet');
  });

  it('"announced that …" still reports a clause, and "declares … as “…”" still labels (Greek City Times, Pakistan 2023; a probe 2 headline)', () => {
    const s = 'The army has announced that May 9 will be remembered as a “black chapter” in Pakistan’s history';
    expect(voiceOf(s, 'black chapter', 'en').voice).toBe('quoted');
    const t = 'Pakistan army declares events unfolded after Imran Khan\'s arrest on May 9 as "black chapter"';
    expect(voiceOf(t, 'black chapter', 'en').voice).toBe('quoted');
  });
});

describe('English reports that go on past what first looks like their end', () => {
  it('"also alleged that …" reports like "claimed that"; "the alleged robbery" is no report (BBC copy, Peru 2023; AFP, Ferguson 2014)', () => {
    const s = 'The president also alleged that many of those who had died had not been shot by police but by fellow demonstrators.';
    expect(voiceOf(s, 'had not been shot by police but by fellow demonstrators', 'en').voice).toBe('attributed');
    const t = 'Police also named the white officer involved in the shooting in the majority black area, but after a calm Thursday night, the announcements served only to ratchet up tensions again, with people targeting shops, reportedly including the one where Brown carried out the alleged robbery on August 9.';
    expect(voiceOf(t, 'targeting shops', 'en').voice).toBe('outlet');
  });

  it('a quoted subject goes on with its verb: "said “radical groups …” had incited Peruvians to protest" (BBC copy, Peru 2023)', () => {
    const s = 'In her speech, President Boluarte said "radical groups with a political and economic agenda rooted in drug trafficking, illegal mining and smuggling" had incited Peruvians to protest.';
    expect(voiceOf(s, 'had incited Peruvians to protest', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'radical groups', 'en').voice).toBe('quoted');
  });

  it('a quotation followed by "and" and another verb ends where it closes: the thing labelled stays the outlet’s (Devdiscourse, Reuters copy)', () => {
    const s = 'Lula called the rioters "fascists, fanatics" and said they would be punished "with the full force of law."';
    expect(voiceOf(s, 'the rioters', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'fascists, fanatics', 'en').voice).toBe('quoted');
  });
});

describe('a marker that names a speaker earlier in the clause ("what he called …")', () => {
  it('gives the clause’s short quotations to the speaker, distanced, where no verb governs them (ACTV7 News, Venezuela 2019)', () => {
    const s = 'Defense Minister Vladimir Padrino on Twitter rejected what he called an attempt by a "subversive movement" to generate "panic and terror".';
    expect(voiceOf(s, 'subversive movement', 'en')).toMatchObject({voice: 'quoted', distanced: true});
    expect(voiceOf(s, 'panic and terror', 'en').voice).toBe('quoted');
  });

  it('distances a quotation inside a report a few words after it (Miami Herald, Cuba 2021); a marker that names nobody still leaves its quotation the outlet’s', () => {
    const s = 'The Cuban leader said the U.S. and what he called members of the “Cuban mafia in Miami” were deploying the same tools of “non-conventional war” that they used against the Nicolas Maduro’s regime in Venezuela, especially the “manipulation of feelings” through social media.';
    expect(voiceOf(s, 'Cuban mafia in Miami', 'en')).toMatchObject({voice: 'quoted', distanced: true});
    const t = 'أطلقت الشرطة أيضًا بنادق الخرطوش في أحد المقاطع المصورة، رغم أنه لم يكن واضحًا ما إذا كانت ذخيرة حية أو ما يسمى "طلقات كيس القماش" المصممة لتكون أقل فتكًا.';
    expect(voiceOf(t, 'طلقات كيس القماش')).toMatchObject({voice: 'outlet', distanced: true});
  });
});

describe('an Arabic verb followed at once by its أن names no speaker', () => {
  it('"وأضافت ان تلك الأعمال تؤكد أن …": what was said begins at the first أن, not at a later one (Al-Raidiah, KUNA statement, Kuwait 2012)', () => {
    const s = 'وأضافت ان تلك الأعمال تؤكد أن مرتكبيها غير عابئين بالبيانات التي تصدر عن الوزارة.';
    expect(voiceOf(s, 'تلك الأعمال').voice).toBe('attributed');
  });

  it('a speaker named between the verb and its إن stays the outlet’s words (Al-Sharq, Turkey 2013)', () => {
    const s = 'وقال المحتجون متوجهين إلى رئيس الحكومة إن «هذه الأمة لن تركع أمامك!».';
    expect(voiceOf(s, 'المحتجون').voice).toBe('outlet');
    expect(voiceOf(s, 'هذه الأمة لن تركع أمامك').voice).toBe('quoted');
  });
});

describe('an Arabic verb of describing with its بـ at once is the passive', () => {
  it('"احتجاجات مناهضة للحكومة، وصفت بالأعنف منذ سنوات، حيث استخدمت الشرطة …": nobody speaks; the narrator goes on (Balad News, Turkey 2013)', () => {
    const s = 'وكانت العاصمة "اسطنبول" شهدت ،أمس، احتجاجات مناهضة للحكومة، وصفت بالأعنف منذ سنوات، حيث استخدمت الشرطة الغاز المسيل للدموع، وخراطيم المياه لتفريق المتظاهرين، مما أدى إلى إصابة العشرات.';
    expect(voiceOf(s, 'بالأعنف منذ سنوات').voice).toBe('outlet');
    expect(voiceOf(s, 'لتفريق المتظاهرين').voice).toBe('outlet');
  });

  it('with the thing described between, the verb still reports (Buratha News, Turkey 2013)', () => {
    const s = 'وتابع: "على تركيا أن ترى الصورة الحقيقية لأنقرة، ليس صورة من يزرعون الفوضى"، مجددا وصف المتظاهرين بأنهم "رعاع".';
    expect(voiceOf(s, 'رعاع').voice).toBe('quoted');
  });
});

describe('a short quotation given with the بـ of a verb of describing', () => {
  it('"ووصفوه بـ"الجزار"" is the describers’ label, not a scare quote (Al-Iraq Times, Anbar 2013)', () => {
    const s = 'الأنبار: جدد معتصمو الرمادي هجومهم على رئيس الحكومة العراقية نوري المالكي، اليوم الجمعة، ووصفوه بـ"الجزار" وشبهوه بـ"بشار" واكدوا أن ما يجري في العراق هو نفسه ما يجري في سوريا.';
    expect(voiceOf(s, 'الجزار').voice).toBe('quoted');
  });

  it('a بـ with no verb of describing before it leaves a one-word quotation a scare quote (Al-Watan, AFP copy, Sudan 2022)', () => {
    const s = 'قتل متظاهران معارضان لانقلاب قائد الجيش الفريق أول عبدالفتاح البرهان بـ«رصاص» قوات الأمن الأربعاء في الخرطوم.';
    expect(voiceOf(s, 'رصاص')).toMatchObject({voice: 'outlet', distanced: true});
  });
});

describe('English reporting words used as nouns', () => {
  it('"a police report" is a thing, not a report of the words after it (MSNBC, Ferguson 2014)', () => {
    const s = "What they got was a police report -- including video surveillance -- captured in the last hour of Brown's life from a convenience store camera, showing he and a friend allegedly stealing cigars.";
    expect(voiceOf(s, 'allegedly stealing cigars', 'en').voice).toBe('outlet');
  });

  it('"his claim that …" reports what was claimed (Stay On The Black, Venezuela 2017)', () => {
    const s = "Maduro didn't provide evidence to back his claim that a coup attempt was under way, and the opposition rejected his comments as a desperate attempt to intimidate Venezuelans from exercising their constitutional right to protest.";
    expect(voiceOf(s, 'a coup attempt was under way', 'en').voice).toBe('attributed');
  });

  it('"a police spokesman said" is still a report: the word after "a" and one more is a verb with its ending (Herald Diary, AP copy)', () => {
    const s = 'The protesters broke into the broadcaster’s headquarters, threw crude bombs and sticks at the police guards, and set the building and a vehicle on fire. At least five people were injured in the clashes, a police spokesman said.';
    expect(voiceOf(s, 'injured in the clashes', 'en').voice).toBe('attributed');
  });
});

describe('a news agency named as the source that closes a sentence', () => {
  it('"…, Reuters reports." cites where the facts come from: the framing words stay the outlet’s (1lurer.am, Reuters copy, Peru 2023)', () => {
    const s = 'Peruvian President Dina Boluarte apologized for dozens of deaths caused in protests across the country in recent weeks, speaking to the nation in a late-night transmission on Friday (January 13), Reuters reports.';
    expect(voiceOf(s, 'dozens of deaths caused in protests across the country', 'en').voice).toBe('outlet');
  });

  it('an official who tells the agency something still voices it (NBC News, Ferguson 2014)', () => {
    const s = 'Three officers were injured overnight, with Johnson telling The Associated Press that rocks and other objects were thrown at police.';
    expect(voiceOf(s, 'rocks and other objects were thrown at police', 'en').voice).toBe('attributed');
  });
});
