import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "أعلن وزير الداخلية، الطيب الشرقاوي، عن سقوط 5 قتلى …": a speaker's title,
 * then its name set off by commas, then the عن of a verb of announcing or
 * revealing. The name belongs to the speaker; what was announced begins at
 * عن. Read before as the announced thing, the name ended the report at its
 * comma and left the toll to the outlet.
 */

// https://maghress.com/almassae/127488 (Al-Massae, Morocco, 21 February 2011; voice probe 20)
const MASSAE =
  'أعلن وزير الداخلية، الطيب الشرقاوي، عن سقوط 5 قتلى في أعمال الشغب التي تلت مظاهرات «20 فبراير»، أول أمس الأحد في عدة مدن مغربية، كما أشار إلى الوزير، خلال ندوة صحافية نظمها أمس في مقر وزارة الداخلية في الرباط، عن إصابة 128 شخصا، 115 منهم من القوات العمومية.';

// https://www.tabnak.ir/ar/news/42649 (Tabnak, Iraq 2019; first voice probe)
const TABNAK = 'من جهته، كشف الناطق باسم وزارة الدفاع، تحسين الخفاجي، عن إطلاق نار من قِبَل مندسّين نحو المتظاهرين والقوات الأمنية لخلق الفتنة.';

// Counter-examples. An aside that opens with a time is passed over by the object's own comma rules, as before.
// https://www.sotaliraq.com/2018/07/18/ (Sot Al-Iraq, Basra 2018; first voice probe)
const BASRA = 'كشف قائد فرقة الرد السريع اللواء ثامر محمد اسماعيل الحسيني، اليوم الثلاثاء، عن القاء القبض على “مندسين” من محافظتين في تظاهرات البصرة.';
// Words between the commas that hold a complementiser are no name (Lukashenko quoted by Al-Wafd).
// https://www.masress.com/alwafd/3138314 (Al-Wafd, Belarus 2020; development set, belarus-2020-fourth)
const ALWAFD = 'وتابع لوكاشينكو: "لقد أعلنت الدول الغربية بالفعل بشكل مباشر، دون أن تخفٍ، عن جمع الأموال وإرسالها إلى بيلاروسيا".';

describe('a speaker name set off by commas before the عن of a verb of announcing', () => {
  it('leaves what was announced after عن to the speaker', () => {
    const v = voiceOf(MASSAE, 'سقوط 5 قتلى');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('وزير الداخلية');
    expect(voiceOf(MASSAE, 'أعمال الشغب').voice).toBe('attributed');
    expect(voiceOf(TABNAK, 'إطلاق نار').voice).toBe('attributed');
    expect(voiceOf(TABNAK, 'مندسّين').voice).toBe('attributed');
  });

  it('keeps the title and the name the outlet’s words', () => {
    expect(voiceOf(MASSAE, 'الطيب الشرقاوي').voice).toBe('outlet');
  });

  it('counter-examples: an aside of time, and words that hold a complementiser', () => {
    expect(voiceOf(BASRA, 'القاء القبض').voice).toBe('attributed');
    expect(voiceOf(ALWAFD, 'جمع الأموال').voice).toBe('quoted');
  });
});
