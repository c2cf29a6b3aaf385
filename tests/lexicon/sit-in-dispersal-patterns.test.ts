import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries grown on Egypt 2013 (tests/fixtures/devset/egypt-2013): the Muslim Brotherhood's sit-ins at Rabaa and Nahda
 * and their dispersal on 14 August 2013. The Brotherhood labelled terrorist (ar.actors.brotherhood-terrorist,
 * en.actors.brotherhood-terrorist), the sit-in called armed (ar.event.armed-sit-in), the necessary measures taken
 * against the sit-ins (ar.force.necessary-measures-against-protest, en.force.necessary-measures-against-protest), the
 * least amount of force and the police praised for their restraint (en.force.restraint), mass killing
 * (ar.force.massacre), sniping (ar.force.sniping), lethal attacks on protesters (en.force.lethal-attacks-on-protesters),
 * and the coup named as what those in the street reject (ar.cause.coup-rejected, en.cause.coup-protested).
 * Every case and counter-example is a real sentence, quoted word for word (cut at most to a sentence or clause) from the
 * stored public page whose address it carries; a counter-example (the same words in ordinary wording) must not give
 * the entry named.
 */

const cases: readonly Case[] = [
  // actors / delegitimizing: the Brotherhood labelled terrorist
  ['https://www.masress.com/ahramgate/1565106', 'ar', 'ومنذ ذلك الوقت ولاتزال ذكرى هذا اليوم مرتبطة بالجرائم التى ارتكبتها جماعة الإخوان الإرهابية وعناصرها', 'ar.actors.brotherhood-terrorist=جماعة الإخوان الإرهابية'],
  ['https://www.masress.com/alwafd/721821', 'ar', 'تعد خطوة فض اعتصامات جماعة الإخوان الإرهابية فى ميدانى "النهضة ورابعة العدوية"، مقر اعتصام أنصار جماعة الإخوان، بمنزلة نقطة البداية لهدم عرش الجماعة الإرهابية', 'ar.actors.brotherhood-terrorist=جماعة الإخوان الإرهابية'],
  ['https://www.knowledgebylanesegypt.com/%EF%BB%BFnovember-28-chaos-scheme-fails/', 'en', 'The plan of terrorist Muslim Brotherhood and its supports to spread violence has failed following the invitation for demonstrations launched by the Salafist front and supported by the terrorist group under the rubric “Muslim Youth Revolution.”', 'en.actors.brotherhood-terrorist=terrorist Muslim Brotherhood'],
  // event / threat: the sit-in called armed
  ['https://www.masress.com/ahramgate/1565106', 'ar', 'إذ خرج من هذا الاعتصام المسلح خلايا إرهابية أرادت نشر الفوضى فى البلاد.', 'ar.event.armed-sit-in=الاعتصام المسلح'],
  // force / euphemistic: the necessary measures taken against the sit-ins
  ['https://www.masress.com/shbabmisr/29283', 'ar', 'وقالت وزارة الداخلية في بيان نشرته وكالة أنباء الشرق الأوسط إن قوات الأمن تقدمت إلى مكاني الاعتصام "إنفاذا لتكليف الحكومة باتخاذ الإجراءات اللازمة تجاه اعتصامي رابعة العدوية والنهضة."', 'ar.force.necessary-measures-against-protest=باتخاذ الإجراءات اللازمة'],
  ['http://mail.burathanews.com/arabic/international/206695', 'ar', 'وقالت الوزارة في بيان إنه "إنفاذاً لتكليف الحكومة باتخاذ الإجراءات اللازمة تجاه اعتصامي رابعة العدوية والنهضة، قامت الأجهزة الأمنية باتخاذ الإجراءات اللازمة لفض الاعتصامين"', 'ar.force.necessary-measures-against-protest=باتخاذ الإجراءات اللازمة'],
  ['http://en.people.cn./90777/8348370.html', 'en', "CAIRO, July 31 (Xinhua) -- Egypt's cabinet on Wednesday asked the interior minister to take necessary measures to end the Islamist sit-ins and deal with any threats against national security, state TV reported.", 'en.force.necessary-measures-against-protest=take necessary measures'],
  ['http://jadaliyya.com/pages/index/13307/cabinet-authorizes-all-means-necessary-to-deal-wit\\', 'en', 'Abdel Latif told Mada Masr that, “the Cabinet statement requires that the Interior Ministry take the necessary measures and procedures to counter these sit-ins and take into account the consequences of dispersing the sit-ins right away.”', 'en.force.necessary-measures-against-protest=take the necessary measures'],
  // force / euphemistic: the least amount of force, the police praised for their restraint
  ['https://www.southbendtribune.com/story/news/2013/08/15/egyptian-forces-storm-protest-camps/45748105/', 'en', 'Mohammed Ibrahim, the minister of interior, said the "least amount of force" had been used.', 'en.force.restraint=least amount of force'],
  ['https://www.southbendtribune.com/story/news/2013/08/15/egyptian-forces-storm-protest-camps/45748105/', 'en', '"This state of mayhem and insecurity has come to an end," said Prime Minister Hazem el-Beblawi, who praised police for what he called their restraint.', 'en.force.restraint=restraint'],
  ['https://nation.com.pk/30-Mar-2016/clear-d-chowk-of-protesters-in-24-hours-pm-tells-nisar', 'en', 'The prime minister, however, directed the authorities to use minimum possible force to disperse the protesters from the area.', 'en.force.restraint=minimum possible force'],
  // force / explicit: mass killing, sniping, lethal attacks on protesters
  ['https://arabi21.org/storyamp/1618451/', 'ar', 'بينما وصفت منظمة "هيومن رايتس ووتش" الحادثة بأنها "إحدى أكبر وقائع القتل الجماعي لمتظاهرين سلميين في يوم واحد في تاريخ العالم الحديث".', 'ar.force.massacre=القتل الجماعي'],
  ['https://arabi21.org/storyamp/1618451/', 'ar', 'وكذلك المستشفى الميداني الذي أكد وجود حالات قنص في الرأس والصدر أودت بحياة المتظاهرين في الحال.', 'ar.force.sniping=حالات قنص'],
  ['http://palestinianpundit.blogspot.ca/2014/08/egypt-raba-killings-likely-crimes.html', 'en', 'No Justice a Year Later for Series of Deadly Mass Attacks on Protesters', 'en.force.lethal-attacks-on-protesters=Deadly Mass Attacks'],
  ['http://palestinianpundit.blogspot.ca/2014/08/egypt-raba-killings-likely-crimes.html', 'en', 'While there is also evidence that some protesters used firearms during several of these demonstrations, Human Rights Watch was able to confirm their use in only a few instances, which do not justify the grossly disproportionate and premeditated lethal attacks on overwhelmingly peaceful protesters.', 'en.force.lethal-attacks-on-protesters=lethal attacks'],
  // cause / grievance: the coup named as what those in the street reject
  ['https://www.essada.net/%d8%a7%d8%b1%d8%aa%d9%81%d8%a7%d8%b9-%d8%ad%d8%b5%d9%8a%d9%84%d8%a9-%d8%a7%d9%84%d9%82%d8%aa%d9%84%d9%89-%d8%a8%d8%b1%d8%b5%d8%a7%d8%b5-%d8%a7%d9%84%d8%a3%d9%85%d9%86-%d8%a7%d9%84%d9%85%d8%b5%d8%b1/', 'ar', 'و قال ناشطون إن قوات الأمن المصرية استخدمت الرصاص الحي و رصاص الخرطوش و القنابل المدمعة لتفريق متظاهرين مناهضين للانقلاب في هذه المناطق.', 'ar.cause.coup-rejected=مناهضين للانقلاب'],
  ['https://masralarabia.net/%D8%A7%D8%AE%D8%A8%D8%A7%D8%B1-%D9%85%D8%B5%D8%B1/144535', 'ar', 'وهو ما نفته الداخلية التي أكدت أن عدد الضحايا خلال الفض أقل من الأرقام التي يعلنها رافضو "الانقلاب" بكثير.', 'ar.cause.coup-rejected=رافضو "الانقلاب'],
  ['https://english.ahram.org.eg/NewsContent/1/64/79200/Egypt/Politics-/Morsi-supporters-protest-in-Cairo-on-Friday-of-Rag.aspx', 'en', "Pro-Morsi protesters rally at Cairo's Ramses Square to protest against 'coup' after police violently disperse their sit-ins", "en.cause.coup-protested=against 'coup"],
];

