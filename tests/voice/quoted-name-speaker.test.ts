import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * 'هذا و اكد حاكم اسطنبول "حسين عوني موتلو" أن قوات الأمن ستستمر …': in
 * verb–subject order a short quotation (up to four words) between the
 * speaker's first words and its إن / أن — perhaps with a comma before it —
 * is the speaker's name, not what the verb introduces: what was said begins
 * at that إن / أن, and runs on past the quotation. Grown on the twelfth
 * voice probe (tests/fixtures/voice-probe12/), whose first pass read the
 * quoted name as the whole statement and the governor's words as Tasnim's.
 */

describe('a short quoted name before إن / أن belongs to the speaker', () => {
  it('هذا و اكد حاكم اسطنبول "حسين عوني موتلو" أن قوات الأمن ستستمر بمواجهة المحتجين (Tasnim, Gezi 2013, in the twelfth probe)', () => {
    // https://www.tasnimnews.com/ar/news/2013/06/12/76371/
    const s = 'هذا و اكد حاكم اسطنبول "حسين عوني موتلو" أن قوات الأمن ستستمر بمواجهة المحتجين حتى طردهم من الميدان .';
    expect(voiceOf(s, 'بمواجهة المحتجين').voice).toBe('attributed');
    expect(voiceOf(s, 'حاكم اسطنبول').voice).toBe('outlet');
  });

  it('وأفادت مصادر محلية ل "سبوتنيك"، أن "الحوثيين" تمكنوا … من التوغل في أحياء وسط عدن (Veto via Masress, Yemen 2015)', () => {
    // https://www.masress.com/veto/1567719
    const s = 'وأفادت مصادر محلية ل "سبوتنيك"، أن "الحوثيين" تمكنوا اليوم، من التوغل في أحياء وسط عدن، وذلك بعد يومين من تراجعهم نحو الأطراف بسبب المقاومة الشرسة للجان الشعبية التابعة لهادي.';
    expect(voiceOf(s, 'من التوغل في أحياء وسط عدن').voice).toBe('attributed');
    expect(voiceOf(s, 'مصادر محلية').voice).toBe('outlet');
  });
});

describe('counter-examples', () => {
  it('a short quotation followed by كان, not إن / أن (the complementisers\' list matches كأن there): بـ"ظهور بوادر خيانة"، كان يُنظر إليه … (Mandab Press, Zimbabwe 2017, in the sixth probe)', () => {
    // https://mandabpress.info/news45739.html
    const s = 'منانغاغوا، الذي برر موغابي عزله بـ"ظهور بوادر خيانة"، كان يُنظر إليه على أنه الخليفة المحتمل للرئيس العجوز، لكن متابعين أكدوا أن عزله يمهّد الطريق للسيدة الأولى غريس موغابي لتولي الرئاسة.';
    expect(voiceOf(s, 'ظهور بوادر خيانة').voice).toBe('quoted');
    expect(voiceOf(s, 'للرئيس العجوز').voice).toBe('outlet');
  });

  it('a short quotation after إن is what was said, and the clause after its comma is the outlet\'s: إن هذا كان "تمردًا"، وأصدر السيد ترامب رسالة فيديو (Al-Bawaba News, Capitol 2021, in the twelfth probe)', () => {
    // https://albawabhnews.com/4234091
    const s = 'وقال الرئيس الأمريكي المنتخب، جو بايدن إن هذا كان "تمردًا"، وأصدر السيد ترامب رسالة فيديو يطلب فيها من مؤيديه العودة إلى ديارهم.';
    expect(voiceOf(s, 'تمردًا').voice).toBe('quoted');
    expect(voiceOf(s, 'رسالة فيديو').voice).toBe('outlet');
  });
});
