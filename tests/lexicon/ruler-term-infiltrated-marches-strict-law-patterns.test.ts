import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries grown on a fresh event, Algeria's Hirak of 2019 (tests/fixtures/devset/algeria-2019): the ruler's bid for a
 * fifth (or another third-and-beyond) term as what the marches are against ("bid for a fifth term in power", "fifth
 * term bid", "plan to extend his 20-year rule by seeking a fifth term", «لولاية خامسة», «العهدة الخامسة», «الولاية
 * الرئاسية الخامسة»); the army chief's charge that the marches are being infiltrated ("an attempt to infiltrate the
 * marches", «محاولة اختراق المسيرات»); his orders to the security forces to enforce the laws firmly ("to firmly enforce
 * the laws", «لفرض احترام القوانين», «التطبيق الصارم للقانون»); and a repressive approach named as what the state does
 * to the movement ("a repressive policy", "This repressive approach", «المقاربة القمعية»). The cases are real sentences
 * of this folder's pages and of other stored pages on the same or like events (Burundi 2015, Burkina Faso 2014, Egypt,
 * Indonesia); the counter-examples are real sentences with the same words in ordinary wording (students "extend
 * protests", a "fifth day" of demonstrations, a Moroccan's "fifth edition" prize, the provinces, Lukashenko running for and winning a fourth term, Voronin barred from a third,
 * militants infiltrating a border, security services infiltrating the opposition, hacked accounts, "law enforcement
 * officials", a ministry "enforcing" a protest law, a ministry "applying" it, "repressive and democratic governments",
 * «الأنظمة القمعية»). Every case and counter-example is quoted word for word (cut at most to a sentence or clause) from
 * the stored public page whose address it carries; a case must give the entry and its exact slice, a counter-example
 * must not give the entry named.
 */

const RT = 'https://www.rt.com/newsline/452764-algerians-protest-extend-rule/';
const FRANCE24 = 'https://www.france24.com/en/20190301-thousands-protest-algeria-presidents-fifth-term-bid';
const THESTAR = 'https://www.thestar.com.my/news/world/2019/02/27/tens-of-thousands-of-algerian-students-extend-protests-against-bouteflika';
const VOA = 'https://www.voanews.com/a/burundi-protesters-keep-opposing-president-third-term-bid/2771680.html';
const AJ_BURKINA = 'https://www.aljazeera.com/program/the-stream/2014/1/21/burkina-faso-protests-spread-online/';
const AR2M = 'https://maghress.com/ar2m/69421';
const TELEXPRESSE = 'https://maghress.com/telexpresse/101678';
const TAHRIR_A = 'https://www.tahrirnews.com/Story/1222638/%D9%87%D9%84-%D9%8A%D8%AA%D8%B1%D8%A7%D8%AC%D8%B9-%D8%A8%D9%88%D8%AA%D9%81%D9%84%D9%8A%D9%82%D8%A9-%D8%A8%D8%B9%D8%AF-%D8%A7%D8%AD%D8%AA%D8%AC%D8%A7%D8%AC%D8%A7%D8%AA-%D9%84%D8%A7-%D9%84%D9%84%D8%B9%D9%87%D8%AF%D8%A9-%D8%A7%D9%84%D8%AE%D8%A7%D9%85%D8%B3%D8%A9/%D8%B9%D8%B1%D8%A8';
const TAHRIR_B = 'https://www.tahrirnews.com/Story/1223926/%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85-%D9%8A%D8%AA%D8%AC%D8%A7%D9%87%D9%84-%D9%85%D8%B8%D8%A7%D9%87%D8%B1%D8%A7%D8%AA-%D9%84%D8%A7-%D9%84%D9%84%D8%B9%D9%87%D8%AF%D8%A9-%D8%A7%D9%84%D8%AE%D8%A7%D9%85%D8%B3%D8%A9-%D9%81%D9%8A-%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1/%D8%B9%D8%A7%D9%84%D9%85';
const HAKAEK = 'https://hakaekonline.com/بالصور-احتجاجات-عارمة-في-الجزائر';
const DZB = 'https://www.dzbreaking.com/2019/06/19/gaid-salah-branding-other-flags-by-minority-is-attempt-to-infiltrate-rallies/';
const SCMP = 'https://www.scmp.com/news/world/africa/article/2189278/thousands-algeria-protest-against-fifth-term-president-abdelaziz';
const LTV = 'https://ltv.ly/article_details.php?article_id=22405';
const ANOUAL = 'http://alanoualpresse.com/article/9493/غضب-في-الشارع-الجزائري-إثر-حبس-18-متظاهرا-رفعوا-الراية-الأمازيغية.html';
const ANTARA = 'https://snplawyers.com/2016/11/09/president-jokowi-asks-police-to-enforce-law-firmly/';
const NEWFRAME = 'https://www.newframe.com/algerian-regime-jails-more-dissidents/';
const ATLANTIC = 'https://www.theatlantic.com/international/archive/2020/01/india-hong-kong-government-crackdowns/604561/';
const MAKAL = 'https://makalcloud.com/post/hbhiar4t3';

