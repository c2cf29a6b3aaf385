import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries for a Gulf state news agency's words for unrest and for the force used on it, and for the sit-in's words for
 * what was done to it: the crowd's destruction of property beside the riots (تدمير عدد من
 * الممتلكات العامة والخاصة), "a group of wreckers", "trouble makers"; the police who "confronted" the crowd or had to
 * "defend themselves" (تصدت بعد اسم وحدة مكافحة الشغب، اضطر أفراد الشرطة إلى الدفاع عن أنفسهم); and from the other side
 * the forces storming the sit-in, firing smoke bombs, the marks of beating on the bodies, protesters "shot at";
 * "rising living costs" and an end to corruption as what the protests answer. Grown on a fresh Gulf event (Oman's
 * protests of 2011, tests/fixtures/devset/oman-2011), whose pages give the cases; the counter-examples are real
 * sentences of other pages (Lebanon, Egypt, Tunisia, Algeria, Morocco, the United States, a football match) with the
 * same words in ordinary wording. Every case and counter-example is quoted word for word (cut at most to a sentence or
 * clause) from the stored public page whose address it carries; a case must give the entry and its exact slice, a
 * counter-example must not give the entry named.
 */

const AJE = 'https://googleweblight.com/sp?hl&geid=NSTNR&u=https://web.archive.org/web/20120103174752/http://www.aljazeera.com/news/middleeast/2011/02/2011227112850852905.html';
const EMARAT = 'https://www.emaratalyoum.com/politics/news/2011-02-28-1.361642';
const AHRAM = 'https://www.masress.com/ahram/65422';
const AKHBAR = 'https://djazairess.com/akhbarelyoum/21182';
const LAT = 'http://latimesblogs.latimes.com/babylonbeyond/2011/02/oman-protesters-roads-six-deaths-police-violence-sultan-qaboos-refinery-block.html';

const cases: readonly Case[] = [
  // actors / delegitimizing: a group of wreckers, trouble makers
  [AJE, 'en', '"Police and anti-riot squads confronted this group of wreckers in a bid to protect people and their properties, which caused casualties," it said.', 'en.actors.wreckers=wreckers'],
  ['http://gulfnews.com/news/gulf/oman/one-more-dead-as-looting-continues-in-sohar-1.769264', 'en', '"Places like hospital, big stores or banks are now being guarded prominent Sohar citizens so that trouble makers don\'t ta', 'en.actors.trouble-makers=trouble makers'],
  // force / euphemistic: the police confronted them, had to defend themselves
  [AJE, 'en', '"Police and anti-riot squads confronted this group of wreckers in a bid to protect people and their properties, which caused casualties," it said.', 'en.force.confronted-crowd=confronted'],
  [AHRAM, 'ar', 'وقالت وكالة الأنباء العمانية إن الشرطة وفرق مكافحة الشغب تصدت لهذه المجموعة المخربة حرصا علي سلامة المواطنين وممتلكاتهم.', 'ar.force.agency-euphemism=تصدت'],
  [EMARAT, 'ar', 'غير أن هذه المجموعة قامت بمهاجمة الشرطة ما أدى الى وقوع اصابات بين أفرادها، واضطر افراد الشرطة الى الدفاع عن أنفسهم، وأدى ذلك الى وقوع اصابات بين هذه المجموعة.', 'ar.force.agency-euphemism=الدفاع عن أنفسهم'],
  // event / threat: destruction of property
  [EMARAT, 'ar', 'أعمال شغب وتدمير ممتلكات في ولاية صحار بسلطنة عُمان', 'ar.event.property-destroyed=وتدمير ممتلكات'],
  [EMARAT, 'ar', 'قامت مجموعة من المتظاهرين بولاية صحار، على بعد 200 كيلومتر من مسقط، أمس، بأعمال شغب أدت الى تدمير عدد من الممتلكات العامة والخاصة', 'ar.event.property-destroyed=تدمير عدد من الممتلكات'],
  [AHRAM, 'ar', 'مسقط وكالات الأنباء: قامت مجموعة من المتظاهرين بولاية صحار بسلطنة عمان اليوم بأعمال شغب أدت إلي تدمير عدد من الممتلكات العامة والخاصة.', 'ar.event.property-destroyed=تدمير عدد من الممتلكات'],
  // force / explicit: storming the sit-in, smoke bombs, the marks of beating, protesters shot at
  [AKHBAR, 'ar', 'يواصل الآلاف من العمانيين اعتصامهم في دوار ولاية صحار الذي أطلق عليه المتظاهرون اسم "دوار الإصلاح"، على الرغم من محاولات قوات الأمن إقتحام المكان وإطلاق قنابل الدخان والغاز المسيل للدموع على المتظاهرين', 'ar.force.sit-in-stormed=إقتحام المكان'],
  [AKHBAR, 'ar', 'على الرغم من محاولات قوات الأمن إقتحام المكان وإطلاق قنابل الدخان والغاز المسيل للدموع على المتظاهرين، بعد أن أخلى الجيش الدوار الثلاثاء', 'ar.force.sit-in-stormed=قنابل الدخان'],
  [AKHBAR, 'ar', 'وحضر بعض الشباب المعتصمين الاجتماع وبينوا لوزير الداخلية مواقع الضرب على أجسادهم، والذي تعرضوا له في اليوم الأول من الاعتصام من قبل قوات مكافحة الشغب والشرطة.', 'ar.force.sit-in-stormed=الضرب'],
  [LAT, 'en', 'Omani TV editor Asma Rshid told CNN on Sunday that protesters were shot at because they were setting cars and property ablaze.', 'en.force.shot-at-crowd=shot at'],
  [LAT, 'en', '"The police shot them because they burned shops and cars in Sohar," she said.', 'en.force.shot-at-crowd=shot'],
  // cause / grievance: rising living costs, an end to corruption
  [AJE, 'en', 'Rising living costs', 'en.cause.rising-living-costs=living costs'],
  [AHRAM, 'ar', 'مع دخول اعتصام شباب عمانيين في ميدان الكرة الأرضية وسط المدينة يومه الخامس حيث يدعو المحتجون الي إجراء إصلاحات سياسية والقضاء علي الفساد.', 'ar.cause.ending-corruption=والقضاء علي الفساد'],
];

