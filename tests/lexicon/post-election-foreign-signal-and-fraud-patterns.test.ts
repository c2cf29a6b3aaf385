import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries for a government's charge that a foreign state set off, backed and paid for the protests after a disputed
 * vote, and for the fraud the crowd names: a named power said to be «وراء» the demonstrations, the go signal given to
 * the protests («أعطت إشارة الانطلاق للاحتجاجات», «أعطت الإشارة لبدء الاحتجاجات»), the opposition acting «بدعم من
 * واشنطن», money from abroad «لتمويل نشاطات سياسية»; the vote that «شهدت تزويرا», «التزوير في الانتخابات», the
 * "«عملية التزوير»" protested, the results protested after a relative clause or by a pronoun («احتجاجا على نتائجها»),
 * and in English a vote "amid widespread reports of fraud", "fraud-plagued parliamentary elections", Russians "unhappy
 * with the results of the … elections". Grown on a fresh post-Soviet event (the protests after Russia's Duma election
 * of December 2011, tests/fixtures/devset/russia-2011), whose pages and other pages carrying the same statements give
 * the cases, with one case from kyrgyzstan-2020; the counter-examples are real sentences of other pages (a Formula 1
 * race's start lights, a Georgian president elected with a ruling party's support, a US general on support for Iraq,
 * migrants' remittances, forgery of official documents, annulled or exam results, a tanker attack blamed on Iran,
 * accounting fraud at a company) with the same words in ordinary wording. Every case and counter-example is quoted
 * word for word (cut at most to a sentence or clause) from the stored public page whose address it carries; a case
 * must give the entry and its exact slice, a counter-example must not give the entry named.
 */

const AAWSAT = 'http://archive.aawsat.com/details.asp?section=1&issueno=12064&article=653431&feature=';
const ALALAM = 'https://www.alalam.ir/news/882694/موسكو-تتهم-واشنطن-بالوقوف-وراء-الاحتجاجات-بالبلاد';
const ALSHARQ = 'https://sauress.com/alsharq/37694';
const TAHRIR = 'https://www.masress.com/tahrirnews/93252';
const MOHEET = 'https://www.masress.com/moheet/247334';
const GUARDIAN = 'https://www.theguardian.com/world/2011/dec/08/vladimir-putin-hillary-clinton-russia';

