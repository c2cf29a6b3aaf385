import {describe, expect, it} from 'vitest';
import {runCases, runCounters, poles, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries for a police killing protested in more words (المحتجين على قتل …، على خلفية مصرع …، مقتل شاب على يد الشرطة،
 * على أيدي عناصر من الشرطة) and racial discrimination and abuses against a minority (التمييز العرقي، التمييز ضد السود،
 * التجاوزات … بحق ذوي الأصول الأفريقية, "racial tensions", "racial issues"), the grievance; police violence in more words
 * (همجية البوليس، الوحشية تجاه الشعب، اعتدت الشرطة, "bludgeoned", "attacked … protesters with", "fired projectiles",
 * "violently purged", "get tough with … protesters", concussion grenades), the force, and controlling the protesters
 * (السيطرة على المحتجين) its euphemism; chaotic protests (احتجاجات فوضوية), the threat; a named power that "may be
 * behind" the violence (روسيا قد تكون وراء أعمال العنف), the foreign cause. Grown on the George Floyd protests told by
 * ten new outlets (tests/fixtures/devset/usa-2020-new) and checked on sentences of other pages (France's riots of 2023,
 * Egypt, Mauritania, Occupy, Ferguson, Iran's unrest of 2017–18 in Moscow's words). Every case and every counter-example
 * is a real sentence, quoted word for word (cut at most to a sentence or clause) from the stored public page whose
 * address it carries; a case must give the entry and its exact slice, a counter-example (the same words in ordinary
 * wording) must not give the entry named. Attacks on the police ("attacks on law enforcement") and bare "law and order"
 * were not made entries: other folders' golds leave them out.
 */

const cases: readonly Case[] = [
  // cause / grievance: the killing protested, sparking the protests, at the hands of the police
  ['https://almayadeen.net/tv-reports/احتجاجات-وانقسام-سياسي-في-فرنسا-بعد-قتل-شرطي-فتى-من-أصول-عرب', 'ar', 'كثير من المدن الفرنسية شهدت مواجهات عنيفة بين الشرطة ومحتجين على قتل فتى, يبلغ سبعة عشر عاماً برصاصة في صدره أطلقها عليه شرطي عند نقطة تفتيش مروري أول من أمس, وقد أدت هذه المواجهات إلى حدوث أضرار جسيمة في الممتلكات العامة والخاصة.', 'ar.cause.killing-protested=قتل'],
  ['https://revsoc.me/politics/42789/', 'ar', 'المئات يتظاهرون في المنيب بعد مقتل شاب على يد الشرطة', 'ar.cause.killing-protested=مقتل شاب على يد الشرطة'],
  ['https://ksaplayers.com/Ksahome/NewsDetial/?nid=1952626', 'ar', 'عام 1967، في ديترويت، بعد مقتل سائق تكسي على يد شرطي أبيض، أدت الاحتجاجات إلى مقتل 43 شخصاً، وجرح أكثر من 400.', 'ar.cause.killing-protested=مقتل سائق تكسي على يد شرطي'],
  ['https://sauress.com/alriyadh/1823690', 'ar', 'اندلعت احتجاجات عنيفة في أنحاء الولاياتالمتحدة في وقت متأخر الجمعة ردا على مقتل جورج فلويد على أيدي عناصر من الشرطة في مدينة مينيابوليس، ولم ينجح توجيه تهمة القتل الى الشرطي الذي تسبب بالحادثة في التخفيف من الغضب المتصاعد.', 'ar.cause.killing-protested=مقتل جورج فلويد على أيدي عناصر من الشرطة'],
  ['https://khbrpress.ps/post/233772/شاهد-وحشية-الشرطة-الأمريكية-في-التعامل-مع-الأمريكيين-الأفارقة', 'ar', 'أثار قتل الشرطة الأمريكية الرجل الأسود الأعزل جورج فلويد، البالغ من العمر 46 عاماً، في مدينة مينيابوليس بولاية مينيسوتا، مساء يوم الإثنين، موجات من الغضب في جميع أنحاء الولايات المتحدة.', 'ar.cause.killing-protested=قتل'],
  ['https://www.masress.com/elwatan/4825010', 'ar', 'وتشهد عشرات المدن الأمريكية احتجاجات مستمرة منذ نحو أسبوع على خلفية مصرع المواطن الأفرو-أميركي جورج فلويد، الذي قتله أحد رجال الشرطة خنقا في مدينة مينيابوليس، وصاحب هذه الاحتجاجات أعمال عنف وسلب ونهب وتخريب للممتلكات العامة والخاصة في عدد من المدن.', 'ar.cause.killing-protested=مصرع'],
  // cause / grievance: racial discrimination and abuses against a minority
  ['http://alkhalijalyoum.com/%D8%B4%D8%A7%D9%87%D8%AF-%D9%82%D8%B5%D8%A9-%D8%A7%D9%84%D8%B9%D9%86%D8%B5%D8%B1%D9%8A%D8%A9-%D9%88%D8%A7%D9%84%D8%AA%D9%85%D9%8A%D9%8A%D8%B2-%D8%B6%D8%AF-%D8%A7%D9%84%D8%B3%D9%88%D8%AF-%D9%81%D9%8A/', 'ar', 'شاهد.. قصة العنصرية والتمييز ضد السود في أمريكا', 'ar.cause.abuse-of-minority=والتمييز ضد السود'],
  ['https://anfaspress.com/news/print/65972-2020-05-31-09-52-30', 'ar', 'وقام المتظاهرون بتصميم رسومات "غرافيتي" تنتقد التجاوزات المستمرة بحق ذوي الأصول الأفريقية، وشوهد رجال الشرطة يضربون المتظاهرين بالهراوات.', 'ar.cause.abuse-of-minority=التجاوزات المستمرة بحق ذوي الأصول الأفريقية'],
  ['https://sauress.com/okaz/2026563', 'ar', 'في الوقت الذي تكافح فيه الولاياتالمتحدة لاحتواء احتجاجات فوضوية بشأن التمييز العرقي وأساليب الشرطة', 'ar.cause.abuse-of-minority=التمييز العرقي'],
  ['https://www.jiskha.com/categories/factors-leading-to-heightened-racial-tensions', 'en', 'Factors leading to heightened racial tensions', 'en.cause.racial-issues=racial tensions'],
  ['http://www.china.org.cn/world/2020-06/04/content_76125005.htm', 'en', 'According to Yuan, the Trump administration, backed by white blue-collar men, has so far done little to address the brewing racial issues in the country.', 'en.cause.racial-issues=racial issues'],
  // event / threat: chaotic protests
  ['https://sauress.com/okaz/2026563', 'ar', 'في الوقت الذي تكافح فيه الولاياتالمتحدة لاحتواء احتجاجات فوضوية بشأن التمييز العرقي وأساليب الشرطة', 'ar.event.chaotic-protests=احتجاجات فوضوية'],
  // cause / foreign: a named power that may be behind the unrest
  ['https://alalam.ir/tag/2362276?t=%D8%A7%D9%84%D9%88%D8%B6%D8%B9-%D9%81%D9%8A-%D8%A7%D9%8A%D8%B1%D8%A7%D9%86', 'ar', 'اعتبرت موسكو أن قوى خارجية قد تكون وراء تدهور الأوضاع في إيران، وذلك في أول تعليق لها على الأحداث التي شهدتها بعض مدن البلاد مؤخرا.', 'ar.cause.power-may-be-behind=قوى خارجية قد تكون وراء'],
  ['https://sauress.com/okaz/2026563', 'ar', 'وكانت مستشارة الرئيس الأمريكي السابقة للأمن القومي سوزان رايس قد قالت أن روسيا قد تكون وراء أعمال العنف خلال الاحتجاجات الجارية في الولاياتالمتحدة، ولم تقدم أي دليل أو وقائع ملموسة.', 'ar.cause.power-may-be-behind=روسيا قد تكون وراء'],
  // force / explicit: the police's barbarity, brutality against the people, the police assaulting
  ['https://tewassoul.mr/node/1550', 'ar', 'اعتدت قوات من الشرطة مساء الأحد 30-07-2017 على جموع من أنصار المعارضة الديمقراطية و قياداتها كانوا بصدد تنظيم مسيرة جماهيرية سلمية استوفت جيمع الشروط القانونية.', 'ar.force.police-barbarity=اعتدت قوات من الشرطة'],
  ['https://arabic.iranpress.com/iran_politics-i139728', 'ar', 'وكتبت الخارجية الإيرانية اليوم الثلاثاء في حسابها على موقع تويتر أنه وفقا للتقارير، اعتدت الشرطة الأميركية أكثر من 100 مرة على الصحافيين.', 'ar.force.police-barbarity=اعتدت الشرطة'],
  ['https://arabic.iranpress.com/iran_politics-i139728', 'ar', 'وأكد ظريف أن أوروبا لو تريد أن تصمت أمام الوحشية تجاه الشعب ووسائل الإعلام في أميركا، فلابد أن تغلق فمها الى الأبد.', 'ar.force.police-barbarity=الوحشية'],
  ['https://anfaspress.com/news/print/65972-2020-05-31-09-52-30', 'ar', 'عنصرية وهمجية البوليس ضد السود الأمريكان تجتاحان 11 مدينة أمريكية', 'ar.force.police-barbarity=وهمجية البوليس'],
  // force / euphemistic: controlling the protesters
  ['https://mail.copts-united.com/PrintPage.php?A=29703', 'ar', 'الشرطة تفشل في السيطرة على المتظاهرين في يوم الغضب', 'ar.force.controlling-protesters=السيطرة'],
  ['https://arabic.iranpress.com/iran_politics-i139728', 'ar', 'وأكد الجهاز الدبلوماسي الإيراني على أن شعوب العالم تنظر الى الأحداث في أمريكا مصرحا أن الرئيس الأميركي دونالد ترامب الذي اختفى في مخبئه يريد إبعاد المراسلين في الوقت الذي يحاول السيطرة على المحتجين.', 'ar.force.controlling-protesters=السيطرة'],
  // force / explicit (English): police violence in more verbs
  ['https://theweek.com/articles/917677/trump-inadvertently-reveals-truth-about-police-response-protests', 'en', 'Cops bludgeoned two two Australian reporters directly in front of live cameras, which prompted an official investigation from the Australian state.', 'en.force.police-violence-verbs=bludgeoned'],
  ['https://theweek.com/articles/917677/trump-inadvertently-reveals-truth-about-police-response-protests', 'en', "At about 6:30 p.m. — before the city's 7 p.m. curfew had taken effect — a huge mass of law enforcement, including federal and military police, suddenly attacked the demonstrators with tear gas, rubber bullets, concussions grenades, and clubs.", 'en.force.police-violence-verbs=attacked'],
  ['https://theweek.com/articles/917677/trump-inadvertently-reveals-truth-about-police-response-protests', 'en', "At about 6:30 p.m. — before the city's 7 p.m. curfew had taken effect — a huge mass of law enforcement, including federal and military police, suddenly attacked the demonstrators with tear gas, rubber bullets, concussions grenades, and clubs.", 'en.force.police-violence-verbs=concussions grenades'],
  ['https://freepeopleontheland.wordpress.com/2009/10/08/clubbing-in-rochester-update/', 'en', 'This evening, the Rochester Police Department attacked peaceful protesters with billy clubs.', 'en.force.police-violence-verbs=attacked'],
  ['https://www.indybay.org/newsitems/2008/09/02/18532265.php?show_comments=1', 'en', 'concussion grenades and tear gas shot at people trying to leave', 'en.force.police-violence-verbs=concussion grenades'],
  ['https://sputnikglobe.com/amp/20200531/fifth-night-of-fire--fury-curfews-imposed-national-guard-called-in-as-riots-rage-on-across-us-1079472611.html', 'en', 'In Oakland, San Jose, and Los Angeles, protesters blocked highways and police fired tear gas, while in Louisville, Kentucky, police fired projectiles at a reporter and her cameraman during a live shot, The Guardian reported.', 'en.force.police-violence-verbs=fired projectiles'],
  ['https://theweek.com/articles/917677/trump-inadvertently-reveals-truth-about-police-response-protests', 'en', "In absolutely classic Trump style, it turns out that the park had been violently purged so that he could conduct a photo-op in front of the nearby St. John's Episcopal Church.", 'en.force.police-violence-verbs=violently purged'],
  ['https://www.globalsecurity.org/security/library/news/2020/06/sec-200601-voa12.htm', 'en', "Governors have received a lecture from U.S. President Donald Trump, the defense secretary and the attorney general, exhorting them to get tough with unruly protesters on the streets of America's cities.", 'en.force.police-violence-verbs=get tough'],
  ['https://kiowacountypress.net/content/trump-governors-get-tough-violent-protesters', 'en', 'Trump to governors: Get tough on violent protesters', 'en.force.police-violence-verbs=Get tough'],
  ['https://sputnikglobe.com/amp/20200531/fifth-night-of-fire--fury-curfews-imposed-national-guard-called-in-as-riots-rage-on-across-us-1079472611.html', 'en', 'As Saturday night went on sporadic violence was seen in many US states again, with stores torched, windows smashed, police cars set on fire, protesters injured and detained, as some complained about the police disproportionately getting tough with protesters and people, who just happened to be nearby:', 'en.force.police-violence-verbs=getting tough'],
];

const counters: readonly Counter[] = [
  // Deaths in a toll, a killing by others, a protest against something else: not a police killing protested.
  ['https://www.alwatanvoice.com/arabic/news/2017/09/22/1084804.html', 'ar', 'مصرع جندي مصري و3 مسلحين في هجوم بسيناء', 'ar.cause.killing-protested'],
  ['https://alsomalalyaum.com/27668/amp', 'ar', 'وفي حادث آخر قُتل شاب في منطقة “حوش” بمديرية “دركينلي” في العاصمة، بعد تعرضه لهجوم بخنجر من قبل عصابة إجرامية أخذت هاتفه المحمول بعد قتله.', 'ar.cause.killing-protested'],
  ['https://skynewsarabia.com/middle-east/463946-%D9%85%D9%82%D8%AA%D9%84-%D8%AC%D9%86%D8%AF%D9%8A-%D9%85%D8%B5%D8%B1%D9%8A-%D8%B3%D9%8A%D9%86%D8%A7%D8%A1', 'ar', 'ومنذ ذلك الحين قتل عشرات الجنود وعناصر الشرطة خصوصا في سيناء فيما تقوم السلطات بحملة قمع في كل أرجاء البلاد ضد أنصار الإخوان، ما أدى إلى سقوط أكثر من ألف قتيل وتوقيف ألفي شخص.', 'ar.cause.killing-protested'],
  ['https://amay1.sarmady.net/news/details/640974', 'ar', 'تستمر القوي السياسية في تنظيم مظاهرات واحتجاجات في محافظات مصر لليوم الثالث علي التوالي، استكمالا لاحتجاجات يوم الغضب التي بدأت في يوم عيد الشرطة 25 يناير احتجاجا علي الأوضاع الاجتماعية والسياسية المتردية.', 'ar.cause.killing-protested'],
  // Abuses by the police with no minority named: force, not the grievance of racism.
  ['http://elhiwardz.com/event/148724/', 'ar', 'التجاوزات التي يمارسها أعوان الشرطة، لم تتوقف عند هذا الحد، بل تواصلت ليتم رش الزميلات الصحفيات مباشرة في أوجههن بالغاز المسيل للدموع، مما استدعى تدخل وحدات الإسعاف المرابطة بشوراع العاصمة للتدخل في الحالات الاستعجالية.', 'ar.cause.abuse-of-minority'],
  // Someone attacking the police, not the police assaulting.
  ['https://arabic.rt.com/russia/1197815-%D9%81%D9%8A%D8%AF%D9%8A%D9%88-%D8%A7%D8%B3%D8%AA%D9%81%D8%B2%D8%A7%D8%B2%D8%A7%D8%AA-%D9%85%D8%B8%D8%A7%D9%87%D8%B1%D8%A7%D8%AA-%D8%A3%D9%86%D8%B5%D8%A7%D8%B1-%D9%86%D8%A7%D9%81%D8%A7%D9%84%D9%86%D9%8A-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7/amp', 'ar', 'ويظهر أحد الفيديوهات شخصا يقترب من الخلف من عناصر للشرطة، أثناء اعتقالهم متظاهرا آخر، ويعتدي على اثنين منهم بالضرب، ثم يفر مجددا للاختفاء في صفوف المحتجين.', 'ar.force.police-barbarity'],
  ['https://thawra.sy/?p=260756', 'ar', 'وأصيب ضابط في الشرطة الروسية في وقت سابق اليوم بعد الاعتداء عليه خلال مظاهرة غير مرخصة لأنصار نافالني في مدينة سان بطرسبورغ.', 'ar.force.police-barbarity'],
  // Protesters taking control of a building, not the police controlling them.
  ['https://al-ain.com/article/specter-third-revolution-haunts-kyrgyzstan', 'ar', 'أفادت وسائل إعلام محلية، الثلاثاء، بتصاعد حدة الاحتجاجات الشعبية في قيرغيزستان ضد نتائج الانتخابات التشريعية، حيث بلغت حد سيطرة متظاهرين على مبنى البرلمان والإدارة الرئاسية في العاصمة بشكيك.', 'ar.force.controlling-protesters'],
  // A chaotic day at the malls, a motive behind brawls: not chaotic protests, not a foreign power behind the unrest.
  ['https://youm7.com/story/2016/12/28/سى-إن-إن-اندلاع-عشرات-المشاجرات-بمراكز-تجارية-فى-عدة/3029702', 'ar', 'سيطرة حالة من الفوضى على عشرات المراكز التجارية فى الولايات المتحدة مع اندلاع عشرات المشاجرات والمشاحنات بين رواد ساحات الطعام بتلك المراكز فى العديد من الولايات، فيما وصفته شبكة "سى إن إن" الأمريكية ما حدث بأنه يوم فوضوى عقب احتفالات الكريسماس.', 'ar.event.chaotic-protests'],
  ['https://youm7.com/story/2016/12/28/سى-إن-إن-اندلاع-عشرات-المشاجرات-بمراكز-تجارية-فى-عدة/3029702', 'ar', 'وتحقق الشرطة فى بعض المدن فى الدور الذى ربما تكون لعبته السوشيال ميديا فى تنظيم الاضطرابات، ولم يعرف بعد الدافع وراء المشاجرات التى حدثت فى المراكز التجارية.', 'ar.cause.power-may-be-behind'],
  // The crowd attacking or throwing projectiles, a president getting tough himself: not police violence on the crowd.
  ['https://archive.pakistantoday.com.pk/2011/10/26/police-fire-tear-gas-at-us-anti-wall-street-protest/?amp=1', 'en', 'The Oakland Police Department said in a statement that officers fired tear gas after a group of 400-500 protestors attacked them.', 'en.force.police-violence-verbs'],
  ['https://www.washingtonpost.com/local/dc-police-protesters-clash-again-near-black-lives-matter-plaza/2020/08/31/e918c9c6-eb31-11ea-ab4e-581edb849379_story.html', 'en', 'About 10 minutes before the police action, small groups of protesters began arguing among themselves as some wanted to toss projectiles such as water bottles toward police.', 'en.force.police-violence-verbs'],
  ['https://www.devdiscourse.com/article/politics/1074910-trump-urges-us-governors-to-get-tougher-on-protesters-media-reports-say', 'en', 'Trump threatened to get tough himself and "activate" U.S. Attorney General Bill Barr, CBS said.', 'en.force.police-violence-verbs'],
  // Training on race relations: not a grievance.
  ['https://www.irishexaminer.com/world/arid-30639110.html', 'en', 'In the meantime, he said, his department welcomed Justice Department training on race relations in the St Louis suburb, where two thirds of the 21,000 residents are black, while all but three of the police force’s 53 officers are white.', 'en.cause.racial-issues'],
];

describe('a police killing protested, abuses against a minority, police violence in more words, chaotic protests and a power behind the violence (grown on a known event told by new outlets)', () => {
  runCases(cases);
  runCounters(counters);

  it('keeps the protesters their own mention beside the killing they protest', () => {
    const found = poles('كثير من المدن الفرنسية شهدت مواجهات عنيفة بين الشرطة ومحتجين على قتل فتى, يبلغ سبعة عشر عاماً برصاصة في صدره أطلقها عليه شرطي عند نقطة تفتيش مروري أول من أمس, وقد أدت هذه المواجهات إلى حدوث أضرار جسيمة في الممتلكات العامة والخاصة.', 'ar');
    expect(found).toContain('cause/grievance=قتل');
    expect(found.some((p) => p.startsWith('actors/legitimizing='))).toBe(true);
  });

  it('keeps the unrest its own mention beside the power said to be behind it', () => {
    const found = poles('وكانت مستشارة الرئيس الأمريكي السابقة للأمن القومي سوزان رايس قد قالت أن روسيا قد تكون وراء أعمال العنف خلال الاحتجاجات الجارية في الولاياتالمتحدة، ولم تقدم أي دليل أو وقائع ملموسة.', 'ar');
    expect(found).toContain('cause/foreign=روسيا قد تكون وراء');
    expect(found.some((p) => p.startsWith('event/threat='))).toBe(true);
  });
});
