import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries for foreign blame in a government's words for unrest it says is stirred from abroad: "black hands" (the
 * black hand from, of or behind the protests, a power told to withdraw its black hands), a foreign state's officials
 * "behind" the protests or the incidents, intervention in a country's internal affairs with the intervener between
 * ("the interference of the U.S. Embassy in Russia in Russia's internal affairs"), and a power accused of seeking to
 * bring a country down or destabilise it — the foreign cause; liberties eroded ("the erosion of Hong Kong's
 * autonomy", "eroding freedoms") and a bill protested or called controversial (احتجاجًا على مشروع قانون، للتنديد
 * بمشروع قانون، ضدّ مشروع قانون) — the grievance; the protests said to show signs of terrorism ("the first signs
 * of terrorism", «مؤشرات إرهاب», «أفعالا شبه إرهابية», «إرهاب منظّم») — the threat. Grown on Hong Kong's protests of
 * 2019 told by a third set of outlets (tests/fixtures/devset/hong-kong-2019-more) and checked on sentences of other
 * pages (Venezuela, Russia's January 2021 protests, the protests against bills in Tunisia and against France's 2020
 * security law, the Black Hand of Serbia's history). Every case and every counter-example is a real sentence, quoted word for word (cut at most to a
 * sentence or clause) from the stored public page whose address it carries; a case must give the entry and its exact
 * slice, a counter-example (the same words in ordinary wording) must not give the entry named. The exclusion of
 * «للصين» keeps China after the preposition لـ from being read as ar.actors.looter's thieves (لص with the plural ين).
 */

const cases: readonly Case[] = [
  // cause / foreign: black hands
  ['https://time.com/5633383/china-hong-kong-u-s-foreign-forces/', 'en', 'China said the U.S. should remove its “black hand” from Hong Kong’s protests, in some of its most pointed criticism yet against what it says is American interference in the city’s affairs.', 'en.cause.black-hands=black hand'],
  ['https://time.com/5633383/china-hong-kong-u-s-foreign-forces/', 'en', 'Chinese Foreign Minister Wang Yi had blamed the “black hand” of Western forces for stirring up trouble in Hong Kong last month, without singling out the U.S.', 'en.cause.black-hands=black hand'],
  ['https://www.cnsnews.com/news/article/patrick-goodenough/beijing-sees-black-hand-pence-pompeo-and-pelosi-behind-hong-kong', 'en', '“We warn the unscrupulous violent criminals and the black hands behind them: those who play with fire will perish by it,” Yang Guang, spokesman for the communist government’s main agency overseeing Hong Kong affairs, said during a press briefing in Beijing Tuesday.', 'en.cause.black-hands=black hands'],
  ['https://newsvoice.com/i/3771511', 'en', 'China has accused the US officials of being behind violent protests in Hong Kong and advised them to remove their ’black hands’ from the territory.', 'en.cause.black-hands=black hands'],
  // cause / foreign: a foreign state's officials behind the unrest
  ['https://www.straitstimes.com/asia/east-asia/china-tells-us-to-withdraw-black-hands-from-hk', 'en', '"We can see that US officials are even behind such incidents," Chinese Foreign Ministry spokesman Hua Chunying said at a regular media briefing yesterday.', 'en.cause.officials-behind-unrest=US officials are even behind such incidents'],
  ['https://www.straitstimes.com/asia/east-asia/china-tells-us-to-withdraw-black-hands-from-hk', 'en', 'Beijing says US officials were behind violent incidents, warns against foreign interference following protests', 'en.cause.officials-behind-unrest=US officials were behind violent incidents'],
  ['https://newsvoice.com/i/3771511', 'en', 'China has accused the US officials of being behind violent protests in Hong Kong and advised them to remove their ’black hands’ from the territory.', 'en.cause.officials-behind-unrest=US officials of being behind violent protests'],
  // cause / foreign: intervention in internal affairs, the intervener between
  ['https://eurasiamedianetwork.com/russia-accuses-us-of-supporting-regime-change-and-coups/', 'en', 'Lavrov said that the US has a history of intervening in the internal affairs of other countries, especially those that are not aligned with its interests.', 'en.cause.intervention-in-internal-affairs=intervening in the internal affairs'],
  ['https://ycnews.com/russian-ministry-of-foreign-affairs-oppose-the-interference-of-the-u-s-embassy-in-russias-internal-affairs/amp/', 'en', 'On the same day, the Russian Ministry of Foreign Affairs issued a statement on its official website firmly opposing the interference of the U.S. Embassy in Russia in Russia’s internal affairs.', 'en.cause.intervention-in-internal-affairs=interference of the U.S. Embassy in Russia in Russia’s internal affairs'],
  // cause / foreign: a power accused of seeking to bring a country down
  ['https://rusreality.com/2017/04/19/maduro-accused-the-u-s-of-attempting-to-destabilize-the-situation-in-venezuela/', 'en', 'Maduro accused the U.S. of attempting to destabilize the situation in Venezuela', 'en.cause.accused-of-toppling=the U.S. of attempting to destabilize'],
  // cause / grievance: liberties eroded
  ['https://time.com/5633383/china-hong-kong-u-s-foreign-forces/', 'en', '“The ongoing demonstrations in Hong Kong reflect the sentiment of the people of Hong Kong and their broad concerns about the erosion of Hong Kong’s autonomy.”', 'en.cause.eroded-liberties=erosion of Hong Kong’s autonomy'],
  ['https://www.sott.net/article/418428-Hong-Kong-First-signs-of-terrorism-emerge-in-protests', 'en', 'The protests, which was triggered by opposition to a planned extradition law, has morphed into a wider movement for democratic reform and a halt to eroding freedoms.', 'en.cause.eroded-liberties=eroding freedoms'],
  // event / threat: signs of terrorism
  ['https://asianews.network/first-signs-of-terrorism-emerging-in-hong-kong-protests-says-government', 'en', '“Hong Kong’s radical demonstrators have repeatedly used extremely dangerous tools to attack police officers, which already constitutes a serious violent crime, and also shows the first signs of terrorism emerging,” said Yang Guang, spokesman for the Hong Kong and Macau Affairs Office of the State Council, or Cabinet.', 'en.event.signs-of-terrorism=signs of terrorism'],
  ['https://thetop10news.com/2019/08/12/beijing-warns-of-terrorism-as-petrol-bombs-hurled-in-hong-kong/', 'en', 'A spokesperson of China’s central government warned of emerging signs of “terrorism” in Hong Kong after some rioters hurled petrol bombs on Sunday night.', 'en.event.signs-of-terrorism=signs of “terrorism'],
  ['https://www.al-madina.com/ampArticle/644985', 'ar', 'بكين: "مؤشرات إرهاب" في تظاهرات هونغ كونغ', 'ar.event.signs-of-terror=مؤشرات إرهاب'],
  ['https://www.elnashra.com/news/show/1338756/كاري-لام:-هونغ-كونغ-ستغرق-بوضع-خطير-بسبب-أعمال-الع', 'ar', 'ورأت بكين أن هناك "مؤشرات إرهاب" في الحراك الاحتجاجي ضدّ السلطة التنفيذية الموالية لها في هونغ كونغ التي تتمتع بالحكم الذاتي منذ استعادة الصين السيادة عليها في 1997.', 'ar.event.signs-of-terror=مؤشرات إرهاب'],
  ['https://www.lebanon24.com/news/world-news/616045/بكين-ترى-مؤشرات-إرهاب-في-تظاهرات-هونغ-كونغ', 'ar', 'وقال المتحدث باسم مجلس شؤون هونغ كونغ وماكاو يانغ غوانغ في مؤتمر صحافي في بكين "استخدم المتظاهرون المتطرفون في هونغ كونغ مراراً أدوات شديدة الخطورة للهجوم على عناصر الشرطة، ما يشكل أساساً جريمة عنيفة وخطيرة، لكن أيضاً يعدّ أولى المؤشرات على إرهاب متصاعد"، مضيفاً أن هذا "تخطٍ عنيف لحكم القانون والنظام الاجتماعي في هونغ كونغ".', 'ar.event.signs-of-terror=المؤشرات على إرهاب'],
  ['http://manartv.com.lb/5581468', 'ar', 'صعدت الصين، يوم الأربعاء، لهجتها حيال المتظاهرين في هونغ كونغ غداة تعرض صينيين اثنين للضرب في مطار المدينة، معتبرة ذلك “أفعالا شبه إرهابية”.', 'ar.event.signs-of-terror=أفعالا شبه إرهابية'],
  // cause / grievance: a bill protested or called controversial
  ['https://asabnews.com/428494', 'ar', 'نظّم مئات التونسيين وقفة احتجاجية أمام البرلمان بالعاصمة تونس، شارك فيها نشطاء من المجتمع المدني، بدعوة من حملة “حاسبهم” بالتنسيق مع حملة “سيبونا”، للتنديد بمشروع قانون يجرم الاعتداء على القوات المسلحة في البلاد.', 'ar.cause.bill-protested=بمشروع قانون'],
  ['https://ajel.sa/international/gmqykv', 'ar', 'تظاهر عشرات الآلاف، أمس السبت، للأسبوع الثالث على التوالي في شوارع باريس وغيرها من المدن الفرنسية، احتجاجًا على مشروع قانون «الأمن الشامل» الذي يعتبرون أنه «يقضي على الحريات».', 'ar.cause.bill-protested=مشروع قانون'],
  ['https://www.aljazeera.net/news/miscellaneous/2020/11/30/%D9%81%D8%B1%D9%86%D8%B3%D8%A7-%D8%B2%D9%88%D8%AC%D8%A7%D9%86-%D9%8A%D8%B9%D9%82%D8%AF%D8%A7%D9%86-%D9%82%D8%B1%D8%A7%D9%86%D9%87%D9%85%D8%A7-%D9%88%D8%B3%D8%B7', 'ar', 'ويتظاهر الفرنسيون منذ أسبوع ضد قانون الأمن الشامل الذي تسبب في جدل واسع عبر مواقع التواصل الاجتماعي.', 'ar.cause.bill-protested=قانون'],
  ['https://www.al-madina.com/ampArticle/644985', 'ar', 'وبعد شهرين من الأزمة التي انطلقت احتجاجًا على مشروع قانون يسمح بترحيل مطلوبين إلى الصين', 'ar.cause.bill-protested=مشروع قانون'],
];

const counters: readonly Counter[] = [
  // the Black Hand of Serbia's history: no from / of / behind after it, no verb of withdrawing before it
  ['https://dev.historycollection.co/11-mysterious-secret-societies-that-people-know-very-little-about/6', 'en', 'The secret society that spawned Princip was known as the Black Hand, although its proper (and, let’s face it, cooler) name was Unification or Death.', 'en.cause.black-hands'],
  ['https://www.howitworksdaily.com/gavrilo-princip-and-the-black-hand/', 'en', 'Franz Ferdinand’s uncle Franz Joseph was the subject of an assassination attempt by the Black Hand in 1911', 'en.cause.black-hands'],
  ['http://www.historylearningsite.co.uk/world-war-one/causes-of-world-war-one/the-black-hand-movement/', 'en', 'Gavrilo Princip (see photo), the assassin of Franz Ferdinand and his wife Sophie at Sarajevo on June 28th 1914, was a member of the Black Hand movement.', 'en.cause.black-hands'],
  // officials behind something that is not unrest, and without a foreign state
  ['https://www.bharathorizon.com/politics/governance/govt-infrastructure-project-hit-by-implementation-delays.html', 'en', 'Officials familiar with the matter have pointed to a confluence of factors behind the stalled progress.', 'en.cause.officials-behind-unrest'],
  // the principle of non-interference names no intervener
  ['https://sagelecturespark.com/understanding-the-principle-of-non-interference-in-internal-affairs', 'en', 'When discussing international relations and diplomacy, one key principle that often arises is the concept of non-interference in internal affairs.', 'en.cause.intervention-in-internal-affairs'],
  ['https://sagelecturespark.com/understanding-the-principle-of-non-interference-in-internal-affairs', 'en', 'When discussing international relations and diplomacy, one key principle that often arises is the concept of non-interference in internal affairs.', 'en.cause.interference'],
  // an opposition leader accused of seeking something: not a foreign power
  ['https://newsjones.com/venezuela-crisis-maduro-claims-victory-over-deranged-us-backed-coup-attempt', 'en', 'In an hour-long address to the nation on Tuesday night – his first since the pre-dawn uprising began – Maduro accused opposition leader Juan Guaidó and his political mentor Leopoldo López of seeking to spark an armed confrontation that might be used as a pretext for a foreign military intervention.', 'en.cause.accused-of-toppling'],
  // trust eroded is not a liberty
  ['https://forums.overclockers.co.uk/threads/declining-attitude-to-law-and-order.18828998/page-31', 'en', 'I think the 2019 world of information distortion, spin and essentially outright lies - circles back, and actually erodes trust in the police and the authority of law as a whole.', 'en.cause.eroded-liberties'],
  ['https://attorneybushatz.wordpress.com/2013/11/', 'en', 'This article gives five examples of recent trends in policing that has eroded the public’s trust in police.', 'en.cause.eroded-liberties'],
  // bare terrorism, and a charge of terrorism reported, stay out
  ['https://supchina.com/2019/08/16/no-foreign-black-hands-say-source-hong-kong-police-officers/', 'en', '“Terrorism”has been adopted as a regular description of the protesters by state media: Brutalities at Hong Kong airport resemble acts of terrorism, Xinhua News Agency said yesterday.', 'en.event.signs-of-terrorism'],
  ['https://www.yemeress.com/alsahwa/33929', 'ar', 'اتهام الشعب المصري بالإرهاب حيلة قديمة خائبة لا تنطلي إلا على من فقدوا عقولهم، ولا يدركون من طبيعة الواقع السياسي والاجتماعي شيئًا.', 'ar.event.signs-of-terror'],
  // a bill only debated, and a counter-terrorism bill
  ['https://www.jo1jo.com/vb/showthread.php?t=184287&s=50feffee05717bf79d443a265b65749c&p=2212913', 'ar', 'احتجت إحدى السيدات داخل البرلمان الكندي، خلال مناقشة مشروع قانون جديد لمكافحة الإرهاب، الذي يلقى معارضة كبيرة من الرأي العام الكندي، فخلعت ملابسها، وبدأت بترديد هتافات مطالبة بوقف القانون، قبل أن تصل إليها قوات الأمن وتخرجها من الصالة وتوقفها.', 'ar.cause.bill-protested'],
  ['https://www.jo1jo.com/vb/showthread.php?t=184287&s=50feffee05717bf79d443a265b65749c&p=2212913', 'ar', 'احتجت إحدى السيدات داخل البرلمان الكندي، خلال مناقشة مشروع قانون جديد لمكافحة الإرهاب، الذي يلقى معارضة كبيرة من الرأي العام الكندي، فخلعت ملابسها، وبدأت بترديد هتافات مطالبة بوقف القانون، قبل أن تصل إليها قوات الأمن وتخرجها من الصالة وتوقفها.', 'ar.event.signs-of-terror'],
  // a controversial law named in a sentence about parliament's vote, not what a protest opposes here
  ['https://alqad.info/node/11834', 'ar', 'بادرت السلطات الأمنية ، صباح اليوم الثلاثاء ، الى إغلاق كافة الطرق المؤدية للبرلمان ، ساعات قبل بدء الجلسة العلنية ، لنقاش و التصوبت على قانون حماية الرموز المثير للجدل .', 'ar.cause.bill-protested'],
  // «للصين» (to China) is not the thieves' plural
  ['https://sauress.com/okaz/1733143', 'ar', 'احتشد آلاف المحتجين المتشحين بالسواد في هونج كونج اليوم (الجمعة) بعد انقضاء مهلة حددوها للحكومة لسحب مشروع قانون مثير للجدل لتسليم المتهمين للصين، في أحدث موجة من الاحتجاجات التي تعصف بالمدينة الخاضعة للحكم الصيني.', 'ar.actors.looter'],
];

describe('foreign blame as black hands, officials behind the unrest and intervention in internal affairs; liberties eroded and bills protested; signs of terrorism', () => {
  runCases(cases);
  runCounters(counters);
});