const cases: readonly Case[] = [
  // cause / grievance: the ruler's bid for a fifth (third, fourth …) term, his plan to extend his rule
  [FRANCE24, 'en', 'Thousands protest Algeria president\'s fifth term bid', 'en.cause.ruler-extra-term=fifth term bid'],
  [FRANCE24, 'en', 'Thousands of people protested in Algeria\'s capital Friday in the face of riot police and tear gas over ailing President Abdelaziz Bouteflika\'s bid for a fifth term in power.', 'en.cause.ruler-extra-term=bid for a fifth term'],
  [FRANCE24, 'en', 'Protesters have been mobilised by calls on social media and say the latest demonstrations are aimed not only at Bouteflika\'s bid to extend his 20-year tenure, but also against the ruling elite as a whole.', 'en.cause.ruler-extra-term=bid to extend his 20-year tenure'],
  [RT, 'en', 'Police in Algiers on Friday fired tear gas to disperse thousands of protesters demonstrating against President Abdelaziz Bouteflika’s plan to extend his 20-year rule by seeking a fifth term in April elections, witnesses said.', 'en.cause.ruler-extra-term=plan to extend his 20-year rule by seeking a fifth term'],
  [THESTAR, 'en', 'Tens of thousands of Algerian students protested in the capital and other cities for a fifth day running on Tuesday against President Abdelaziz Bouteflika\'s plan to extend his 20-year rule by seeking a fifth term, witnesses said.', 'en.cause.ruler-extra-term=plan to extend his 20-year rule by seeking a fifth term'],
  [VOA, 'en', 'Demonstrators opposed to President Pierre Nkurunziza\'s bid for a third term in office, march in the Nyakabiga neighborhood of Bujumbura, Burundi, May 16, 2015.', 'en.cause.ruler-extra-term=bid for a third term'],
  [AJ_BURKINA, 'en', 'Thousands of demonstrators marched in cities around Burkina Faso on Saturday to protest possible plans for a fifth term for long-ruling president Blaise Compaore.', 'en.cause.ruler-extra-term=plans for a fifth term'],
  [AR2M, 'ar', 'منذ إعلان الرئيس الجزائري المنتهية ولايته عبد العزيز بوتفليقة ترشحه ترشحه للانتخابات الرئاسية المقبلة وبلاده تعيش على وقع الاحتجاجات الرافضة لخيار الولاية الخامسة،', 'ar.cause.ruler-extra-term=الولاية الخامسة'],
  [TELEXPRESSE, 'ar', 'شهدت عدة مدن جزائرية، اليوم السبت، مسيرات شعبية ووقفات احتجاجية رفضا لقرار ترشح وانتخاب الرئيس عبد العزيز بوتفليقة لولاية رئاسية خامسة، في الانتخابات المقرر إجراؤها في 8 إبريل المقبل.', 'ar.cause.ruler-extra-term=لولاية رئاسية خامسة'],
  [TELEXPRESSE, 'ar', 'وكانت مدن برج بوعريريج، تيزي وزو، ووهران، قد شهدت، أمس، مسيرات احتجاجية غاضبة ضد الولاية الرئاسية الخامسة للرئيس الجزائري الحالي عبد العزيز بوتفليقة.', 'ar.cause.ruler-extra-term=الولاية الرئاسية الخامسة'],
  [TAHRIR_A, 'ar', 'هل يتراجع بوتفليقة بعد احتجاجات «لا للعهدة الخامسة»؟', 'ar.cause.ruler-extra-term=للعهدة الخامسة'],
  [HAKAEK, 'ar', 'نظم المئات من الجزائريين مظاهرات بعد صلاة الجمعة احتجاجا على ترشح الرئيس عبد العزيز بوتفليقة (81 عاما) لولاية خامسة.', 'ar.cause.ruler-extra-term=لولاية خامسة'],
  [TAHRIR_B, 'ar', 'خرج الآلاف من المتظاهرين إلى شوارع العديد من المدن الجزائرية، احتجاجا على إعلان الرئيس عبد العزيز بوتفليقة، نيته الترشح لفترة رئاسية خامسة، رغم تدهور حالته الصحية', 'ar.cause.ruler-extra-term=لفترة رئاسية خامسة'],
  // cause / foreign: the marches said to be infiltrated
  [DZB, 'en', 'Gaid Salah: Brandishing other flags by minority is attempt to infiltrate rallies', 'en.cause.infiltrating-the-marches=attempt to infiltrate'],
  [DZB, 'en', '“The brandishing of other flags than the national one by a minority is a sensitive issue and considered as an attempt to infiltrate the marches,” said the chief of staff in a speech delivered today during his visit to the third military region in Bechar.', 'en.cause.infiltrating-the-marches=attempt to infiltrate'],
  [SCMP, 'en', 'In a message released on the eve of the fresh protests, Bouteflika warned that troublemakers may try to infiltrate the demonstrations.', 'en.cause.infiltrating-the-marches=try to infiltrate'],
  [LTV, 'ar', 'وتحدث الفريق صالح الرجل القوي في الجزائر الذي ذاع صيته بشكل أكبر منذ استقالة الرئيس عبد العزيز بوتفليقة في 2 أبريل، للمرة الثالثة في 3 أيام، ليستنكر ما قال إنها "قضية حساسة تتمثل في محاولة اختراق المسيرات"، عبر "رفع رايات أخرى غير الراية الوطنية من قبل أقلية قليلة جدا".', 'ar.cause.infiltrating-the-marches=محاولة اختراق'],
  // force / euphemistic: orders to enforce the laws firmly, strictly
  [DZB, 'en', 'Strong orders were given to the security forces to firmly enforce the laws.', 'en.force.law-firmly-enforced=firmly enforce the laws'],
  [ANTARA, 'en', 'President Jokowi asks police to enforce law firmly', 'en.force.law-firmly-enforced=enforce law firmly'],
  [ANTARA, 'en', 'President Joko Widodo (Jokowi) has asked the Indonesian Police to conduct firm legal enforcement and not to hesitate in imposing it to any small groups, organizations or figures.', 'en.force.law-firmly-enforced=firm legal enforcement'],
  [ANOUAL, 'ar', 'مؤكدا أن" تعليمات صارمة أعطيت لقوات الأمن لفرض احترام القوانين ومواجهة الأشخاص الذين يحاولون التلاعب بشعور الجزائريين".', 'ar.force.law-strictly-applied=لفرض احترام القوانين'],
  [LTV, 'ar', 'حذر رئيس أركان الجيش الجزائري أحمد قايد صالح، يوم أمس الأربعاء، من رفع أي علم آخر غير علم الجزائر خلال التظاهرات، مؤكدا أن "لدى قوات الأمن أوامر بالتطبيق الصارم للقانون"، في إشارة على ما يبدو إلى علم الأمازيغ الذي يرفع أيضا خلال المسيرات.', 'ar.force.law-strictly-applied=بالتطبيق الصارم للقانون'],
  [LTV, 'ar', 'وأضاف: "تم إصدار أوامر صارمة لقوات الأمن من أجل التطبيق الصارم والدقيق للقوانين سارية المفعول والتصدي لكل من يحاول مرة أخرى المساس بمشاعر الجزائريين في هذا المجال الحساس".', 'ar.force.law-strictly-applied=التطبيق الصارم والدقيق للقوانين'],
  // force / explicit: a repressive policy, approach, measures
  [NEWFRAME, 'en', '“These arrests are the continuity of a repressive policy which has lasted for years,” he said.', 'en.force.repressive-approach=repressive policy'],
  [NEWFRAME, 'en', 'This repressive approach demonstrates that [Algeria’s rulers] have no response to the Hirak.', 'en.force.repressive-approach=repressive approach'],
  [ATLANTIC, 'en', 'If repressive measures and violence don’t work to quell protests, then why do governments resort to them?', 'en.force.repressive-approach=repressive measures'],
  [MAKAL, 'ar', 'لكن جحافل المتظاهرين يتم التعامل معها بنفس الطريقة في جميع البلدان العربية سواء مصر أو تونس أو ليبيا أو السودان أو العراق وهلم عدا، ألا وهي توظيف المقاربة القمعية كحل للمشكل مما ينتج عنه إصابات بين صفوف المتظاهرين متفاوتة الخطورة،', 'ar.force.repressive-approach=المقاربة القمعية'],
  [MAKAL, 'ar', 'فالمقاربة القمعية لا تتوقف عند تفريق المظاهرات بل تذهب إلى أبعد من ذلك، إلى محاولة التصفية الجسدية للمتزعمين للحركات الاحتجاجية،', 'ar.force.repressive-approach=فالمقاربة القمعية'],
];

