import {describe, expect, it} from 'vitest';
import {voiceOf, voiceOfLines} from '../support/voice-of-lines.js';

/*
 * Voice rules grown on the second voice probe (tests/fixtures/voice-probe2/),
 * each a construction of Arabic or English news syntax, each tested on real
 * sentences: the probe's passages, the seeds and the development-set events
 * grown on (tests/fixtures/devset/), for the rule and for what it must
 * leave alone.
 */

describe('Arabic verbs of calling for govern what was called for, not the sentence', () => {
  it('دعا … إلى ends at the comma: the protest "against accusations" is the narrator’s (Arabi21, Morocco 2017)', () => {
    const s = 'إلى الريف تتوجه قلوب المغاربة وعقولهم، بانتظار ما تسفر عنه الساعات القليلة القادمة، حيث دعا الحراك إلى مسيرة الغضب، احتجاجا على اتهامات أحزاب الأغلبية الحكومية للمحتجين بالانفصال وتلقي تمويل من الخارج، وسط حشود غير مسبوقة لقوات الأمن في إقليم الحسيمة (شمال).';
    expect(voiceOf(s, 'للمحتجين').voice).toBe('outlet');
    expect(voiceOf(s, 'مسيرة الغضب').voice).toBe('attributed');
  });

  it('the clause after "، وكان" is the narrator’s again (Al-Wahdawi, Senegal 2021)', () => {
    const s = 'دعا وزير الداخلية يوم امس الجمعة في خطاب وجهه عبر وسائل الاعلام إلى وقف فوري للمظاهرات العنيفة، والتي اندلعت منذ يوم الاربعاء الماضي إثر اعتقال السياسي “سونكو”، وكان محتجون غاضبون اشتبكوا مع شرطة مكافحة الشغب في جميع انحاء البلاد يوم امس الجمعه.';
    expect(voiceOf(s, 'محتجون غاضبون').voice).toBe('outlet');
    expect(voiceOf(s, 'للمظاهرات العنيفة').voice).toBe('attributed');
  });

  it('the comma after a speaker named in VS order does not end the call (Erem News, Lebanon 2019)', () => {
    const s = 'ودعا ناشطون على مواقع التواصل الاجتماعي، إلى استمرار التحركات حتى إسقاط الحكومة، التي تفرض عليهم الضرائب في ظل معاناتهم من أزمة اقتصادية تضرب البلاد منذ فترة.';
    expect(voiceOf(s, 'إسقاط الحكومة').voice).toBe('attributed');
    expect(voiceOf(s, 'الضرائب').voice).toBe('outlet');
  });
});

describe('an Arabic announcement in VS order: the comma after the speaker’s name does not end the announced thing', () => {
  it('أعلنت الداخلية التونسية، توقيف … شاركوا في "أعمال شغب": the short quotation is the ministry’s words (Lakome, Tunisia 2021)', () => {
    const s = 'أعلنت الداخلية التونسية، توقيف 632 شخصا شاركوا في "أعمال شغب" شهدتها العاصمة ومناطق أخرى، خلال الأيام الأربعة الماضية. ومنذ الخميس، شهدت المدينة ومحافظات أخرى، احتجاجات ليلية، تخللتها صدامات مع رجال الأمن.';
    expect(voiceOf(s, 'أعمال شغب').voice).toBe('quoted');
    expect(voiceOf(s, 'احتجاجات ليلية').voice).toBe('outlet');
  });

  it('after the speaker and an aside (اليوم الخميس،) the announced thing runs to the next comma, not past it (seed)', () => {
    const s = 'من جهتها، أعلنت وزارة الدفاع الروسية، اليوم الخميس، عن وصول أولى الوحدات من قواتها إلى كازاخستان، في إطار مهمة حفظ السلام لمنظمة معاهدة الأمن الجماعي.';
    expect(voiceOf(s, 'وصول أولى الوحدات').voice).toBe('attributed');
    expect(voiceOf(s, 'مهمة حفظ السلام').voice).toBe('outlet');
  });
});

