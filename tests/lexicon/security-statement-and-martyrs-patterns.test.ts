import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries for a security ministry's words for unrest and for the other line's words for its dead: those in the
 * street named instigators of sedition, the misled and the weak-souled who follow them (مثيري الفتنة والشقاق والشغب،
 * مغرر به، "weak-minded people", "deviant groups"), the unrest as acts that breach security or the public peace, done
 * at the behest or on the orders of a foreign country (بإيعاز من دولة خارجية، "orders of foreign entities", "foreign
 * masters"), as interference in sovereignty or as the work of tools in the enemies' hands; the security forces
 * "dealing with" or "confronting" the crowd (the euphemism); and from the other line the movement's martyrs, the
 * peaceful and unarmed, those killed by the forces' bullets, a town under siege, an arrest protested, discrimination
 * against a sect, a neighbour's troops called an invading army. Grown on a Gulf monarchy's protests of 2011–12
 * (tests/fixtures/devset/saudi-arabia-2011) and checked on sentences of other pages (the same statements as other
 * papers carried them, Yemen, Palestine, Egypt, Pakistan, Afghanistan). Every case and every counter-example is a real
 * sentence, quoted word for word (cut at most to a sentence or clause) from the stored public page whose address it
 * carries; a case must give the entry and its exact slice, a counter-example (the same words in ordinary wording)
 * must not give the entry named.
 */

const cases: readonly Case[] = [
  // actors / delegitimizing: instigators of sedition, the misled, the weak-souled who follow them
  ['https://sauress.com/alyaum/32285', 'ar', 'قامت مجموعة من مثيري الفتنة والشقاق والشغب في بلدة العوامية بمحافظة القطيف بالتجمع بالقرب من دوار الريف في العوامية', 'ar.actors.sedition-mongers=مثيري الفتنة والشقاق والشغب'],
  ['https://sauress.com/masaraat/3538', 'ar', 'تجمع عدد من مثيري الفتنة والشقاق والشغب في العوامية بالقرب من دوار الريف', 'ar.actors.sedition-mongers=مثيري الفتنة والشقاق والشغب'],
  ['https://sauress.com/alyaum/32285', 'ar', 'فانساق وراءهم ضعاف النفوس ظنا منهم ان أعمالهم ستمر دون موقف حازم', 'ar.actors.sedition-mongers=ضعاف النفوس'],
  ['https://sauress.com/alhayat/418699', 'ar', 'واتخذت أعمال الشغب في القطيف منحى تصاعدياً في أعقاب قيام وزارة الداخلية بالقبض على نمر النمر، وهو أحد مثيري الشغب والفتنة بحسب بيان صدر', 'ar.actors.sedition-mongers=مثيري الشغب والفتنة'],
  ['https://www.turess.com/alchourouk/556004', 'ar', 'وقد أعلن المتحدث باسم وزارة الداخلية اللواء منصور التركي اعتقال نمر باقر النمر (53 عاما) «احد مثيري الفتن» عصر الاحد في بلدة العوامية', 'ar.actors.sedition-mongers=مثيري الفتن'],
  ['https://sauress.com/masaraat/3538', 'ar', 'وأنها ستتعامل مع أي أجير أو مغرر به بالقوة، وستضرب بيد من حديد كل من تسول له نفسه القيام بذلك.', 'ar.actors.sedition-mongers=مغرر به'],
  ['https://www.spa.gov.sa/viewstory.php?newsid=931281', 'en', 'An official source at the Ministry of Interior stated today that at nine p.m. on Monday, a group of instigators of sedition, discord and unrest gathered near Al-Reef Roundabout in Awamiyah Town, Qatif Governorate', 'en.actors.sedition-instigators=instigators of sedition'],
  ['https://www.spa.gov.sa/viewstory.php?newsid=931281', 'en', 'Such instigation was accepted by some weak-minded people who thought their actions will pass without a firm stand', 'en.actors.sedition-instigators=weak-minded people'],
  ['https://www.upi.com/Top_News/Special/2011/10/05/Riyadh-blames-foreign-elements-for-Awwamiya-attack/UPI-34131317829974/', 'en', '"The Ministry of Interior will deal with any mercenary or misled person by force and will strike with an iron fist whoever wishes to do so," the Saudi press agency noted.', 'en.actors.sedition-instigators=misled person'],
  ['https://www.eurasiareview.com/25112011-saudi-arabia-foreign-hand-seen-in-qatif-unrest/', 'en', 'Al-Turki, while blaming foreign influence behind deviant groups, said that these groups are continuously escalating their activities and seeking ways to break the law.', 'en.actors.sedition-instigators=deviant groups'],
  ['https://www.eurasiareview.com/25112011-saudi-arabia-foreign-hand-seen-in-qatif-unrest/', 'en', 'The ministry added: “The goal of those who provoke unrest is to achieve dubious aims dictated to them by their foreign masters.”', 'en.actors.sedition-instigators=those who provoke unrest'],
  // event / threat: acts that breach security, acts against the public peace
  ['https://sauress.com/alyaum/32285', 'ar', 'حيث شرعوا في مباشرة أعمالهم المخلة بالأمن وبإيعاز من دولة خارجية تسعى للمساس بأمن الوطن واستقراره', 'ar.event.acts-breaching-security=أعمالهم المخلة بالأمن'],
  ['https://sauress.com/alwakad/14917', 'ar', 'و شرعوا بمباشرة أعمالهم المخلة بالأمن وبإيعاز من دولة خارجية تسعى للمساس بأمن الوطن واستقراره', 'ar.event.acts-breaching-security=أعمالهم المخلة بالأمن'],
  ['https://www.spa.gov.sa/viewstory.php?newsid=931281', 'en', 'They started their disturbing acts against the Public peace at the behest of a foreign country seeking to undermine the security and stability of the homeland in blatant interference in national sovereignty.', 'en.event.acts-against-public-peace=disturbing acts against the Public peace'],
  ['http://www.ainalyaqeen.com/arch_2011/oct-7/en6.php', 'en', 'They started their disturbing acts against the Public peace at the behest of a foreign country seeking to undermine the security and stability of the homeland in blatant interference in national sovereignty.', 'en.cause.foreign-orders=interference in national sovereignty'],
  // cause / foreign: at a foreign state's behest or orders, interference in sovereignty, tools of the enemies
  ['https://sauress.com/alyaum/32285', 'ar', 'حيث شرعوا في مباشرة أعمالهم المخلة بالأمن وبإيعاز من دولة خارجية تسعى للمساس بأمن الوطن واستقراره', 'ar.cause.foreign-behest=وبإيعاز من دولة خارجية'],
  ['https://sauress.com/masaraat/3538', 'ar', 'وأشار بيان للوزارة إلى وجود إيعاز من دولة خارجية تسعى للمساس بأمن الوطن واستقراره، واعتبره تدخلاً سافراً في السيادة الوطنية.', 'ar.cause.foreign-behest=إيعاز من دولة خارجية'],
  ['https://sauress.com/alyaum/32285', 'ar', 'دون موقف حازم تجاه من سلم إرادته لتعليمات وأوامر الجهات الأجنبية التي تسعى لمد نفوذها خارج دائرتها الضيقة', 'ar.cause.foreign-behest=لتعليمات وأوامر الجهات الأجنبية'],
  ['https://sauress.com/masaraat/3538', 'ar', 'وأشار بيان للوزارة إلى وجود إيعاز من دولة خارجية تسعى للمساس بأمن الوطن واستقراره، واعتبره تدخلاً سافراً في السيادة الوطنية.', 'ar.cause.sovereignty-interference=تدخلاً سافراً في السيادة'],
  ['https://sauress.com/alyaum/32285', 'ar', 'وبإيعاز من دولة خارجية تسعى للمساس بأمن الوطن واستقراره ويعتبر تدخلا سافرا في السيادة الوطنية', 'ar.cause.sovereignty-interference=تدخلا سافرا في السيادة'],
  ['https://djazairess.com/elkhabar/295123', 'ar', 'وأكد التركي أن \'\'قوات الأمن لن تتهاون في التعامل مع مثيري الفتنة والشغب ممن أساؤوا إلى مجتمعهم ووطنهم، وجعلوا من أنفسهم أدوات في أيدي أعداء الوطن والأمة\'\'.', 'ar.cause.tools-of-enemies=أدوات في أيدي أعداء'],
  ['https://www.turess.com/alchourouk/556004', 'ar', 'وأكد التركي أن «قوات الامن لن تتهاون في التعامل مع مثيري الفتنة والشغب ممن اساؤوا الى مجتمعهم ووطنهم، وجعلوا من انفسهم ادوات في ايدي اعداء ا', 'ar.cause.tools-of-enemies=ادوات في ايدي اعداء'],
  ['https://www.spa.gov.sa/viewstory.php?newsid=931281', 'en', 'Such instigation was accepted by some weak-minded people who thought their actions will pass without a firm stand against whoever surrenders his will to the instructions and orders of foreign entities that seek to extend an influence outside their narrow circle.', 'en.cause.foreign-orders=orders of foreign entities'],
  ['https://www.eurasiareview.com/25112011-saudi-arabia-foreign-hand-seen-in-qatif-unrest/', 'en', 'The ministry added: “The goal of those who provoke unrest is to achieve dubious aims dictated to them by their foreign masters.”', 'en.cause.foreign-orders=foreign masters'],
  ['https://www.eurasiareview.com/25112011-saudi-arabia-foreign-hand-seen-in-qatif-unrest/', 'en', 'Maj. Gen. Mansour Al-Turki, spokesman of the Interior Ministry, blamed foreign elements on Thursday for the clashes between security forces and rioters in the eastern city of Qatif', 'en.cause.foreign-orders=foreign elements'],
  // force / euphemistic: the security forces "dealt with" or "confronted" them
  ['https://sauress.com/alyaum/32285', 'ar', 'وقد تم بتوفيق من الله جل جلاله التعامل مع هؤلاء الأجراء من قبل قوات الأمن في الموقع', 'ar.force.dealt-with=التعامل مع'],
  ['https://www.masress.com/elbadil/154468', 'ar', 'إنه حاول مقاومة رجال الأمن وبادر بإطلاق النار والاصطدام بإحدى الدوريات الأمنية أثناء محاولته الهرب، وتعاملت معه قوات الأمن بالمثل', 'ar.force.dealt-with=وتعاملت معه'],
  ['https://www.turess.com/alchourouk/556004', 'ar', 'وأكد التركي أن «قوات الامن لن تتهاون في التعامل مع مثيري الفتنة والشغب ممن اساؤوا الى مجتمعهم ووطنهم', 'ar.force.dealt-with=التعامل مع'],
  ['https://sauress.com/alhayat/418699', 'ar', 'في حين أطلق الآخرون النار على المركز، ما استدعى قيام حراسات الموقع بالتعامل وفقاً لما يقتضيه الموقف، ما نتج منه مقتل أحدهم، وفرار الباقين.', 'ar.force.dealt-with=بالتعامل وفقاً لما يقتضيه الموقف'],
  ['https://sauress.com/alhayat/418699', 'ar', 'تصدت الجهات الأمنية السعودية في مركز شرطة «العوامية»، التابع لمحافظة القطيف (شرق السعودية)، لأربعة ملثمين مسلحين كانوا يستقلون دراجة نارية', 'ar.force.confronted=تصدت'],
  ['https://www.spa.gov.sa/viewstory.php?newsid=931281', 'en', 'With the grace of Allah Almighty, the security forces dealt with those people on site.', 'en.force.dealt-with=dealt with'],
  ['http://angryarab.blogspot.com/2011/10/this-is-how-website-of-al-arabiyya.html', 'en', 'The\nspokes also explained that the rented-imposters were dealt with by the security\nforces at site', 'en.force.dealt-with=dealt with'],
  // actors / legitimizing: the movement's martyrs, the peaceful and unarmed
  ['https://www.alalam.ir/news/872374/تظاهرات-بالقطيف-تضامناً-مع-الشهداء', 'ar', 'حيث هبوا الخميس وهتفوا بشعارات مؤيدة للشهداء المسالمين العزل الذين قتلوا برصاص قوات النظام السعودي في تظاهرات سلمية.', 'ar.actors.crowd-martyrs=للشهداء'],
  ['https://wocoshiac.org/ar/events-ar/all-news-b-ar/8-killed-in-qatif-during-the-shooting-by-the-saudi-security-forces-on-them', 'ar', 'قالت مصادر لقناة العالم ان شهداء من "الحراك الشعبي" في القطيف سقطوا خلال مواجهات مع قوات النظام السعودي أمس السبت.', 'ar.actors.crowd-martyrs=شهداء'],
  ['https://www.alalam.ir/news/872374/تظاهرات-بالقطيف-تضامناً-مع-الشهداء', 'ar', 'حيث هبوا الخميس وهتفوا بشعارات مؤيدة للشهداء المسالمين العزل الذين قتلوا برصاص قوات النظام السعودي في تظاهرات سلمية.', 'ar.actors.peaceful-unarmed=المسالمين العزل'],
  // force / explicit: killed by the forces' bullets, a town under siege
  ['https://www.alalam.ir/news/872374/تظاهرات-بالقطيف-تضامناً-مع-الشهداء', 'ar', 'حيث هبوا الخميس وهتفوا بشعارات مؤيدة للشهداء المسالمين العزل الذين قتلوا برصاص قوات النظام السعودي في تظاهرات سلمية.', 'ar.force.killed-by-forces-bullets=قتلوا برصاص'],
  ['http://www.aljazeera.com/news/middleeast/2011/10/2011104154541907192.html', 'en', '“The city is now under siege by security forces.”', 'en.force.under-siege=under siege'],
  // intervention / intervention: an invading army
  ['https://www.alalam.ir/news/872374/تظاهرات-بالقطيف-تضامناً-مع-الشهداء', 'ar', 'كما قال مشاركون بأن على الحكومة السعودية سحب جيشها الغازي من البحرين', 'ar.intervention.invading-army=جيشها الغازي'],
  // cause / grievance: an arrest protested, discrimination against a sect
  ['http://www.aljazeera.com/news/middleeast/2011/10/2011104154541907192.html', 'en', 'An emailed statement by a US-based Saudi dissident said Monday night’s protests were caused by the arrest of two elders.', 'en.cause.arrest-protested=the arrest of'],
  ['http://warincontext.org/2011/10/04/saudi-police-open-fire-on-protesters/', 'en', 'This comes after hundreds of Saudis took to the streets in Qatif on Sunday to protest against the detention of two senior citizens.', 'en.cause.arrest-protested=the detention of'],
  ['https://observers.france24.com/en/20111007-sectarian-protests-flare-anew-saudi-arabia-shiia-sunni-royal-family-east-province', 'en', 'The spark that set off the protests was last Sunday’s arrest of two men, aged 60 and 70.', 'en.cause.arrest-protested=arrest of'],
  ['https://observers.france24.com/en/20111007-sectarian-protests-flare-anew-saudi-arabia-shiia-sunni-royal-family-east-province', 'en', 'Citizens regularly march to demand the release of [political] prisoners, equality between citizens, the end of discrimination against Shiites and the removal of Saudi troops from Bahrain', 'en.cause.sect-discrimination=discrimination'],
  ['http://bhmapi.servehttp.com/en/news/54042.html', 'en', 'People of Shiite eastern province complain about discrimination.', 'en.cause.sect-discrimination=discrimination'],
  ['https://observers.france24.com/en/20111007-sectarian-protests-flare-anew-saudi-arabia-shiia-sunni-royal-family-east-province', 'en', 'The ruling family views Shiites as heretics and marginalises them politically and socially.', 'en.cause.sect-discrimination=marginalises'],
];

const counters: readonly Counter[] = [
  // sedition as a charge, not the crowd; the weak-souled named without following anyone
  ['https://nabaatv.net/archives/42109', 'ar', 'لكن السلطات السعودية، رغم ذلك، وجهت ضد النمر اتهامات بالتحريض على العنف واثارة الفتنة المذهبية، واعتقلته في 8 تموز 2012 حتّى الآن وحكمت عليه بالإعدام', 'ar.actors.sedition-mongers'],
  ['https://www.memri.org/reports/saudi-arabia-fears-spread-shiite-protests-country', 'en', 'As on several occasions in the past, he was arrested for sedition after directing harsh criticism and invective at the Saudi royal family and demanding reforms in the kingdom.', 'en.actors.sedition-instigators'],
  // threats that breach security, not acts named as the unrest
  ['https://almehleky.sa/عقوبة-التهديد-بالقتل-في-السعودية-تفاص', 'ar', 'تستند القوانين في المملكة إلى الشريعة الإسلامية، التي تهدف إلى حماية الأرواح وردع التهديدات التي تخل بالأمن العام أو الخاص.', 'ar.event.acts-breaching-security'],
  ['https://www.eurasiareview.com/25112011-saudi-arabia-foreign-hand-seen-in-qatif-unrest/', 'en', '“What is important is to deal with the current reality that is preserving peace in the area and the Kingdom.', 'en.event.acts-against-public-peace'],
  // orders of a court or a ministry name no foreign party; sovereignty given, not interfered in
  ['https://alnaqedpress.net/m/news2388.html', 'ar', 'وهم يؤدون واجبهم الوطني برصاص عصابة خارجة عن القانون جنوب مدينة مأرب ,أثناء الحملة الأمنية لإحضار مطلوبين بموجب أوامر قضائية بالإحضار القهري.', 'ar.cause.foreign-behest'],
  ['https://alwatan.kuwait.tt/articledetails.aspx?id=476091', 'ar', 'وكالات - أطلقت الشرطة المصرية الغاز المسيل للدموع في القاهرة اليوم لتفريق عشرات المتظاهرين المحتجين على اتفاق مثير للجدل يمنح السعودية السيادة على جزيرتين في مضيق تيران', 'ar.cause.sovereignty-interference'],
  ['https://reporterly.net/live/newsfeed/monday-february-10-2020/acting-interior-minister-instructs-personnel-to-not-provide-info-on-official-position/', 'en', 'The directorate should release information to media about the achievements of national police including the outcome of operations after receiving instructions from the ministry’s leadership, the order added.', 'en.cause.foreign-orders'],
  // courts deal with cases; forces sent to deal with the situation; police told to deal with criminals
  ['https://almehleky.sa/عقوبة-التهديد-بالقتل-في-السعودية-تفاص', 'ar', 'في المملكة العربية السعودية، يُعتبر التهديد بالقتل جريمة خطيرة تؤثر على أمن الأفراد واستقرار المجتمع، مما يستدعي من الجهات القضائية التعامل معها بجدية وحزم.', 'ar.force.dealt-with'],
  ['https://www.eurasiareview.com/25112011-saudi-arabia-foreign-hand-seen-in-qatif-unrest/', 'en', 'He said special security forces have been deployed in the city to deal with the situation and maintain security.', 'en.force.dealt-with'],
  ['https://en.didpress.com/afghan-interior-ministry-to-police-shoot-criminals/', 'en', 'The Ministry of Interior had previously ordered the police to be decisive in dealing with the criminals and to shoot them if they resisted.', 'en.force.dealt-with'],
  ['https://www.yemeress.com/october14/3017047', 'ar', 'حيث شيع جثمان الشهيد البطل العريف جابر أحمد عبدالله شالف من أفراد اللواء 119 مشاة الذي استشهد أثناء تصديه للعناصر الإرهابية في محافظة لحج', 'ar.force.confronted'],
  // a security force's fallen are its martyrs too
  ['https://althawrah.ye/archives/104131', 'ar', 'وجرت مراسم التشييع للشهداء الأبرار الذين وشحت جثامينهم الطاهرة بالعلم الجمهوري بعد الصلاة عليهم في جامع الشهداء لتوارى بعدها الثرى في مقبرة الشهداء بأمانة العاصمة.', 'ar.actors.crowd-martyrs'],
  ['https://althawrah.ye/archives/59113', 'ar', 'شيع أمس بصنعاء في موكب جنائزي مهيب ثلاثة من شهداء الواجب من منتسبي وزارة الداخلية إلى مثواهم الأخير بمقبرة الشهداء بالحفا بأمانة العاصمة .', 'ar.actors.crowd-martyrs'],
  ['https://ar.hawzahnews.com/news/361982/%D9%82%D8%B1%D8%A7%D8%B1-%D8%B3%D8%B9%D9%88%D8%AF%D9%8A-%D8%A8%D9%87%D8%AF%D9%85-%D9%85%D8%B3%D8%AC%D8%AF-%D9%81%D9%8A-%D9%85%D9%86%D8%B7%D9%82%D8%A9-%D8%A7%D9%84%D8%B9%D9%88%D8%A7%D9%85%D9%8A%D8%A9', 'ar', 'وأشار إلى أن المخطط السلطوي المزعوم يستهدف معالم القطيف أو ما تبقى منها عبر عملية الهدم والردم والاعتداءات السلطوية الانتقامية من الحراك الثوري المطلبي السلمي في المنطقة.', 'ar.actors.peaceful-unarmed'],
  // a killing by gunmen's bullets names no force
  ['https://webs.thelevantnews.com/public/article/%D9%85%D9%82%D8%AA%D9%84-%D8%AA%D8%B3%D8%B9%D8%A9-%D8%B1%D8%AC%D8%A7%D9%84-%D8%A8%D8%B1%D8%B5%D8%A7%D8%B5-%D9%85%D8%B3%D9%84%D8%AD%D9%8A%D9%86-%D9%81%D9%8A-%D8%A5%D9%82%D9%84%D9%8A%D9%85-%D8%A8%D9%84%D9%88%D8%B4%D8%B3%D8%AA%D8%A7%D9%86-%D8%A7%D9%84%D8%A8%D8%A7%D9%83%D8%B3%D8%AA%D8%A7%D9%86%D9%8Aapril-13,-2024,-1:05-pm', 'ar', 'مقتل تسعة رجال برصاص مسلحين في إقليم بلوشستان الباكستاني', 'ar.force.killed-by-forces-bullets'],
  ['https://qudsn.co/post/171522/%D8%AC%D8%B1%D9%8A%D9%85%D8%A9-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%85%D9%82%D8%AA%D9%84-%D8%B1%D8%AC%D9%84-%D8%A8%D8%A7%D9%84%D8%B1%D8%B5%D8%A7%D8%B5-%D8%B4%D9%85%D8%A7%D9%84-%D9%81%D9%84%D8%B3%D8%B7%D9%8A%D9%86-%D8%A7%D9%84%D9%85%D8%AD%D8%AA%D9%84%D8%A9', 'ar', 'في التفاصيل، أشارت المصادر المحلية إلى أن رجلًا في الخمسينات من عمره من قرية البعنة قُتل متأثرًا بجراحه جرّاء إصابته برصاص مسلحين، مساء اليوم.', 'ar.force.killed-by-forces-bullets'],
  // a newspaper under siege from its government names no force
  ['https://jang.com.pk/thenews/spedition/waronjang/news/feb99/feb99-06-1.htm', 'en', '"We are under siege," Maleeha Lodhi, editor of The News, told journalists representing foreign media at the group\'s building in Rawalpindi', 'en.force.under-siege'],
  // tear gas after the forces, not an invading army
  ['https://masrawy.com/news/news_egypt/details/2012/11/28/114160/قنابل-الغاز-تجبر-الموظفين-على-إخلاء-مجمع-التحرير', 'ar', 'واستخدمت فيها قوات الأمن قنابل الغاز المسيل للدموع والتي وصل بعضها إلى ميدان التحرير لتفرقة المتظاهرين', 'ar.intervention.invading-army'],
  // an arrest justified, not protested; discrimination against women at work
  ['https://www.memri.org/reports/saudi-arabia-fears-spread-shiite-protests-country', 'en', "Saudi dailies justified the sheikh's arrest, claiming that he has been inciting against the state and its citizens.", 'en.cause.arrest-protested'],
  ['https://www.upcounsel.com/discrimination-against-women-in-the-workplace', 'en', 'Discrimination against women in the workplace is when an employer treats a female employee less favorably than the employer would a male employee specifically because of the employee\'s gender.', 'en.cause.sect-discrimination'],
];

describe('a security ministry\'s words for unrest and the crowd\'s martyrs, on real sentences', () => runCases(cases));
describe('the same words in ordinary wording are not these frames', () => runCounters(counters));
