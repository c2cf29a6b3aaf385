import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries for foreign blame, fraud, strikes and force in new words: Western forces or countries interfering ("Western
 * forces have been interfering in state after state"), a power backing regime change, the West "using dirty methods of
 * so-called color revolutions" and "supporting forces that are openly anti-government", coordinated foreign plots
 * (بدسائس أوكرانية وغربية), money sent to back the riots and the riots funded (بتحويل الأموال … لدعم أعمال الشغب، تمويل
 * أعمال الشوارع), the foreign cause; an election "widely seen as stolen", fraud suspected or alleged (شبهات تزوير، مزاعم
 * تزوير), the rigging claimed in the passive (إنه تم تزويرها), the re-election denounced (تنديداً بإعادة انتخاب), the
 * grievance; strikes at factories and workplaces, the protest; the use of force to disperse the protesters (استخدام
 * الشرطة … القوة لتفريق المتظاهرين), the force; and the crowd called sheep, a label. Grown on Belarus 2020 told by
 * a fourth set of ten outlets (tests/fixtures/devset/belarus-2020-fourth) and checked on sentences of other pages
 * (Kyrgyzstan's 2009 election, Poland's strikes of 1980–81, colour revolutions in general).
 * Every case and every counter-example is a real sentence, quoted word for word (cut at most to a sentence or clause)
 * from the stored public page whose address it carries; a case must give the entry and its exact slice, a
 * counter-example (the same words in ordinary wording) must not give the entry named.
 */

const PARS = 'https://parstoday.ir/en/news/world-i129964-russia_slams_west_for_interfering%E2%80%99_in_belarus_internal_affairs';
const TRIBUNE = 'https://tribune.com.pk/story/2262535/belarus-another-colour-revolution';
const MEDUZA = 'https://meduza.io/amp/en/news/2020/08/14/belarusian-president-lukashenko-assures-the-public-that-he-s-still-alive-and-hasn-t-fled-the-country';
const WAPO = 'https://www.washingtonpost.com/world/europe/belarus-protests-lukashenko/2020/08/22/929975ee-e147-11ea-82d8-5e55d47e90ca_story.html';
const LRB = 'https://www.lrb.co.uk/blog/2020/august/the-revolution-will-not-be-colourised';
const ALWAFD = 'https://www.masress.com/alwafd/3138314';
const EURONEWS = 'https://arabic.euronews.com/2020/10/04/minsk-police-use-water-cannon-to-disperse-anti-lukashenko-protest';
const ELAPH = 'https://elaph.com/Web/News/2020/08/1301302.html';
const AHRAM = 'https://gate.ahram.org.eg/daily/news/203479/115/774356/%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD-%EF%BF%BD%EF%BF%BD-%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD-%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD/%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD-%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD-%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD-%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD-%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD%EF%BF%BD.aspx';

const cases: readonly Case[] = [
  // cause / foreign: Western or foreign forces, countries interfering
  [TRIBUNE, 'en', 'Western forces have been interfering in state after state since the Cold War and have been direly failing', 'en.cause.foreign-forces-interfering=Western forces have been interfering'],
  // cause / foreign: a power backing regime change
  [TRIBUNE, 'en', 'In their war-by-all-means, the West has been backing regime change in this space by helping organising several ‘colour revolutions’ against pro-Russian rulers.', 'en.cause.backing-regime-change=backing'],
  // cause / foreign: the methods of colour revolutions, support for anti-government forces
  [PARS, 'en', 'The West is “using dirty methods of so-called color revolutions, including manipulating public opinion, supporting forces that are openly anti-government, and promoting their radicalization,” Lavrov further said.', 'en.cause.colour-revolution-methods=using dirty methods'],
  [PARS, 'en', 'The West is “using dirty methods of so-called color revolutions, including manipulating public opinion, supporting forces that are openly anti-government, and promoting their radicalization,” Lavrov further said.', 'en.cause.supporting-anti-government-forces=supporting forces that are openly anti-government'],
  // cause / grievance: an election seen as stolen
  [WAPO, 'en', 'The lieutenant colonel and senior crime investigator resigned in disgust Aug. 15 over the police violence against peaceful citizens protesting a presidential election earlier this month widely seen as stolen by Lukashenko.', 'en.cause.election-seen-as-stolen=seen as stolen'],
  // event / protest: strikes at workplaces
  [MEDUZA, 'en', 'On August 14, strikes are taking place at major Belarusian factories and enterprises across the country, where workers are demanding an end to police violence against peaceful protesters and a recount of all votes in the August 9 presidential election, where Lukashenko officially won 80 percent of all votes.', 'en.event.workplace-strikes=strikes'],
  [MEDUZA, 'en', 'Strikes have been reported at the Byelorussian Steel Works, the Minsk Electrotechnical Plant, the Minsk Tractor Plant, the Minsk Automobile Plant, I.T. firms from the Belarus Hi-Tech Park, the Belmedpreparaty pharmaceutical company, the Belkard automotive components manufacturer, factories in the city of Grodno, and more.', 'en.event.workplace-strikes=Strikes'],
  [MEDUZA, 'en', 'On August 13, after the first factory strikes began, Lukashenko’s chief of staff announced that the president is listening to Belarus’s laborers and has ordered an investigation of arrests at recent protests, as well as the release of demonstrators still incarcerated.', 'en.event.workplace-strikes=strikes'],
  ['https://inventaire.io/entity/wdt:P921-wd:Q49776', 'en', 'Notable examples are the 1980 Gdańsk Shipyard and the 1981 warning strike led by Lech Wałęsa.', 'en.event.workplace-strikes=strike'],
  // actors / delegitimizing: the crowd called sheep
  [LRB, 'en', 'Insofar as they reflected a genuine threat, it was only because they were ‘sheep’ under the direction of shadowy foreign powers.', 'en.actors.sheep=sheep'],
  [LRB, 'en', 'The so-called sheep seem to be sensing their strength – and if posts on Telegram and Facebook are any guide, their acquiescence to authoritarianism is evaporating.', 'en.actors.sheep=sheep'],
  // cause / foreign (Arabic): coordinated plots of named states
  [AHRAM, 'ar', 'عادت غيوم «الثورات الملونة» لتخيم على سماء العاصمة مينسك وغيرها من المدن البيلاروسية، فى توقيت مواكب لتراجع الخلافات مع موسكو بعد ما وصفته روسيا بدسائس أوكرانية وغربية استهدفت الوقيعة بين البلدين من جانب', 'ar.cause.coordinated-foreign-plots=بدسائس أوكرانية وغربية'],
  // cause / foreign (Arabic): money sent to back the riots, the riots funded
  [ALWAFD, 'ar', 'قال الرئيس البيلاروسي، ألكسندر لوكاشينكو، إن الحكومات الغربية تقوم بتحويل الأموال إلى بلاده لدعم أعمال الشغب والاحتجاجات في شوارع العاصمة مينسك.', 'ar.cause.money-for-unrest=بتحويل الأموال'],
  [ALWAFD, 'ar', 'وتابع: "إن تمويل أعمال الشوارع وأعمال الشغب مستمر، وأعترف بأن السلطات لا تستطيع تتبع جميع الأموال التي تأتي إلى هنا لأن الكثير من الأموال تأتي نقدا"', 'ar.cause.money-for-unrest=تمويل'],
  // cause / grievance (Arabic): fraud suspected, alleged, claimed; the re-election denounced
  [EURONEWS, 'ar', 'ينظم الحراك الاحتجاجي الذي انطلق على خلفية شبهات تزوير هائلة خلال الانتخابات الرئاسية في 9 آب/أغسطس، تظاهرات أسبوعية منذ ذلك الحين، تضم عشرات آلاف الأشخاص، رغم تعرضها للقمع.', 'ar.cause.fraud-suspicions=شبهات تزوير'],
  [ALWAFD, 'ar', 'يُذكر أن احتجاجات المعارضة في جميع أنحاء بيلاروسيا بدأت في 9 أغسطس الجاري عقب الانتخابات الرئاسية في البلاد، والتي تقول المعارضة إنه تم تزويرها.', 'ar.cause.claimed-rigged=تزويرها'],
  [EURONEWS, 'ar', 'شهدت مينسك الأحد تظاهرة جديدة للمعارضة تنديداً بإعادة انتخاب ألكسندر لوكاشنكو رئيساً للبلاد في انتخابات اعتبرت مزورة، وذلك بعد الإعلان عن عقوبات غربية ضد شخصيات أساسية في النظام الحاكم.', 'ar.cause.re-election-protested=بإعادة انتخاب'],
  // force / explicit (Arabic): force used to disperse the protesters
  [ELAPH, 'ar', 'تستمر التظاهرات الاحتجاجية في روسيا البيضاء بعد إعادة انتخاب لوكاشنكو لولاية جديدة، وكذلك يستمر استخدام الشرطة هناك القوة لتفريق المتظاهرين، بالغاز المسيل للدموع والرصاص المطاطي.', 'ar.force.force-to-disperse=استخدام الشرطة هناك القوة'],
];

const counters: readonly Counter[] = [
  // a poll seen as free and fair
  ['https://nasir-khan.blogspot.com/2009/07/police-break-up-kyrgyz-protest.html', 'en', 'Bakiyev was first elected in 2005, in a poll seen as free and fair by Western observers.', 'en.cause.election-seen-as-stolen'],
  // strikes named with no workplace or a form of protest around them
  ['https://inventaire.io/entity/wdt:P921-wd:Q49776', 'en', 'Strikes became common during the Industrial Revolution, when mass labor became important in factories and mines.', 'en.event.workplace-strikes'],
  // anti-government rallies with no backer; a colour revolution with no method used
  [PARS, 'en', 'Russia has lambasted the Western countries for “interfering” in neighboring Belarus’ domestic affairs, as anti-government rallies continue to plague the country since President Alexander Lukashenko won a sixth term in office.', 'en.cause.supporting-anti-government-forces'],
  ['https://news.am/eng/news/404456.html', 'en', 'Since there was no single experience of the so-called color revolution, which would make the life better.', 'en.cause.colour-revolution-methods'],
  // protesters who use the methods, with no foreign power named
  ['https://report.az/en/amp/region/georgia-s-state-security-service-riots-being-prepared-at-rallies-with-participation-of-ukrainians-in-tbilisi/', 'en', 'The protesters plan to paralyze transport hubs and barricade administrative buildings. They use the methods of ‘color revolutions.’', 'en.cause.colour-revolution-methods'],
  // a power backing others, not regime change
  ['https://www.countercurrents.org/barsocchini020414.htm', 'en', 'Ukraine  - minority protest, heavily integrated (approx. 30%) by fascist/Nazi parties who are specifically backed and endorsed by the US', 'en.cause.backing-regime-change'],
  // sheep on a farm
  ['https://www.business.qld.gov.au/industries/farms-fishing-forestry/agriculture/animal/industries/sheep/drought/manage', 'en', 'Reducing grazing pressure on the pasture as early as possible, either by selling sheep or finding somewhere else for them to graze, and working out your feeding options are 2 good ways to manage your flock in drought.', 'en.actors.sheep'],
  ['https://www.coldharbourcottage.co.uk/2009/09/dry-as-a-bone/', 'en', 'The sheep don’t like the tall spindly grass (called Robin grass, I think) but like the shorter, greener sward and clover.', 'en.actors.sheep'],
  // conspiracies named with no state's adjective
  ['https://lakii.univanet.com/المؤامرة', 'ar', 'رغم ان الواقع العربي فيه آلاف الادلة المادية والشواهد على وجود مؤامرات وليس مؤامرة واحدة.', 'ar.cause.coordinated-foreign-plots'],
  // money moved for other ends
  ['https://lakii.univanet.com/المؤامرة', 'ar', 'ومن اهم المؤامرات التي نفذت: انشاء اسرائيل، وحروب اسرائيل التي كان هدفها الاول تحطيم الجيوش العربية، لكن هدفها الا بعد كان القضاء على عوامل التقدم والنهضة الاقتصادية والاجتماعية، من خلال اجبار العرب على تحويل اموالهم من التنمية الى الحرب والأمن!', 'ar.cause.money-for-unrest'],
  // the re-election as a date
  [ELAPH, 'ar', 'تستمر التظاهرات الاحتجاجية في روسيا البيضاء بعد إعادة انتخاب لوكاشنكو لولاية جديدة، وكذلك يستمر استخدام الشرطة هناك القوة لتفريق المتظاهرين، بالغاز المسيل للدموع والرصاص المطاطي.', 'ar.cause.re-election-protested'],
  // fraud asserted without أنه … تم
  ['https://journalaswat.com/?p=277887', 'ar', 'إلا أنه أثار الكثير من الجدل والسخط في أوساط المواطنين الذين عبروا عن استنكارهم للنتيجة المشوبة بالكثير من الغموض.', 'ar.cause.claimed-rigged'],
  // military force against a militia, not the crowd
  ['https://alittihad.tv/14587', 'ar', 'واكد ان الرئيس بايدن قرر استخدام القوة العسكرية مرتين على الأقل حتى الان ضد ما اسماه بـ”الميليشيات” التابعة لإيران في سوريا', 'ar.force.force-to-disperse'],
];

describe('foreign blame, fraud, strikes and force in new words: real sentences', () => {
  runCases(cases);
});

describe('foreign blame, fraud, strikes and force in new words: real counter-examples', () => {
  runCounters(counters);
});
