import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "ساد هدوء حذر …" (a cautious calm prevailed): after a noun of calm,
 * waiting or hope, حذر is the adjective "cautious". Read as the verb
 * "warned" in verb–subject order, it made the places after it a speaker and
 * gave the rest of the sentence — the clashes, the calls to protest — to
 * them.
 */

// https://altareek-media.com/public/ar/post/17064/ (Al-Tareek, Deir ez-Zor, 8 September 2023; voice probe 22)
const TAREEK =
  'ساد هدوء حذر في معظم مناطق ريف ريف دير الزور، مع اندلاع بعض الاشتباكات المتقطعة بين مقاتلي العشائر ومليشيا "قسد"، وسط دعوات إلى التظاهر، اليوم الجمعة.';

// http://annahar.com/arabic/section/77-%D9%85%D8%AC%D8%AA%D9%85%D8%B9/14102021015435183 (An-Nahar, Tayouneh, 14 October 2021)
const NAHAR =
  'عدسة "النهار" وكاميرا الزميل نبيل اسماعيل رصدتا الانتشار العسكري الكبير في المنطقة، بدوريات مؤللة وراجلة للجيش، تزامناً مع هدوء حذر يخيّم على المكان منذ أكثر من ساعة.';

// https://www.followmenews.com/2012/10/18/%d8%a8%d9%8a%d8%a7%d9%86-%d9%84%d9%86%d9%8a%d8%a7%d9%81%d8%a9-%d8%a7%d9%84%d8%a3%d9%86%d8%a8%d8%a7-%d8%a5%d8%b1%d9%85%d9%8a%d8%a7-%d8%a7%d9%84%d8%a3%d8%b3%d9%82%d9%81-%d8%a7%d9%84%d8%b9%d8%a7%d9%85/?random-post=1
// (Follow Me News, carrying Al-Shorouk, Tripoli in Lebanon, October 2012)
const TRIPOLI = 'هدوء حذر يسود طرابلس\nشهدت، اليوم الأربعاء، مختلف محاور القتال في طرابلس بشمال لبنان حالة من الهدوء الحذر، مع تسجيل بعض الخروقات المحدودة المتمثلة بسماع أعيرة نارية متفرقة.';

// Counter-examples: the verb "warned" still reports.
// https://www.alalam.ir/news/882694/ (Al-Alam, Russia 2011; development set, russia-2011)
const PUTIN = 'واكد بوتين ان من حق المعارضة التعبير عن نفسها بما في ذلك بالتظاهر، لكنه حذر من ان اي تجاوزات ستعاقب.';
// https://alalam.ir/news/841464/ (Al-Alam, Kuwait 2011; voice probe 18)
const KUWAIT =
  'وقد تصاعدت حدة التوتر في الاونة الاخيرة في الكويت اثر اطلاق المعارضة حركة احتجاج في اعقاب فضيحة فساد اتهم بالضلوع فيها نحو 15 نائبا في المجلس الذي يضم 50 عضوا، ويعتقد ان مسؤولين حكوميين ضالعون فيها وقد حذر نواب معارضون كويتيون من تفاقم الازمة السياسية في البلاد.';

describe('حذر after a noun of calm or waiting is the adjective "cautious"', () => {
  it('names no speaker and reports nothing', () => {
    for (const term of ['الاشتباكات المتقطعة', 'ومليشيا', 'دعوات إلى التظاهر']) {
      const v = voiceOf(TAREEK, term);
      expect(v.voice).toBe('outlet');
      expect(v.speaker).toBeNull();
    }
    expect(voiceOf(NAHAR, 'الانتشار العسكري').voice).toBe('outlet');
    expect(voiceOf(TRIPOLI, 'طرابلس').voice).toBe('outlet');
  });

  it('but the verb حذر still reports', () => {
    expect(voiceOf(PUTIN, 'تجاوزات').voice).toBe('attributed');
    expect(voiceOf(KUWAIT, 'تفاقم الازمة السياسية').voice).toBe('attributed');
  });
});
