import {describe, expect, it} from 'vitest';
import {ids, labels} from './lexicon-matches.js';
import {itFindsEach} from './paraphrase-cases.js';

/*
 * Entries for the frame of a contested election whose unrest a government calls an illegal seizure of power:
 * the results the protests challenge and the vote buying, "administrative resource" and electoral violations
 * they allege (the grievance), seizing power or state power with its manner between, trying to disturb public
 * order, breaching public order, damaging buildings, cars set on fire, light-and-noise grenades, and a crowd
 * called drunk; and an order not to open fire and a politician's corruption charges kept from being read as
 * force and as the grievance. Grown on a fresh post-Soviet event (tests/fixtures/devset/kyrgyzstan-2020) and
 * checked on sentences of other pages: each real sentence must give the entry and the exact slice, and each
 * counter-example (ordinary wording with the same words) must not. The counter-examples are real sentences too,
 * quoted word for word (cut at most to one sentence or clause) from the stored public pages whose addresses
 * stand in a comment above each line.
 */

const cases: [string, 'ar' | 'en', string, string][] = [
  // [source, language, sentence, expected entry id=slice]
  ['TASS', 'en', 'Protesters challenging the outcome of Kyrgyzstan’s parliamentary polls on Tuesday released from a penal colony former Prime Minister Sapar Isakov', 'en.cause.contested-election-results=outcome of Kyrgyzstan’s parliamentary polls'],
  ['TASS (another page)', 'en', 'Protesters challenging the outcome of parliamentary polls in Kyrgyzstan seized the mayor’s office in Bishkek', 'en.cause.contested-election-results=outcome of parliamentary polls'],
  ['Crisis24 (another page)', 'en', 'Up to 5000 people had reportedly gathered in the capital\'s Ala-Too Square to contest the official results of the October 4 poll', 'en.cause.contested-election-results=results of the October 4 poll'],
  ['LatestLY (another page)', 'en', 'People on Tuesday continued to protest against the official preliminary results of general elections in Kyrgyzstan.', 'en.cause.contested-election-results=results of general elections'],
  ['Réseau International', 'en', 'More than 2 people protested against the results of the legislative elections held on Sunday', 'en.cause.contested-election-results=results of the legislative elections'],
  ['Rubryka', 'en', 'Supporters of 11 parties that didn\'t cross the verge do not agree with the election results.', 'en.cause.contested-election-results=election results'],
  ['Latest News South Africa', 'en', 'after taking control of government buildings in the capital during protests over the parliamentary elections', 'en.cause.contested-election-results=elections'],
  ['TASS', 'en', 'These parties accused the authorities of using an administrative resource and vote buying.', 'en.cause.vote-buying=administrative resource'],
  ['TASS', 'en', 'These parties accused the authorities of using an administrative resource and vote buying.', 'en.cause.vote-buying=vote buying'],
  ['Réseau International', 'en', 'According to these parties, the authorities used administrative resources and bribed voters throughout the election campaign.', 'en.cause.vote-buying=bribed voters'],
  ['Steningsimpson (another page)', 'en', 'unrest continued in the capital Bishkek over allegations of vote buying and fraud during the 4 October parliamentary election.', 'en.cause.vote-buying=vote buying'],
  ['Reuters (another page)', 'en', 'after demonstrations against an election marred by vote-buying accusations spiralled into violent clashes with police.', 'en.cause.vote-buying=vote-buying'],
  ['Russia — Islamic World (another page)', 'en', '"Last night, some political forces attempted to illegally seize state power. Using the results of the elections as a reason, they violated public order," he said', 'en.event.seize-state-power=illegally seize state power'],
  ['Russia — Islamic World (another page)', 'en', 'The President of Kyrgyzstan announced an attempt to illegally seize power in the country', 'en.event.seize-state-power=illegally seize power'],
  ['Rubryka', 'en', 'Among the protesters, there are people who drink alcohol and try to disturb public order.', 'en.event.disturbing-public-order=disturb public order'],
  ['Rubryka', 'en', 'However, the protesters and its organizers tried to disrupt public order and block traffic on Chui Avenue.', 'en.event.disturbing-public-order=disrupt public order'],
  ['Rubryka', 'en', 'Among the protesters, there are people who drink alcohol and try to disturb public order.', 'en.actors.drunk=people who drink alcohol'],
  ['TASS', 'en', 'A police patrol car was set on fire and six ambulance vehicles were damaged.', 'en.event.set-on-fire=car was set on fire'],
  ['Rubryka', 'en', 'When most of the demonstrators tried to break the iron gate, police used light and noise grenades and tear gas.', 'en.force.light-and-noise-grenades=light and noise grenades'],
  ['Al-Alam', 'ar', 'وفي ازمة جديدة استولى محتجون على نتائج الانتخابات البرلمانية، على مقرّ السلطة في العاصمة بشكيك', 'ar.cause.contested-election-results=نتائج الانتخابات'],
  ['Sky News Arabia', 'ar', 'وأطلقوا سراح الرئيس السابق، في تصعيد لاحتجاجاتهم على نتائج الانتخابات التشريعية التي جرت مطلع هذا الأسبوع.', 'ar.cause.contested-election-results=نتائج الانتخابات'],
  ['Vetogate (another page)', 'ar', 'في صدامات دارت في العاصمة بشكيك بين الشرطة ومتظاهرين كانوا يحتجون على نتائج الانتخابات التشريعية التي جرت الأحد الماضي', 'ar.cause.contested-election-results=نتائج الانتخابات'],
  ['Al-Alam (another page)', 'ar', 'لتفريق آلاف المتظاهرين الذين تجمعوا احتجاجا على نتيجة الانتخابات البرلمانية', 'ar.cause.contested-election-results=نتيجة الانتخابات'],
  ['Al Ain (another page)', 'ar', 'الآلاف تظاهروا في وسط العاصمة بشكيك تنديداً بنتائج الانتخابات التشريعية التي فاز فيها تنظيمان سياسيان', 'ar.cause.contested-election-results=بنتائج الانتخابات'],
  ['RT Arabic', 'ar', 'تابعنا في الأسبوع الماضي وقائع الانتخابات البرلمانية في قيرغيزستان، والتي شابها كثير من الانتهاكات والتزوير', 'ar.cause.vote-buying=والتزوير'],
  ['Russia — Islamic World', 'ar', 'وأشار رئيس الدولة إلى أنه اقترح على "لجنة الانتخابات المركزية" التحقيق في الانتهاكات في الانتخابات', 'ar.cause.vote-buying=الانتهاكات في الانتخابات'],
  ['Russia — Islamic World', 'ar', 'أكد سورونباي جينبيكوف أن "هناك محاولة للاستيلاء بشكل غير قانوني على السلطة في البلاد".', 'ar.event.seize-state-power=للاستيلاء بشكل غير قانوني على السلطة'],
  ['Russia — Islamic World', 'ar', '"بعض القوى السياسية حاولت الليلة الماضية الاستيلاء بشكل غير قانوني على سلطة الدولة، وباستخدام نتائج الانتخابات كذريعة قاموا بانتهاك النظام العام".', 'ar.event.seize-state-power=الاستيلاء بشكل غير قانوني على سلطة الدولة'],
  ['Russia — Islamic World', 'ar', '"بعض القوى السياسية حاولت الليلة الماضية الاستيلاء بشكل غير قانوني على سلطة الدولة، وباستخدام نتائج الانتخابات كذريعة قاموا بانتهاك النظام العام".', 'ar.event.breach-of-public-order=بانتهاك النظام العام'],
  ['Russia — Islamic World', 'ar', 'قاموا بعصيان أوامر ضباط إنفاذ القانون وضربوا الأطباء وأضروا بالمباني.', 'ar.event.damaging-buildings=وأضروا بالمباني'],
  ['Ajel', 'ar', 'وتسلق المتظاهرون الأسوار إلى مبنى البرلمان وأشعلوا النار في السيارات، واستخدمت قوات الأمن خراطيم المياه', 'ar.event.setting-fire-by-verb=وأشعلوا النار في السيارات'],
];

