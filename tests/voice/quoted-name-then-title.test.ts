import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * 'أكد “لي دونج” المتحدث باسم السفارة الصينية بالقاهرة، أن المظاهرات …': in
 * verb–subject order a short quotation (up to four words) right after the
 * verb, followed by the speaker's title (up to six words, no other verb of
 * speech) and perhaps a comma before إن / أن, is the speaker's name: what was
 * said begins at that إن / أن. The first pass read the quoted name as the
 * whole statement and the spokesman's words as the outlet's. Grown on
 * hong-kong-2019-more (Al-Mal News carrying MENA); the rule before it needed
 * the speaker's first words before the quoted name ('حاكم اسطنبول "حسين عوني
 * موتلو" أن', tests/voice/quoted-name-speaker.test.ts).
 */

describe('a quoted name right after the verb, then the speaker\'s title, then أن', () => {
  // https://dev.almalnews.com/%d8%b3%d9%81%d8%a7%d8%b1%d8%a9-%d8%a7%d9%84%d8%b5%d9%8a%d9%86-%d8%a8%d8%a7%d9%84%d9%82%d8%a7%d9%87%d8%b1%d8%a9-%d9%85%d8%b8%d8%a7%d9%87%d8%b1%d8%a7%d8%aa-%d9%87%d9%88%d9%86%d8%ac-%d9%83%d9%88%d9%86
  const s = 'أكد “لي دونج” المتحدث باسم السفارة الصينية بالقاهرة، أن المظاهرات في هونج كونج ليست فقط جرائم عنف خطيرة، ولكن أظهرت الميل نحو اللجوء إلى الإرهاب.';

  it('the spokesman\'s words after أن are his (Al-Mal News, MENA, Hong Kong 2019)', () => {
    for (const term of ['المظاهرات', 'جرائم عنف خطيرة', 'الإرهاب']) {
      const v = voiceOf(s, term);
      expect(v.voice, term).toBe('attributed');
      expect(v.speaker, term).toBe('“لي دونج”');
    }
  });

  it('the title is the outlet\'s words, not what was said', () => {
    expect(voiceOf(s, 'السفارة الصينية').voice).toBe('outlet');
  });
});

describe('a short quoted name followed by words and إن / أن is no statement of its own', () => {
  it('واشارت مصادر في "المقاومة الشعبية" الى ان مواقع المتمردين تعرضت لغارات (Elaph, Yemen 2015)', () => {
    // https://elaph.com/Web/News/2015/4/1003994.html
    const s = 'واشارت مصادر في "المقاومة الشعبية" الى ان مواقع المتمردين تعرضت لغارات جوية في محافظتي لحج وابين في الجنوب.';
    const v = voiceOf(s, 'المتمردين');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('مصادر');
  });

  it('وقال ل"اليمن اليوم" مصدر عسكري إن العدو قصف جبل نقم: the listener\'s name is not what was said (Al-Yemen Al-Youm via Yemeress, Yemen 2015)', () => {
    // https://www.yemeress.com/yementoday/21346
    const s = 'وقال ل"اليمن اليوم" مصدر عسكري إن العدو قصف جبل نقم ب(3) صواريخ تحمل مواد محرمة دولياً.';
    expect(voiceOf(s, 'العدو').voice).toBe('attributed');
  });

  it('a quoted name after وصف, then the one described and بأنه: the label after بأنه stays the speaker\'s', () => {
    // Elbadil via Masress, Yemen 2015: https://www.masress.com/elbadil/913244 — the excerpt's words up to the comma; وصف takes the one described, then بأنه.
    const s = 'وصف "عبد الملك الحوثي" النظام السعودي بأنه يحمل العداء لليمنيين ويستهتر بدمائهم';
    expect(voiceOf(s, 'يحمل العداء').voice).toBe('attributed');
  });
});

describe('counter-example', () => {
  it('after نقل the quoted name is the medium, and the source after عن speaks: نقلت “صحراء ميديا” عن مصادر خاصة، أن "…" (Echourouk, Niger 2023, in the eighth probe)', () => {
    // https://echourouqmedia.net/?q=node%2F19932
    const s = 'نقلت “صحراء ميديا” عن مصادر خاصة، أن "قائد الحرس الرئاسي يقود تمردًا في النيجر، بدعوى أن الرئيس محمد بازوم كان ينوي عزله من منصبه، الذي يشغله منذ حقبة الرئيس السابق محمدو يوسفو".';
    const v = voiceOf(s, 'يقود تمردًا');
    expect(v.voice).toBe('quoted');
    expect(v.speaker).toBe('مصادر خاصة');
  });
});