const cases: readonly Case[] = [
  // cause / foreign: a named power said to be behind the protests
  [AAWSAT, 'ar', 'موسكو تتهم واشنطن بأنها وراء المظاهرات في روسيا', 'ar.cause.power-said-behind-protests=وراء'],
  // cause / foreign: the go signal given to the protests
  [AAWSAT, 'ar', 'بوتين: كلينتون أعطت الإشارة لبدء الاحتجاجات', 'ar.cause.go-signal-for-protests=أعطت الإشارة لبدء'],
  [AAWSAT, 'ar', 'وقال بوتين في اجتماع مع ممثلي حركته، الجبهة الشعبية، إن كلينتون، التي انتقدت منذ الاثنين سير الانتخابات «أعطت إشارة الانطلاق» للاحتجاجات التي جرت على نتائج الانتخابات التشريعية.', 'ar.cause.go-signal-for-protests=أعطت إشارة الانطلاق'],
  [ALSHARQ, 'ar', 'اتهم رئيس الوزراء الروسي فلاديمير بوتين أمس وزيرة الخارجية الأمريكية هيلاري كلينتون بأنها “أعطت إشارة الانطلاق” للاحتجاجات التي جرت على نتائج الانتخابات التشريعية مؤكدا أن المعارضين يتصرفون بدعم من واشنطن،', 'ar.cause.go-signal-for-protests=أعطت إشارة الانطلاق'],
  [ALALAM, 'ar', 'وقال بوتين في اجتماع مع ممثلي حركته الجبهة الشعبية: "ان وزيرة الخارجية الاميركية هيلاري كلينتون التي انتقدت منذ الاثنين سير الانتخابات، اعطت اشارة الانطلاق للاحتجاجات التي جرت على نتائج الانتخابات التشريعية".', 'ar.cause.go-signal-for-protests=اعطت اشارة الانطلاق'],
  // cause / foreign: the protest side acting with a named power's support
  [ALSHARQ, 'ar', 'اتهم رئيس الوزراء الروسي فلاديمير بوتين أمس وزيرة الخارجية الأمريكية هيلاري كلينتون بأنها “أعطت إشارة الانطلاق” للاحتجاجات التي جرت على نتائج الانتخابات التشريعية مؤكدا أن المعارضين يتصرفون بدعم من واشنطن،', 'ar.cause.protest-side-backed-by-power=بدعم من واشنطن'],
  [AAWSAT, 'ar', 'وأكد أن المعارضين يتصرفون «بدعم» من واشنطن، مضيفا أنهم «تلقوا الإشارة وبدأوا التحرك بشكل نشط بدعم من وزارة الخارجية».', 'ar.cause.protest-side-backed-by-power=بدعم» من واشنطن'],
  [ALALAM, 'ar', 'واكد ان المعارضين يتصرفون بدعم من واشنطن، مضيفا "ندرك ان جزءا من المنظمين (التظاهرات) يتحركو وفق سيناريو معروف', 'ar.cause.protest-side-backed-by-power=بدعم من واشنطن'],
  // cause / foreign: money from abroad to finance political activity
  [AAWSAT, 'ar', 'لكنه أضاف أنه «عندما تدفع أموال من الخارج لتمويل نشاطات سياسية في بلادنا، فعلينا التفكير في الموضوع»، مشيرا إلى مئات ملايين الدولارات.', 'ar.cause.money-from-abroad-for-politics=أموال من الخارج'],
  [ALALAM, 'ar', 'واضاف انه "عندما تدفع اموال من الخارج لتمويل نشاطات سياسية في بلادنا، علينا التفكير في الموضوع"، مؤكدا ان ضخ اموال اجنبية في العمليات الانتخابية غير مقبول.', 'ar.cause.money-from-abroad-for-politics=اموال من الخارج'],
  // cause / grievance: the vote that saw fraud, fraud in the elections, the fraud protested
  [AAWSAT, 'ar', 'تصاعدت الحرب الكلامية بين موسكو وواشنطن أمس، إذ اتهم رئيس الوزراء الروسي فلاديمير بوتين واشنطن بتدبير المظاهرات التي أعقبت الانتخابات التشريعية الأخيرة التي قال المحتجون إنها شهدت تزويرا.', 'ar.cause.vote-saw-fraud=تزويرا'],
  [TAHRIR, 'ar', 'رغم حصول حزب «روسيا الموحدة» الحاكم بزعامته على 238 مقعدا من أصل 450 من مقاعد مجلس «الدوما»، حيث تتواصل الاحتجاجات، مُتهمة السلطة بالتزوير فى الانتخابات.', 'ar.cause.vote-saw-fraud=بالتزوير'],
  [MOHEET, 'ar', 'وحسب منظمي التظاهرة فإن حوالي 8000 شخص تظاهروا في وسط موسكو مساء الاثنين للاحتجاج على "عملية التزوير" التي مكّنت حزب السلطة ("روسيا الموحدة") من الحصول على حوالي 50 في المائة من الأصوات في الانتخابات البرلمانية يوم الأحد، حسب ادعاءات المتظاهرين.', 'ar.cause.vote-saw-fraud=عملية التزوير'],
  // cause / grievance: the results protested after a relative clause or by a pronoun
  [AAWSAT, 'ar', 'وقال بوتين في اجتماع مع ممثلي حركته، الجبهة الشعبية، إن كلينتون، التي انتقدت منذ الاثنين سير الانتخابات «أعطت إشارة الانطلاق» للاحتجاجات التي جرت على نتائج الانتخابات التشريعية.', 'ar.cause.results-protested-later=نتائج الانتخابات'],
  [ALALAM, 'ar', 'وكان قد تظاهر الاف المعارضين منذ الانتخابات التشريعية التي جرت الاحد الماضي احتجاجا على نتائجها، وقامت الشرطة بتفريق التظاهرات واعتقال المئات.', 'ar.cause.results-protested-later=نتائجها'],
  ['https://ajel.sa/amp/story/international/9dsgt6', 'ar', 'اقتحم متظاهرون في قرغيزستان المباني الإدارية المركزية في العاصمة بيشكيك في الساعات الأولى من صباح اليوم الثلاثاء، عقب الانتخابات البرلمانية التي جرت مطلع الأسبوع والتي اعترضوا على نتائجها.', 'ar.cause.results-protested-later=نتائجها'],
  // cause / grievance (English): the vote amid reports of fraud, fraud-plagued elections, unhappy with the results
  [GUARDIAN, 'en', 'He rejected Clinton\'s repeated criticism of a parliamentary vote last weekend that gave Putin\'s United Russia party nearly 50% of the vote amid widespread reports of fraud.', 'en.cause.vote-marred-by-fraud=reports of fraud'],
  ['https://www.cbsnews.com/news/more-than-400-arrested-in-anti-putin-protests/', 'en', 'Previous installments of an unprecedented wave of protests that burst out after fraud-plagued parliamentary elections in December had been marked by fastidious order.', 'en.cause.vote-marred-by-fraud=fraud-plagued'],
  ['http://www.bostonglobe.com/news/world/2012/05/06/opposition-leaders-among-detained-anti-putin-rally/PHZTBDA7zamFArJfrUs8NL/story.html?p1=Bcom_ArticleStub_LogIn', 'en', 'Previous installments of a wave of protests that burst out after fraud-plagued parliamentary elections in December had been marked by fastidious order.', 'en.cause.vote-marred-by-fraud=fraud-plagued'],
  ['https://rotefahne.eu/2011/12/moscow-rally-tens-of-thousands-protest-rigged-vote', 'en', 'J ust two weeks after the Russian capital saw its biggest opposition rally in nearly twenty years, Russians unhappy with the results of the December 4 parliamentary elections have gathered once again.', 'en.cause.vote-marred-by-fraud=the results of the December 4 parliamentary elections'],
];

