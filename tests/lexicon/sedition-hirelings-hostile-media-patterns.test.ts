import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries for the Iranian state's story of the protests after the election of June 2009 and for what the other line
 * names: the protests as the "sedition" (fitna) movement and its leaders, heads, agents and elements; detainees "hired
 * by the US intelligence agency"; the Zionist media, foreign media accused, «وسائل إعلام معادية»; a named state's
 * interference; the enemies who target the state («اعداء ايران يستهدفون المؤسسة الاسلامية»); on the other side the
 * "theft" of the vote and "fraud in the June 12 election"; and the exclusions of the state's own militia (Basij
 * militiamen, «ميليشيات الباسيج») and of the civil wars of early Islam. Grown on a fresh event (Iran 2009–10,
 * tests/fixtures/devset/iran-2009), whose pages and other pages on the same event give the cases; the
 * counter-examples are real sentences of other pages with the same words in ordinary wording (sedition as a charge, a
 * CIA agent arrested, foreign media banned, hostile terrorist elements, a state's interests, a fraud charge, enemies'
 * conspiracies, militias as a label). Every case and counter-example is quoted word for word (cut at most to a
 * sentence or clause) from the stored public page whose address it carries; a case must give the entry and its exact
 * slice, a counter-example must not give the entry named.
 */

const TEHRAN_TIMES = 'http://www.tehrantimes.com/news/211350/Foreign-nationals-detained-in-Ashura-riots';
const ALDARB = 'http://al-darb.blogspot.com/2010/01/iran-takes-significant-steps-in.html';
const BRECORDER = 'https://brecorder.com/news/3728949';
const GUARDIAN = 'https://www.theguardian.com/world/2009/jun/17/iran-protests-presidential-election-results';
const WAPO = 'http://www.washingtonpost.com/wp-dyn/content/article/2009/06/24/AR2009062400156_pf.html';
const SHIITE_NEWS = 'https://shiite.news/shiitenews/iran/item/2898-iran-denies-arrest-of-mousavi-karroubi/';
const TEHRAN_BUREAU = 'https://www.pbs.org/wgbh/pages/frontline/tehranbureau/2010/09/report-hardliners-close-in-on-mousavi.html';
const ALJAZIRAH = 'https://al-jazirah.com./2009/20090802/du16.htm';
const ASRIRAN = 'https://www.asriran.com/ar/news/13582';
const MISR_GEDIDA = 'https://www.masress.com/misrelgdida/8835';
const ELAPH = 'https://elaph.com/Web/Politics/2009/9/487815.html';

