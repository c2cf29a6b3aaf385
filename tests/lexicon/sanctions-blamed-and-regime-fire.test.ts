import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * The hardship blamed on a Western power's blockade or sanctions («بسبب الحصار الاقتصادي الأمريكي», «نتيجة العقوبات
 * الأمريكية», "blames on Western sanctions": the foreign cause in a state's line, or in wire copy the government's
 * claim), the regime's fire named with its agent («برصاص النظام», «تفتح النار», "killed by pro-government forces"),
 * and the economy named as what the protest answers («مظاهرات كانت مدفوعة … بالاقتصاد المتردي», "protests over the
 * living situation").
 * Grown on a fresh event (the Suwayda protests of December 2022 and August 2023 – February 2024,
 * tests/fixtures/devset/syria-suwayda-2023), whose pages give the cases; the counter-examples are real sentences of other
 * development-set pages in which sanctions are only imposed, readied or joined, with no hardship blamed on them. Every
 * case and counter-example is quoted word for word (cut at most to a sentence or clause) from the stored public page
 * whose address it carries; a case must give the entry and its exact slice, a counter-example must not give the entry
 * named.
 */

const ALALAM = 'https://www.alalam.ir/news/6466063/whatsapp';
const TASNIM = 'https://www.tasnimnews.com/ar/news/2023/09/30/2964187/';
const ALARABY = 'https://alaraby.com/news/%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D8%AA-%D8%A7%D9%84%D8%B3%D9%88%D9%8A%D8%AF%D8%A7%D8%A1-%D9%82%D9%88%D8%A7%D8%AA-%D8%A7%D9%84%D9%86%D8%B8%D8%A7%D9%85-%D8%AA%D8%B7%D9%84%D9%82-%D8%A7%D9%84%D9%86%D8%A7%D8%B1-%D9%86%D8%AD%D9%88-%D9%85%D8%AA%D8%B8%D8%A7%D9%87%D8%B1%D9%8A%D9%86-%D8%A3%D9%85%D8%A7%D9%85-%D9%85%D9%82%D8%B1-%D8%A7%D9%84%D8%A8%D8%B9%D8%AB';
const DAILYSABAH = 'https://dailysabah.com/arabic/arab-world/2023/09/13/';
const AAWSAT_EN = 'https://english.aawsat.com/arab-world/4511686-syrian-security-forces-alert-near-damascus-deir-ezzor-sweida-protests-enter-2nd?page=1';
const NEWARAB = 'https://www.newarab.com/news/baath-party-hq-suweida-attacked-after-death-protester';
const SYRIAN_OBSERVER = 'https://syrianobserver.com/foreign-actors/new-american-plan-in-syria-specifically-suweida.html';

const cases: readonly Case[] = [
  // cause / foreign: the hardship blamed on a Western power's blockade or sanctions
  [ALALAM, 'ar', 'السويداء..الصعوبات بلغت مبلغها بسبب الحصار الاقتصادي الأمريكي', 'ar.cause.hardship-blamed-on-western-sanctions=الحصار الاقتصادي الأمريكي'],
  [ALALAM, 'ar', 'تتشابك القضايا وتتفاعل جراء الأوضاع الاقتصادية في سوريا، جديدها في ساحات السويداء جنوب البلاد، بعدما بلغت الصعوبات مبلغها بسبب الحصار الاقتصادي الأمريكي الخانق، وتبعات حرب استمرت أكثر من عشر سنوات.', 'ar.cause.hardship-blamed-on-western-sanctions=الحصار الاقتصادي الأمريكي'],
  [TASNIM, 'ar', 'وفي هذه الاثناء تحاول دول غربية في مقدمتها أمريكا استغلال الواقع الاقتصادي المتردي بسبب الحرب التي فرضت على سوريا وأيضا نتيجة العقوبات الأمريكية، لتكون ذريعة لتمرير اجندات غربية من ضمنها محاولات لتقسيم البلاد بهدف ممارسة الضغوط على الحكومة السورية.', 'ar.cause.hardship-blamed-on-western-sanctions=العقوبات الأمريكية'],
  [AAWSAT_EN, 'en', "A major economic crisis has seen the local currency collapse, leading to soaring prices for food and basic supplies and which Assad's government blames on Western sanctions.", 'en.cause.hardship-blamed-on-western-sanctions=Western sanctions'],
  // force / explicit: the regime's fire named with its agent
  [ALARABY, 'ar', 'إصابات في السويداء برصاص النظام السوري', 'ar.force.by-police=برصاص النظام'],
  [DAILYSABAH, 'ar', 'قوات الأمن تفتح النار على محتجين في محافظة السويداء جنوبي سوريا', 'ar.force.open-fire=تفتح النار'],
  [NEWARAB, 'en', 'The 54-year-old man was the first person "killed by pro-government forces since the start of demonstrations" in Suweida, said Observatory chief Rami Abdel Rahman.', 'en.force.by-police=killed by pro-government forces'],
  // cause / grievance: the economy named as what the protest answers
  [DAILYSABAH, 'ar', 'ويواصل مئات المواطنين التجمع في مظاهرات كانت مدفوعة في البداية بالاقتصاد المتردي في البلاد التي مزقتها الحرب والتضخم المرتفع، ولكن سرعان ما تحول التركيز إلى الدعوة إلى سقوط بشار الأسد ونظامه.', 'ar.cause.hardship=بالاقتصاد المتردي'],
  [SYRIAN_OBSERVER, 'en', 'About Suweida, this governorate witnessed last year’s security tension, which began with protests over the living situation.', 'en.cause.bad-conditions=living situation'],
];

const counters: readonly Counter[] = [
  // sanctions joined or imposed, no hardship blamed on them
  ['https://al-akhbar.com/World/358223', 'ar', 'لا تزال السلطات الجورجية، التي أكّدت أنّها لن تنضم إلى العقوبات الدولية المفروضة على روسيا، تواجه اتهامات دولية متزايدة بشأن ما يُعتقد أنه «تراجع عن الديموقراطية»', 'ar.cause.hardship-blamed-on-western-sanctions'],
  ['https://parstoday.ir/en/news/world-i129964-russia_slams_west_for_interfering%E2%80%99_in_belarus_internal_affairs', 'en', 'The EU has already imposed sanctions on Lukashenko and a number of his allies, citing alleged election rigging and a purported violent police crackdown on protesters, hundreds of whom have reportedly been arrested.', 'en.cause.hardship-blamed-on-western-sanctions'],
  ['http://news.trust.org/item/20140219151435-8qr78/?source=hpbreaking', 'en', 'Ukraine leader denounces coup bid, West readies sanctions', 'en.cause.hardship-blamed-on-western-sanctions'],
  // a situation named without its domain; conditions only discussed
  ['https://makkahnewspaper.com/article/1092940/العالم/مدنالسودانتنتفض', 'ar', 'ونقلت الصحيفة عن عضو اللجنة المركزية بالحزب الشيوعي السوداني صديق يوسف قوله إن «ارتفاع تعرفة المواصلات وانعدام الخبز وصفوف البنزين والوضع المتردي، هي ما دفع الجماهير للخروج إلى الشارع»', 'ar.cause.hardship'],
  ['https://www.brecorder.com/news/40249206/us-apprised-of-edgy-imf-ambivalence', 'en', 'Dar discussed with him the country’s economic situation as well as the progress made in talks with the IMF.', 'en.cause.bad-conditions'],
];

describe('the hardship blamed on Western sanctions, the regime\'s fire named with its agent, the economy the protest answers: cases', () => runCases(cases));
describe('the hardship blamed on Western sanctions, the economy the protest answers: counter-examples', () => runCounters(counters));
