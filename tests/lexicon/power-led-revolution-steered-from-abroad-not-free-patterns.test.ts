import {describe} from 'vitest';
import {runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * Entries grown on Belarus 2020 told by a sixth set of outlets (tests/fixtures/devset/belarus-2020-sixth): the state
 * line's revolution "West-led" and the protests "Color Revolutioned" and "manufactured by the usual Western NGOs" (F.
 * William Engdahl's column), the police's call "not to yield to provocations" (Minsk's police via Sputnik, «عدم الخضوع للاستفزازات»; the
 * Kyrgyz president's "avoid yielding to provocations", Soyuz); from the other line the vote "not free or fair" (Al-Yaum's
 * dpa copy, «لم تكن حرة أو نزيهة»; The Scotsman's "neither free nor fair"), "rejected" or "denounced as fraudulent" with
 * the results before it (BuzzFeed News, The Seattle Times), "Physical And Psychological Abuse By Police" (BuzzFeed
 * News) and light-and-noise grenades named as a pair («قنابل مضيئة وضوضاء», Al-Rai Al-Masry). The cases are real
 * sentences of this folder's pages and of other stored pages; the counter-examples are real sentences with the same
 * words in other wording (a US-led coalition's airstrikes, a school built by an NGO project, free and fair elections demanded, abuse by clergy, a neighbour's provocations, illumination flares over a
 * town, a claim dismissed as propaganda, a technology that "revolutionized" communication). Every case and
 * counter-example is quoted word for word (cut at most to a sentence or clause) from the stored public page whose
 * address it carries; a case must give the entry and its exact slice, a counter-example must not give the entry named.
 */

const ENGDAHL = 'https://envirowatchrangitikei.wordpress.com/2020/08/25/why-is-lukshenko-being-color-revolutioned-just-now/';
const SOYUZ = 'https://soyuz.by/en/geopolitics/kyrgyzstan-s-president-sooronbay-jeenbekov-resigns';
const ALRAIELHOR = 'https://alraielhor.com/?p=10976';
const ALYAUM = 'https://www.alyaum.com/ampArticle/6288832';
const SCOTSMAN = 'https://www.scotsman.com/news/world/belarus-elections-were-neither-free-nor-fair-1607085';
const UAPOSITION = 'https://research.uaposition.com/the-german-marshall-fund-of-the-united-states-usa/belarus-unreal-elections-and-their-very-real-effects/?amp=1';
const SEATTLE = 'https://www.seattletimes.com/nation-world/belarus-leader-vows-to-crush-protests-after-claiming-landslide-election-win/';
const BUZZFEED = 'https://plawiuk.blogspot.com/2020_08_15_archive.html?m=1';
const ALRAIALMASRY = 'https://alraialmasryeg.com/%d8%a8%d9%8a%d9%84%d8%a7%d8%b1%d9%88%d8%b3%d9%8a%d8%a7%d8%8c-%d8%aa%d9%85-%d8%a7%d8%b9%d8%aa%d9%82%d8%a7%d9%84-%d8%a3%d9%83%d8%ab%d8%b1-%d9%85%d9%86-200-%d9%81%d9%8a-%d9%85%d8%b8%d8%a7%d9%87%d8%b1';
const FRONTIER = 'https://thefrontierpost.com/23-civilians-killed-us-led-airstrikes-syria/';
const NEPAL = 'https://livinghopenepal.org/future-projects/';
const SCROLL = 'https://scroll.in/latest/999255/bjp-sweeps-uttar-pradesh-local-body-polls-akhilesh-yadav-accuses-saffron-party-of-using-force';
const FREEDOMHOUSE = 'https://freedomhouse.org/tags/election';
const INFOPLUS = 'https://www.infoplusnetwork.com/infograph/603074/شروط-المرزوقي-لانتخابات-تونسية-نزيهة?page=33';
const DOCSLIB = 'https://docslib.org/doc/13530185/1-excerpts-from-reports-on-sexual-abuse-by-catholic';
const REASON = 'https://reason.com/2012/12/12/us-north-korean-missile-launch-highly-pr/';
const DJAZAIRESS = 'https://djazairess.com/elbilad/1025652';
const JANOUB = 'https://janoub360.com/?p=7743';
const NEWS18 = 'https://www.news18.com/news/politics/maha-gram-panchayat-polls-bjp-claims-big-win-with-3190-seats-ncp-pips-mva-allies-with-1287-seats-6660415.html';
const RTECH = 'https://rtechnology.in/articles/347/how-smartphones-have-revolutionized-communication';

const cases: readonly Case[] = [
  // event / threat: the colour revolution as a verb
  [ENGDAHL, 'en', 'Why Is Lukshenko Being Color Revolutioned Just Now?', 'en.event.colour-revolution=Color Revolutioned'],
  // cause / foreign: a revolution led by a named power
  [ENGDAHL, 'en', 'In any case Belarus is being hit with a full force West-led Color Revolution.', 'en.cause.power-led-revolution=West-led'],
  // cause / foreign: protests made by foreign NGOs (a comma between)
  [ENGDAHL, 'en', 'The protests over the August 9 election show every sign of the usual Color Revolution destabilization protests, manufactured by the usual Western NGOs, as well as private contractors using social media to steer the protests .', 'en.cause.unrest-made-by-foreign-ngos=manufactured by the usual Western NGOs'],
  // event / threat: not yielding to provocations
  [SOYUZ, 'en', 'I am calling upon both parties to avoid yielding to provocations.', 'en.event.yielding-to-provocations=provocations'],
  [ALRAIELHOR, 'ar', 'ودعت الشرطة في مينسك المواطنين وضيوف المدينة إلى “عدم الخضوع للاستفزازات في مختلف الشبكات الاجتماعية” التي تدعو إلى الاحتجاج.', 'ar.event.yielding-to-provocations=للاستفزازات'],
  // cause / grievance: the vote not free or fair (the negator inside the mention)
  [ALYAUM, 'ar', 'يُذكر أن مينسك تشهد مظاهرات حاشدة كل أسبوع ضد لوكاشينكو منذ إجراء الانتخابات الرئاسية في التاسع من أغسطس الماضي، وصفتها المعارضة والقوى العالمية والمراقبون الدولية بأنها لم تكن حرة أو نزيهة.', 'ar.cause.vote-not-free-or-fair=لم تكن حرة أو نزيهة'],
  [SCOTSMAN, 'en', 'International monitors have given Belarus’s parliamentary election the thumbs-down, saying it was neither free nor fair, in a judgment that increased the isolation of president Alexander Lukashenko.', 'en.cause.vote-not-free-or-fair=neither free nor fair'],
  [UAPOSITION, 'en', 'This electoral parody, naturally, has been regularly decried as neither free nor fair by domestic and international monitors.', 'en.cause.vote-not-free-or-fair=neither free nor fair'],
  // cause / grievance: the election rejected, the results denounced as fraudulent
  [BUZZFEED, 'en', 'More than 6,000 people have been detained during protests that have rocked Belarus since the presidential election widely rejected as fraudulent last Sunday.', 'en.cause.election-seen-as-stolen=rejected as fraudulent'],
  [SEATTLE, 'en', 'He claimed a resounding victory with 80% of the vote, but the results were denounced as fraudulent by both the opposition and international governments.', 'en.cause.election-seen-as-stolen=denounced as fraudulent'],
  // force / explicit: abuse by police; light-and-noise grenades
  [BUZZFEED, 'en', 'Many Are Telling Gruesome Stories Of Physical And Psychological Abuse By Police.', 'en.force.abuse-by-police=Physical And Psychological Abuse'],
  [ALRAIALMASRY, 'ar', 'تم تفجير قنابل مضيئة وضوضاء كرادع ، كما يتضح من الصور على قناة Telegram', 'ar.force.flash-grenades=قنابل مضيئة وضوضاء'],
];

const counters: readonly Counter[] = [
  // a coalition led by a power leads troops, not a revolution
  [FRONTIER, 'en', 'At least 23 civilians were killed in US-led coalition airstrikes conducted in a village held by the Islamic State militants in Deir Ezzor province of Syria.', 'en.cause.power-led-revolution'],
  // an NGO project with no protest made
  [NEPAL, 'en', 'The building of the school itself was the result of an NGO project and contributed by overseas volunteers.', 'en.cause.unrest-made-by-foreign-ngos'],
  // free and fair elections demanded or hoped for, with no negation
  [SCROLL, 'en', 'Despite giving a memorandum to the state Election Commission, demanding free and fair polls, no action was taken, he added.', 'en.cause.vote-not-free-or-fair'],
  [FREEDOMHOUSE, 'en', 'Attempts today by Belarusian authorities to suppress voices of opposition during and after its election, including beating protestors and blocking access to independent media and social networking sites, have extinguished any hope for a free and fair process in Belarus, according to Freedom House.', 'en.cause.vote-not-free-or-fair'],
  [INFOPLUS, 'ar', 'ودعا المرزوقي في تدوينة نشرها، في صفحته على موقع التواصل الاجتماعي "فيسبوك"، إلى "تكثيف المطالبة في الفضاء الافتراضي وفي الشارع يوم 25 تموز/ يوليو الجاري بانتخابات حرة ونزيهة وذلك بتوفير شروطها الأربعة وإن تم ذلك فسيكون للانتخابات معنى وتجب المشاركة فيها".', 'ar.cause.vote-not-free-or-fair'],
  // abuse by clergy names no force
  [DOCSLIB, 'en', 'Sexual abuse by Catholic clergy has been known by the general public in the United States since 1984.', 'en.force.abuse-by-police'],
  // a neighbour's provocations, and provocations named beside violence, with no call not to yield to them
  [REASON, 'en', 'The United States remains vigilant in the face of North Korean provocations and fully committed to the security of our allies in the region.', 'en.event.yielding-to-provocations'],
  [DJAZAIRESS, 'ar', 'وأكد المجلس على ضرورة السماح للمصلين المسلمين في الحرم الشريف بالتعبد في سلام، بعيدا عن العنف والتهديدات والاستفزازات.', 'ar.event.yielding-to-provocations'],
  // illumination flares over a town are not crowd control
  [JANOUB, 'ar', 'أقدَم الجيش الإسرائيلي، مساء اليوم الخميس، على إلقاء قنابل مُضيئة فوق مُستعمرة مسكاف عام شرق بلدة العديسة.', 'ar.force.flash-grenades'],
  // a claim dismissed as propaganda: no vote or result called fraudulent
  [NEWS18, 'en', 'The Congress had dismissed the claim as “false propaganda” and said the highest number of more than 900 sarpanches were elected from the grand old party alone.', 'en.cause.election-seen-as-stolen'],
  // a technology that revolutionized communication is no colour revolution
  [RTECH, 'en', 'Smartphones have not merely improved communication; they have revolutionized it.', 'en.event.colour-revolution'],
];

describe('Belarus 2020 told by a sixth set of outlets: a revolution led by a power, protests made by foreign NGOs, provocations not to yield to, a vote not free or fair, abuse by police, light-and-noise grenades', () => {
  runCases(cases);
});

describe('counter-examples: a coalition led by a power, an NGO project, free and fair elections demanded, abuse by clergy, a neighbour\'s provocations, flares, a claim dismissed, a technology', () => {
  runCounters(counters);
});