const counters: readonly Counter[] = [
  // the Brotherhood named with no label
  ['https://www.masress.com/shbabmisr/29283', 'ar', 'وقبل بدء أعمال فض الاعتصامين بقليل قال العضو القيادي في جماعة الإخوان المسلمين محمد البلتاجي إن قوات الأمن تقدمت لحصار اعتصام مؤيدي مرسي أمام مسجد رابعة العدوية في شمال شرق القاهرة.', 'ar.actors.brotherhood-terrorist'],
  ['http://stayingsafeabroad.blogspot.com/2013/11/egypt-update-interior-minister-reports.html', 'en', 'COMMENT: The Muslim Brotherhood has denied government claims that it uses or condones violence.', 'en.actors.brotherhood-terrorist'],
  // protest words beside an armed attack or gunmen, no protest called armed
  ['https://nabd.ws/h/165849991-f6dbfc/?hf=2', 'ar', 'غير أن هذه القوات التي نزلت لحماية المتظاهرين تعرضت لهجوم مسلح من جهات مجهولة.', 'ar.event.armed-sit-in'],
  ['https://nabd.ws/h/165849991-f6dbfc/?hf=2', 'ar', 'حيث صرح مصدر في وزارة الداخلية لقناة الإخبارية السورية أن "مسلحين من فلول النظام البائد استغلوا الوقفات الاحتجاجية لمهاجمة عناصر من قوات الأمن الداخلي بالرصاص الحي، ما أسفر عن سقوط شهداء وجرحى من العناصر المكلفين بحماية المظاهرات".', 'ar.event.armed-sit-in'],
  // measures with no protest as their object
  ['https://dailytimes.com.pk/745339/rashid-orders-action-against-law-breakers-suspension-of-cellular-services/', 'en', 'Interior Minister Sheikh Rashid Ahmed has ordered action against law-breakers and necessary measures to reopen several road and entry and exit points due to countrywide protests of a religio-political party.', 'en.force.necessary-measures-against-protest'],
  ['https://www.almowaten.net/2020/03/', 'ar', 'وكانت المملكة بادرت باتخاذ إجراءات احترازية؛ منعًا من تفشي كورونا حتى قبل تسجيل أول حالة في السعودية، وبعد رصد عدد من الحالات تم مضاعفة الإجراءات الاحترازية.', 'ar.force.necessary-measures-against-protest'],
  // restraint urged, not claimed
  ['http://www.metro.us/boston/news/international/2013/08/16/egypt-day-of-rage-turns-violent-protesters-killed/', 'en', 'Western governments urged restraint and Germany cautioned the new government that it was reviewing its ties.', 'en.force.restraint'],
  // a death with no mass killing; hunting
  ['https://www.masress.com/shbabmisr/29283', 'ar', 'وقالت قناة الجزيرة مباشر مصر إن هناك تقارير تشير إلى مقتل 25 شخصا في رابعة العدوية وإصابة آخرين.', 'ar.force.massacre'],
  ['https://sauress.com/okaz/312796', 'ar', 'نحن الآن في موسم القنص..!!', 'ar.force.sniping'],
  ['https://sauress.com/alyaum/1119922', 'ar', 'مع بداية موسم الصيد في كل عام , حيث فترة هجرة الطيور يستعد المولعون بالصيد وهواة القنص للموسم', 'ar.force.sniping'],
  // attacks on checkpoints; a deadly crackdown is force already, not this entry
  ['http://elblaugrana.com/2017/07/soldiers-killed-or-wounded-in-sinai-attacks/', 'en', 'Suicide vehicle bomb attacks on military checkpoints in North Sinai, Egypt, have left at least 23 soldiers dead, Egyptian security sources say.', 'en.force.lethal-attacks-on-protesters'],
  ['https://eng-archive.aawsat.com/asharq-al-awsat-english/news-middle-east/26-soldiers-killed-wounded-sinai-attacks', 'en', 'Extremists have killed hundreds of policemen and soldiers in attacks in North Sinai since the military toppled ex-president Mohamed Morsi in 2013 and launched a deadly crackdown on his supporters.', 'en.force.lethal-attacks-on-protesters'],
  // a coup as background, a bus overturning
  ['https://www.latimes.com/world/worldnow/la-fg-wn-egypt-security-forces-protests-deaths-130813-story.html', 'en', 'Morsi was deposed in a coup on July 3, and supporters had vowed not to leave sit-ins until he was reinstated.', 'en.cause.coup-protested'],
  ['https://akhbaralaan.net/tag/%d8%ad%d8%a7%d9%81%d9%84%d8%a9-%d8%b1%d8%ad%d9%84%d8%a7%d8%aa', 'ar', 'قال مسؤول بوزارة الصحة المصرية إن عشرة اشخاص لقوا حتفهم كما أصيب 41 آخرون إثر انقلاب حافلة بمنطقة الصاعدة في نويبع بجنوب سيناء يوم الجمعة.', 'ar.cause.coup-rejected'],
];

describe('entries grown on Egypt 2013: the Brotherhood labelled terrorist, the armed sit-in, the necessary measures, restraint, mass killing, sniping, lethal attacks, the coup rejected', () => {
  runCases(cases);
  runCounters(counters);
});
