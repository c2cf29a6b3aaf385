import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries for a government's protests against a pension reform told as a plot: a reform of pensions or social
 * security named as what the protests answer ("protests over pensions reform", "over changes to social security",
 * "against reforms of the national pension plan", "moves to increase worker contributions to social security", «على
 * تعديل نظام الضمان الاجتماعي», «تعديلات مثيرة للجدل في نظام الضمان الاجتماعي»), a faction backed by a named state
 * accused of steering the protests ("US-backed right-wing factions of steering the protests") and a side backed by a
 * named state («للطرف الأخير المدعوم من واشنطن»), the protests told as a putschist plot ("a “terrorist and putschist”
 * plot", "the terrorist and putschist plan"), a forcible detention ("forcibly detained young people"), a march named by
 * its day ("The Mother’s Day march in Managua"), an “extermination plan”, the unrest's makers "working with the United
 * States to put in place a neoliberal government", the police's handling told as legitimate defence («تعامل الشرطة
 * باعتباره دفاعا مشروعا»), and the government's words for the crowd: tiny groups («"مجموعات ضئيلة"»), criminals
 * («"إجراميين"») and people with political agendas («"أشخاص لهم أجندات سياسية"»). And three exclusions: the government's
 * armed civilians ("armed civilian mobs"), paramilitaries beside the police («ومسلحون شبه عسكريين») and a ruler's past
 * as a rebel ("a former left-wing rebel") are not labels for the crowd. Grown on a fresh event (Nicaragua's protests of
 * April–July 2018, tests/fixtures/devset/nicaragua-2018), whose pages give the cases; the counter-examples are real
 * sentences of other pages (a social security number, contributions to a fund, amendments to a budget and to a
 * constitution, economic reforms demanded, a US-backed far right and a US-backed aid drive, a putsch announced failed,
 * crowds forcibly dispersed, International Women's Day in March, extermination camps, working with other countries to
 * anticipate state failure, legitimate defence in criminal law, civil-society groups,
 * a militia's criminal hands, an American agenda carried out, the losing side of an election) with the same words in
 * ordinary wording. Every case and counter-example is quoted word for word (cut at most to a sentence or clause) from the
 * stored public page whose address it carries; a case must give the entry and its exact slice, a counter-example must not
 * give the entry named.
 */

const SAUDIGAZETTE = 'http://saudigazette.com.sa/article/533190/World/America/Ten-killed-in-Nicaragua-protests-over-pensions-reform';
const ALJAZEERA = 'https://www.aljazeera.com/news/2018/5/31/more-nicaragua-protesters-killed-in-mothers-day-march';
const SPERO = 'https://www.speroforum.com/a/DJZMMAXIQV48/83696-Venezuela-congratulates-Nicaragua-for-bloody-victory';
const ELBALAD = 'http://www.elbalad.news/3270469';
const SPA = 'https://sauress.com/spa/1777492';
const TISHREEN = 'http://tishreen.news.sy/?p=264088';
const AFGJ = 'https://afgj.org/nicanotes-nicaraguas-failed-coup';
const COUNTERPUNCH = 'http://freedomarchives.org/pipermail/news_freedomarchives.org/2018-July/006361.html';

const cases: readonly Case[] = [
  // cause / grievance: a reform of pensions or social security
  [SAUDIGAZETTE, 'en', 'Ten killed in Nicaragua protests over pensions reform', 'en.cause.pension-reform-protested=pensions reform'],
  [SAUDIGAZETTE, 'en', 'Protests in Nicaragua over changes to social security have led to the deaths of 10 people, including a police officer, officials said on Friday, heaping pressure on the leftist government of President Daniel Ortega.', 'en.cause.pension-reform-protested=changes to social security'],
  [ALJAZEERA, 'en', 'Over the past month, there has been rising unrest across the country after peaceful protests against reforms of the national pension plan were met with deadly force by the government.', 'en.cause.pension-reform-protested=reforms of the national pension plan'],
  [SAUDIGAZETTE, 'en', 'But moves to increase worker contributions to social security and reduce pensions, which the government argues are fiscally necessary, has sparked a violent backlash.', 'en.cause.pension-reform-protested=increase worker contributions to social security'],
  [ELBALAD, 'ar', 'احتجاجات في نيكاراجوا على تعديل نظام الضمان الاجتماعي', 'ar.cause.pension-reform-protested=تعديل نظام الضمان الاجتماعي'],
  [ELBALAD, 'ar', 'خرج الآلاف من مواطني نيكاراجوا في احتجاجات لليوم الثاني على التوالي مع تنامي الاستياء من تعديلات مثيرة للجدل في نظام الضمان الاجتماعي من شأنها زيادة مدفوعات العاملين وأصحاب العمل وتقليل معاشات التقاعد.', 'ar.cause.pension-reform-protested=تعديلات مثيرة للجدل في نظام الضمان الاجتماعي'],
  // cause / foreign: a faction or a side backed by a named state
  [ALJAZEERA, 'en', 'He has accused US-backed right-wing factions of steering the protests to destabilise his government.', 'en.cause.state-backed-faction-steering=US-backed right-wing factions'],
  [TISHREEN, 'ar', 'وعبّر أورتيغا أيضاً عن ألمه بسبب تخلي الأساقفة عن دورهم المفترض كوسطاء بين النظام والمعارضة، وتأييدهم للطرف الأخير المدعوم من واشنطن، ودفاعهم عن خطاب يطالبه بالرحيل فوراً!', 'ar.cause.state-backed-armed-group=المدعوم من واشنطن'],
  // event / threat: a putschist plot
  [SPERO, 'en', 'Venezuelan President Nicolás Maduro said on Thursday that his ally, Nicaraguan President Daniel Ortega, successfully defeated a “terrorist and putschist” plot in a reference to the months-long crisis that has gripped Nicaragua.', 'en.event.putschist-plot=terrorist and putschist” plot'],
  [SPERO, 'en', 'Maduro tweeted from Caracas “Despite imperalist aggression, the Nicaraguan government has defeated the terrorist and putschist plan. We will overcome!”', 'en.event.putschist-plot=terrorist and putschist plan'],
  // force / explicit: a forcible detention
  [SPERO, 'en', 'Witnesses in Masaya and Monimbo say that police, troops and armed civilian mobs known as “turbas” descended on neighborhoods there over the last few days and forcibly detained young people, some of who had not been otherwise involved in the conflict.', 'en.force.forcibly-detained=forcibly detained'],
  // force / explicit: an extermination plan; cause / foreign: working with a named state to install a government
  [AFGJ, 'en', 'For example, on July 10 Vilma Núñez, a longstanding opponent of Ortega’s who was originally his ally, told the BBC that he is rolling out an “extermination plan” for Nicaragua.', 'en.force.extermination-plan=extermination plan'],
  // (the page's mail archive wraps its lines, and the analysis reads each line as a paragraph, so in the devset text the
  // entry does not reach across the break; the sentence is quoted as the page has it)
  [COUNTERPUNCH, 'en', 'The coup exposed the alliances who are working with the United States to \nput in place a neoliberal government that is controlled by the United \nStates and serves the interests of the wealthy.', 'en.cause.installing-government-with-power=working with the United States to \nput in place a neoliberal government'],
  // event / protest: a march named by its day
  [ALJAZEERA, 'en', 'The Mother’s Day march in Managua on Wednesday was organised in solidarity with the mothers of students and peaceful demonstrators who have been killed by police and pro-government forces since the start of a nationwide political crisis on April 18.', 'en.event.march=Day march'],
  [ALJAZEERA, 'en', 'More Nicaragua protesters killed in Mother’s Day march', 'en.event.march=Day march'],
  // force / euphemistic: the police's handling told as legitimate defence
  [ELBALAD, 'ar', 'وبررت روزاريو موريّو نائبة الرئيس دانييل أورتيجا وزوجته تعامل الشرطة باعتباره دفاعا مشروعا ضد "مجموعات ضئيلة".', 'ar.force.police-legitimate-defence=دفاعا مشروعا'],
  // actors / delegitimizing: tiny groups, criminals, people with political agendas
  [ELBALAD, 'ar', 'وبررت روزاريو موريّو نائبة الرئيس دانييل أورتيجا وزوجته تعامل الشرطة باعتباره دفاعا مشروعا ضد "مجموعات ضئيلة".', 'ar.actors.belittled-groups=مجموعات ضئيلة'],
  [SPA, 'ar', 'وتقول جماعات حقوقية إن حصيلة القتلى جراء العنف تصل إلى 215 شخصًا إلى جانب 1400 مصاب، بينما تعترف الحكومة فقط ب 46 قتيلاً وتنحي باللائمة في ذلك على "إجراميين" و"أشخاص لهم أجندات سياسية".', 'ar.actors.criminal-plural=إجراميين'],
  [SPA, 'ar', 'وتقول جماعات حقوقية إن حصيلة القتلى جراء العنف تصل إلى 215 شخصًا إلى جانب 1400 مصاب، بينما تعترف الحكومة فقط ب 46 قتيلاً وتنحي باللائمة في ذلك على "إجراميين" و"أشخاص لهم أجندات سياسية".', 'ar.actors.agenda-holders=أشخاص لهم أجندات سياسية'],
];

const counters: readonly Counter[] = [
  // the reform's words in ordinary wording
  ['http://www.mcul.org/Financial_Health_700.html?article_id=827', 'en', 'Social Security numbers (SSNs) aren\'t simply for contributing to and collecting from your social security retirement fund.', 'en.cause.pension-reform-protested'],
  ['https://www.fec.gov/help-candidates-and-committees/taking-receipts-ssf/who-can-and-cant-contribute-to-ssf/', 'en', 'An individual may make contributions to the separate segregated fund (SSF), subject to the limit of $5,000 per calendar year.', 'en.cause.pension-reform-protested'],
  ['https://djazairess.com/alfadjr/267850', 'ar', 'حيث كان من المنتظر أن ينظر النواب في قضية تعديل الدستور', 'ar.cause.pension-reform-protested'],
  ['https://ar.topcor.ru/39725-razrushaja-gosudarstvo-vashington-sdelal-vybor-v-polzu-kieva-a-ne-sohranenija-pravitelstva.html', 'ar', 'وهكذا، صوت 93 شخصًا فقط في القاعة لصالح تعديلات مات جويتز على ميزانية الدولة المتضخمة.', 'ar.cause.pension-reform-protested'],
  ['https://mena-monitor.org/%d8%a3%d9%86%d8%a7-%d9%85%d9%85%d9%88%d9%84-%d8%a7%d9%84%d8%ab%d9%88%d8%b1%d8%a9-%d9%87%d9%83%d8%b0%d8%a7-%d8%b1%d8%af-%d8%a7%d9%84%d9%85%d8%aa%d8%b8%d8%a7%d9%87%d8%b1%d9%88%d9%86-%d8%b9%d9%84%d9%89/', 'ar', 'للمطالبة برحيل السلطة الحالية، وتشكيل حكومة جديدة من خارج مكونات الطبقة الحاكمة، فضلاً عن المطالبة بإصلاحات جذرية لاقتصاد بلادهم.', 'ar.cause.pension-reform-protested'],
  // a state's backing with no faction steering the protests
  ['https://en.nhandan.vn/world/item/7423302-venezuelan-gov-t-thwarts-attempted-coup.html', 'en', 'Venezuela\'s US-backed far right refused to recognize Maduro\'s win in presidential elections in May 2017.', 'en.cause.state-backed-faction-steering'],
  ['http://www.hurriyetdailynews.com/venezuela-standoff-turns-deadly-as-troops-block-aid-delivery-141443', 'en', 'A U.S.-backed drive to deliver foreign aid to Venezuela met strong resistance as troops loyal to President Nicolas Maduro blocked the convoys at the border and fired tear gas on protesters in clashes that left two people dead and some 300 injured.', 'en.cause.state-backed-faction-steering'],
  ['https://alme7war.net/%d8%a8%d9%8a%d9%84%d8%a7%d8%b1%d9%88%d8%b3-%d9%88%d8%a8%d8%b5%d9%85%d8%a7%d8%aa-%d8%ab%d9%88%d8%b1%d8%a9-%d9%85%d9%84%d9%88%d9%86%d8%a9-%d8%a3%d9%85%d8%b1%d9%8a%d9%83%d9%8a%d8%a9-%d8%a7%d9%84%d8%b5/', 'ar', 'وعادة ما تبدأ الثورات الملونة بعد انتخابات يشكك في نتائجها من قبل الطرف الخاسر أو نتيجة تردي الاوضاع الاقتصادية والظروف المعيشية لقطاعات كبيرة من شعب تلك البلد', 'ar.cause.state-backed-armed-group'],
  // a putsch, a forcible dispersal, a date in March
  ['https://www.euronews.com/2015/05/15/failed-coup-in-burundi-3-generals-arrested-ringleader-remains-at-large', 'en', 'The country’s Army Chief of Staff, General Prime Niyongabo, announced the putsch had failed, saying 12 people were killed in the process, while 40 surrendered and nine were arrested.', 'en.event.putschist-plot'],
  ['https://novayagazeta.eu/articles/2024/12/02/crowds-dispersed-as-georgian-capital-sees-fourth-night-of-pro-eu-protests-en-news', 'en', 'Police in the Georgian capital Tbilisi have forcibly dispersed crowds protesting against the government’s decision to suspend talks on the country’s further integration with the EU for the fourth successive night.', 'en.force.forcibly-detained'],
  ['https://newsbreakers.ng/international-womens-day-marked-with-marches-and-protests', 'en', 'International Women\'s Day (IWD) is celebrated on March 8th every year to recognize the economic, political, and social achievements of women and to raise awareness about the ongoing struggles and challenges they face.', 'en.event.march'],
  // extermination camps of history, working with other countries with no government installed
  ['http://chaos.owiki.org/wiki/Extermination_camp', 'en', 'The six extermination camps were Chelmno, Belzec, Sobibor, Treblinka, Majdanek and Auschwitz-Birkenau.', 'en.force.extermination-plan'],
  ['https://georgewbush-whitehouse.archives.gov/news/releases/2005/12/print/text/20051214.html', 'en', 'The United States shall work with other countries and organizations, to anticipate state failure, avoid it whenever possible, and respond quickly and effectively when necessary and appropriate to promote peace, security, development, democratic practices, market economies, and the rule of law.', 'en.cause.installing-government-with-power'],
  // legitimate defence in law, groups of civil society, criminal hands, an agenda carried out
  ['https://altaakhi.net/2025/04/152248', 'ar', 'يطلق الدفاع المشروع على كل استخدام قوة لإزالة ضرر ودفع خطر عن النفس او المال او العرض وهذا بالنسبة لقانون العقوبات', 'ar.force.police-legitimate-defence'],
  ['https://al-akhbar.com/World/358223', 'ar', 'وقد جاءت هذه الاتهامات اليوم من باب مشروع قانون «شفافية التمويل الأجنبي» للحكومة الجورجية الذي أثار احتجاجات في تبليسي، من قبل المعارضة الجورجية ومجموعات من المجتمع المدني، بعد خضوعه لتصديق أولي من قبل البرلمان.', 'ar.actors.belittled-groups'],
  ['https://www.masress.com/elbadil/913244', 'ar', 'حيث اتهم واشنطن بأنها "تدير العدوان على اليمن وتطلق العنان لأياديها الإجرامية فيه"', 'ar.actors.criminal-plural'],
  ['https://saymar.org/?p=95102', 'ar', 'بعد ثلاثة أشهر من الحرق والتخريب وسفك دماء المتظاهرين بغطاء جيش اعلامي يتنكر دوما لوجود عملاء مندسين (طرف ثالث) ينفذون أجندة امريكية، قرر الجوكر أخيرا نزع قناعه، والمجاهرة بعمالته في الشوارع.', 'ar.actors.agenda-holders'],
  // exclusions: the government's armed civilians, paramilitaries beside the police, a ruler's past as a rebel
  [SPERO, 'en', 'Witnesses in Masaya and Monimbo say that police, troops and armed civilian mobs known as “turbas” descended on neighborhoods there over the last few days and forcibly detained young people, some of who had not been otherwise involved in the conflict.', 'en.actors.rioter'],
  [SPA, 'ar', 'قال ناشط في مجال حقوق الإنسان في نيكاراجوا، إن ستة أشخاص قتلوا وأصيب 34 الثلاثاء، عندما سيطرت الشرطة ومسلحون شبه عسكريين على ماسايا معقل الاحتجاجات وهاجمت متاريس أقامها المتظاهرون.', 'ar.actors.gunmen'],
  [ALJAZEERA, 'en', 'Ortega, a former left-wing rebel, fought to overthrow the US-backed Somoza dictatorship in 1979.', 'en.actors.insurgent'],
];

describe('a pension reform protested, a state-backed faction, a putschist plot and the government\'s words for the crowd: cases', () => runCases(cases));
describe('a pension reform protested, a state-backed faction, a putschist plot and the government\'s words for the crowd: counter-examples', () => runCounters(counters));
