import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries grown on a fresh post-Soviet event told by opposite lines (the protests after Alexei Navalny's arrest in
 * January 2021, tests/fixtures/devset/russia-2021): the state line's words for the rally («الفعاليات الاحتجاجية»,
 * «أعمال احتجاجية», «التجمعات غير المصرح بها»), the police said to have undergone attacks («تعرض … عناصر الشرطة
 * لاعتداءات»), Western states held responsible for inciting the protests («دولا غربية تتحمل مسؤولية التحريض»), the
 * jailing or arrest the protests denounce («تنديداً بسجن نافالني», «احتجاجًا على اعتقال»); and in English the wires'
 * force: people "dragged off" by the police, force or batons "used to break up" rallies, people "detained and beaten",
 * "harsh tactics" against protesters, and riot officers named as a unit (not a riot). Cases come from this folder's
 * pages and from other stored pages on the same protests (and RFE/RL on Moscow's 2019 rally); counter-examples are real
 * sentences of other pages with the same words in ordinary wording (a flood, a break-up of companies, negotiation
 * tactics, a reporter attacked by the police or by a protester, a power held responsible for something else, an
 * arrest told beside protests, festival events and popular gatherings banned). Every case and counter-example is
 * quoted word for word from the stored public page whose address it carries; a case must give the entry and its exact
 * slice, a counter-example must not give the entry named.
 */

const THAWRA_OFFICERS = 'https://thawra.sy/?p=260756';
const THAWRA_ZAKHAROVA = 'https://thawra.sy/?p=258973';
const SANA = 'https://sanasyria.org/?p=1306594';
const ELNASHRA = 'https://www.elnashra.com/news/show/1480404/شرطة-موسكو-تعتزم-فرض-قيود-على-حركة-المواطنين-الأحد';
const ALQABAS = 'https://www.alqabasint.com/6616';
const ARABICPOST = 'https://arabicpost.net/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/2021/01/23/%d8%aa%d8%b8%d8%a7%d9%87%d8%b1%d8%a7%d8%aa-%d8%b1%d9%88%d8%b3%d9%8a%d8%a7-%d9%86%d8%a7%d9%81%d8%a7%d9%84%d9%86%d9%8a-%d8%a7%d8%b9%d8%aa%d9%82%d8%a7%d9%84%d8%a7%d8%aa';
const MASHHAD = 'https://almashhadalaraby.com/news/251502';
const DAILYSABAH = 'https://www.dailysabah.com/gallery/in-photos-russians-protest-jailing-of-kremlin-critic-navalny/images';
const ALBAWABA = 'https://www.albawaba.com/news/brutal-tactics-anti-govt-protesters-clash-russian-police-over-navalny-detention-1406755';
const WORLDSTAR = 'https://worldstar.com/video.php?v=wshh1KAzZc10d6MrRX90';
const RT = 'https://www.rt.com/russia/514471-moscow-police-unplanned-demonstrations/';
const JAMNEWS = 'https://jam-news.net/russia-rallies-rallies-navalny-opposition/';
const RFERL = 'https://www.rferl.org/a/russian-opposition-protests-moscow-city-council-arrests-navalny-sobol/30077701.html';
const NOVAYA = 'https://novayagazeta.eu/amp/articles/2024/06/05/moscow-police-crack-down-on-dissent-on-alexey-navalnys-birthday-en-news';
const INTELLINEWS = 'https://www.intellinews.com/russian-police-detained-a-record-5-135-demonstrators-at-the-second-navalny-mass-protests-201696/?source=russia';

const cases: readonly Case[] = [
  // event / protest: the state line's protest actions and gatherings without a permit
  [THAWRA_OFFICERS, 'ar', 'وأضاف المصدر إن “أجهزة الأمن أوقفت عدداً من المتظاهرين في ساحة المحطات الثلاث بموسكو في ختام الفعاليات الاحتجاجية”', 'ar.event.protest-actions=الفعاليات الاحتجاجية'],
  [ELNASHRA, 'ar', 'هذا وشهدت روسيا أعمال احتجاجية غير مصرحة يوم السبت الماضي 23 كانون الثاني في العاصمة وعدد من المدن، حيث دعا أنصار أليكسي نافالني المواطنين للخروج في مظاهرات.', 'ar.event.protest-actions=أعمال احتجاجية'],
  [THAWRA_ZAKHAROVA, 'ar', 'وقالت زاخاروفا في منشور على صفحتها على فيسبوك تعليقا على ما نشرته السفارة الأمريكية في موسكو اليوم بخصوص المظاهرات غير المرخصة التي شهدتها عدد من المدن الروسية دعما للمعارض ألكسي نافالني إنه “يتعين على السفارة شرح نشر التجمعات غير المصرح بها في روسيا لوزارة الخارجية”.', 'ar.event.unpermitted-gathering=التجمعات'],
  [ALQABAS, 'ar', 'وقالت وزارة الخارجية الروسية في بيان على فيسبوك: «إن التدخل الوقح للولايات المتحدة في الشؤون الداخلية لروسيا هو حقيقة مثبتة، مثل الترويج للأخبار الكاذبة والدعوات لتجمعات غير مصرح بها، من خلال منصات الإنترنت التي تسيطر عليها واشنطن».', 'ar.event.unpermitted-gathering=لتجمعات'],
  // event / threat: the police said to have undergone attacks
  [THAWRA_OFFICERS, 'ar', 'ونقل موقع روسيا اليوم عن مصدر أمني روسي قوله في تصريح: “المديرية العامة تنفي استخدام الشرطة وسائل خاصة مثل القنابل الضوئية وغاز الفلفل والغاز المسيل للدموع في مواجهة المخلين بالنظام العام” مشيراً إلى تعرض ثلاثة من عناصر الشرطة لاعتداءات جسدية أثناء أدائهم مهامهم في بطرسبورغ واعتقال أحد المعتدين.', 'ar.event.police-attacked=لاعتداءات'],
  [SANA, 'ar', 'ووفق وكالة سبوتنيك فقد تعرض الضابط لاعتداء من قبل أنصار نافالني في ساحة ايزاكيفسكايا بالمدينة.', 'ar.event.police-attacked=لاعتداء'],
  // cause / foreign: Western states held responsible for inciting the protests
  [THAWRA_OFFICERS, 'ar', 'وكانت مظاهرات مشابهة جرت في بعض المدن الروسية في الـ 23 من كانون الثاني الجاري حيث أكدت السلطات الروسية أن دولا غربية تتحمل مسؤولية التحريض عليها ولا سيما الولايات المتحدة التي نشرت سفارتها في موسكو بيانات حول المظاهرات غير المرخصة وأماكن تنظيمها.', 'ar.cause.west-blamed-for-incitement=تتحمل مسؤولية التحريض'],
  // cause / grievance: the jailing or the arrest the protests denounce
  [ARABICPOST, 'ar', 'حيث خرجت مظاهرات في عدد من مدن روسيا، بينها العاصمة موسكو، تنديداً بسجن نافالني ورفضاً لما وصفوه بالفساد، وذلك بالرغم من تحذير السلطات من المشاركة في تلك الاحتجاجات.', 'ar.cause.leader-jailing-protested=تنديداً بسجن'],
  [MASHHAD, 'ar', 'اعتلقت السلطات الروسية، اليوم السبت، عشرات الأشخاص خلال مظاهرات في جميع أنحاء روسيا احتجاجًا على اعتقال المعارض أليكسي نافالني.', 'ar.cause.leader-jailing-protested=على اعتقال'],
  // force / explicit (English): dragged off by the police, force used to break up, detained and beaten, harsh tactics
  [DAILYSABAH, 'en', 'Ignoring extreme cold and police warnings, an estimated 40,000 protesters gathered in and around Moscow\'s Pushkin Square, where clashes with police broke out and demonstrators were roughly dragged off by helmeted riot officers to police buses and detention trucks.', 'en.force.dragged-off-by-police=dragged off'],
  [ALBAWABA, 'en', 'Demonstrators were dragged off by riot officers to police buses and detention trucks, while some activists were beaten with police batons.', 'en.force.dragged-off-by-police=dragged off'],
  [WORLDSTAR, 'en', 'In Moscow, riot police were seen beating and dragging away protesters.', 'en.force.dragged-off-by-police=dragging away'],
  [DAILYSABAH, 'en', 'According to The Associated Press (AP), police detained more than 3,000 people and used force to break up rallies across Russia.', 'en.force.force-used-to-break-up=used force to break up'],
  [RT, 'en', 'Riot police use batons to break up unplanned demonstrations in central Moscow as Navalny supporters protest his prison sentence', 'en.force.force-used-to-break-up=use batons to break up'],
  [JAMNEWS, 'en', 'Several journalists were detained and beaten.', 'en.force.detained-and-beaten=beaten'],
  [RFERL, 'en', 'MOSCOW -- Police in Moscow have detained and beaten opposition politicians, along with protesters, in an attempt to disperse a demonstration against the refusal of election officials to register several opposition figures as candidates in municipal elections.', 'en.force.detained-and-beaten=beaten'],
  [NOVAYA, 'en', 'Elsewhere in the city, riot police reportedly detained and beat a city resident who had taken a sign saying “Putin belongs in prison” to central Moscow’s Solovetsky Stone, a 1990s monument to the victims of Soviet political repression, OVD-Info reported.', 'en.force.detained-and-beaten=beat'],
  [INTELLINEWS, 'en', 'The new US Secretary of State Antony Blinken was quick to react, tweeting: “The US condemns the persistent use of harsh tactics against peaceful protesters', 'en.force.harsh-tactics=harsh tactics'],
  [ALBAWABA, 'en', 'Similarly, the United States called on Russian authorities to release protesters and journalists detained, and condemned what it called \'harsh tactics\' used against them.', 'en.force.harsh-tactics=harsh tactics'],
];

const counters: readonly Counter[] = [
  // riot officers are a police unit, not a riot
  [DAILYSABAH, 'en', 'Ignoring extreme cold and police warnings, an estimated 40,000 protesters gathered in and around Moscow\'s Pushkin Square, where clashes with police broke out and demonstrators were roughly dragged off by helmeted riot officers to police buses and detention trucks.', 'en.event.riot'],
  [ALBAWABA, 'en', 'Demonstrators were dragged off by riot officers to police buses and detention trucks, while some activists were beaten with police batons.', 'en.event.riot'],
  // a flood drags a car away; companies broken up; tactics in negotiation
  ['https://massmediang.com/watch-video-as-passengers-escape-just-in-time-before-flood-drags-away-their-car/', 'en', 'Four young men narrowly escaped from their car seconds before a heavy flood dragged the car away.', 'en.force.dragged-off-by-police'],
  ['https://www.koin.com/news/washington-dc/efforts-underway-in-washington-to-break-up-big-tech/', 'en', 'WASHINGTON (Nexstar) — The Federal Trade Commission and Congress have launched an effort to break up some of the biggest tech companies in the United States.', 'en.force.force-used-to-break-up'],
  ['http://jieunjamie.com/2014/08/contentious-tactics/', 'en', 'Even children instinctively know how to use contentious tactics, and sometimes we have to deal with them used against us by adults in the workplace.', 'en.force.harsh-tactics'],
  // people detained and searched, not beaten
  [NOVAYA, 'en', 'Human rights nonprofit OVD-Info said that the police detained some 30 people, searched their belongings and checked their documents.', 'en.force.detained-and-beaten'],
  // a reporter attacked by the police or by a protester: the police are not the victims
  ['https://altawhid.org/2020/07/23/%d8%a7%d9%84%d8%b4%d8%b1%d8%b7%d8%a9-%d8%a7%d9%84%d8%a3%d9%85%d8%b1%d9%8a%d9%83%d9%8a%d8%a9-%d8%aa%d8%b9%d8%aa%d8%af%d9%8a-%d8%b9%d9%84%d9%89-%d8%b5%d8%ad%d9%81%d9%8a%d9%8a%d9%86-%d8%b1%d9%88%d8%b3/', 'ar', 'وتعرض لاعتداء الشرطة الأمريكية، مصور القناة التلفزيونية الروسية الأولى فياتشيسلاف أرخيبوف، الذي كان يصور محاولة المحتجين إشعال النار في مدخل المحكمة.', 'ar.event.police-attacked'],
  ['https://www.imlebanon.org/2019/10/28/ali-hankir-saida-protests/amp/', 'ar', 'تعرض الصحافي علي حنقير إلى اعتداء من قبل أحد المحتجين في ساحة النجمة وسط مدينة صيدا، أثناء قيامه بواجبه الإعلامي وتصويره بعض الشبان وهم يقطعون الطريق.', 'ar.event.police-attacked'],
  // a power held responsible for something other than incitement
  ['http://sahafati.com/eg/ar/frame/659/304122330', 'ar', 'أكدت متحدثة الخارجية الروسية ماريا زاخاروفا أن واشنطن تتحمل جزءا كبيرا من المسؤولية عن تدهور الوضع في الشرق الأوسط.', 'ar.cause.west-blamed-for-incitement'],
  // an arrest told beside protests, not as what they denounce
  ['https://sauress.com/jazannews/56034', 'ar', 'وأثار اعتقاله احتجاجات في أنحاء البلاد قبل أسبوع في نحو 100 مدينة، شهدت اعتقال ما يقرب من 4000 شخص.', 'ar.cause.leader-jailing-protested'],
  // events and gatherings named without a protest or a permit
  ['https://sanasyria.org/?p=1233673', 'ar', 'وحظر تنظيم الفعاليات والتجمعات الشعبية وفرض قيود على حركة النقل العام باستثناء وسائل النقل الدبلوماسية إضافة إلى فرض نظام خاص لدخول المدينة والخروج منها وطرد مخالفي النظام العام من غير المقيمين في العاصمة', 'ar.event.protest-actions'],
  ['https://sanasyria.org/?p=1233673', 'ar', 'وحظر تنظيم الفعاليات والتجمعات الشعبية وفرض قيود على حركة النقل العام باستثناء وسائل النقل الدبلوماسية إضافة إلى فرض نظام خاص لدخول المدينة والخروج منها وطرد مخالفي النظام العام من غير المقيمين في العاصمة', 'ar.event.unpermitted-gathering'],
  ['https://www.armenpress.am/ara/amp/1131508', 'ar', 'ولم يتفق هو وأنصاره مع نتائج الانتخابات التي بموجبها تم انتخاب سيرج سركيسيان رئيساً ونصب المتظاهرون الخيام في ساحة الحرية في يريفان ونظموا مسيرات وفعاليات في أجزاء مختلفة من العاصمة', 'ar.event.protest-actions'],
];

describe('a state line\'s protest actions and unpermitted gatherings, the police attacked, the West blamed for incitement, the jailing protested, and the wires\' force: cases', () => runCases(cases));
describe('a state line\'s protest actions and unpermitted gatherings, the police attacked, the West blamed for incitement, the jailing protested, and the wires\' force: counter-examples', () => runCounters(counters));