describe('a contested election whose unrest is called an illegal seizure of power (grown on a fresh post-Soviet event)', () => {
  itFindsEach(cases);


  it('keeps the protest word its own mention beside the results it opposes', () => {
    expect(labels('لاحتجاجاتهم على نتائج الانتخابات التشريعية', 'ar')).toContain('event/protest=لاحتجاجاتهم');
    expect(labels('during protests over the parliamentary elections', 'en')).toContain('event/protest=protests');
  });

  it('reads an order not to open fire as no force, and a politician\'s corruption charges as no grievance', () => {
    // Kyrgyzstan's president orders no shooting (two pages); corruption as a politician's charge or sentence (three pages).
    // https://m2.youm7.com/story/2020/10/6/رئيس-قيرغيزستان-قوى-سياسية-حاولت-الاستيلاء-على-السلطة-بدون-سند/5008916
    expect(labels('وأكد الرئيس القرغيزى أنه أمر وكالات إنفاذ القانون بعدم إطلاق النار أو سفك الدماء، حتى لا تعرض حياة مواطن واحد للخطر.', 'ar')).toEqual([]);
    // https://russia-islworld.ru/novosti/%D8%B3%D9%88%D8%B1%D9%88%D9%86%D8%A8%D8%A7%D9%8A-%D8%AC%D9%8A%D9%86%D8%A8%D9%8A%D9%83%D9%88%D9%81-%D9%87%D9%86%D8%A7%D9%83-%D9%85%D8%AD%D8%A7%D9%88%D9%84%D8%A9-%D9%84%D9%84%D8%A7%D8%B3%D8%AA%D9%8A%D9%84%D8%A7%D8%A1-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%B3%D9%84%D8%B7%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%A8%D9%84%D8%A7%D8%AF-%D8%A8%D8%B4%D9%83%D9%84%20%D8%BA%D9%8A%D8%B1-%D9%82%D8%A7%D9%86%D9%88%D9%86%D9%8A
    expect(labels('وأكد جينبيكوف أنه أصدر أمرا بعدم إطلاق النار.', 'ar')).toEqual([]);
    // https://www.expatica.com/za/general/former-leaders-behind-bars-for-graft-99041/
    expect(ids('Former President Almazbek Atambayev (2011-2017) received an 11-year jail sentence for corruption.', 'en')).toEqual([]);
    // https://nonstopkhabar.com/archives/17100
    expect(ids('Former Pakistani leader Nawaz Sharif was sentenced to seven years in prison for corruption Monday, state media reported, the latest conviction in a series of allegations which saw him ousted from power last year.', 'en')).toEqual([]);
    // https://eg.faselnews.com/24976
    expect(ids('وكانت محكمة في الخرطوم قضت في ديسمبر الماضي بالتحفظ على البشير في "دار للإصلاح الاجتماعي لمدة عامين"، بعد إدانته بالفساد في واحدة من عدة قضايا ضده.', 'ar')).toEqual([]);
    // Still force and still the grievance where they are.
    expect(labels('أطلقت الشرطة النار على المتظاهرين', 'ar').some((l) => l.startsWith('force/'))).toBe(true);
    expect(labels('They took to the streets against corruption.', 'en')).toContain('cause/grievance=corruption');
  });

  it('stays out of ordinary wording with the same words (English)', () => {
    // Election reporting; a bare "protested the election results" (unannotated in the set's Belarus gold); a campaign rally;
    // public order kept, not disturbed; a state power company; a Christmas tree set up, not set on fire.
    // http://english.china.org.cn/world/2010-11/24/content_21412190.htm
    expect(ids('Afghan election body on Wednesday announced final results of the parliamentary elections held Sept. 18.', 'en')).not.toContain('en.cause.contested-election-results');
    // https://ihsvoice.com/2016/11/29/election-results-spark-protests-and-discontent/
    expect(ids('Students from universities such as the University of California at Davis (UCD), University of California at Los Angeles (UCLA), University of California at San Diego (UCSD), University of California at Santa Barbara (UCSB), University of Southern California (USC), and University of Pittsburgh all protested the election results the night of and day after the election.', 'en')).not.toContain('en.cause.contested-election-results');
    // https://www.aol.com/article/news/2016/11/08/clinton-draws-largest-crowd-of-her-campaign-at-star-studded-rall/21600921/
    expect(ids('Hillary Clinton was joined Monday night at her campaign\'s biggest rally of the election by Democratic heavy hitters in Philadelphia as she made one of her final pitches to the American people.', 'en')).not.toContain('en.cause.contested-election-results');
    // http://www.xinhuanet.com/english/2019-09/01/c_138354311.htm
    expect(ids('Hong Kong police had previously banned the application of public processions on Saturday to ensure the safety of residents and public order after several similar events turned extremely violent recently.', 'en')).not.toContain('en.event.disturbing-public-order');
    // https://www.chinadaily.com.cn/a/201910/08/WS5d9bee36a310cf3e3556f13d.html
    expect(ids('In July 2015, China Power Investment Corp and State Nuclear Power Technology Corp, the country\'s two major electricity industry players, merged into State Power Investment Corp.', 'en')).toEqual([]);
    // https://archive.kyivpost.com/content/ukraine/police-protesters-provoked-violence-332690.html
    expect(ids('protesters were not allowing the municipal workers to perform their duties on Maidan Nezalezhnosti, where the Christmas tree is supposed to be set up.', 'en')).not.toContain('en.event.set-on-fire');
  });

  it('stays out of ordinary wording with the same words (Arabic)', () => {
    // Election reporting; rights abuses in prisons; rain's damage to buildings; armed forces taking a city.
    // https://almanar.com.lb/article/336282/
    expect(ids('أعلن رئيس اللجنة الأمنية العليا للانتخابات في العراق، الفريق أول قيس المحمداوي أنَّ نتائج الانتخابات البرلمانية ستعلن مساء اليوم الأربعاء.', 'ar')).not.toContain('ar.cause.contested-election-results');
    // https://hdhod.com/تردي-الأوضاع-المعيشية-وازدياد-حوادث-الشغب-في-السجون-الاردنية_a3284.html
    expect(ids('ولكن الجهات المعنية لم تأخذها بعين الاعتبار للحد من الانتهاكات والمخالفات', 'ar')).not.toContain('ar.cause.vote-buying');
    // https://masrawy.com/news/news_egypt/details/2020/3/13/1742179/%D8%A7%D9%84%D8%A3%D9%85%D8%B7%D8%A7%D8%B1-%D8%AA%D8%AA%D8%B1%D9%83-%D8%A2%D8%AB%D8%A7%D8%B1%D9%87%D8%A7-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D9%85%D8%A8%D8%A7%D9%86%D9%8A-%D9%88%D8%A8%D8%AD%D9%88%D8%AB-%D8%A7%D9%84%D8%A8%D9%86%D8%A7%D8%A1-%D8%AA%D9%88%D8%B6%D8%AD-%D8%A7%D9%84%D8%AE%D8%B7%D9%88%D8%B1%D8%A9-%D8%B5%D9%88%D8%B1-
    expect(ids('استقبلت أسطح المنازل كميات كبيرة من الأمطار التي هطلت على مختلف أنحاء البلاد منذ أمس الخميس واليوم الجمعة، مما تسبب في تصدعات وإنهيارات بمباني بعض المناطق.', 'ar')).not.toContain('ar.event.damaging-buildings');
    // https://www.alarab.com/Article/823174
    expect(ids('وقد تقدمت قوات سوريا الديمقراطية تدريجيا نحو المدينة منذ نوفمبر/ تشرين الثاني، وشنت هجومها للاستيلاء على المدينة بدءا من السادس من يونيو/حزيران.', 'ar')).not.toContain('ar.event.seize-state-power');
  });
});