const counters: readonly Counter[] = [
  // protests extended, a fifth day, a fifth edition, a term completed, the outgoing president
  [THESTAR, 'en', 'Tens of thousands of Algerian students extend protests against Bouteflika', 'en.cause.ruler-extra-term'],
  [THESTAR, 'en', 'It was the fifth day of demonstrations but the first covered by state media after its journalists called on their employers to allow them to cover the protests.', 'en.cause.ruler-extra-term'],
  [THESTAR, 'en', 'Christine Lagarde intends to complete her term at ECB, she tells WSJ', 'en.cause.ruler-extra-term'],
  ['https://maghress.com/zapress/94859', 'ar', 'مغربي يتوج بلقب النسخة الخامسة من مبادرات "صناع الأمل" بالإمارات', 'ar.cause.ruler-extra-term'],
  ['https://orientplus.net/33221.html', 'ar', 'وخرج العديد من المتظاهرين في عدة مناطق أخرى في وهران وقسنطينة وبجاية وتيزي وزو، وغيرها من الولايات.', 'ar.cause.ruler-extra-term'],
  // a fourth term told as a candidacy and as a result, not rejected (belarus-2010's pages)
  ['https://sauress.com/alhayat/213746', 'ar', 'ويتنافس لوكاتشنكو، الذي يترشح لولاية رابعة في هذه الجمهورية السوفياتية سابقاً التي تعد عشرة ملايين نسمة، مع تسعة مرشحين وهو عدد قياسي', 'ar.cause.ruler-extra-term'],
  // a term limit told with «لا» (moldova-2009's page)
  ['https://www.asriran.com/ar/news/11823/%25D8%25B4%25D8%25B1%25D8%25B7%25D8%25A9-%25D9%2585%25D9%2588%25D9%2584%25D8%25AF%25D9%2588%25D9%2581%25D8%25A7-%25D8%25AA%25D8%25B3%25D8%25AA%25D8%25B9%25D9%258A%25D8%25AF-%25D8%25A7%25D9%2584%25D8%25B3%25D9%258A%25D8%25B7%25D8%25B1%25D8%25A9-%25D8%25B9%25D9%2584%25D9%2589-%25D9%2585%25D9%2582%25D8%25B1%25D9%258A-%25D8%25A7%25D9%2584%25D8%25B1%25D8%25A6%25D8%25A7%25D8%25B3%25D8%25A9-%25D9%2588%25D8%25A7%25D9%2584%25D8%25A8%25D8%25B1%25D9%2584%25D9%2585%25D8%25A7%25D9%2586', 'ar', 'يذكر أن فورونين الذي يتولى الرئاسة منذ عام 2001 لا يمكنه ترشيح نفسه لولاية ثالثة', 'ar.cause.ruler-extra-term'],
  ['https://mail.aljaml.com/%D8%A8%D9%8A%D9%84%D8%A7%D8%B1%D9%88%D8%B3%D9%8A%D8%A7%20%D9%84%D9%88%D9%83%D8%A7%D8%AA%D8%B4%D9%8A%D9%86%D9%83%D9%88%20%D8%B1%D8%A6%D9%8A%D8%B3%D8%A7%D9%8B%20%D9%84%D9%88%D9%84%D8%A7%D9%8A%D8%A9%20%D8%B1%D8%A7%D8%A8%D8%B9%D8%A9', 'ar', 'التي أظهرت فوزاً كاسحاً للرئيس الكسندر لوكاتشينكو بولاية رابعة', 'ar.cause.ruler-extra-term'],
  // militants infiltrating a border, the security services infiltrating the opposition, hacked accounts
  ['https://dailyexcelsior.com/army-foils-infiltration-bid-2', 'en', 'Army officials said the ceasefire violations and firing by Pakistani troops were aimed at helping militants infiltrate into J&K from the “launching pads” along LoC, where they are waiting to crossover.', 'en.cause.infiltrating-the-marches'],
  ['https://www.deccanherald.com/national/north-and-central/bsf-foils-infiltration-bid-by-five-terrorists-along-international-border-in-jammus-samba-893789.html', 'en', 'This was the second attempt of infiltration through the Samba sector by the militants.', 'en.cause.infiltrating-the-marches'],
  ['https://aajsy.com/%D8%A7%D9%84%D9%85%D8%B9%D8%A7%D8%B1%D8%B6%D8%A9-%D8%A7%D9%84%D9%85%D8%B5%D8%B1%D9%8A%D8%A9-%D8%AA%D8%AA%D8%AE%D9%88%D9%81-%D9%85%D9%86-%D8%A7%D8%AE%D8%AA%D8%B1%D8%A7%D9%82%D9%87%D8%A7', 'ar', 'ولفتت إلى أن هذه المحاولات من قبل النظام الحالي لاختراق المعارضة، لن يكون لها نفع، خصوصاً مع عدم وجود عمل سري تقوم به أحزاب المعارضة، ولكن جميعها معروفة.', 'ar.cause.infiltrating-the-marches'],
  ['https://www.okaz.com.sa/variety/na/2224443', 'ar', 'شهدت الولايات المتحدة خلال عام 2025 تصاعداً خطيراً في الهجمات الإلكترونية، إذ تمكن قراصنة الإنترنت من اختراق الحسابات المالية لمئات الآلاف من الأفراد والشركات، واستولوا على أكثر من 262 مليون دولار، وفق تقرير مكتب التحقيقات الفيدرالي الأمريكي FBI.', 'ar.cause.infiltrating-the-marches'],
  // law enforcement as a body, a law enforced or applied with no word of firmness
  ['https://londonews.com/?p=4756', 'en', 'Law enforcement officials stated that while the right to protest remains protected, the new strategy is focused on preventing tactics that significantly impact public services, infrastructure, and safety.', 'en.force.law-firmly-enforced'],
  ['https://coptsunited.com/Details.php?A=12232&I=994', 'en', 'Interior Ministry has officially begun enforcing the controversial protest law, issued on Sunday.', 'en.force.law-firmly-enforced'],
  ['https://amay1.sarmady.net//news/detailsamp/346563', 'ar', 'بدأت وزارة الداخلية تطبيق قانون التظاهر السلمي، الذي أقره المستشار عدلي منصور، رئيس الجمهورية، الأحد،', 'ar.force.law-strictly-applied'],
  // repressive governments and regimes (labels of rulers, not what they do)
  [ATLANTIC, 'en', 'Around the world, repressive and democratic governments alike rely on draconian measures to suppress anti-government demonstrations.', 'en.force.repressive-approach'],
  ['http://egyvoice.net/Lnk/7232', 'ar', 'اولا يجب ان نعرف ما هى ادوات الانظمة القمعية لعرقلة اى حراك قد يؤدى الى اسقاطه', 'ar.force.repressive-approach'],
];

describe('the ruler\'s bid for another term, the marches said to be infiltrated, the law enforced firmly, a repressive approach: cases', () => runCases(cases));
describe('the ruler\'s bid for another term, the marches said to be infiltrated, the law enforced firmly, a repressive approach: counter-examples', () => runCounters(counters));
