import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries for a prime minister's plot against his country and its partners abroad, for the police storming the square
 * and raiding the park the protesters hold, and for the park's demolition as the grievance: «متآمرون معهم في الخارج»,
 * «"إرهابيين وأجانب" متورطين بالاحتجاجات», «الشرطة تقتحم ساحة», «اقتحمت شرطة مكافحة الشغب متنزه», «مداهمة حديقة»,
 * «تستخدم العنف لتفريق المحتجين», «قرار حكومي بهدم حديقة»; in English "a foreign-led plot to destabilise his
 * government", "a plot against his country", "their foreign accomplices", the "interest-rate lobby" and the
 * international media blamed, foreign forces "destabilising", "police overrunning Gezi Park", "police used force
 * against campaigners", "opposed plans to develop a park", an "increasingly authoritarian bent". Grown on a fresh event
 * (the Gezi Park protests of May–June 2013, tests/fixtures/devset/turkey-2013), whose pages and other pages on the same
 * days give the cases; the counter-examples are real sentences of other pages (protesters storming a seat of
 * government, the police raiding a home, foreigners arrested for smuggling, a house's demolition ordered, an
 * assassination plot, foreign troops in a region, a council's plans for a park, the authoritarian style of parenting)
 * with the same words in ordinary wording. Every case and counter-example is quoted word for word (cut at most to a
 * sentence or clause) from the stored public page whose address it carries; a case must give the entry and its exact
 * slice, a counter-example must not give the entry named.
 */

const TASNIM = 'https://www.tasnimnews.com/ar/news/2013/06/11/74335/%D8%A7%D9%84%D8%B4%D8%B1%D8%B7%D8%A9-%D8%AA%D9%82%D8%AA%D8%AD%D9%85-%D8%B3%D8%A7%D8%AD%D8%A9-%D8%AA%D9%82%D8%B3%DB%8C%D9%85-%D8%A8%D8%A5%D8%B3%D8%B7%D9%86%D8%A8%D9%88%D9%84-%D9%88-%D8%AA%D8%B3%D8%AA%D8%AE%D8%AF%D9%85-%D8%A7%D9%84%D8%B9%D9%86%D9%81-%D9%84%D8%AA%D9%81%D8%B1%DB%8C%D9%82-%D8%A7%D9%84%D9%85%D8%AD%D8%AA%D8%AC%DB%8C%D9%86-%D9%81%DB%8C-%D8%A7%D9%84%DB%8C%D9%88%D9%85-%D8%A7%D9%84%D8%AB%D8%A7%D9%86%DB%8C-%D8%B9%D8%B4%D8%B1-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%AA%D9%88%D8%A7%D9%84%DB%8C/amp';
const ALHAYAT = 'https://sauress.com/alhayat/524255';
const YOUM7 = 'https://www.masress.com/youm7/1116312';
const ALAZD = 'https://sauress.com/alazd/32197';
const ELBILAD = 'https://djazairess.com/elbilad/131122';
const ALSHARQ = 'https://sauress.com/alsharq/853320';
const SCMP = 'http://www.scmp.com/news/world/article/1267182/turkey-police-break-renewed-protests-erdogan-lambasts-opponents';
const IRISHTIMES = 'http://www.irishtimes.com/news/environment/turkish-pm-takes-hard-line-on-protests-1.1430962';
const STRAITSTIMES = 'https://www.straitstimes.com/world/erdogan-defends-riot-police-tactics-in-turkey-protests';

const cases: readonly Case[] = [
  // force / explicit: the police storming the square, the park or the street, a raid on the park
  [TASNIM, 'ar', 'الشرطة تقتحم ساحة " تقسيم" بإسطنبول و تستخدم العنف لتفريق المحتجين في اليوم الثاني عشر على التوالي', 'ar.force.square-stormed-by-police=تقتحم'],
  [TASNIM, 'ar', 'اقتحم المئات من عناصر شرطة مكافحة الشغب التركية اليوم الثلاثاء ساحة "تقسيم" في اسطنبول و قاموا باطلاق الغاز المسيل للدموع لتفريق الآلاف من المحتجين السلميين المناهضين لسياسة حكومة رئيس الوزراء التركي رجب طيب اردوغان .', 'ar.force.square-stormed-by-police=اقتحم'],
  [TASNIM, 'ar', 'و اقتحمت شرطة مكافحة الشغب جادة "تونالي هيلمي" التي كانت أغلقت بالحواجز ، ما أجبر أصحاب المطاعم وروادها على البقاء في الداخل تجنبا لتنشق الغاز المسيل للدموع .', 'ar.force.square-stormed-by-police=اقتحمت'],
  [ALHAYAT, 'ar', 'تظاهر الآلاف في مدينة اسطنبول التركية خلال الليل، بعد أن اقتحمت شرطة مكافحة الشغب متنزه غيزي، الذي يشهد احتجاجات على الحكومة منذ أسبوعين، باستخدام الغاز المسيل للدموع ومدافع المياه.', 'ar.force.square-stormed-by-police=اقتحمت'],
  [ALHAYAT, 'ar', 'وأغلقت طوابير من الشرطة، تدعمها عربات مصفحة ميدان تقسيم في وسط المدينة، بينما اقتحم أفراد من الشرطة متنزه غيزي المتاخم، حيث يعتصم المحتجون منذ أكثر من أسبوعين.', 'ar.force.square-stormed-by-police=اقتحم'],
  [ALHAYAT, 'ar', 'فتظاهر محتجون في أحياء عدة في مختلف أنحاء اسطنبول، بعد مداهمة حديقة غيزي، وبنوا حواجز من سياجات معدنية وحجارة أرصفة ولوحات إعلانية، وأشعلوا النار في القمامة بالشوارع.', 'ar.force.square-stormed-by-police=مداهمة'],
  [YOUM7, 'ar', 'تظاهر الآلاف فى مدينة إسطنبول التركية خلال الليل بعد أن اقتحمت شرطة مكافحة الشغب متنزها يشهد احتجاجات على الحكومة منذ أسبوعين باستخدام الغاز المسيل للدموع ومدافع المياه.', 'ar.force.square-stormed-by-police=اقتحمت'],
  [YOUM7, 'ar', 'وتظاهر محتجون فى عدة أحياء فى شتى أنحاء إسطنبول بعد مداهمة حديقة غازى وبنوا حواجز من سياجات معدنية وحجارة أرصفة ولوحات إعلانية وأشعلوا النار فى القمامة بالشوارع.', 'ar.force.square-stormed-by-police=مداهمة'],
  // force / explicit: the police using violence to disperse the protesters, by its verb
  [TASNIM, 'ar', 'الشرطة تقتحم ساحة " تقسيم" بإسطنبول و تستخدم العنف لتفريق المحتجين في اليوم الثاني عشر على التوالي', 'ar.force.force-to-disperse=تستخدم العنف'],
  // cause / foreign: the plotters' partners abroad, foreigners involved in the protests
  [ELBILAD, 'ar', 'وشدد أردوغان على أن هذه التجمعات تشكل "الصورة الحقيقية" لتركيا وليس تلك المظاهرات التي نظمها بحسب قوله "خونة ومتآمرون معهم في الخارج".', 'ar.cause.plotters-partners-abroad=معهم في الخارج'],
  ['https://sauress.com/aljazirah/1306193227', 'ar', 'مشددا على ان هذه التجمعات تشكل «الصورة الحقيقية» لتركيا وليس تلك التظاهرات التي نظمها بحسب قوله (خونة ومتآمرون معهم في الخارج).', 'ar.cause.plotters-partners-abroad=معهم في الخارج'],
  [ALAZD, 'ar', 'وخلال المحطة الأخيرة من جولته، كرر أردوغان في تونس أنه لن يرضخ أمام حركة الاحتجاج غير المسبوقة التي تشهدها تركيا، وذكر أن "إرهابيين وأجانب" متورطين بالاحتجاجات في بلاده.', 'ar.cause.plotters-partners-abroad=وأجانب'],
  // cause / grievance: the decision or the plans to demolish the park
  [TASNIM, 'ar', 'و كانت أوسع احتجاجات في تركيا اندلعت في اسطنبول بعد قرار حكومي بهدم حديقة "جيزي" التاريخية في ميدان تقسيم وبناء مجمع تجاري على الطراز العثماني ، الأمر الذي دفع كثيرا من الاتراك  إلى الانضمام للمظاهرات المعارضة لأردوغان و حزبه الحاكم .', 'ar.cause.park-demolition-plan=قرار حكومي بهدم حديقة'],
  [ALAZD, 'ar', 'وتأتي هذه التجمعات في وقت لا يزال فيه عشرات آلاف المتظاهرين في ساحة تقسيم بقلب اسطنبول للمطالبة باستقالة رئيس الوزراء التركي بعد إقراره خططا لهدم حديقة "غيزي بارك" التاريخية في ميدان تقسيم وبناء مجمع تجاري "عثماني" مكانها.', 'ar.cause.park-demolition-plan=خططا لهدم حديقة'],
  [ALSHARQ, 'ar', 'تدخلت الشرطة التركية اليوم الجمعة لتفريق مظاهرة يقوم بها مجموعة من الأشخاص منذ يوم الاثنين الماضي في متنزه "تقسيم جيزي" في اسطنبول احتجاجاً على قرار بهدم المتنزه واقتلاع أشجاره.', 'ar.cause.park-demolition-plan=قرار بهدم المتنزه واقتلاع أشجاره'],
  // cause / foreign (English): a plot to destabilise the government or against the country, foreign accomplices
  [SCMP, 'en', 'Prime Minister Recep Tayyip Erdogan, who has blamed a wave of anti-government protests in Turkey on a foreign-led plot to destabilise his government, suggested that protest-hit Brazil was the victim of the same alleged conspiracy.', 'en.cause.plot-against-country=plot to destabilise'],
  ['https://whbl.com/2020/06/19/belarus-president-says-country-foiled-foreign-plot-after-arresting-political-rival/', 'en', 'MINSK (Reuters) – President Alexander Lukashenko said on Friday Belarus had foiled a foreign plot to destabilise the country ahead of the presidential election in August, a day after the arrest of his main political rival sparked protests.', 'en.cause.plot-against-country=plot to destabilise'],
  [STRAITSTIMES, 'en', 'Looking out of over a sea of Turkish flags waved by his AK Party faithful in the eastern city of Erzurum, Mr Erdogan praised his supporters and the general public for opposing what he called a plot against his country.', 'en.cause.plot-against-country=plot against'],
  ['http://www.muslimpress.com/Section-world-news-16/75979-rally-for-against-turkey-govt', 'en', 'On Tuesday, Erdogan said his government had successfully managed to foil a plot “hatched by traitors and their foreign accomplices” and stated that the government would not show any more tolerance for demonstrations.', 'en.cause.plot-against-country=foreign accomplices'],
  // cause / foreign (English): the media, an interest-rate lobby or foreign forces blamed
  [IRISHTIMES, 'en', 'Erdogan blames international media and ‘interest-rate lobby’ for dissent', 'en.cause.foreign-media-and-forces-blamed=international media'],
  [IRISHTIMES, 'en', 'Erdogan blames international media and ‘interest-rate lobby’ for dissent', 'en.cause.foreign-media-and-forces-blamed=interest-rate lobby'],
  [IRISHTIMES, 'en', 'Speaking in a district south of the city centre yesterday evening, Mr Erdogan blamed the global media and an unnamed “interest-rate lobby” for being behind protests that have gripped the country for more than two weeks.', 'en.cause.foreign-media-and-forces-blamed=global media'],
  [SCMP, 'en', 'Erdogan, who has steered Turkey toward healthy economic growth, claims unspecified foreign forces, bankers and foreign and Turkish media outlets are behind the protests because they want to harm Turkish interests.', 'en.cause.foreign-media-and-forces-blamed=foreign and Turkish media outlets'],
  [SCMP, 'en', 'Turkish premier claims bankers and foreign forces are deliberately destabilising emerging economies, as he faces growing protests', 'en.cause.foreign-media-and-forces-blamed=foreign forces are deliberately destabilising'],
  [SCMP, 'en', 'Erdogan, who has steered Turkey toward healthy economic growth, claims unspecified foreign forces, bankers and foreign and Turkish media outlets are behind the protests because they want to harm Turkish interests.', 'en.cause.foreign-media-and-forces-blamed=foreign forces'],
  // force / explicit (English): the police overrunning or rushing into the park or the square, using force on campaigners
  [IRISHTIMES, 'en', 'His stirring public address – similar in style and substance to one delivered the previous day in Ankara – took place as violence escalated in the wake of police overrunning Gezi Park, a central Istanbul green space on Saturday night.', 'en.force.park-overrun=overrunning'],
  ['http://dish.andrewsullivan.com/2013/06/11/turkey-is-still-broiling/', 'en', 'This morning (NYT), one day after Erdogan scheduled a meeting with the demonstrators, riot police rushed into Taksim Square and subdued the lingering protestors with tear gas and water canons.', 'en.force.park-overrun=rushed into'],
  [STRAITSTIMES, 'en', 'The unrest was triggered when police used force against campaigners opposed to plans to develop Istanbul\'s Gezi Park, but they quickly turned into a broader show of anger at what critics call Mr Erdogan\'s growing authoritarianism.', 'en.force.park-overrun=police used force'],
  // cause / grievance (English): the plans for the park opposed, an authoritarian bent
  [SCMP, 'en', 'The protests in Turkey erupted three weeks ago after riot police brutally cracked down on peaceful environmental activists who opposed plans to develop a park next to Istanbul\'s Taksim Square.', 'en.cause.park-plan-opposed=plans to develop a park'],
  [STRAITSTIMES, 'en', 'The unrest was triggered when police used force against campaigners opposed to plans to develop Istanbul\'s Gezi Park, but they quickly turned into a broader show of anger at what critics call Mr Erdogan\'s growing authoritarianism.', 'en.cause.park-plan-opposed=plans to develop Istanbul\'s Gezi Park'],
  [SCMP, 'en', 'The demonstrations have turned into expressions of discontent with what critics say is Erdogan\'s increasingly authoritarian bent since taking power a decade ago.', 'en.cause.authoritarian-turn=authoritarian bent'],
  ['http://theasian.asia/archives/75876', 'en', 'They have since morphed into a general denunciation of what many see as Erdogan’s increasingly authoritarian ways after a decade in power, and as an attempt to impose his conservative, religious mores in a country governed by secular laws.', 'en.cause.authoritarian-turn=authoritarian ways'],
  ['https://www.nbcnews.com/news/world/turkish-police-fire-tear-gas-water-cannons-prevent-gezi-park-v19369286', 'en', 'After a police crackdown on a small demonstration on May 31, the Gezi Park protests grew into broader action against what critics see as Erdogan\'s increasingly authoritarian style of government.', 'en.cause.authoritarian-turn=authoritarian style'],
];

const counters: readonly Counter[] = [
  // the crowd storming a seat of government, the police raiding a home
  ['http://www.alyemenione.com/159265/%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-3/', 'ar', 'اقتحم المتظاهرون مبنى البيت الأبيض، في قرغيزيا، حيث يوجد البرلمان وإدارة الرئيس سورونباي جينبيكوف', 'ar.force.square-stormed-by-police'],
  ['https://www.nasapp.net/article/s1bzo00xcyg', 'ar', 'اعتقلت الشرطة فجر اليوم الاربعاء، القيادي في حركة "أبناء البلد"، رجا إغبارية، من منزله في مدينة أم الفحم، بعد أن داهمت قواتها المكان وقامت بتفتيشه.', 'ar.force.square-stormed-by-police'],
  ['https://bldna.com/29246/', 'ar', 'وأفاد شهود عيان أن الشرطة اقتادت إغبارية إلى مركز الشرطة للتحقيق في الشبهة المنسوبة إليه، بعدما داهمت منزله وأولاده يدرسون عبر منظومة التعلم عن بعد.', 'ar.force.square-stormed-by-police'],
  // the police's force named without a dispersal
  ['https://bldna.com/29246/', 'ar', 'وأكد عدد من أهالي أم الفحم أن هذه الاعتقالات محاولان والملاحقات محاولات لترهيب الشباب طالبوا بالعيش بأمن وأمان ولجم العنف والجريمة، وأن الشرطة بدلا من مكافحة العنف والجريمة، تمارس قوّتها ضد المتظاهرين السلميين.', 'ar.force.force-to-disperse'],
  // foreigners held for smuggling
  ['https://alhadathpress.com/%d8%a7%d9%84%d8%af%d8%a7%d8%b1-%d8%a7%d9%84%d8%a8%d9%8a%d8%b6%d8%a7%d8%a1-%d8%aa%d9%81%d8%b1%d9%8a%d8%ba-5-%d9%83%d9%84%d8%ba-%d9%88405-%d8%ba-%d9%85%d9%86-%d9%85%d8%ae%d8%af%d8%b1-%d8%a7%d9%84', 'ar', 'وذكرت المديرية العامة للأمن الوطني في بلاغ أن عناصر الأمن الوطني بمطار محمد الخامس الدولي كانت قد أوقفت، في الثالث من شهر ماي الجاري، خمسة أجانب يشتبه في تهريبهم لمخدر الكوكايين على متن الرحلة الجوية القادمة من ساوباولو', 'ar.cause.plotters-partners-abroad'],
  // a house's demolition ordered, a park razed with no decision protested
  ['https://raipress.com/%d8%a5%d8%ae%d8%b7%d8%a7%d8%b1%d8%a7%d8%aa-%d9%88%d9%82%d8%b1%d8%a7%d8%b1%d8%aa-%d9%87%d8%af%d9%85-%d9%81%d9%8a-%d8%a7%d9%84%d8%b6%d9%81%d8%a9-%d9%88%d8%a7%d9%84%d9%82%d8%af%d8%b3-%d8%b0%d8%b1%d8%a7', 'ar', 'ومن بين القرارات الصادرة اليوم عن قوات الاحتلال؛ قرار هدم بناية سكنية تعود لعائلة الرجبي في سلوان جنوب المسجد الأقصى في القدس المحتلة، والمقامة منذ أكثر من 30 عاما.', 'ar.cause.park-demolition-plan'],
  ['https://sabq.org/world/ay4nfd26pq', 'ar', 'أما في القدس المحتلة، فقد شملت الاعتداءات هدم بركس زراعي، ومتنزه، وتجريف ملعب وأراضٍ زراعية في بلدة مخماس شمال المدينة، إلى جانب اقتلاع عدد من الأشجار، وهدم منشأة تجارية في بلدة حزما شمال شرق القدس.', 'ar.cause.park-demolition-plan'],
  // an assassination plot against a president
  ['http://blog.thedailybeast.com/assassination-plot-foiled-in-indonesia', 'en', 'This is the second assassination plot against the Indonesian president in a year.', 'en.cause.plot-against-country'],
  ['https://economictimes.indiatimes.com/news/politics-and-nation/plot-to-assassinate-obama-is-foiled/articleshow/3648299.cms', 'en', 'WASHINGTON: Federal agents have foiled a plot by two Nazi-sympathizers to assassinate Democratic presidential candidate Barack Obama and kill more than 100 African Americans at a school in Tennessee, according to court documents unsealed Monday.', 'en.cause.plot-against-country'],
  // foreign troops in a region, a withdrawal that destabilises, the media named without blame
  ['http://english.almanar.com.lb/646516', 'en', '“A careful review of the history of developments in the region in the past few decades until now shows that the presence of foreign forces in this vital and critical region under various pretexts has no outcome other than tension, insecurity and escalation of disputes,” Qassemi added.', 'en.cause.foreign-media-and-forces-blamed'],
  ['https://www.business-standard.com/amp/article/news-ians/us-withdrawal-affects-world-stability-syrian-democratic-forces-118122001035_1.html', 'en', 'It also said that the US decision would have serious repercussions that would destabilize the world.', 'en.cause.foreign-media-and-forces-blamed'],
  // a SWAT team storming a flat, protesters storming a seat of government
  ['http://www.policeone.com/SWAT/videos/6385012-SWAT-storms-apartment-during-hostage-situation/', 'en', 'SWAT storms apartment during hostage situation', 'en.force.park-overrun'],
  ['https://tiue.org/dw/en/opposition-protests-rock-kyrgyzstan-following-parliamentary-vote/g-55170895', 'en', 'Protesters stormed the government headquarters in Bishkek on Monday evening following the election.', 'en.force.park-overrun'],
  // a council's plans for a park, the authoritarian style of parenting
  ['https://telefondinlemesi.net/diablo-iv/vacant-lot-transformed-into-new-public-park-in-response-to-community-demand/', 'en', 'In a surprising turn of events, the city council has announced plans to convert a long-vacant lot into a public park.', 'en.cause.park-plan-opposed'],
  ['https://parentingscience.com/authoritarian-parenting/', 'en', 'The authoritarian parenting style is about being opens in a new windowstrict and stern.', 'en.cause.authoritarian-turn'],
];

describe('a plot against the country and its partners abroad, the police storming the square, a park demolished as the grievance: cases', () => runCases(cases));
describe('a plot against the country and its partners abroad, the police storming the square, a park demolished as the grievance: counter-examples', () => runCounters(counters));
