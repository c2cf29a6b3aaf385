import {describe, expect, it} from 'vitest';
import {poles, runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Seed frames in other words (Arabic; issue 9). The seed articles frame an unrest as terrorist
 * gangs' plot against the state from abroad, put down by a counter-terrorism operation that
 * "eliminated" them, with foreign troops as peacekeepers; the other line as protesters killed by
 * the police and a foreign intervention. These are the other wordings Arabic news writers use for
 * the same frames, each kept only where a real sentence of another event confirms it. Every case
 * is a sentence (or clause) of a stored news page, with its address; the counter-examples are real
 * sentences where the same words do not frame. None comes from the devset's held-out folders.
 */

const cases: Case[] = [
  // actors / delegitimizing: terrorist cells in the broken plural (Saudi Arabia, 2015)
  ['https://www.turess.com/tuniscope/74456', 'ar', 'نجحت قوات الأمن السعودية في إحباط مخطّط إرهابي يستهدف بتفجير منشآت و مساجد و بعثة ديبلوماسية ،إثر تمكنها من تفكيك خلايا إرهابية «عنقودية» مرتبطة بتنظيم «داعش»', 'ar.actors.terrorist-cells=خلايا إرهابية'],
  ['https://www.turess.com/tuniscope/74456', 'ar', 'وآخرون غير محددي الهوية، شكلوا 4 خلايا إرهابية، بقيادة سعودي على تواصل مع «داعش» في سوريا', 'ar.actors.terrorist-cells=خلايا إرهابية'],

  // event / threat: the protest movement as a plot to bring down or destroy the state (Egypt, Syria)
  ['https://www.elbalad.news/2575597', 'ar', 'قال الإعلامي مصطفى بكرى، إن هناك خطة ممنهجة هدفها إسقاط الدولة المصرية وكافة مؤسساتها.', 'ar.event.bring-down-the-state=إسقاط الدولة'],
  ['https://www.masress.com/tahrirnews/3425626', 'ar', 'والبعض يريد هدم الدولة المصرية، ولا مكان لهم فى هذه القاعة، تحية لهذه الدولة، ستظل مصر قوية وحرة', 'ar.event.bring-down-the-state=هدم الدولة'],
  ['https://lebanesestyle.net/ar/drast-qanwnyt-hwl-alwjwd-alayrany-fy-swryt-wdm-shryt-atdaat-alkyan-alshywny-lyh', 'ar', 'كان الدعم العسكري، المالي و الإعلامي يقدم لهم على مستوى ضخم وكان الهدف منه اسقاط الدولة السورية بأي تكلفة و بأسرع زمن ممكن.', 'ar.event.bring-down-the-state=اسقاط الدولة'],
  ['https://vetogate.com/157195', 'ar', 'تزوير وتدليس ورشاوى وإرهاب بالسلاح فى مواجهة شعب أعزل، والآن ينفذون خطة حرق مصر وإسقاط الدولة.', 'ar.event.bring-down-the-state=وإسقاط الدولة'],

  // force / explicit: protesters sniped at, gas grenades aimed at them (Iraq 2019)
  ['https://webs.thelevantnews.com/public/article/قنص-المتظاهرين-بقنابل-مسيلة-للدموع-وم', 'ar', 'قنص المتظاهرين بقنابل مسيلة للدموع.. ومقتل مسعفة عراقية', 'ar.force.sniping-protesters=قنص'],
  ['https://www.skypressiq.net/2019/11/21/مقتل-متظاهران-واصابة-38-بأصابة-في-الرأس-بقنابل-الغاز-المسيل-للدموع-في-بغدادد', 'ar', 'واتهمت منظمات حقوقية دولية قوات الأمن العراقية بأنها تستخدم قنابل الغاز كوسيلة للقتل عبر تصويبها بشكل مباشر باتجاه المتظاهرين.', 'ar.force.sniping-protesters=تصويبها بشكل مباشر باتجاه'],

  // force / explicit: the police's assault on the crowd (Lebanon 2019, Yemen, Mauritania)
  ['https://aljadeed.tv/arabic/news/local/2909201981', 'ar', 'خلال التظاهرة الشعبية التي نظمت اليوم في بيروت احتجاجًا على الوضعين الإقتصادي والمعيشي في البلاد، سجّلت حالات عدّة من الإعتداء على المتظاهرين من قبل عناصر القوى الأمنيّة.', 'ar.force.assault-on-protesters=الإعتداء'],
  ['https://almashhadalaraby.com/news/44742', 'ar', 'كشفت مصادر عن حقيقة ما جرى أمام بوابة المعاشيق من اعتداء عناصر الأمن على المتظاهرين السلميين.', 'ar.force.assault-on-protesters=اعتداء'],
  ['https://tewassoul.mr/node/1550', 'ar', 'حيث اعتدت يوم الأربعاء الماضي على المتظاهرين و القادة في كل من عرفات و السبخة', 'ar.force.assault-on-protesters=اعتدت'],

  // force / euphemistic: a building "liberated" from separatists (Ukraine, April 2014)
  ['https://www.youm7.com/story/2014/4/7/الداخلية-الأوكرانية-تحرر-مقر-إدارة-خاركيف-من-الانفصاليين/1599545', 'ar', 'الداخلية الأوكرانية تحرر مقر إدارة "خاركيف" من الانفصاليين', 'ar.force.liberated-from=تحرر'],
  ['https://www.youm7.com/story/2014/4/7/الداخلية-الأوكرانية-تحرر-مقر-إدارة-خاركيف-من-الانفصاليين/1599545', 'ar', 'وكتب أرسين، على صفحته على فيسبوك، أن المبنى "تحرر تماما من الانفصاليين"، مضيفا "شكرا لمن قدموا المساعدة" دون مزيد من التفاصيل حول العملية.', 'ar.force.liberated-from=تحرر'],

  // cause / foreign: leaning on abroad, ties abroad, fourth-generation wars (Egypt, Iraq)
  ['https://canadavoice.info/?p=99719', 'ar', 'يمكن التأكيد على أن الاتجاه العام للمعارضة في النظم العربية اعتمد على مقاربة شبه واحدة أو نمط واحد في الاستقواء بالخارج، وعدم تفعيل القدرات الداخلية', 'ar.cause.leaning-on-abroad=الاستقواء بالخارج'],
  ['https://canadavoice.info/?p=99719', 'ar', 'طارق فهمي يكتب عن: لماذا تستقوي المعارضات العربية بالخارج؟', 'ar.cause.leaning-on-abroad=تستقوي المعارضات العربية بالخارج'],
  ['https://afkar.iq/%D8%A7%D9%86%D8%AF%D8%AD%D8%A7%D8%B1-%D8%AF%D8%A7%D8%B9%D8%B4-%D8%B9%D8%B1%D9%88%D8%A8%D8%A9-%D8%AC%D9%85%D9%8A%D9%84-%D9%85%D8%AD%D9%85%D8%AF/%D9%85%D9%82%D8%A7%D9%84%D8%A7%D8%AA/', 'ar', 'إن هزيمة أفراد “داعش” ومن يدور في فلك التكفير، هم الذين صنعوها بأفكارهم السوداء وارتباطاتهم الخارجية وأجنداتهم المريضة.', 'ar.cause.foreign-ties=وارتباطاتهم الخارجية'],
  ['https://www.masress.com/ahram/1230937', 'ar', 'حروب الجيل الرابع اخترعتها أمريكا لزعزعة استقرار الدول دون حاجة إلي شن عدوان خارجي عليها.', 'ar.cause.fourth-generation-war=حروب الجيل الرابع'],
  ['https://elzmannews.com/318514', 'ar', 'لم تتوقف المؤامرات عن مصر ولن تتوقف فى ظل تقدم مسيرة نجاح الدولة المصرية ووقوفها على أرض صلبة أمام مخططات العدو عن طريق حروب الجيل الرابع', 'ar.cause.fourth-generation-war=حروب الجيل الرابع'],

  // intervention / intervention: an invasion named with the invading state, land occupied (Lebanon 1982, Crimea 2014)
  ['http://www.mod.gov.sy/index.php?node=554&cat=892', 'ar', 'لقد أدى الانقسام السياسي والاجتماعي الذي عاشه لبنان سنوات حربه الأهلية والاضطرابات الدموية منذ 13 نيسان /أبريل/ 1975 حتى الاجتياح الإسرائيلي في 6 حزيران /يونيو/ 1982 إلى ظهور ثلاثة تيارات رئيسية', 'ar.intervention.invasion-by-state=الاجتياح الإسرائيلي'],
  ['https://www.independentarabia.com/node/625240', 'ar', 'مرت 42 عاماً على اجتياح إسرائيل لبنان وصولاً إلى عاصمته بيروت', 'ar.intervention.invasion-by-state=اجتياح إسرائيل'],
  ['https://brainberries.co/ar/trfyh/rusia-bada-hrban-shamilatan-dida-uwkrania/', 'ar', 'خلال عام 2014 شنت روسيا هجومًا عسكريًا ضد أوكرانيا واحتلت شبه جزيرة القرم التابعة لأوكرانيا وأجزاء من منطقتي لوهانسك ودونيتسك', 'ar.intervention.occupied-land=واحتلت'],
  // actors / delegitimizing: terror cells in the construct state, "the deviant group" (Saudi Arabia)
  ['https://sauress.com/anbacom/1021941', 'ar', 'بدأ الخطر مع تنظيم القاعدة، الذي استقطب الشواذ من أصحاب الفكر الضال، ونجحت المملكة في مكافحة خلايا الإرهاب في أرضها، عبر الضربات الاستباقية لهذه الخلايا', 'ar.actors.terrorist-cells=خلايا الإرهاب'],
  ['https://sauress.com/albilad/1008403', 'ar', 'من المؤلم أن تستمر فلول الفئة الضالة الارهابية في مخططاتها المدمرة والتي تهدف الماس بأمن الوطن واستقرار المجتمع السعودي ومنجزاته', 'ar.actors.deviant-group=الفئة الضالة'],
  ['https://www.masress.com/veto/1259751', 'ar', 'وتابع: "إن هذا الوطن وشعبه، يُقدر دوركم الرائد، الذي حطّمَ همم أعوان الشيطان من الفئات الضالة".', 'ar.actors.deviant-group=الفئات الضالة'],

  // cause / foreign: loyalties abroad (Saudi Arabia)
  ['https://sauress.com/alyaum/4032510', 'ar', 'حيث صرح المتحدث الأمني بوزارة الداخلية بأنه وعلى ضوء المحاولات المتكررة للنيل من أمن الوطن واستقراره من قبل فئات حاقدة لها ولاءات خارجية، فقد تمكنت الأجهزة الأمنية', 'ar.cause.foreign-ties=ولاءات خارجية'],

  // force / explicit: field executions (Sudan)
  ['https://sudanleaks.com/%d8%a5%d8%b9%d8%af%d8%a7%d9%85%d8%a7%d8%aa-%d9%85%d9%8a%d8%af%d8%a7%d9%86%d9%8a%d8%a9-%d9%81%d9%8a-%d8%a7%d9%84%d8%ae%d8%b1%d8%b7%d9%88%d9%85-%d9%85%d9%86%d8%b8%d9%85%d8%a7%d8%aa-%d8%ad%d9%82%d9%88', 'ar', 'حيث أفادت منظمات حقوقية بأن عناصر من الجيش السوداني .وقوات متحالفة معه نفذوا إعدامات ميدانية راح ضحيتها نحو 45 مدنيًا على الأقل في عدة مناطق من المدينة.', 'ar.force.field-executions=إعدامات ميدانية'],
  ['https://tases.net/10874', 'ar', 'يأتي هذا التطور وسط تصاعد التقارير عن حوادث تصفية ميدانية في عدة مناطق من الخرطوم', 'ar.force.field-executions=تصفية ميدانية'],

  // cause / grievance: monopolising power (Egypt, August 2012)
  ['https://maghress.com/chaabpress/9454', 'ar', 'شعب بريس – وكالات خرج اليوم الجمعة عشرات المتظاهرين إلى شوارع القاهرة للاحتجاج ضد ما يعتبرونه سعي الرئيس محمد مرسي لاحتكار السلطة بعدما استعاد في مارس السلطات التي كان يتمتع بها الجيش.', 'ar.cause.monopoly-on-power=لاحتكار السلطة'],
];

const counters: Counter[] = [
  // sleeper cells explained in general: ar.actors.infiltrator's wording, not terrorist cells
  ['https://algomhuriagate.com/%d8%aa%d8%b9%d8%b1%d9%8a%d9%81-%d8%a7%d9%84%d8%ae%d9%84%d8%a7%d9%8a%d8%a7-%d8%a7%d9%84%d9%86%d8%a7%d8%a6%d9%85%d8%a9-%d8%a7%d8%b9%d8%af%d8%a7%d8%af-%d8%b9%d9%8a%d8%af-%d8%b5%d8%a7%d9%84%d8%ad', 'ar', 'في التجسس: يمكن أن تكون الخلايا النائمة جواسيس يعيشون في بلد معين وينتظرون لحظة معينة لنقل معلومات أو القيام بمهام تجسسية.', 'ar.actors.terrorist-cells'],
  // إسقاط of a nationality, not of the state
  ['https://www.masress.com/shorouk/48936', 'ar', 'قرار من رئيس الوزراء بإسقاط الجنسية المصرية عن شخصين', 'ar.event.bring-down-the-state'],
  // snipers as a noun, blamed by a government: not the verb of sniping at the crowd
  ['https://almashhadalaraby.com/news/136656', 'ar', 'وبينما تمسكت الحكومة العراقية، على مدار الأسابيع الماضية، باتهام ”قناصة مجهولين“ بإطلاق الرصاص على المحتجين وأفراد الأمن على حد سواء لـ“خلق فتنة“', 'ar.force.sniping-protesters'],
  // صوب as a preposition ("towards"), not the verb of aiming
  ['https://almashhadalaraby.com/news/136656', 'ar', 'وتقاوم قوات الأمن ذلك وتطلق الرصاص الحي في الهواء وقنابل الغاز صوب المتظاهرين', 'ar.force.sniping-protesters'],
  // attacks on the police, not on the crowd
  ['https://beirut-news.com/lebanon/2020/196310', 'ar', 'دعت قوى الأمن الداخلي من وصفتهم بـ “المتظاهرين السلميين”، وأمام “الاعتداءات المتكرّرة على عناصرها الذين يتعرّضون للرشق بمختلف الادوات، إلى الخروج من الاماكن التي تحصل فيها الاعتداءات', 'ar.force.assault-on-protesters'],
  // the liberation of a country's soil by an armed group: no one named after من
  ['https://syrianpressagency.com/%d9%85%d9%84%d8%ab%d9%85%d9%88%d9%86-%d9%8a%d8%b4%d9%83%d9%84%d9%88%d9%86-%d9%85%d8%ac%d9%85%d9%88%d8%b9%d8%a9-%d9%81%d9%8a-%d8%af%d9%85%d8%b4%d9%82-%d9%84%d9%85%d9%87%d8%a7%d8%ac%d9%85%d8%a9-%d9%85/amp', 'ar', 'وأضافت المجموعة أنهم سيواصلون عملياتهم في كل الأراضي السورية حتى تحرير كامل التراب السوري.', 'ar.force.liberated-from'],
  // Egyptians voting abroad: بالخارج in ordinary wording
  ['https://www.masress.com/elwatan/67855', 'ar', 'طوابير بالتنقيط وصور بالذكاء الاصطناعي.. المشهد الأبرز في تصويت المصريين بالخارج يكشف هزلية "انتخابات" النواب', 'ar.cause.leaning-on-abroad'],
  // ارتباط as a celebrity's engagement
  ['https://www.masress.com/elwatan/67855', 'ar', 'مرام علي تكشف حقيقة ارتباطها بأحمد فهمي بعد «اتنين قهوة»', 'ar.cause.foreign-ties'],
  // the fourth generation of mobile networks
  ['http://almo7eb.com/ar/play-10522.html', 'ar', 'ستغطي شبكات الجيل الرابع من خدمات الاتصالات أكثر من ثلث سكان العالم بحلول نهاية السنة، على أن تصبح الصين السوق الأكبر لاستخدام هذه التكنولوجيا', 'ar.cause.fourth-generation-war'],
  // اجتياح of provinces by an armed group: no invading state named
  ['https://altaghier.tv/2017/08/15/%d9%85%d9%83%d8%a7%d9%81%d8%ad%d8%a9-%d8%a7%d9%84%d8%a5%d8%b1%d9%87%d8%a7%d8%a8/', 'ar', 'فما حصل العام 2014 من اجتياح لعدد من المحافظات العراقية من قبل عصابات داعش ، وانسحاب القوات الأمنية وهزيمة بعض قطعات الجيش والشرطة', 'ar.intervention.invasion-by-state'],
  // احتل as taking the front of the political stage
  ['http://www.mod.gov.sy/index.php?node=554&cat=892', 'ar', 'ترأست «الجبهة اللبنانية» التيار الأول، واحتلت برموزها وممثليها وكتائبها المسلحة، صدارة المسرح السياسي الداعم للاتصال بالعدو', 'ar.intervention.occupied-land'],
  // groups most at risk from a virus: فئات without ضالة
  ['https://www.masress.com/elwatan/67855', 'ar', 'رئيس لجنة كورونا يوضح أعراض الفيروس الجديد ويحذر الفئات الأكثر عرضة', 'ar.actors.deviant-group'],
  // a court's death sentence, not a killing without trial
  ['https://24.ae/article/652957/الإعدام-لـ-6-جنود-سودانيين-قتلوا-متظاهرين-في-2019', 'ar', 'قالت محكمة سودانية اليوم الخميس إنها حكمت بإعدام 6 من قوات الدعم السريع، بتهمة قتل 6 طلاب في 2019 خلال احتجاجات على المصاعب الاقتصادية', 'ar.force.field-executions'],
  // sharing power, not monopolising it
  ['https://24.ae/article/652957/الإعدام-لـ-6-جنود-سودانيين-قتلوا-متظاهرين-في-2019', 'ar', 'في الوقت الذي كان فيه المدنيون يتفاوضون على تقاسم السلطة مع الجيش.', 'ar.cause.monopoly-on-power'],
];

describe('seed frames in other words (Arabic)', () => {
  runCases(cases);
  runCounters(counters);

  it('keeps the people after the verb their own mentions', () => {
    expect(poles('قنص المتظاهرين بقنابل مسيلة للدموع.. ومقتل مسعفة عراقية', 'ar')).toEqual(
      expect.arrayContaining(['force/explicit=قنص', 'actors/legitimizing=المتظاهرين']),
    );
    expect(poles('الداخلية الأوكرانية تحرر مقر إدارة "خاركيف" من الانفصاليين', 'ar')).toEqual(
      expect.arrayContaining(['force/euphemistic=تحرر', 'actors/delegitimizing=الانفصاليين']),
    );
  });
});