const cases: readonly Case[] = [
  // event / threat: the sedition (fitna) movement
  [TEHRAN_TIMES, 'en', 'The minister said those arrested on Ashura day are among counter-revolutionary elements, monarchists and Mojahedin Khalq Organization (MKO) members who played a key role in the seditious movement that followed the June presidential election.', 'en.event.sedition-movement=seditious movement'],
  [TEHRAN_TIMES, 'en', 'He added according to information and reports received by the Intelligence Ministry the fitna movement did some noticeable maneuvers after the Ashura event including releasing statements in an attempt to “purify” itself.', 'en.event.sedition-movement=fitna movement'],
  [TEHRAN_TIMES, 'en', 'rather, they have been misusing the situation that have been created by the fitna (seditious) movement.', 'en.event.sedition-movement=fitna'],
  // actors / delegitimizing: the leaders, heads, agents and elements of the sedition
  [ALDARB, 'en', '"This unrest is different from that of the past and is a prearranged counter-revolutionary movement, designed by agents of sedition," he added.', 'en.actors.sedition-leaders=agents of sedition'],
  [BRECORDER, 'en', '"Seven people organisationally linked to the counter-revolutionaries, the Zionist media and elements of the sedition have been arrested," IRNA quoted an Intelligence Ministry statement as saying, without naming them.', 'en.actors.sedition-leaders=elements of the sedition'],
  [SHIITE_NEWS, 'en', 'On Monday, Mohseni-Ejei said restrictions have been imposed on communication networks, including visits and phone conversations, of the leaders of sedition.', 'en.actors.sedition-leaders=leaders of sedition'],
  [SHIITE_NEWS, 'en', 'An official with the Iranian Judiciary has refuted reports by certain media that the heads of the sedition movement, Mir-Hossein Mousavi and Mehdi Karroubi, were shifted from their homes to a prison.', 'en.actors.sedition-leaders=heads of the sedition'],
  [TEHRAN_BUREAU, 'en', 'Naser Saraj, deputy head of the judiciary for security and political affairs, told Fars, the news agency closely linked to the security and intelligence forces, that judicial officials have opened a case to put the "leaders of sedition" on trial.', 'en.actors.sedition-leaders=leaders of sedition'],
  // cause / foreign: hired by a state's intelligence agency
  [BRECORDER, 'en', "Iran said on Sunday it had arrested seven people accused of stoking unrest after last year's disputed election, including some who were hired by the US Central Intelligence Agency, the official IRNA news agency reported.", 'en.cause.hired-by-foreign-intelligence=hired by the US Central Intelligence Agency'],
  [BRECORDER, 'en', '"A number of them were officially hired by the US intelligence agency, the CIA," the statement said, adding that they had played an important role in \'post-election riots\', particularly on the Shi\'ite mourning day of Ashura that fell on December 27.', 'en.cause.hired-by-foreign-intelligence=hired by the US intelligence agency'],
  // cause / foreign: Zionist media, foreign media accused
  [BRECORDER, 'en', '"Seven people organisationally linked to the counter-revolutionaries, the Zionist media and elements of the sedition have been arrested," IRNA quoted an Intelligence Ministry statement as saying, without naming them.', 'en.cause.hostile-media=Zionist media'],
  [GUARDIAN, 'en', 'Iranian authorities accused foreign media of acting as the "mouthpiece of rioters" as Twitter, Facebook and other websites kept information flowing.', 'en.cause.hostile-media=foreign media'],
  // cause / foreign: a named state's interference
  [GUARDIAN, 'en', 'The Iranian government summoned the Swiss ambassador, who represents US interests in Iran, to complain about American interference, state-run Press TV reported.', 'en.cause.named-state-interference=American interference'],
  [GUARDIAN, 'en', 'News organisations were flooded with amateur footage of protests while a state TV channel accused the US of "intolerable" interference.', 'en.cause.named-state-interference=the US of "intolerable" interference'],
  // cause / grievance: the theft of the vote, fraud in it
  [GUARDIAN, 'en', 'Hundreds of thousands of Iranians protesting against the "theft" of last week\'s presidential election took to the streets for a fifth consecutive day today, defying a ban on rallies as the regime arrested more reformists and enforced a crackdown on media coverage.', 'en.cause.election-theft=theft'],
  [WAPO, 'en', 'The demonstrators were trying to gather in front of the parliament building to show support for opposition presidential candidate Mir Hossein Mousavi, who says fraud in the June 12 election cheated him of victory.', 'en.cause.election-theft=fraud'],
  // cause / foreign: hostile media, the enemies who target the state
  [ALJAZIRAH, 'ar', 'وأوضحت الوكالة الإيرانية انهم متهمون أيضاً بحيازة أسلحة نارية وقنابل ومهاجمة قوات الشرطة والميليشيات الإسلامية وبارسال صور التظاهرات إلى وسائل إعلام معادية.', 'ar.cause.hostile-media=وسائل إعلام معادية'],
  [ASRIRAN, 'ar', 'عصر ایران - قال المرشد الایرانی آية الله علي خامنئي  الیوم الجمعة في خطبتي صلاة الجمعة في جامعة طهران ان اعداء ايران يستهدفون المؤسسة الاسلامية بالتشكيك في نتائج انتخابات الرئاسة التي جرت يوم الجمعة الماضي.', 'ar.cause.enemies-target-the-state=اعداء ايران'],
  [ASRIRAN, 'ar', 'وقال"الاعداء يستهدفون شرعية المؤسسة الاسلامية بالتشكيك في الانتخابات ومصداقيتها قبل وبعد  الانتخابات الرئاسیة."', 'ar.cause.enemies-target-the-state=الاعداء'],
];

