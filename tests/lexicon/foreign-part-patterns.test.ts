import {describe} from 'vitest';
import {type Counter, itFindsEach, runCounters} from './paraphrase-cases.js';

/*
 * A named foreign power given a part in the unrest in words no entry listed: its role, hand or involvement in
 * the riots, the violence it sponsored with words between the power and its verb, acting on its instructions,
 * the hand of "overseas forces", a power provoking the protests, foreign centres preparing the riots, and
 * "colored revolutions" spelt the American way. Found by trying the bundled lexicons on paraphrases of the foreign-blame
 * frame, and checked on real sentences of stored public pages (none from the development set's held-out
 * folders). Each case must give the entry and its exact slice; each counter-example, a real sentence with the
 * same words in ordinary use, must not. The address of every sentence stands in a comment above it.
 */

const cases: [string, 'ar' | 'en', string, string][] = [
  // https://eir.news/2026/01/news/ft-reporting-supports-claims-that-foreign-forces-promoted-iran-protests
  ['EIR', 'en', 'On Jan. 16, President of Iran Masoud Pezeshkian told President Putin that “it is evident that the US and the Zionist regime had a direct role” in the riots.', 'en.cause.power-role-in-unrest=Zionist regime had a direct role'],
  // https://belatina.com/a-look-at-american-interventionism-coup-capitol/
  ['BeLatina', 'en', 'The irony is that in most of these circumstances it has been the United States itself who has sponsored the violence, often in behind-the-scenes deals.', 'en.cause.power-sponsored-unrest=the United States itself who has sponsored'],
  // https://authorityngr.com/2021/02/14/russia-moves-to-extinguish-pro-navalny-flashlight-protests
  ['Authority (AP copy)', 'en', 'Officials accused Navalny’s allies of acting on NATO’s instructions.', 'en.cause.power-instructions=acting on NATO’s instructions'],
  // https://global.chinadaily.com.cn/usa/china/2014-10/27/content_18805975.htm
  ['China Daily (Xinhua)', 'en', 'Far from being "impromptu demonstrations," the ongoing Occupy Central movement in Hong Kong was plotted nearly two years ago with the involvement of overseas forces, the BBC has reported in an article published on its website.', 'en.cause.foreign-forces-involved=involvement of overseas forces'],
  // http://www.english.rfi.fr/asia-pacific/20111208-putin-says-us-stoked-unrest
  ['RFI (Reuters)', 'en', 'Russian Prime Minister Vladimir Putin on Thursday accused the United States of provoking the post-election protests in Moscow and warned that demonstrators who broke the law would be punished.', 'en.cause.power-provoked-unrest=the United States of provoking'],
  // https://news.by/eng/news/v_mire/mirzieev_besporyadki_v_uzbekistane_sprovotsirovany_iz_za_rubezha
  ['News.by', 'en', 'The President of Uzbekistan stated that foreign destructive centers had been preparing the riots in Nukus for years.', 'en.cause.foreign-centres=foreign destructive centers'],
  // https://euvsdisinfo.eu/report/any-government-that-attempts-to-nationalise-its-countrys-resources-instead-of-selling-them-off-is-struck-by-western-sponsored-colored-revolutions/
  ['EUvsDisinfo (quoting the claim)', 'en', 'Any government that attempts to nationalise its country’s resources, instead of selling them off, is struck by Western-sponsored colored revolutions.', 'en.event.colour-revolution=colored revolutions'],
  // https://ksaplayers.com/Ksahome/NewsDetial/?nid=20135493 (three sentences of the page)
  ['KSA Players', 'ar', 'اشتبهت مستشارة الأمن القومي السابقة في إدارة الرئيس الأمريكي السابق باراك أوباما، سوزان رايس، في "تورط" روسيا في أعمال الشغب في مدينة مينيابوليس بالولايات المتحدة.', 'ar.cause.power-role-in-unrest=تورط" روسيا'],
  ['KSA Players', 'ar', 'في وقت سابق، أعلن عمدة نيو أورليانز، مارك موريال، في مقابلة مع قناة "سي إن إن"، عن "تورط" محتمل لموسكو في أعمال الشغب.', 'ar.cause.power-role-in-unrest=تورط" محتمل لموسكو'],
  ['KSA Players', 'ar', 'وانتقد الرئيس الأمريكي دونالد ترامب قناة "سي إن إن"، سابقًا لاتهام تورط روسيا في أعمال شغب في الولايات المتحدة.', 'ar.cause.power-role-in-unrest=تورط روسيا'],
];

/** Real sentences where the entries must stay out: a power's part in talks, aid or a region, orders without a power, foreign involvement in a war, the accuser, a cultural centre. */
const counters: Counter[] = [
  ['https://journals.rcsi.science/2686-6730/article/view/261189', 'en', 'It is concluded that despite external passivity, the United States played a significant role in the implementation of the CSCE, acting as a mediator between the Soviet Union and the countries of Western Europe.', 'en.cause.power-role-in-unrest'],
  ['https://www.urdupoint.com/en/world/justice-department-awards-us-schools-125mln-1434501.html', 'en', 'The US Department of Justice has awarded nearly $126 million to the country\'s schools to combat a growing wave of violence, Attorney General Merrick Garland said on Thursday.', 'en.cause.power-sponsored-unrest'],
  ['http://wamu.org/news/12/06/21/occupy_dc_protesters_found_guilty_of_refusing_police_order', 'en', 'Several Occupy DC protesters have been found guilty of refusing police orders to get down from a structure they erected in McPherson Square.', 'en.cause.power-instructions'],
  ['https://en.wikipedia-on-ipfs.org/wiki/Foreign_involvement_in_the_Syrian_civil_war', 'en', 'Foreign involvement in the Syrian Civil War refers to political, military and operational support to parties involved in the ongoing conflict in Syria that began in March 2011, as well as active foreign involvement.', 'en.cause.foreign-forces-involved'],
  // the Kremlin accuses, it is not accused
  ['https://www.viralworldnews.co.uk/2017/03/kremlin-accuses-opposition-of-provoking.html', 'en', 'Kremlin accuses opposition of provoking violence', 'en.cause.power-provoked-unrest'],
  ['https://www.newsweek.com/investigation-underway-whether-facebook-post-encouraging-looting-came-foreign-government-1508561', 'en', 'Russia has denied involvement in the unrest stemming from the George Floyd protests.', 'en.cause.power-role-in-unrest'],
  ['http://www.honaronline.ir/Section-visual-4/158688-exhibition-to-mark-nd-anniversary-of-iranian-revolution-begins', 'en', 'The three-day event is being organized by Khana-i-Farhang, the Iranian cultural center, in collaboration with the Arts Council.', 'en.cause.foreign-centres'],
  ['https://non14.net/public/14804', 'ar', 'وآنذاك ذكر مصدر دبلوماسي في واشنطن، أن لسفارات وقنصليات أمريكا دورا في المنطقة العربية تقوم بأدائه لما فيه مصلحة الولايات المتحدة', 'ar.cause.power-role-in-unrest'],
  ['https://ar.iuvmpress.co/أمريكا-مهيئة-لأعمال-الشغب', 'ar', 'إن وجود الحرس الوطني الأمريكي في واشنطن يدل على أن دور هذه المرة سيكون في أمريكا نفسها و سيعم الشارع الأمريكي الكثير من الفوضى.', 'ar.cause.power-role-in-unrest'],
];

describe('a named foreign power given a part in the unrest (foreign blame without a listed verb beside the power)', () => {
  itFindsEach(cases);

  runCounters(counters);
});
