import {describe} from 'vitest';
import {type Counter, itFindsEach, runCounters} from './paraphrase-cases.js';

/*
 * "Eliminated" told by the verb: قضت قوات الأمن على …, قواتها قضت على …, يقضي على …, where the listed wording
 * is the noun (القضاء على, تم القضاء على). Found by trying the bundled lexicons on paraphrases of the seeds'
 * force frame; checked on real sentences of stored public pages, each with its address above it. A court's
 * قضت … على … (a sentence passed on defendants) must stay out.
 */

const cases: [string, 'ar' | 'en', string, string][] = [
  // https://aletihad.ae/news/عربي-ودولي/4429373/مقتل-5-إرهابيين-في-باكستان
  ['Al-Ittihad', 'ar', 'من جهة أخرى، أوضحت الشرطة أن قواتها قضت على إرهابيين اثنين في منطقة جعفر آباد بإقليم بلوشستان جنوب غرب باكستان، وذلك خلال تبادل لإطلاق النار.', 'ar.force.eliminate-verb=قضت على'],
  // https://www.alittihad.ae/news/عربي-ودولي/4478245/الأمن-الروسي-يقضي-على-مسلحين-خططا-لعمليات-إرهابية
  ['Al-Ittihad (headline)', 'ar', 'الأمن الروسي يقضي على مسلحين خططا لعمليات إرهابية', 'ar.force.eliminate-verb=يقضي على'],
  // https://eldiwan.org/%d9%82%d9%88%d8%a7%d8%aa-%d8%a7%d9%84%d8%a3%d9%85%d9%86-%d9%8a%d9%82%d8%b6%d9%8a-%d8%b9%d9%84%d9%89-7-%d8%a5%d8%b1%d9%87%d8%a7%d8%a8%d9%8a%d9%8a%d9%86-%d9%81%d9%8a-%d8%a7%d9%84%d8%b9%d8%b1%d9%8a%d8%b4
  ['El Diwan (headline)', 'ar', 'قوات الأمن يقضي على 7 إرهابيين في العريش', 'ar.force.eliminate-verb=يقضي على'],
];

/** Stays out of a court passing sentence on defendants. */
const counters: Counter[] = [
  ['https://mail.yemenshabab.net/international/2565', 'ar', 'قضت محكمة جنايات القاهرة اليوم بالسجن المؤبد ضد الرئيس المعزول محمد مرسي ، وقضت بالإعدام شنقا على ستة متهمين, بينهم الصحفي في قناة الجزيرة إبراهيم هلال, في ما يعرف بقضية التخابر مع قطر.', 'ar.force.eliminate-verb'],
  ['http://tunisiatoday.com/amp/48/2014-02-26-20-09-47', 'ar', 'قضت محكمة بريطانية اليوم الأربعاء، بالسجن المؤبد على بريطانيين اعتنقا الإسلام بتهمة قتل جندي في وضح النهار في شارع في لندن في جريمة مروعة أفزعت بريطانيا وأثارت رد فعل ضد الإسلام.', 'ar.force.eliminate-verb'],
];

describe('eliminated told by the verb, its subject between (force, euphemistic)', () => {
  itFindsEach(cases);

  runCounters(counters);
});