const counters: readonly Counter[] = [
  // sedition as the charge, no movement and no one named
  ['https://en.radiozamaneh.com/7547/', 'en', 'The Iranian establishment refers to the reformist opposition figures who challenged the results of the 2009 presidential elections as “leaders of sedition.”', 'en.event.sedition-movement'],
  ['https://www.pbs.org/wgbh/pages/frontline/tehranbureau/2010/09/report-hardliners-close-in-on-mousavi.html', 'en', '"Sedition" case launched in judiciary.', 'en.actors.sedition-leaders'],
  // the early civil wars of Islam
  ['https://en.wikipedia.org/wiki/The_Leaders_Of_The_Sedition', 'en', 'At the beginning of Islam, the conflicts and civil wars that arose in the Muslim community in the first two centuries of Islamic calendar were called "Fitna" or "sedition".', 'en.event.sedition-movement'],
  // a CIA agent arrested: no hiring by a state's agency
  ['https://en.radiozamaneh.com/5688/', 'en', 'Moslehi also reported that a CIA agent was arrested in the February 14 protests.', 'en.cause.hired-by-foreign-intelligence'],
  // foreign media banned, not accused
  ['http://www.ufppc.org/14-news/us-a-world-news/9261-news-cries-of-yazid-will-fall-as-repression-in-advance-of-sundays-demonstrations-begins-in-iran', 'en', '"[F]oreign media have been banned from reporting directly on protests," Al Jazeera said.', 'en.cause.hostile-media'],
  // foreign countries accused of interfering with internal affairs: the longer en.cause.interference mention keeps its place
  ['https://www.rt.com/russia/498734-belarus-color-revolution-foreign-meddling/', 'en', 'The embattled leader, who has headed Belarus for 26 years, also accused foreign countries of interfering with its internal affairs and of seeking “regime change.”', 'en.cause.named-state-interference'],
  // a state's interests, a fraud charge
  [GUARDIAN, 'en', 'The Iranian government summoned the Swiss ambassador, who represents US interests in Iran', 'en.cause.named-state-interference'],
  [BRECORDER, 'en', 'The authorities have rejected the vote fraud charge and portrayed the huge demonstrations that erupted after the vote as a foreign-backed attempt to undermine the Islamic Republic.', 'en.cause.election-theft'],
  // foreign media and hostile elements, not hostile media
  ['http://www.montada.com/showthread.php?t=639617', 'ar', 'أصدرت السلطات القضائية الإيرانية أوامر بمحاكمة كل من يثبت "تورطه" في التعاون مع المواقع الإلكترونية ووسائل الإعلام الأجنبية خلال الاحتجاجات التي عمت العاصمة طهران عقب انتخابات 12 يونيو المنصرم، التي شددت خلالها السلطات القيود على وسائل الاتصال والإعلام.', 'ar.cause.hostile-media'],
  ['http://tishreen.news.sy/?p=685222', 'ar', 'وقال خطيب زادة: تمّ استدعاء السفير روب ماكير وتسليمه مذكرة احتجاج بعد تعرض الناخبين الإيرانيين في لندن وبرمنغهام للإهانة والضرب من عناصر إرهابية معادية لإيران، مضيفاً: أبلغنا ماكير أن حكومة بلاده فشلت في واجبها لتأمين مراكز الاقتراع والناخبين.', 'ar.cause.hostile-media'],
  // the enemies' conspiracies, no targeting of the state
  ['https://sana.sy/?p=687638', 'ar', 'وأعربوا عن رفضهم لأعمال الشغب التي تستهدف أمن واستقرار البلاد ورفعوا لافتات تندد بالتدخل الأمريكي والصهيوني وتستنكر حملات التحريض والتضليل التي تبثها وسائل الإعلام الأجنبية وخاصة تلك التابعة لنظام بني سعود بهدف إثارة البلبلة وأعمال العنف في إيران مؤكدين عزم الشعب الإيراني على إفشال مؤامرات الأعداء .', 'ar.cause.enemies-target-the-state'],
  // the state's own militia is not a label for the crowd
  [GUARDIAN, 'en', 'The interior ministry was reported to have ordered an investigation into an attack on Tehran University students by basij militiamen and police.', 'en.actors.militant'],
  [WAPO, 'en', "TEHRAN, June 24 -- Riot police and pro-government militiamen used clubs and tear gas to break up an opposition demonstration in front of the Iranian parliament Wednesday after the nation's supreme leader denounced what he described as pressure tactics aimed at overturning the recent disputed presidential election and warned that \"lawlessness\" would not be tolerated.", 'en.actors.militant'],
  [GUARDIAN, 'en', 'Mir Hossein Mousavi, the moderate who insists he beat the incumbent Mahmoud Ahmadinejad, called for further peaceful protests in mosques to mourn the victims of the worst unrest since the 1979 revolution.', 'en.event.uprising'],
  [MISR_GEDIDA, 'ar', 'صرح قائد ميليشيات "الباسيج" الإسلامية الإيرانية، التى تصادمت مع المتظاهرين الذين خرجوا إلى الشوارع، فى أعقاب الانتخابات الرئاسية فى يونيو الماضي', 'ar.actors.fighters'],
  [ELAPH, 'ar', 'وأضاف الموقع ان حوالي 50 من أعضاء ميليشيا الباسيج المؤيدين للحكومة تجمعوا ايضا في المكان وهم يرددون هتافات مناهضة لموسوي.', 'ar.actors.fighters'],
];

describe('the sedition and its leaders, hirelings of a foreign intelligence agency, hostile media, a named state\'s interference, the vote\'s theft (Iran 2009-10)', () => {
  runCases(cases);
  runCounters(counters);
});