describe('a distancing marker that names a speaker gives the words to someone, even with no verb of saying', () => {
  it('رغم مناشدة الرئيس … عن من وصفهم بالمتاجرين بفقرهم (The New Khalij, Tunisia 2021)', () => {
    const s = 'تجددت، ليل الإثنين، الاحتجاجات العنيفة في تونس، رغم مناشدة الرئيس "قيس سعيد" المحتجين بالابتعاد عن من وصفهم بالمتاجرين بفقرهم لنشر الفوضى.';
    const v = voiceOf(s, 'بالمتاجرين بفقرهم');
    expect(v.voice).toBe('attributed');
    expect(v.distanced).toBe(true);
    expect(voiceOf(s, 'الاحتجاجات العنيفة').voice).toBe('outlet');
  });

  it('"to vent anger at what they call foreign intervention" (Press TV, Yemen 2015)', () => {
    const s = 'Thousands of Yemenis hit the streets on the following day to vent anger at what they call foreign intervention in their country.';
    const v = voiceOf(s, 'foreign intervention', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.distanced).toBe(true);
  });

  it('a marker that names nobody still leaves the words the outlet’s (so-called)', () => {
    const s = 'Refusing to name the so-called anti-national groups, he merely said, “We are identifying the miscreants and anti-social elements who indulged in violence.”';
    const v = voiceOf(s, 'anti-national groups', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });
});

describe('an English report set off by commas after an opening phrase governs what follows it', () => {
  it('"Immediately after the arrest, it said, army properties … were attacked" (Daily Pakistan, 2023)', () => {
    const s = 'Immediately after the arrest, it said, army properties and installations were attacked in an organised manner, and anti-army slogans were raised.';
    expect(voiceOf(s, 'attacked in an organised manner', 'en').voice).toBe('attributed');
  });

  it('"Following the protests, the armed forces said May 9, 2023 would go down in history as a “dark chapter”" (Ex Bulletin, 2023)', () => {
    const s = 'Following the protests, the armed forces said May 9, 2023 would go down in history as a “dark chapter”.';
    expect(voiceOf(s, 'dark chapter', 'en').voice).toBe('quoted');
  });

  it('a clause before the aside is still what was said, and the words after it the narrator’s (Daily Star/AFP, Sudan 2019)', () => {
    const s = 'Protesters then staged simultaneous rallies in different neighborhoods of Omdurman in an attempt to gather again for the march, a witness said, but they were unable to.';
    const v = voiceOfLines(s, 'en');
    expect(v.regions.map((r) => s.slice(r.start, r.end))).toEqual(['Protesters then staged simultaneous rallies in different neighborhoods of Omdurman in an attempt to gather again for the march']);
  });
});

describe('"according to" before a norm attributes nothing, before a compound that names people it does', () => {
  it('"According to law enforcement officials, protesters blocked the entrances …" (UNN, Georgia 2024)', () => {
    const s = 'According to law enforcement officials, protesters blocked the entrances to the Georgian parliament around 21:00. MPs were reportedly unable to leave the parliament.';
    const v = voiceOf(s, 'protesters blocked the entrances', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('law enforcement officials');
  });

  it('"… was detained according to law." names no speaker (Pakistan Observer, 2023)', () => {
    const s = 'As people raised questions over the arrest of the former prime minister, Pakistan Army spokesperson NAB detained Imran Khan was detained according to law.';
    expect(voiceOfLines(s, 'en').regions.filter((r) => r.cue.toLowerCase() === 'according to')).toEqual([]);
  });
});

describe('English verbs of labelling with "as": the thing labelled is the outlet’s, the label the speaker’s', () => {
  it('"has declared students leading a civil disobedience movement as terrorists" (Photo News, Bangladesh 2024)', () => {
    const s = 'Bangladeshi Prime Minister Sheikh Hasina has declared students leading a civil disobedience movement as terrorists, calling on citizens to stand against these “terrorists.”';
    expect(voiceOf(s, 'a civil disobedience movement', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'as terrorists', 'en').voice).toBe('attributed');
  });

  it('"termed their actions as an attempt to manipulate the country’s sentiments" (Greek City Times, Pakistan 2023)', () => {
    const s = "The ISPR criticised the protesters and termed their actions as an attempt to manipulate the country's sentiments for their own limited and selfish objectives.";
    expect(voiceOf(s, "an attempt to manipulate the country's sentiments", 'en').voice).toBe('attributed');
  });

});

describe('after a quotation and its SV speaker, a clause of time or manner is the narrator’s', () => {
  it('"“Time’s up!” police said as they fired warning jets in the air" (EFE, Thailand 2020)', () => {
    const s = '“Time’s up!” police said as they fired warning jets in the air, which ricocheted off the Skytrain station above them before they aimed directly at demonstrators.EFE-EPA';
    expect(voiceOf(s, 'fired warning jets in the air', 'en').voice).toBe('outlet');
  });

  it('a verb of saying that goes on without "that" still reports its clause (The Hindu, Chennai 2017)', () => {
    const s = 'But the police had been compelled to use force, he said. “We could see that anti-social and anti-national elements had infiltrated the congregation. So, we acted upon the intelligence inputs.”\nThe Commissioner said anti-social elements had gathered in large numbers and started throwing stones on the police personnel near the Ice House Police Station.';
    expect(voiceOf(s, 'anti-social elements had gathered', 'en').voice).toBe('attributed');
  });
});

describe('a short quotation after a word of accusing or blaming is the charge in the accuser’s words', () => {
  it('"بعد اتهامهم ب"بالمس بالامن الداخلي"" is quoted; "ضد "تهميش" هذه المنطقة" stays a scare quote (Lakome/AFP, Morocco 2017)', () => {
    const s = 'وقد مثل منهم نحو 86 شخصا امام القضاء سجن 30 منهم بعد اتهامهم ب"بالمس بالامن الداخلي".';
    expect(voiceOf(s, 'بالمس بالامن الداخلي').voice).toBe('quoted');
    const t = 'وهي الزيارة الثانية في اقل من شهر التي يقوم بها وفد حكومي الى ولاية الحسيمة التي تشهد حركة احتجاج شعبية ضد "تهميش" هذه المنطقة من الريف .';
    const scare = voiceOf(t, 'تهميش');
    expect(scare.voice).toBe('outlet');
    expect(scare.distanced).toBe(true);
  });

  it('"بينما ألقى مسؤولون باللوم على "انتهازيين ومثيري شغب"" (Sky News Arabia, Iran 2021)', () => {
    const s = 'قتل متظاهر بالرصاص خلال احتجاجات على شح المياه في مدن الأهواز جنوب غربي إيران، حسبما أفادت وسائل إعلام رسمية، السبت، بينما ألقى مسؤولون باللوم على "انتهازيين ومثيري شغب".';
    expect(voiceOf(s, 'انتهازيين ومثيري شغب').voice).toBe('quoted');
  });
});

describe('a written thing "reads" what it says', () => {
  it('"…, the statement read." closes the report of the clause before it (ABC News Pakistan, 2023)', () => {
    const s = 'The Army, “without caring for its integrity”, exercised restraint and demonstrated tolerance adding that a planned attempt had been made to incite the army so that it could be used for political gains later, the statement read.';
    expect(voiceOf(s, 'exercised restraint', 'en').voice).toBe('attributed');
  });

});

describe('an Arabic saying phrase (فيما قالت، كما قال) with an إن after its speaker opens a report of its own', () => {
  it('"…، فيما قالت وكالة "فارس" … إن "…"": the clause before it is the narrator’s (Arabic Post, Iran 2021)', () => {
    const s = 'كذلك أظهرت عدة مقاطع فيديو استخدام قوات الأمن للغاز المسيل للدموع لتفريق المتظاهرين، فيما قالت وكالة "فارس" شبه الرسمية للأنباء إن "مثيري شغب قتلوا بالرصاص شرطياً وأصابوا آخر في مدينة ماهشهر الساحلية في إقليم خوزستان".';
    expect(voiceOf(s, 'للغاز المسيل للدموع').voice).toBe('outlet');
    expect(voiceOf(s, 'مثيري شغب').voice).toBe('quoted');
  });

  it('"كما قال المتحدث … إن اثنين من المحتجين قتلا" reports what follows (24 Saa/AFP, Sudan 2019)', () => {
    const s = 'كما قال المتحدث باسم حكومة ولاية نهر النيل (شمال) إبراهيم مختار إن اثنين من المحتجين قتلا الخميس في عطبرة، من دون أن يقدم تفاصيل إضافية.';
    expect(voiceOf(s, 'المحتجين').voice).toBe('attributed');
  });
});

describe('English "call" before a meeting, an election or a strike convenes it; it says nothing', () => {
  it('"Díaz-Canel called the press conference after thousands of people marched … to demand the end of Cuba’s authoritarian regime" (Miami Herald, Cuba 2021)', () => {
    const s = 'Díaz-Canel called the press conference after thousands of people marched in several cities across the island on Sunday to demand the end of Cuba’s authoritarian regime and denounce the lack of food and medicine.';
    expect(voiceOf(s, 'Cuba’s authoritarian regime', 'en').voice).toBe('outlet');
  });

  it('a label after "call" is still the speaker’s (Miami Herald, Cuba 2021)', () => {
    const s = 'The Cuban leader said the U.S. and what he called members of the “Cuban mafia in Miami” were deploying the same tools of “non-conventional war” that they used against the Nicolas Maduro’s regime in Venezuela, especially the “manipulation of feelings” through social media.';
    expect(voiceOf(s, 'non-conventional war', 'en').voice).toBe('quoted');
  });
});

describe('a name quoted right after "so-called" / ما يسمى is the outlet’s scare quote, also inside a report', () => {
  const s = 'قال ما يُسمّى "المجلس العسكري في السويداء"، في بيان الجمعة 2 أيار/مايو 2025، إنّه "يدعم شيخ عقل الطائفة حكمت الهجري ويعلن عن رفضه التام لدخول قوات الأمن التابعة للحكومة السورية إلى السويداء".\nوأضاف البيان: "لن نسمح بأيّ شكل من الأشكال بدخول ما يُسمّى "قوات الأمن العام" إلى جبل العرب".';

  it('"قال ما يُسمّى "المجلس العسكري في السويداء"": four words, the outlet’s, distanced (Al-Ahed, Syria 2025)', () => {
    const v = voiceOf(s, 'المجلس العسكري');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });

  it('inside the statement’s own quotation, "ما يُسمّى "قوات الأمن العام"" is the statement’s words', () => {
    const v = voiceOf(s, 'قوات الأمن العام" إلى');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(true);
  });
});

describe('an Arabic verb of describing in SV order: the thing described is the outlet’s, the description the speaker’s', () => {
  it('"بايدن يصف مقتحمى الكونجرس فى يناير بـ«المتطرفين والإرهابيين»" (Al-Dustour, USA 2021)', () => {
    const s = 'بايدن يصف مقتحمى الكونجرس فى يناير بـ«المتطرفين والإرهابيين»';
    expect(voiceOf(s, 'مقتحمى الكونجرس').voice).toBe('outlet');
    expect(voiceOf(s, 'المتطرفين والإرهابيين').voice).toBe('quoted');
  });
});

describe('a "Speaker: claim" headline is one sentence on its own line, and its speaker no quoted label', () => {
  it('"Violence in Bangladesh: On Sunday (August 4), violence broke out …. Thousands of protesters …" is a lead under a label (Veni Digital, 2024)', () => {
    const s = 'Violence in Bangladesh: On Sunday (August 4), violence broke out once again in many parts of Bangladesh. Thousands of protesters gathered in different parts of the country demanding the resignation of Prime Minister Sheikh Hasina.';
    expect(voiceOf(s, 'violence broke out once again', 'en').voice).toBe('outlet');
  });

  it('"‘Black Chapter: Pakistan Army responds … as PTI activists run riots" opens with a quoted label (Pakistan Observer, 2023)', () => {
    const s = '‘Black Chapter: Pakistan Army responds to Imran Khan’s arrest as PTI activists run riots\nRAWALPINDI – Pakistan Army has responded to the arrest of Imran Khan, as activists of the former ruling party run riots across the country including some of the sensitive installations.';
    expect(voiceOf(s, 'PTI activists run riots', 'en').voice).toBe('outlet');
  });

  it('a headline on its own line still speaks for its speaker (seed 000)', () => {
    const s = 'توكاييف: أعمال الشغب تقودها عصابات إرهابية تلقّت تدريباتها في الخارج\nقُتل 18 من عناصر وضباط الشرطة الكازاخية وأصيب 700 آخرون بجروح';
    const v = voiceOf(s, 'أعمال الشغب');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('توكاييف');
  });
});
