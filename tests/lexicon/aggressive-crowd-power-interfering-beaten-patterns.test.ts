import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries grown on Belarus 2020 told by a fifth set of outlets (tests/fixtures/devset/belarus-2020-fifth): the state
 * line's crowd that "behaved aggressively" (News Front) and the interior ministry's "aggressively minded citizens"; a
 * named power interfering in a country or fomenting unrest (Popular Resistance reposting Moon of Alabama); detainees
 * "constantly beaten" and law enforcers who "began to beat them" (Viasna); strikes named beside demonstrations (RFE/RL,
 * via IMI); and in Arabic the vote said to be rigged with the passive verb or called a sham (Independent Arabia's
 * Reuters copy, Aldana News), the official results protested, punches thrown at the crowd and the batons misspelt
 * «هروات» (Aldana News). Two exclusions: an organisation named after torture (the World Organization Against Torture,
 * the UN Committee against Torture) and a broadcaster described by its funder («راديو ليبرتي الممولة من الولايات
 * المتحدة», Al-Araby Al-Jadeed's AFP copy). The cases are real sentences of this folder's pages and of other stored pages
 * on the event; the counter-examples are real sentences with the same words in other wording (a show trial, a boxer's
 * punches, results certified, airstrikes beside protests, policemen injured, the Convention against Torture). Every case
 * and counter-example is quoted word for word (cut at most to a sentence or clause) from the stored public page whose
 * address it carries; a case must give the entry and its exact slice, a counter-example must not give the entry named.
 */

const NEWSFRONT = 'https://en.news-front.info/2020/09/24/law-enforcement-agencies-in-minsk-dispersed-participants-of-an-unauthorized-protest-action/';
const WIKI_REV = 'https://tcmsay.com/wiki/User:LaserLegs/2020_Belarusian_protests';
const POPRES = 'https://popularresistance.org/?p=174758';
const VIASNA = 'https://newskitchen.eu/2020/12/14/violent-protest-dispersion-resulted-in-a-broken-arm-and-a-night-at-the-detention-center-survivor-stories/';
const IMI = 'https://imi.org.ua/en/news/dozens-of-demonstrators-journalists-detained-in-minsk-as-opposition-protests-continue-rfe-rl-i34740';
const INDARABIA = 'https://independentarabia.com/node/151411/%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%AF%D9%88%D9%84%D9%8A%D8%A7%D8%AA/%D8%B9%D8%B4%D8%B1%D8%A7%D8%AA-%D8%A7%D9%84%D8%A2%D9%84%D8%A7%D9%81-%D9%8A%D8%AA%D8%B8%D8%A7%D9%87%D8%B1%D9%88%D9%86-%D9%81%D9%8A-%D9%85%D9%8A%D9%86%D8%B3%D9%83-%D9%84%D9%84%D9%85%D8%B7%D8%A7%D9%84%D8%A8%D8%A9-%D8%A8%D8%A5%D9%86%D9%87%D8%A7%D8%A1-%D8%AD%D9%83%D9%85-%D9%84%D9%88%D9%83%D8%A7%D8%B4%D9%8A%D9%86%D9%83%D9%88';
const ALDANA = 'https://aldananews.com/2020/08/12/%d8%b4%d8%b1%d8%b7%d8%a9-%d8%a8%d9%8a%d9%84%d8%a7%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d8%aa%d9%82%d9%85%d8%b9-%d8%a7%d8%ad%d8%aa%d8%ac%d8%a7%d8%ac%d8%a7%d8%aa-%d9%84%d9%84%d9%85%d8%b9%d8%a7%d8%b1%d8%b6/';
const ALARABY = 'https://alaraby.co.uk/%D8%B5%D8%AF%D8%A7%D9%85%D8%A7%D8%AA-%D8%A8%D9%8A%D9%86-%D8%A7%D9%84%D8%B4%D8%B1%D8%B7%D8%A9-%D9%88%D9%85%D8%AD%D8%AA%D8%AC%D9%8A%D9%86-%D9%81%D9%8A-%D8%B9%D8%A7%D8%B5%D9%85%D8%A9-%D8%A8%D9%8A%D9%84%D8%A7%D8%B1%D9%88%D8%B3%D8%A7-%D8%B9%D9%82%D8%A8-%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%AE%D8%A7%D8%A8%D8%A7%D8%AA-%D8%A7%D9%84%D8%B1%D8%A6%D8%A7%D8%B3%D9%8A%D8%A9';
const STUDY = 'https://study.com/academy/lesson/aggressive-behavior-definition-types-signs.html';
const RT = 'https://www.rt.com/russia/498734-belarus-color-revolution-foreign-meddling/';
const RUNEWS = 'https://runews24.ru/eng/society/26/10/2020/dbc5b88159c68ff1659ec8bc937385fa';
const ASWAT = 'http://en.aswatmasriya.com/news/details/10946';
const GLOBALNEWS = 'https://myglobalnews.net/global-stringer/20240602-thousands-in-sanaa-protest-us-and-israeli-airstrikes-in-solidarity-with-palestinians';
const UNGENEVA = 'https://ungeneva.org/en/news-media/meeting-summary/2018/04/committee-against-torture-reviews-report-belarus';
const AREQ = 'https://areq.net/m/محاكمة_شكلية.html';
const WATANA = 'https://watananews.com/12935';
const LALISH = 'https://www.lalishduhok.com/news/post/602807/?utm_source=rss&utm_medium=rss&utm_campaign=%25d8%25a7%25d9%2584%25d9%2585%25d9%2581%25d9%2588%25d8%25b6%25d9%258a%25d8%25a9-%25d8%25a7%25d9%2584%25d9%2586%25d8%25aa%25d8%25a7%25d8%25a6%25d8%25ac-%25d9%2585%25d8%25aa%25d8%25b7%25d8%25a7%25d8%25a8%25d9%2582%25d8%25a9-%25d8%25a8%25d9%2586%25d8%25b3%25d8%25a8%25d8%25a9-100-%25d9%2588%25d8%25a5%25d8%25b9%25d9%2584';
const JAZEERA_BOXING = 'https://www.aljazeera.net/sport/othersports/2022/6/7/%D9%85%D9%84%D8%A7%D9%83%D9%85-%D9%8A%D8%AF%D8%AE%D9%84-%D9%81%D9%8A-%D8%BA%D9%8A%D8%A8%D9%88%D8%A8%D8%A9-%D8%A8%D8%B9%D8%AF-%D8%B5%D8%B1%D8%A7%D8%B9-%D9%85%D8%B9-%D8%B4%D8%A8%D8%AD';

const cases: readonly Case[] = [
  // event / threat: the crowd that behaved aggressively, aggressively minded citizens
  [NEWSFRONT, 'en', 'Those pathetic couple of hundreds who went to an unsanctioned rally behaved aggressively.', 'en.event.behaved-aggressively=behaved aggressively'],
  [WIKI_REV, 'en', 'In Brest, they also reported "a group of aggressively minded citizens with fittings in their hands attacked police officers."', 'en.event.behaved-aggressively=aggressively minded citizens'],
  // cause / foreign: a named power interfering in a country, fomenting unrest
  [POPRES, 'en', 'As peace activists in the United States, our position should be for the United States to stop interfering in Belarus.', 'en.cause.named-power-interfering-in-country=interfering in Belarus'],
  [POPRES, 'en', 'The United States is expert at using and fomenting unrest to use as justification for interference.', 'en.cause.named-power-interfering-in-country=fomenting unrest'],
  // force / explicit: detainees constantly beaten, the law enforcers began to beat them
  [VIASNA, 'en', 'According to him, from the moment of detention and during transportation to the detention center, he and other detainees were constantly beaten.', 'en.force.crowd-beaten-and-began-to-beat=were constantly beaten'],
  [VIASNA, 'en', 'When the young people huddled, the law enforcers began to beat them.', 'en.force.crowd-beaten-and-began-to-beat=beat'],
  // event / protest: strikes beside demonstrations
  [IMI, 'en', 'Belarusian police have detained dozens of protesters and journalists working for local and foreign media in the capital, Minsk, as demonstrations and strikes challenging the results of this month’s presidential election continued for a 19th day, as Radio Free Europe/Radio Liberty reported..', 'en.event.strikes-beside-demonstrations=strikes'],
  // cause / grievance: the vote rigged (passive), called a sham
  [INDARABIA, 'ar', 'نزل 100 ألف محتج، على الأقل، إلى شوارع مينسك، عاصمة بيلاروس، الأحد 13 سبتمبر (أيلول)، في واحدة من أكبر التظاهرات إلى الآن ضد الرئيس ألكسندر لوكاشينكو، بعد أن أعلن أنه حقق فوزاً كاسحاً في انتخابات يقول معارضوه إنها زُوِّرت.', 'ar.cause.vote-rigged-passive=زُوِّرت'],
  [ALDANA, 'ar', 'ووصفتها المعارضة في البلاد الانتخابات “بالصورية”', 'ar.cause.vote-rigged-passive=بالصورية'],
  // cause / grievance: the official results protested
  [ALDANA, 'ar', 'نزل آلاف المناصرين للمعارضة البيلاروسية إلى شوارع العاصمة مينسك ومدن أخرى في البلاد للاحتجاج على النتائج الرسمية التي أعلنت ألكسندر لوكاشينكو فائزاً مع 80,08% من الأصوات لولاية سادسة.', 'ar.cause.official-results-protested=النتائج الرسمية'],
  // force / explicit: punches thrown at the crowd, the batons misspelt
  [ALDANA, 'ar', 'وواجه المتظاهرون أعداداً كبيرة من قوات الأمن التي وجّهت بعنف لكمات للمحتجين وضربتهم بالهروات.', 'ar.force.punches-at-crowd=بعنف لكمات'],
  [ALDANA, 'ar', 'وواجه المتظاهرون أعداداً كبيرة من قوات الأمن التي وجّهت بعنف لكمات للمحتجين وضربتهم بالهروات.', 'ar.force.crowd-control=بالهروات'],
];

const counters: readonly Counter[] = [
  // aggressive behaviour named as a topic, not the crowd that behaved aggressively
  [STUDY, 'en', 'By pushing Sarah, Misha has demonstrated one type of aggressive behavior.', 'en.event.behaved-aggressively'],
  // intervening stays the intervention's word; interfering with internal affairs is en.cause.foreign-meddling's
  [POPRES, 'en', 'NOTE: There is no question that the United States is intervening in Belarus and that it is designed to antagonize Russia by gaining more access to its border for NATO.', 'en.cause.named-power-interfering-in-country'],
  [RT, 'en', 'The embattled leader, who has headed Belarus for 26 years, also accused foreign countries of interfering with its internal affairs and of seeking “regime change.”', 'en.cause.named-power-interfering-in-country'],
  // the police beginning to do something else; policemen injured
  [RUNEWS, 'en', 'Another eyewitness said that when the protesters began to disperse, the police went to check the yards and cars passing there.', 'en.force.crowd-beaten-and-began-to-beat'],
  [ASWAT, 'en', "Egypt's Ministry of Interior said on Wednesday that 40 policemen were injured in Tuesday scuffles by the presidential palace.", 'en.force.crowd-beaten-and-began-to-beat'],
  // airstrikes beside protests are not strikes named beside demonstrations
  [GLOBALNEWS, 'en', 'The massive protests unfolded just hours after U.S. and British warplanes conducted a series of six airstrikes targeting the Houthi-held city, resulting in significant damage to various structures.', 'en.event.strikes-beside-demonstrations'],
  // an institution named after torture (exclusion)
  [UNGENEVA, 'en', 'The Committee against Torture this afternoon completed its consideration of the fifth periodic report of Belarus on its implementation of the provisions of the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment.', 'en.force.abuse'],
  // a show trial, forged ballot papers: no vote rigged with the passive verb
  [AREQ, 'ar', 'المحاكمة الشكلية أو المحاكمة الصورية هي نوع من أنواع المحاكمات العلنية تكون فيه السلطة القضائية قد قرَّرت مسبقاً - قبل عقد المحكمة - الجناية التي ارتكبها المدعى عليه وتجريمه بها،', 'ar.cause.vote-rigged-passive'],
  [WATANA, 'ar', 'وطنا اليوم – علمت وطنا اليوم بأن اللجنة المشكلة بخصوص أوراق الاقتراع المزورة', 'ar.cause.vote-rigged-passive'],
  // results certified, not protested
  [LALISH, 'ar', 'وبحسب الغلاوي، فبعد المصادقة على النتائج النهائية، ستقوم المفوضية بفتح باب الطعون لمدة ثلاثة أيام، ابتداءً من اليوم التالي لنشر النتائج على الموقع الرسمي للمفوضية.', 'ar.cause.official-results-protested'],
  // a boxer's punches
  [JAZEERA_BOXING, 'ar', 'في مشهد نادر وغريب، ظهر أحد الملاكمين خلال نزال في جنوب أفريقيا وهو يوجه لكمات نحو الفراغ بعد ثواني من إسقاط خصمه واقترابه من التفوق عليه.', 'ar.force.punches-at-crowd'],
  // a broadcaster described by its funder (exclusion)
  [ALARABY, 'ar', 'وأظهر تسجيل نشرته محطة راديو ليبرتي الممولة من الولايات المتحدة حصول صدامات بين المئات من عناصر شرطة مكافحة الشغب ومحتجين في مينسك، أطلقت خلالها قوات الأمن القنابل الصوتية لتفريق الحشود.', 'ar.cause.named-power'],
];

describe('behaved aggressively, a named power interfering, detainees beaten, strikes beside demonstrations, a rigged or sham vote, official results protested, punches at the crowd: cases', () => runCases(cases));
describe('behaved aggressively, a named power interfering, detainees beaten, strikes beside demonstrations, a rigged or sham vote, official results protested, punches at the crowd: counter-examples', () => runCounters(counters));