const counters: readonly Counter[] = [
  // wreckers that are salvage yards; the one-word troublemakers is en.actors.bandit's
  ['https://en.wikipedia.org/wiki/Wrecking_yard', 'en', 'In Australia, they are often referred to as wreckers.', 'en.actors.wreckers'],
  ['https://www.americanpolibeat.com/protest-agitators-have-a-long-history-in-myth-and-fact', 'en', '“These people are agitators,” said Mr. Trump Tuesday on the tarmac at Joint Base Andrews. “They’re troublemakers. I believe many of them are paid.', 'en.actors.trouble-makers'],
  // the crowd or a bystander confronting, not the police
  ['https://www.washingtonpost.com/dc-md-va/2020/08/29/protesters-start-fires-in-adams-morgan/?utm_source=rss&utm_medium=referral&utm_campaign=wp_homepage', 'en', 'Scores regrouped at 16th and K streets, where they defiantly continued to set off fireworks and confront police.', 'en.force.confronted-crowd'],
  ['https://politicspresumptuous.blogspot.com/2020/08/denver-anti-police-protesters-burn-us.html', 'en', 'At one point, a resident walking her dog confronted one of the rioters who was smashing a window with an ax.', 'en.force.confronted-crowd'],
  ['https://ademocracynet.com/article_print.php?id=27264&section=news', 'en', 'Sudan police confront protesters in march', 'en.force.confronted-crowd'],
  // a riot unit named without confronting; the police protecting themselves from gas
  ['https://www.aljoumhouria.com/ar/news/511405', 'ar', 'وكان محتجون أمس استطاعوا اختراق البوابة وبدأوا برشق القوى الأمنية بالحجارة والمفرقعات ما دفع قوى مكافحة الشغب الى استعمال خراطيم المياه والقنابل المسيلة للدموع وملاحقة الشبان قبل أن يعود الهدوء الى المكان.', 'ar.force.agency-euphemism'],
  ['https://djazairess.com/akhersaa/37250', 'ar', 'الأمر الذي اضطر أفراد الشرطة إلى الاستعانة بالواقيات الطبية لحماية أنفسهم من الغازات المسيلة للدموع .', 'ar.force.agency-euphemism'],
  // property to protect, not destroyed
  ['https://bladitoday.com/?p=9317', 'ar', 'وقد عبر عدد من التجار عن خسائرهم الفادحة نتيجة تعرض محلاتهم للنهب والتخريب، فيما طالبت أصوات واسعة بتكثيف الإجراءات الأمنية لحماية الممتلكات وضمان سلامة المواطنين.', 'ar.event.property-destroyed'],
  // the crowd storming a building or an embassy, not the forces storming a sit-in
  ['http://zoomtunisia.net/article/6/33291.html', 'ar', 'وأضافت وزارة الداخلية أنّ المحتجّين حاولوا هناك إقتحام حرمة مقرّ رئاسة الحكومة، فتمّ التّنبيه عليهم غير أنّهم لم يمتثلوا وتعمّدوا قذف أعوان الأمن بالحجارة.', 'ar.force.sit-in-stormed'],
  ['https://www.sabr.cc/2011/10/01/22727/', 'ar', 'بعد الاحتجاجات التي شهدها ميدان التحرير في مصر أمس تحت عنوان “جمعة استرداد الثورة” للمطالبة بالغاء قانون الطوارئ الذي فرض من جديد بسبب أحداث  اقتحام السفارة الإسرائيلية في القاهرة', 'ar.force.sit-in-stormed'],
  // smoke bombs at a football match; multiplication
  ['https://thenptimes.com/sports/%d8%a7%d9%84%d8%a3%d9%84%d8%b9%d8%a7%d8%a8-%d8%a7%d9%84%d9%86%d8%a7%d8%b1%d9%8a%d8%a9-%d8%aa%d9%86%d9%81%d8%ac%d8%b1-%d9%81%d9%88%d9%82-%d8%b1%d8%a3%d8%b3-%d8%ad%d8%a7%d8%b1%d8%b3-%d8%a3%d8%b1%d8%b3', 'ar', 'ولكن في الدقيقة 25، انطلقت ألعاب نارية وقنابل دخان مختلفة فوق منطقة جزاء أرسنال.', 'ar.force.sit-in-stormed'],
  ['https://atfalona2.blogspot.com/2020/05/blog-post_25.html', 'ar', 'تعتبر عملية الضرب إحدى العمليات الرياضية الأساسية الأربعة، وهي بشكلٍ عام تمثّل عملية تكرار الجمع لعدد ما لعدد معين من المرات،', 'ar.force.sit-in-stormed'],
  // shot at with no crowd; the police shooting a suspect
  ['https://www.nydailynews.com/news/national/ny-denver-george-floyd-protest-shots-fired-20200529-ooyojrbbyfdixezfbfazqf6hbu-story.html', 'en', '“We just got shot at,” Leslie Herod, a Colorado state representative who was at the protests, tweeted.', 'en.force.shot-at-crowd'],
  ['http://wchinews.com/officers-kill-suspect-after-fired-on/', 'en', 'Chicago police shot and killed a suspect Tuesday night after he opened fire on them, police said.', 'en.force.shot-at-crowd'],
  // living costs a grant covers
  ['https://lewis-university.com/what-is-included-in-a-scholarship', 'en', 'Full-tuition scholarships generally cover the cost of education, including tuition, book rights, and other education fees, but may not offer help with room and board, living costs, or travel expenses.', 'en.cause.rising-living-costs'],
  // the exclusions: riot units named anti-riot, a benefit named after unemployment, ending corruption is not killing
  [AJE, 'en', 'State news agency ONA confirmed that there had been casualties in Sohar, saying that police and anti-riot forces had clashed with demonstrators.', 'en.event.riot'],
  ['https://muscatdaily.com/Archive/Stories-Files/1-dead-6-injured-as-peace-march-turns-violent-in-Sohar/(language)/eng-GB', 'en', 'And 15 minutes later, as the crowds advanced closer to the anti-riot and army forces, the situation suddenly spun out of control.', 'en.event.riot'],
  [AJE, 'en', 'The protests in Sohar, 200km northwest of Muscat, prompted Oman\'s leader, Sultan Qaboos bin Said, to introduce swift appeasing measures - giving orders for the provision of 50,000 jobs and unemployment benefits worth nearly US$400 a month.', 'en.cause.social'],
  [AHRAM, 'ar', 'مع دخول اعتصام شباب عمانيين في ميدان الكرة الأرضية وسط المدينة يومه الخامس حيث يدعو المحتجون الي إجراء إصلاحات سياسية والقضاء علي الفساد.', 'ar.force.eliminate'],
];

describe('a Gulf state news agency\'s words for unrest and force, and the sit-in\'s: cases', () => runCases(cases));
describe('a Gulf state news agency\'s words for unrest and force, and the sit-in\'s: counter-examples', () => runCounters(counters));