const counters: readonly Counter[] = [
  // a power blamed for an attack, not for the protests
  ['https://sauress.com/alwatan/1012503', 'ar', 'ونقلت شبكة CBS الأميركية عن مسؤولين في الوزارة قولهم إن إيران من المحتمل أنها وراء الهجوم، رافضين ادعاءات طهران بأنها أجلت طاقم السفينتين.', 'ar.cause.power-said-behind-protests'],
  // the start lights of a race
  ['https://me.motorsport.com/f1/news/%D8%AA%D8%AD%D9%84%D9%8A%D9%84-%D9%87%D9%84-%D8%A7%D8%B1%D8%AA%D9%83%D8%A8-%D8%B1%D8%A7%D8%B3%D9%84-%D8%A7%D9%86%D8%B7%D9%84%D8%A7%D9%82%D8%A9-%D9%85%D8%A8%D9%83%D8%B1%D8%A9-%D9%81%D9%8A-%D8%B3%D8%A8%D8%A7%D9%82-%D8%A3%D8%B3%D8%AA%D8%B1%D8%A7%D9%84%D9%8A%D8%A7-%D9%87%D8%B0%D8%A7-%D9%85%D8%A7-%D8%AA%D9%82%D9%88%D9%84%D9%87-%D9%84%D9%88%D8%A7%D8%A6%D8%AD-%D8%A7%D9%84%D8%A7%D8%AA%D8%AD%D8%A7%D8%AF-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A/10803801/', 'ar', 'جاءت هذه الشكوك بعد ظهور لقطات تُظهر سيارة راسل وهي تتحرك قليلاً إلى الأمام قبل انطفاء الأضواء الحمراء التي تعطي إشارة الانطلاق.', 'ar.cause.go-signal-for-protests'],
  // a president elected with a ruling party's support; a power's support for a state at war
  ['https://ar.webangah.ir/?p=221470', 'ar', 'زورابيشفيلي، الذي فاز في الجولة الثانية من الانتخابات الرئاسية 2018 بدعم من الحزب الحاكم “الجورجي” ورفض “دريم” بود، الذي أصر في الأيام الأخيرة على أنه “السلطة القانونية الوحيدة” في جورجيا، مغادرة القصر الرئاسي.', 'ar.cause.protest-side-backed-by-power'],
  ['https://aajsa.com/%D9%88%D8%A7%D8%B4%D9%86%D8%B7%D9%86-%D8%AA%D8%AC%D8%AF%D8%AF-%D8%AF%D8%B9%D9%85%D9%87%D8%A7-%D8%A7%D9%84%D8%B9%D8%B3%D9%83%D8%B1%D9%8A-%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D8%A7%D9%84%D8%B9%D8%A8%D8%A7%D8%AF%D9%8A', 'ar', 'ونقل البيان عن دنفورد قوله إن "القوات العراقية حققت انتصارات متتالية، وحررت عدداً كبيراً من المناطق"، مشيراً إلى استمرار دعم واشنطن للعراق في حربه على الإرهاب.', 'ar.cause.protest-side-backed-by-power'],
  // migrants' money from abroad
  ['http://158.69.42.207:8011/https/www.dw.com/ar/أزمة-كورونا-تدفق-الأموال-من-العمال-المهاجرين/video-57264794', 'ar', 'يقوم العمال المهاجرون كل عام بتحويل ملايين الدولارات من الخارج إلى عائلاتهم في الوطن.', 'ar.cause.money-from-abroad-for-politics'],
  // forgery of official documents
  ['http://haithamalshouka.blogspot.com/2012/07/blog-post_12.html', 'ar', 'وسوف أتناول في هذا البحث المتواضع الذي أضعه بين أيدكم الكريمة الضرر كعنصر من عناصر جريمة التزوير في المحررات الرسمية', 'ar.cause.vote-saw-fraud'],
  // results annulled or a court asked to cancel them; exam results protested
  ['http://alwaght.net/ar/News/185031/من-السجن-إلى-الحكومة-جباروف-رئيساً-للوزراء-في-قرغيزستان', 'ar', 'الوقت-صادق رئيس قرغيزستان، مساء أمس الأربعاء، على تعيين صدر جباروف رئيساً للوزراء، في وقت تسعى الدولة الواقعة في آسيا الوسطى لإنهاء أزمة سياسية اندلعت قبل 10 أيام، في أعقاب انتخابات أبطلت نتائجها.', 'ar.cause.results-protested-later'],
  ['https://aldaleelnews.com/2021/08/%d9%88%d9%82%d9%81%d8%a9-%d8%a7%d8%ad%d8%aa%d8%ac%d8%a7%d8%ac%d9%8a%d8%a9-%d8%a3%d9%85%d8%a7%d9%85-%d9%85%d9%82%d8%b1-%d9%88%d8%b2%d8%a7%d8%b1%d8%a9-%d8%a7%d9%84%d8%aa%d8%b1%d8%a8%d9%8a%d8%a9-%d9%88', 'ar', 'نظم مئات الطلاب وأسرهم وقفة احتجاجية أمام مقر وزارة التربية والتعليم بالقاهرة ؛ اعتراضاً على نتيجة الثانوية العامة .', 'ar.cause.results-protested-later'],
  // accounting fraud at a company
  ['https://bizwatchnigeria.ng/?p=212409', 'en', 'The Asahi Shimbun newspaper reported on Tuesday, when Tokyo markets were closed, that the Securities and Exchange Surveillance Commission would present allegations of accounting fraud to prosecutors, who had previously declined to investigate due to a lack of evidence.', 'en.cause.vote-marred-by-fraud'],
  ['https://news.finance.co.uk/share-price-jd-com-drops-amidst-ceo-rape-accusation-investigation/', 'en', 'According to Reuters, He also controls approximately 80 percent of the votes.', 'en.cause.vote-marred-by-fraud'],
];

describe('a government\'s charge of a foreign signal, backing and money behind the protests, and the rigged vote: cases', () => runCases(cases));
describe('a government\'s charge of a foreign signal, backing and money behind the protests, and the rigged vote: counter-examples', () => runCounters(counters));
