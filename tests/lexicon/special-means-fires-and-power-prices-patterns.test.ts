import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries grown on a fresh event, Kyrgyzstan's April 2010 uprising (tests/fixtures/devset/kyrgyzstan-2010): the police
 * term "special means" (спецсредства: batons, gas, stun grenades named without naming them) as Russian-language agencies
 * word it and the Arabic and English services translate it («لجأت عناصر حفظ النظام إلى وسائل خاصة لإبعادهم», "used
 * special means to disperse protesters"); the shooting told with the plural النيران after فتح / أطلق («فتحت قوات الامن
 * النيران على الاف المحتجين»); and a hike in power (energy, utility, heating) prices as the grievance, beside the
 * electricity prices the entry had. The cases are real sentences of this folder's pages and of other stored pages on
 * like events (Russia and Belarus, Saudi Arabia's Qatif in March 2011); the counter-examples are real sentences with
 * the same words in ordinary wording (a blaze, arson, tear gas used against protesters, weapons "used against the
 * protestors", the "use of roads", a person's "means", a property-tax hike, schooling "means"). Every case and
 * counter-example is quoted word for word (cut at most to a sentence or clause) from the stored public page whose
 * address it carries; a case must give the entry and its exact slice, a counter-example must not give the entry named.
 */

const MEHR = 'https://ar.mehrnews.com/news/1059772/%D9%82%D8%B1%D8%BA%D9%8A%D8%B2%D9%8A%D8%A7-%D8%AA%D8%B9%D9%84%D9%86-%D8%AD%D8%A7%D9%84%D8%A9-%D8%A7%D9%84%D8%B7%D9%88%D8%A7%D8%B1%D8%A6-%D8%A8%D8%B9%D8%AF-%D9%85%D9%88%D8%A7%D8%AC%D9%87%D8%A7%D8%AA-%D8%AF%D8%A7%D9%85%D9%8A%D8%A9-%D9%85%D8%B9-%D8%A7%D9%84%D9%85%D8%B9%D8%A7%D8%B1%D8%B6%D8%A9';
const THAWRA = 'https://thawra.sy/?p=260756';
const ALTUS = 'https://www.altusintel.com/public-zzzmx2/';
const KORAB = 'https://balthazarkorab.com/belarusian-security-forces-left-minsk/';
const EURONEWS = 'http://arabic.euronews.com/2010/04/07/violent-overthrow-of-kyrgyzstan-government-reported';
const SKAAU = 'http://www.skaau.com/vb/showpost.php?p=3729055&postcount=12';
const MBC = 'http://www.mbc.net/ar/programs/mbc-news/middle-east/articles/%D8%AB%D9%88%D8%B1%D8%A9-%D9%81%D9%8A-%D9%82%D8%B1%D8%BA%D9%8A%D8%B2%D8%B3%D8%AA%D8%A7%D9%86-%D8%AA%D8%B7%D9%8A%D8%AD-%D8%A8%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9-%D9%88%D8%AA%D8%AE%D9%84%D9%81-100-%D9%82%D8%AA%D9%8A%D9%84.html';
const JPOST = 'https://www.jpost.com/international/kyrgyzi-president-flees-amidst-revolt';
const MASRTIMES = 'https://masrtimes.com/19153';
const INSPIRE = 'https://inspire.com.qa/%D8%A7%D9%84%D8%AA%D9%80%D8%B1%D8%A8%D9%8A%D8%A9-%D8%A7%D9%84%D8%AE%D9%80%D8%A7%D8%B5%D8%A9/';
const OJP = 'https://ojp.gov/ncjrs/virtual-library/abstracts/policing-dissent-recent-anti-war-protests-passed-without-major';
const NATIONAL = 'https://www.thenational.ae/uae/government/dubai-passes-new-law-protecting-those-with-special-needs-1.594906';
const PRESERVE = 'https://www.preservearticles.com/notes/notes-on-different-types-of-disabilities/4322';
const HINDU = 'https://www.thehindu.com/news/cities/Madurai/protest-against-hike-in-power-tariff/article66002001.ece';

const cases: readonly Case[] = [
  // force / euphemistic: "special means"
  [MEHR, 'ar', 'وأحاط المتظاهرون في العاصمة القرغيزية بيشكيك بمبنى الحكومة، فيما لجأت عناصر حفظ النظام إلى وسائل خاصة لإبعادهم، دون نجاح، حيث تستمر عودة المتظاهرين من جديد.', 'ar.force.special-means=وسائل خاصة'],
  [THAWRA, 'ar', 'ونقل موقع روسيا اليوم عن مصدر أمني روسي قوله في تصريح: “المديرية العامة تنفي استخدام الشرطة وسائل خاصة مثل القنابل الضوئية وغاز الفلفل والغاز المسيل للدموع في مواجهة المخلين بالنظام العام”', 'ar.force.special-means=وسائل خاصة'],
  [ALTUS, 'en', 'Employees of the Ministry of Internal Affairs of Belarus used special means to disperse protesters in Minsk.', 'en.force.special-means=special means'],
  [ALTUS, 'en', '“I confirm the use of special means,” she said, without specifying which means were used and how many people were detained.', 'en.force.special-means=special means'],
  [KORAB, 'en', 'The police again actively used special means: rubber bullets and flash-noise grenades.', 'en.force.special-means=special means'],
  // force / explicit: opening fire, with the plural النيران
  [EURONEWS, 'ar', 'لكن المؤكد والأكيد أن العنف بات اللغة الوحيدة المسموعة حيث فتحت قوات الامن النيران على الاف المحتجين خارج مقر الحكومة في العاصمة بشكيك مما اسفر عن سقوط مئات القتلى والجرحى.', 'ar.force.open-fire=فتحت قوات الامن النيران'],
  [SKAAU, 'ar', 'الشرطة السعودية تطلق النيران وتفرق مظاهرات في شرق البلاد', 'ar.force.open-fire=تطلق النيران'],
  // cause / grievance: a hike in power prices
  [JPOST, 'en', 'The chaos erupted after elite police at government headquarters in the capital, Bishkek, opened fire to drive back crowds furious over government corruption and a recent hike in power prices.', 'en.cause.price-hike=hike in power prices'],
];

const counters: readonly Counter[] = [
  // a blaze and arson are not shooting
  [MEHR, 'ar', 'ونقلت وكالة "إنترفاكس" الروسية للأنباء عن شهود عيان في العاصمة القرغيزية بيشكيك قولهم إن مئات من المتظاهرين تمكنوا من اقتحام مبنى البرلمان، واحتلوا الطابق الثاني من المبنى، وسط تقارير تفيد باشتعال النيران في مبنى آخر تابع للحكومة.', 'ar.force.open-fire'],
  [MBC, 'ar', 'إلا أن المتظاهرين نجحوا في مواجهة قوات الشرطة والسيطرة على البرلمان الواقع على بعد عشرات الأمتار من المقر الرئاسي المحاصر أيضًا من قبل المتظاهرين، كما أشعل المتظاهرون النار في مقر النيابة العامة وسيطروا على مقر التلفزيون.', 'ar.force.open-fire'],
  // the police using named weapons, other special things, other means
  [MASRTIMES, 'ar', 'وأظهرت مقاطع فيديو جرى تداولها عبر تطبيق تليجرام للرسائل القصيرة أفرادا من الشرطة لا يرتدون الزي الرسمي يستخدمون الغاز المسيل للدموع ضد المتظاهرين السلميين في العاصمة مينسك في محاولة لتفريق مسيراتهم، حسبما ذكرت وكالة الانباء الالمانية.', 'ar.force.special-means'],
  [INSPIRE, 'ar', 'هي نمط من الخدمات والبرامج التربوية والتي تتضمن تعديلات خاصة في المناهج أو الوسائل أو طرق التعليم ، إستجابة للحاجات الخاصة للطلاب الذين لا يستطيعون مسايرة متطلبات برامج التربية العادية ، وهي تقدم لجميع فئات الطلاب الذين يواجهوا صعوبات تؤثر سلباً على قدرتهم على التعلم', 'ar.force.special-means'],
  [OJP, 'en', 'The strategy worked, in that no less-lethal weapons had to be used against the protestors, and arrests were largely nonviolent; there were no serious injuries of protestors or police.', 'en.force.special-means'],
  [NATIONAL, 'en', 'The law stipulates providing full public services to people with special needs, including the use of roads, public transport, police and judicial services to ensure their integration within the community.', 'en.force.special-means'],
  [PRESERVE, 'en', 'Law makes it obligatory for the people with substantial means to support their parents if they are unable to maintain themselves.', 'en.force.special-means'],
  // a tax hike is a levy, not a price
  [HINDU, 'en', 'They also demanded rollback of the hike in property tax.', 'en.cause.price-hike'],
];

describe('special means, fire opened with النيران, a hike in power prices: cases', () => runCases(cases));
describe('special means, fire opened with النيران, a hike in power prices: counter-examples', () => runCounters(counters));
