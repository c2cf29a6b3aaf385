import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "ليس على السوق فحسب، بل على البازار …": فحسب written whole is the adverb
 * "only". Read as ف + حسب (according to), it made the words before it an
 * attribution, as "…، حسب الداخلية" would, and gave the outlet's own
 * account of the fall of the rial to nobody in particular.
 */

// https://newlebanon.info/lebanon-now/368263/ (New Lebanon, Tehran's bazaar strike, June 2018; voice probe 22)
const BAZAAR =
  'ترك ارتفاع أسعار العملة الصعبة وهبوط العملة الإيرانية غير المسبوقة تأثيره ليس على السوق فحسب، بل على البازار في العديد من المدن الإيرانية وأهمها بازار طهران الذي يمثل قلب الاقتصاد الإيراني النابض ولم يتوقف عن العمل الا في أيام العطلة الرسمية.';

// https://algomhuria.gomhuriaonline.com/?p=13838 (Al-Gomhuria, Georgia 2024; development set, georgia-2024-new)
const GOMHURIA =
  'لأنه سيوقف حنفية الدولارات والامتيازات والسفريات والمكاتب الفخمة والسيارات الفارهة وليس هذا فحسب وإنما سيعاقب من تثبت إدانته بتلقى تمويل خارجى يستخدمه ضد الدولة واستقرارها والتأثير فى الوعى وتوجيه الرأى العام الوجهة التى يريدها صاحب التمويل.';

// Counter-example: و + حسب before its source still attributes. Moheet (via Masress, after RIA Novosti), Russia 2011 (development set, russia-2011; tests/voice/opening-attribution-speaker.test.ts)
const MOHEET =
  'وحسب منظمي التظاهرة فإن حوالي 8000 شخص تظاهروا في وسط موسكو مساء الاثنين للاحتجاج على "عملية التزوير" التي مكّنت حزب السلطة ("روسيا الموحدة") من الحصول على حوالي 50 في المائة من الأصوات في الانتخابات البرلمانية يوم الأحد، حسب ادعاءات المتظاهرين.';

describe('فحسب (only) is no attribution', () => {
  it('before a comma and بل', () => {
    const v = voiceOf(BAZAAR, 'هبوط العملة الإيرانية');
    expect(v.voice).toBe('outlet');
    expect(v.cue).toBeNull();
  });

  it('before وإنما', () => {
    expect(voiceOf(GOMHURIA, 'حنفية الدولارات').voice).toBe('outlet');
    expect(voiceOf(GOMHURIA, 'تمويل خارجى').voice).toBe('outlet');
  });

  it('but حسب behind و before its source still attributes', () => {
    expect(voiceOf(MOHEET, 'تظاهروا في وسط موسكو').voice).toBe('attributed');
  });
});
