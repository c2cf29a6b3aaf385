import {describe, expect, it} from 'vitest';
import {poles, runCases, runCounters, type Case, type Counter} from './paraphrase-cases.js';

/*
 * The foreign hand in more words (issue 9, paraphrase breadth): foreign money,
 * regional agendas, American / Western circles, colonial powers, a state's
 * "suspicious role", riding the wave in the Maghreb's form
 * (ar.cause.foreign-circles), foreign manipulation (en.cause.foreign-manipulation).
 * Real sentences of stored pages on other events than the devset's held-out ones.
 */

const cases: Case[] = [
  // Iraq, October 2019
  ['http://iraqnews.info/blog/%D8%AE%D9%8A%D9%85-%D9%81%D9%8A-%D8%B3%D8%A7%D8%AD%D8%A7%D8%AA-%D8%A7%D9%84%D8%AA%D8%B8%D8%A7%D9%87%D8%B1-%D8%AA%D8%A8%D8%A7%D8%B9-%D8%A8%D8%A2%D9%84%D8%A7%D9%81-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D8%A7/', 'ar', 'خيم في ساحات التظاهر تباع بآلاف الدولارات.. وأموال أجنبية تمول اعتصامات', 'ar.cause.foreign-circles=وأموال أجنبية'],
  ['https://al-mawqef.com/?p=14720', 'ar', 'تمهيداً لإعادة رسم المشهد السياسي بما يخدم أجندات إقليمية ودولية مكشوفة الأهداف”.', 'ar.cause.foreign-circles=أجندات إقليمية'],
  ['https://www.motabaat.com/2019/10/04/%d8%af%d9%88%d8%b1-%d8%b3%d8%b9%d9%88%d8%af%d9%8a-%d9%85%d8%b4%d8%a8%d9%88%d9%87-%d9%81%d9%8a-%d8%a7%d9%84%d8%aa%d8%ad%d8%b1%d9%8a%d8%b6-%d8%b9%d9%84%d9%89-%d8%a7%d9%84%d8%a5%d8%ad%d8%aa%d8%ac%d8%a7', 'ar', 'دور سعودي مشبوه في التحريض على الإحتجاجات الدامية في العراق', 'ar.cause.foreign-circles=دور سعودي مشبوه'],
  // the Arab uprisings as "creative chaos"
  ['https://ksa.ksa2day.com/Home/NewsDetails?NewsID=107877', 'ar', 'ولهذا فإن هناك ترابطاً وتنسيقاً بل حتى تعاونٌ بين المؤسسات والدوائر الأمريكية التي عملت وتعمل على تنفيذ وترجمة الرؤية الأمريكية', 'ar.cause.foreign-circles=والدوائر الأمريكية'],
  ['https://vetogate.com/keyword/112208', 'ar', 'لا يمكن لكل متأمل فطن أن يغفل دور القوى الاستعمارية الغربية وعلى رأسها أمريكا في التدخل السريع على خط ما يسمى الثورات العربية في الاقطار المختلفة', 'ar.cause.foreign-circles=القوى الاستعمارية'],
  // Morocco, the 2025 "GenZ" protests
  ['https://www.apapresstv.com/ar/2025/10/07/%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8-%d9%8a%d8%aa%d8%b5%d8%af%d9%89-%d9%84%d9%84%d9%85%d8%a4%d8%a7%d9%85%d8%b1%d8%a7%d8%aa-%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1%d9%8a%d8%a9-%d8%a8%d9%86%d8%ac', 'ar', 'حاولت أطراف خارجية، وعلى رأسها الجزائر الرسمية، الركوب على الموجة وتحويلها إلى فوضى تهدد استقرار المملكة.', 'ar.cause.foreign-circles=الركوب على الموجة'],
  ['https://conspiracywatch.info/en/brieffing_notes/color-revolution', 'en', "The term 'Color Revolution' is employed to discredit grassroots movements, insinuating they are manufactured and the result of foreign manipulation", 'en.cause.foreign-manipulation=foreign manipulation'],
];

const counters: Counter[] = [
  // an agenda of support in the protest camp, not a foreign one
  ['http://iraqnews.info/blog/%D8%AE%D9%8A%D9%85-%D9%81%D9%8A-%D8%B3%D8%A7%D8%AD%D8%A7%D8%AA-%D8%A7%D9%84%D8%AA%D8%B8%D8%A7%D9%87%D8%B1-%D8%AA%D8%A8%D8%A7%D8%B9-%D8%A8%D8%A2%D9%84%D8%A7%D9%81-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D8%A7/', 'ar', 'مجموعات تنتظم في اجندة دعم لهذه الجهة او تلك بصورة خفية او مكشوفة.', 'ar.cause.foreign-circles'],
  // a state's stability threatened: named by ar.event.destabilising only with زعزعة / خلخلة
  ['https://www.apapresstv.com/ar/2025/10/07/%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8-%d9%8a%d8%aa%d8%b5%d8%af%d9%89-%d9%84%d9%84%d9%85%d8%a4%d8%a7%d9%85%d8%b1%d8%a7%d8%aa-%d8%a7%d9%84%d8%ac%d8%b2%d8%a7%d8%a6%d8%b1%d9%8a%d8%a9-%d8%a8%d9%86%d8%ac', 'ar', 'لكن هذه المحاولات باءت بالفشل، بعدما أظهر المحتجون وعيًا كبيرًا وتمسّكًا بسلمية تحركاتهم', 'ar.cause.foreign-circles'],
  // the foreign hand said as control from abroad is en.cause.steered-from-abroad's, not a manipulation
  ['https://conspiracywatch.info/en/brieffing_notes/color-revolution', 'en', "'Color Revolution' is an expression used to stigmatize a popular movement by suggesting that it is artificial and controlled from abroad.", 'en.cause.foreign-manipulation'],
];

describe('the foreign hand in more words (paraphrase breadth)', () => {
  runCases(cases);
  runCounters(counters);

  it('keeps the foreign parties, the sit-ins and the protests their own mentions', () => {
    expect(poles('خيم في ساحات التظاهر تباع بآلاف الدولارات.. وأموال أجنبية تمول اعتصامات', 'ar')).toEqual(
      expect.arrayContaining(['cause/foreign=وأموال أجنبية', 'event/protest=اعتصامات']),
    );
    expect(poles('حاولت أطراف خارجية، وعلى رأسها الجزائر الرسمية، الركوب على الموجة وتحويلها إلى فوضى', 'ar')).toEqual(
      expect.arrayContaining(['cause/foreign=أطراف خارجية', 'cause/foreign=الركوب على الموجة', 'event/threat=فوضى']),
    );
  });
});
