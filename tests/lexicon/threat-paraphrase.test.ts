import {describe, expect, it} from 'vitest';
import {poles, runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * The unrest told as destabilising the state (issue 9, paraphrase breadth):
 * ar.event.destabilising (زعزعة / خلخلة الأمن والاستقرار، هدم الدولة) and
 * en.event.destabilising (to destabilize the situation / the country,
 * destabilization plans). Real sentences of stored pages on other events than
 * the devset's held-out ones; the object is kept to the country and its order.
 */

const cases: Case[] = [
  // Egypt, 2019: the interior ministry on calls to protest
  ['https://ksaplayers.com/Ksahome/NewsDetial/?nid=17183362', 'ar', 'قالت وزارة الداخلية المصرية، اليوم الخميس، إنها ستتصدى بكل ”حسم وقوة“ لدعوات تهدف إلى زعزعة الاستقرار في البلاد.', 'ar.event.destabilising=زعزعة الاستقرار في البلاد'],
  // Egypt, 2016: the interior ministry before the Tiran and Sanafir protests
  ['https://almwaten.com/2731', 'ar', 'واكدت الوزارة أنها لن تسمح باي ممارسات من شأنها زعزعة الأمن أو استقرار الدولة مؤكدة إيمانها بحق التعبير عن الراي', 'ar.event.destabilising=زعزعة الأمن أو استقرار الدولة'],
  // Iraq: a commentator on a plan to bring the protests back
  ['https://al-mawqef.com/?p=14720', 'ar', 'وأوضح الضاري أن “التحركات الأميركية والخليجية لا تستهدف الحكومة فقط، بل تسعى لخلخلة أمن واستقرار البلاد ككل، تمهيداً لإعادة رسم المشهد السياسي', 'ar.event.destabilising=لخلخلة أمن واستقرار البلاد'],
  // Egypt: calls to protest said to aim at tearing the state down
  ['https://rosaelyoussef.com/774020/وعى-المصريين-يهزم-الدعوات-الهدامة', 'ar', 'دعوات كثيرة أطلقتها، جماعة الإخوان الإرهابية للتظاهر وإثارة الفوضى، بهدف هدم الدولة المصرية وإفشال مشروعاتها القومية', 'ar.event.destabilising=هدم الدولة'],
  // Moldova, 2022: the interior minister on anti-government protests
  ['https://censor.net/en/news/3378686/in_moldova_antigovernment_protests_authorities_say_that_russian_federation_is_behind_them', 'en', 'Protests in Moldova are planned by pro-Russian forces to destabilize the situation in the country.', 'en.event.destabilising=destabilize the situation'],
  ['https://censor.net/en/news/3378686/in_moldova_antigovernment_protests_authorities_say_that_russian_federation_is_behind_them', 'en', '"The bet is on destabilizing the situation in Moldova, making the country, society, and government vulnerable through propaganda, fake news, blocking business', 'en.event.destabilising=destabilizing the situation'],
  // Madagascar, 2025: the president on the protests
  ['https://news-pravda.com/world/2025/10/03/1742670.html', 'en', 'According to Radzuelina, the goal of the protest organizers is to destabilize the situation and overthrow the legitimate government.', 'en.event.destabilising=destabilize the situation'],
  // Dominican Republic, 2017: the interior minister on the Green March
  ['https://dr1.com/news/2017/04/25/minister-claims-green-movement-wishes-to-destabilize-the-government', 'en', 'He warned these individuals and groups to reflect upon their actions and discontinue the destabilization plans that would only lead to anarchy and disorder from which no good would come.', 'en.event.destabilising=destabilization plans'],
  // Georgia, 2023: the prime minister before feared unrest
  ['https://en.vestikavkaza.ru/news/Garibashvili-destabilisation-not-to-be-allowed-in-Georgia.html', 'en', 'Georgian Prime Minister Irakli Garibashvili said his government would not allow “any disturbance or destabilisation” in the country by “destructive and radical” forces', 'en.event.destabilising=disturbance or destabilisation'],
];

const counters: Counter[] = [
  // civil wars that destabilised a situation: not the protests named a threat to the state
  ['https://oktob.io/posts/48400', 'ar', 'اجتاحت ثورات ملونة تونس ومصر واليمن ، وحروب أهلية زعزعت استقرار الوضع في ليبيا وسوريا ، واندلعت مظاهرات في البحرين', 'ar.event.destabilising'],
  // markets destabilised by a war
  ['https://www.investmentwatchblog.com/economic-crisis-and-rising-prices-spark-protests-according-the-world/', 'en', 'Already low, the purchasing power of Albanians is likely to be battered by price increases due to the destabilisation of markets by the war in Ukraine and sanctions against Russian aggression.', 'en.event.destabilising'],
];

describe('the unrest told as destabilising the state (paraphrase breadth)', () => {
  runCases(cases);
  runCounters(counters);

  it('keeps the calls to protest their own mention beside the threat', () => {
    expect(poles('دعوات كثيرة أطلقتها، جماعة الإخوان الإرهابية للتظاهر وإثارة الفوضى، بهدف هدم الدولة المصرية', 'ar')).toEqual(
      expect.arrayContaining(['event/protest=للتظاهر', 'event/threat=وإثارة الفوضى', 'event/threat=هدم الدولة']),
    );
    expect(poles('Protests in Moldova are planned by pro-Russian forces to destabilize the situation in the country.', 'en')).toEqual(
      expect.arrayContaining(['event/protest=Protests', 'event/threat=destabilize the situation']),
    );
  });
});
