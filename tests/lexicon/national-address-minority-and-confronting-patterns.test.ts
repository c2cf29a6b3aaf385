import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries for a head of state's and an interior ministry's words in a national crisis: the crowd made a hostile few
 * («قلة من المناوئين», "a minority of detractors", "a small group of hostile elements", "these ill-intentioned
 * elements"), the forces' confronting told by its verbal noun with the crowd after it («حاولت التصدي للمتظاهرين»), the
 * police's shooting as legitimate self-defence, foreign channels broadcasting lies or instigating violence («دفاع شرعي عن النفس»), and the parties "steered from abroad" with the
 * verb سيّر and its object pronoun («التي تسيرها من الخارج»). Grown on a fresh event (Tunisia's uprising of December
 * 2010 – January 2011, tests/fixtures/devset/tunisia-2010), whose pages give most cases; the others are real pages
 * carrying the same speeches and statements, and the counter-examples real sentences of other pages with the same words
 * in ordinary wording, and an activist's blog (a medium, excluded as a term). Every case and counter-example is quoted word for word (cut at most to a sentence or clause) from
 * the stored public page whose address it carries; a case must give the entry and its exact slice, a counter-example
 * must not give the entry named.
 */

const APS = 'https://djazairess.com/aps/100910';
const DOUALIA = 'https://www.doualia.com/2011/01/10/ben-ali-a-appele-par-ses-forces-de-securite-contre-la-tunisie/';
const AFRICAN_MANAGER = 'https://en.africanmanager.com/president-ben-ali-addresses-tunisian-people/';
const LEGALIFT = 'https://legalift.wordpress.com/2011/01/14/ben-ali-calls-violence-in-tunisia-a-result-of-terrorists-but-changes-his-assessment-three-days-later/';

const cases: readonly Case[] = [
  // actors / delegitimizing: the hostile few
  [DOUALIA, 'ar', 'و وصف الرئيس التونسي المتظاهرين ب”قلة من المناوئين الذين يغيظهم نجاح تونس ويحير نفوسهم ما تحقق لها من تقدم ونماء', 'ar.actors.hostile-minority=قلة من المناوئين'],
  [AFRICAN_MANAGER, 'en', 'these events are perpetrated by a minority of detractors who feel offended, anxious and outraged to see Tunisia', 'en.actors.hostile-minority=minority of detractors'],
  [LEGALIFT, 'en', 'These incidents are the work of a small group of hostile elements who are offended by the success of Tunisia and who are are filled with resentment and grievance', 'en.actors.hostile-minority=hostile elements'],
  [LEGALIFT, 'en', 'These ill-intentioned elements have used the issue of unemployment, exploiting an isolated act of desperation, as happens in all societies and in many situations.', 'en.actors.hostile-minority=ill-intentioned elements'],
  // force / euphemistic: confronting the protesters, legitimate self-defence
  [APS, 'ar', 'وأشارت نفس مصادر وزارة الداخلية إلى أن قوات الأمن حاولت التصدي للمتظاهرين باستعمال "العديد من التحذيرات والانذارات "', 'ar.force.confronting-crowd=التصدي'],
  [APS, 'ar', 'الامر الذي اجبر قوات الامن على " استعمال السلاح كدفاع شرعي عن النفس".', 'ar.force.self-defence=كدفاع شرعي عن النفس'],
  ['https://djazairess.com/elayem/103109', 'ar', 'وأضاف أن "الشرطة استعملت السلاح للدفاع الشرعي عن النفس، وقد أسفر ذلك عن مقتل اثنين من المهاجمين وإصابة ثمانية منهم بجروح متفاوتة', 'ar.force.self-defence=للدفاع الشرعي عن النفس'],
  // actors / legitimizing: an activist is still one beside a blog's exclusion
  ['https://googleweblight.com/sp?hl&geid=NSTNR&u=https://web.archive.org/web/20120103174752/http://www.aljazeera.com/news/middleeast/2011/02/2011227112850852905.html', 'en', 'Basma al-Rajhi, an Omani political activist, told Al Jazeera', 'en.actors.activist=activist'],
  // cause / foreign: foreign channels broadcasting lies, foreign media instigating violence
  ['https://al-bab.com/documents-section/tunisia-speech-president-ben-ali', 'en', 'the exaggerated turn that these events have taken, as a result of their political manipulation by some sides who do not wish good to the homeland and resort to some foreign television channels which broadcast false and unchecked allegations and rely on dramatisation, fabrication and defamation hostile to Tunisia', 'en.cause.foreign-media-incites=foreign television channels'],
  ['https://www.upi.com/Top_News/Special/2011/04/26/Syria-accuses-mass-media-of-distortion/UPI-45951303847311/', 'en', 'Syrian officials announced Tuesday they were opening a legal investigation into foreign media outlets it said were instigating violence in the country.', 'en.cause.foreign-media-incites=foreign media outlets'],
  // cause / foreign: steered from abroad
  [DOUALIA, 'ar', 'كما وصفهم أيضا ب”المناوئين المأجورين ضمائرهم على كف أطراف التطرف والإرهاب التي تسيرها من الخارج أطراف لا تكن الخير”.', 'ar.cause.steered-from-abroad=تسيرها من الخارج'],
];

const counters: readonly Counter[] = [
  // opponents that are the protesters themselves; critics; small groups that are protesters
  ['http://innfrad.com/News/24/1756145/الأمن-اللبنانى-يستخدم-مدافع-المياه-لتفريق-محتجين-حاولوا-اختراق-حاجز', 'ar', 'أطلقت قوات الأمن اللبنانية، اليوم السبت، مدافع المياه والغاز المسيل للدموع لتفريق محتجين مناوئين للحكومة حاولوا اختراق حاجز أمنى أمام مقرها فى وسط العاصمة بيروت.', 'ar.actors.hostile-minority'],
  ['https://www.ghanastar.com/international/trump-praises-protesters-passion-after-calling-them-unfair/', 'en', '“Love the fact that the small groups of protesters last night have passion for our great country. We will all come together and be proud!” Trump tweeted early on Friday.', 'en.actors.hostile-minority'],
  // confronting threats, not the crowd
  ['https://istifaga.com/?p=41021', 'ar', 'تعتبر هذه الوحدة عنصراً حيوياً في الأمن القومي لرومانيا، حيث تتولى مسؤولية التصدي للتهديدات الإرهابية التي قد تستهدف البلاد ومصالحها في الداخل والخارج.', 'ar.force.confronting-crowd'],
  // foreign media barred or relying on amateur video
  ['https://www.upi.com/Top_News/Special/2011/04/26/Syria-accuses-mass-media-of-distortion/UPI-45951303847311/', 'en', 'Foreign media outlets such as CNN and al-Jazeera are relying on amateur video and unverified accounts to report on the conflicts in Syria.', 'en.cause.foreign-media-incites'],
  ['https://townhall.com/news/world/2011/03/03/china-warns-foreign-media-not-to-cover-protests-n1030419', 'en', 'The warnings ratchet up notices from police earlier this week that put a section of the Wangfujing shopping street in downtown Beijing and an area near People\'s Square in Shanghai off limits for foreign media.', 'en.cause.foreign-media-incites'],
  // an activist's blog is a medium, not a person
  ['https://observers.france24.com/en/20101221-youth-public-suicide-attempt-sparks-angry-riots-sidi-bouzid-tunisia-poverty-bouazizi-immolation', 'en', 'State media initially denied the incidents, leaving Tunisians to rely on Twitter or activist blogs for information on the events in Sidi Bouzid.', 'en.actors.activist'],
  // a state's self-defence under the UN Charter, not the police's
  ['https://dspace.univ-eloued.dz/items/79d902db-363f-480f-9863-5b9b67334ca8', 'ar', 'أعلن العديد من مسؤولي حكومة الولايات المتحدة الأمريكية غداة هجمات 11 سبتمبر 2001 عن حق دولتهم في الدفاع الشرعي عن نفسها، ضد هذه الهجمات', 'ar.force.self-defence'],
];

describe('a head of state\'s and an interior ministry\'s words in a national crisis', () => {
  runCases(cases);
});

describe('ordinary wording with the same words', () => {
  runCounters(counters);
});
