import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries for a state's story of an uprising stirred by its enemies, and for what the other line names: the unrest
 * blamed on the country's "enemies" (blamed on them, blamed for it, their "triangle", the tools they used, accused of
 * stirring it), "foreign support for the unrest" and riots "backed by" a named state, the American-Zionist(-Saudi)
 * axis named by two states' adjectives («التدخل الأمريكي والصهيوني», «المشروع الثلاثي الاميركي الصهيوني السعودي»), an
 * operations room set up to stir the unrest, incitement by foreign media, the cost «على عاتق آل سعود»; the crowd's
 * "attacks on public property", the MKO "served as lackeys"; and on the other side "the weak economy" protested and
 * «الآلة القمعية». Grown on a fresh event (Iran's protests of December 2017 – January 2018,
 * tests/fixtures/devset/iran-2017), whose pages and other pages carrying the same statements give the cases; the
 * counter-examples are real sentences of other pages with the same words in ordinary wording (an illness blamed, a
 * president's economy blamed, foreign military aid to a state at war, a central bank and a weak economy, protesting on
 * public property, a proxy's role, a coalition named by two states' adjectives, a war's operations room, foreign media
 * present in a country, the cost of reservists, a minister's order to quell unrest). Every case and counter-example is
 * quoted word for word (cut at most to a sentence or clause) from the stored public page whose address it carries; a
 * case must give the entry and its exact slice, a counter-example must not give the entry named.
 */

const AP = 'https://floridadailypost.com/full-coverage-irans-protests-unrest/';
const REUTERS = 'http://www.oann.com/iranian-police-arrest-100-protesters-in-capital-as-crackdown-intensifies/';
const PRESSTV = 'https://www.theiranproject.com/blog/2018/01/09/triangle-enemies-behind-recent-unrest-iran-ayatollah-khamenei/';
const VESTNIK = 'http://vestnikkavkaza.net/amp/108797';
const ALWAGHT = 'http://alwaght.net/en/News/121036';
const SANA = 'https://sana.sy/?p=687638';
const ASRIRAN = 'https://asriran.com/ar/news/38342';
const FUJAIRAH = 'https://fujairahtoday.ae/2015/10/30/غرفة-عمليات-مشتركة-تدير-تحرير-تعز/';

const cases: readonly Case[] = [
  // cause / foreign: the unrest blamed on the country's enemies, their triangle, their tools, their stirring
  [AP, 'en', 'Breaking his silence over nationwide protests that included calls for his ouster, Iran’s supreme leader on Tuesday blamed the demonstrations on “enemies of Iran,” saying they were meddling in its internal affairs.', 'en.cause.enemies-blamed=enemies'],
  ['https://www.scmp.com/news/world/middle-east/article/2126495/people-have-had-enough-death-toll-iranian-riots-rises-20', 'en', 'Iran’s Supreme Leader Ayatollah Ali Khamenei blames ‘enemies’ for wave of deadly unrest', 'en.cause.enemies-blamed=enemies'],
  [REUTERS, 'en', 'LONDON (Reuters) – Iran’s supreme leader accused the country’s enemies on Tuesday of stirring unrest, as the death toll from anti-government demonstrations rose to 21.', 'en.cause.enemies-blamed=enemies on Tuesday of stirring'],
  [REUTERS, 'en', 'In his first reaction to the unrest, Ayatollah Ali Khamenei said: “In recent days, enemies of Iran used different tools including cash, weapons, politics and intelligence apparatus to create troubles for the Islamic Republic.”', 'en.cause.enemies-blamed=enemies of Iran used different tools'],
  [VESTNIK, 'en', 'Leader of the Islamic Revolution Ayatollah Ali Khamenei said that enemies have been using various tools to deal blows to the Iranian nation and the Islamic establishment during the latest developments.', 'en.cause.enemies-blamed=enemies have been using various tools'],
  [PRESSTV, 'en', 'Press TV- Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei says a triangle of enemies, including the US, a Persian Gulf government and the MKO terror organization, has been plotting over the past months to foment chaos and violence in Iran.', 'en.cause.enemies-blamed=triangle of enemies'],
  // cause / foreign: foreign support for the unrest, riots backed by a named state
  [ALWAGHT, 'en', 'They carried national flags which had been burnt by some rioters in recent days as well as placards denouncing foreign support for the unrest as they shouted slogans against the US, the Israeli regime and Saudi Arabia.', 'en.cause.foreign-support-for-unrest=foreign support'],
  [ALWAGHT, 'en', 'The riots were openly backed by US President Donald Trump and Israeli Prime Minister Benjamin Netanyahu.', 'en.cause.foreign-support-for-unrest=backed by US President'],
  // cause / grievance: the weak economy protested
  [AP, 'en', 'The protests began Dec. 28 in Mashhad over the weak economy and a jump in food prices.', 'en.cause.weak-economy=weak economy'],
  ['https://www.newstube.ru/media/iran-pro-government-rallies-held-to-protest-violence', 'en', "President Hassan Rouhani has acknowledged the public's anger over Iran's flagging economy, though he and other officials have warned that the government would not hesitate to crack down on those it considers lawbreakers.", 'en.cause.weak-economy=flagging economy'],
  // event / threat: attacks on public property
  [VESTNIK, 'en', 'Last week, a number of peaceful protests over economic grievances started in several cities, but those gatherings suspiciously changed color and turned ugly when groups of participants, some of them armed, launched attacks on public property, police stations and religious sites.', 'en.event.attacks-on-public-property=attacks on public property'],
  [ALWAGHT, 'en', 'Demonstrators rallied in the capital Tehran and the cities of Tabriz, Sari and Kerman to denounce violence by those who infiltrated peaceful protests to turn them into scenes of confrontation and attack on public property.', 'en.event.attacks-on-public-property=attack on public property'],
  // actors / delegitimizing: serving as lackeys
  [PRESSTV, 'en', 'The third side, Ayatollah Khamenei added, werethe MKO elements, which served as lackeys active on the ground.', 'en.actors.served-as-lackeys=lackeys'],
  // cause / foreign: the axis named by two states' adjectives, the three-sided project
  [SANA, 'ar', 'وأعربوا عن رفضهم لأعمال الشغب التي تستهدف أمن واستقرار البلاد ورفعوا لافتات تندد بالتدخل الأمريكي والصهيوني وتستنكر حملات التحريض والتضليل التي تبثها وسائل الإعلام الأجنبية وخاصة تلك التابعة لنظام بني سعود بهدف إثارة البلبلة وأعمال العنف في إيران مؤكدين عزم الشعب الإيراني على إفشال مؤامرات الأعداء .', 'ar.cause.axis-of-states=بالتدخل الأمريكي والصهيوني'],
  [ASRIRAN, 'ar', 'عصر إيران - فارس - كشف المدعي العام في الجمهورية الاسلامية الايرانية محمد جعفر منتظري تفاصيل عن غرفة العمليات لاثارة الاضطرابات الاخيرة في ايران، مؤكدا بان المشروع الثلاثي الاميركي الصهيوني السعودي قد تم اطلاقه قبل 4 اعوام لاثارة البلبلة في البلاد.', 'ar.cause.axis-of-states=المشروع الثلاثي الاميركي'],
  // cause / foreign: an operations room to stir the unrest
  [ASRIRAN, 'ar', 'عصر إيران - فارس - كشف المدعي العام في الجمهورية الاسلامية الايرانية محمد جعفر منتظري تفاصيل عن غرفة العمليات لاثارة الاضطرابات الاخيرة في ايران، مؤكدا بان المشروع الثلاثي الاميركي الصهيوني السعودي قد تم اطلاقه قبل 4 اعوام لاثارة البلبلة في البلاد.', 'ar.cause.operations-room-for-unrest=غرفة العمليات لاثارة الاضطرابات'],
  // cause / foreign: incitement by foreign media
  [SANA, 'ar', 'وأعربوا عن رفضهم لأعمال الشغب التي تستهدف أمن واستقرار البلاد ورفعوا لافتات تندد بالتدخل الأمريكي والصهيوني وتستنكر حملات التحريض والتضليل التي تبثها وسائل الإعلام الأجنبية وخاصة تلك التابعة لنظام بني سعود بهدف إثارة البلبلة وأعمال العنف في إيران مؤكدين عزم الشعب الإيراني على إفشال مؤامرات الأعداء .', 'ar.cause.foreign-media-incitement=التحريض والتضليل التي تبثها وسائل الإعلام الأجنبية'],
  // cause / foreign: the cost borne by a named state
  [ASRIRAN, 'ar', 'وفي ملتقى اقيم في مدينة قم اوضح منتظري بان المخطط الرئيس لهذا المشروع هو شخص اميركي يدعى مايكل اندريا المسؤول السابق لمكافحة المخدرات في جهاز الاستخبارات الاميركي "سي آي أيه" وغرفة عمليات مؤلفة من الاضلاع الثلاثة اميركا والكيان الصهيوني وآل سعود لاثارة الاضطربات في ايران، وكان التخطيط على عاتق مايكل اندريا والكلفة المالية على عاتق آل سعود.', 'ar.cause.cost-borne-by-state=والكلفة المالية على عاتق آل سعود'],
  ['https://thenewkhalij.news/article/92761', 'ar', 'وزعم «منتظري»، في ملتقى بمدينة قم، العاصمة الدينية لإيران، إن «المخطط الرئيس لهذا المشروع هو شخص أمريكي يدعى مايكل أندريا، المسؤول السابق لمكافحة المخدرات في جهاز الاستخبارات الأمريكي (CIA)، وغرفة عمليات مؤلفة من الأضلاع الثلاثة أمريكا والكيان الصهيوني وآل سعود لإثارة الاضطرابات في إيران، وكان التخطيط على عاتق مايكل أندريا والكلفة المالية على عاتق آل سعود»، وفقا لما نشرته وكالة الأنباء الإيرانية الرسمية (إرنا)، وترجمته «سبوتنيك».', 'ar.cause.cost-borne-by-state=والكلفة المالية على عاتق آل سعود'],
  // force / explicit: the repression machine
  ['https://sauress.com/alweeam/502111', 'ar', 'ومع تصاعد الاحتجاجات وثبات الحشود الشعبية في مواجهة الآلة القمعية للنظام الإيراني، عبر الحرس الثوري، وقوات الشرطة وآلياتها، بلغ عدد الذين سقطوا في الميادين قرابة 20 شخصا، ومازالت الشعب الإيراني يواجه فساد نظامه في الشوارع والميادين.', 'ar.force.repression-machine=الآلة القمعية'],
];

const counters: readonly Counter[] = [
  // blame laid on an illness and on a spirit, not on enemies
  ['https://bylinetimes.com/2023/01/13/playing-the-blame-game-the-conservatives-love-a-good-culprit/', 'en', 'The meltdown of the NHS has been blamed on flu.', 'en.cause.enemies-blamed'],
  ['https://www.historynewsnetwork.org/article/141168', 'en', 'He never used the word, but rather blamed the poor economy in part on a "crisis of the American spirit."', 'en.cause.enemies-blamed'],
  // foreign aid and support to a state at war, not to unrest
  ['https://world-today-news.com/us-aid-to-ukraine-urgent-funding-needed-to-support-ukraines-defense', 'en', 'A large-scale offensive failed, Ukraine did not give up, and with the help of foreign military aid, the Ukrainian army managed to stop the invaders and in the autumn also to liberate the Kharkiv region, recover Kherson, and at the beginning of the summer, the Ukrainian counter-offensive began.', 'en.cause.foreign-support-for-unrest'],
  ['https://www.rt.com/russia/548574-ukraine-reveals-scale-military-aid/', 'en', "Kiev's foreign minister has claimed support from overseas is helping to deter aggression from Moscow", 'en.cause.foreign-support-for-unrest'],
  // a weak economy in a central bank's story
  ['https://www.thetimes.co.uk/article/unlike-the-fed-the-bank-is-keeping-its-powder-dry-on-interest-rates-cdq0rjpcz', 'en', 'The Bank of England, on the other hand, is poised to keep its interest rates unchanged, despite a very weak economy.', 'en.cause.weak-economy'],
  ['https://www.thetimes.co.uk/article/raising-rates-in-a-weak-economy-is-difficult-but-it-has-to-be-done-tx5p6p2jt', 'en', 'Raising rates in a weak economy is difficult — but it has to be done', 'en.cause.weak-economy'],
  // public property as a place
  ['https://emergency.poultryindustrycouncil.ca/emergency-planning/personal-injury-mental-health-and-unwanted-visitors/animal-activists-protests-and-trespassers/social-media/column-right', 'en', 'It is LEGAL to protest on public property (sidewalks, shoulders of roads, etc.).', 'en.event.attacks-on-public-property'],
  ['https://accesscontrolsecurity.com/keeping-the-peace-at-public-demonstrations', 'en', 'It is the local government’s responsibility to prevent dangerous behavior from occurring on public property.', 'en.event.attacks-on-public-property'],
  // a proxy's role, not lackeys
  ['https://legalclarity.org/who-is-a-proxy-and-what-authority-do-they-have', 'en', 'The proxy’s primary role is to act as a voice for the person who appointed them.', 'en.actors.served-as-lackeys'],
  // a coalition named by two states' adjectives
  ['https://alaraby.com/news/حرب-اليمن-التحالف-ينفذ-عملية-نوعية-ويعلن-تدمير-مسيرات-حوثية', 'ar', 'أعلن التحالف السعودي الإماراتي في اليمن، اليوم الإثنين، اعتراض وتدمير طائرات مسيّرة أُطلقت نحو السعودية، وتنفيذ عملية نوعية لأهداف عسكرية في العاصمة صنعاء الخاضعة لسيطرة الحوثيين.', 'ar.cause.axis-of-states'],
  // a war's operations room
  [FUJAIRAH, 'ar', 'وأكد قائد المجلس العسكري بتعز العميد صادق سرحان لـ«البيان» تشكيل غرفة العمليات لقيادة الحرب، مضيفاً بأن ذلك ما سيسهل كثيراً من الأمور العسكرية ويضمن نتائج أفضل.', 'ar.cause.operations-room-for-unrest'],
  [FUJAIRAH, 'ar', 'شكل التحالف العربي في اليمن بقيادة السعودية غرفة عمليات مشتركة مع المقاومة في تعز بهدف تنسيق معركة تحرير محافظة تعز.', 'ar.cause.operations-room-for-unrest'],
  // foreign media present in a country
  ['https://elmarfa.aolebcons.com/?p=5274', 'ar', 'الأمر نفسه يسري على فلسطين المحتلّة، حيث الوكالات العالميّة والإعلام الأجنبي يُعزّز وجوده.', 'ar.cause.foreign-media-incitement'],
  // the cost of keeping reservists
  ['https://www.arabkhabar.com/a/4835782', 'ar', 'وأكد المصدر العسكري أن جيش الاحتلال يواجه حالة إنهاك واسعة، نتيجة العمليات المتواصلة في عدة مناطق، وعلى رأسها قطاع غزة وجبهة الشمال، مشيرًا إلى أن تكلفة الإبقاء على قوات الاحتياط تصل إلى 1.2 مليار شيكل شهريًا، ما يمثل عبئًا ماليًا غير مسبوق على الموازنة العامة.', 'ar.cause.cost-borne-by-state'],
  // an order to quell unrest, no machine named
  ['https://gulfeyes.net/Al-Ymn/5007206', 'ar', 'وأمر وزير الدفاع بيني غانتس "بتعزيز مكثف" لقوات الأمن لقمع الاضطرابات الداخلية التي شهدت اعتقال أكثر من 400 شخص.', 'ar.force.repression-machine'],
];

describe('a state\'s enemies, axis and operations room, foreign media and support, the weak economy and the repression machine (Iran 2017-18)', () => {
  runCases(cases);
  runCounters(counters);
});
