import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "ووصف وزير الداخلية … الأحداث في تبليسي بـ "مأساة" …، داعيا المتظاهرين
 * للانسحاب.": an Arabic participle that goes on with the last speaker
 * (داعيا، مشيرا، محذرا …) after a comma at the end of a sentence names its
 * object after it, never a subject closing the sentence as "…، قال
 * المتحدث" does: the clause before it keeps its own reading, and the
 * participle's words are the last speaker's. Grown on the twelfth voice
 * probe (tests/fixtures/voice-probe12/), whose first pass made "المتظاهرين
 * للانسحاب" the speaker of the minister's sentence.
 */

describe('a trailing participle does not close the sentence', () => {
  it('ووصف وزير الداخلية الجورجي … الأحداث في تبليسي بـ "مأساة" …، داعيا المتظاهرين للانسحاب (Lebanon Today, Georgia 2019, in the twelfth probe)', () => {
    // http://lebanontoday.net/amp/42/195243
    const s = 'ووصف وزير الداخلية الجورجي غيورغي غاخاريا الأحداث في تبليسي بـ "مأساة" و"اعتداء على المؤسسات الحكومية"، داعيا المتظاهرين للانسحاب.';
    expect(voiceOf(s, 'الأحداث في تبليسي').voice).toBe('outlet');
    expect(voiceOf(s, 'مأساة').voice).toBe('quoted');
  });

  it('…، محذراً الشباب من المتاجرة بهم: the warning is the speaker\'s own report, not a verb closing the sentence with "الشباب" as its subject (Okaz via Sauress, Sudan 2019)', () => {
    // https://sauress.com/okaz/1700432
    const s = 'وأكد أن الشباب خرجوا للتعبير عن أنفسهم، لكن قوى تخريبية اندست وسطهم لنشر الفوضى. وأضاف أن قوى معادية للإسلام تتآمر على الاستقرار في السودان، محذراً الشباب من المتاجرة بهم.';
    expect(voiceOf(s, 'تتآمر على الاستقرار').voice).toBe('attributed');
    const warned = voiceOf(s, 'المتاجرة بهم');
    expect(warned.voice).toBe('attributed');
    expect(warned.cue).toBe('محذراً');
  });
});

describe('counter-examples', () => {
  it('a participle with its أن still goes on with the speaker: … مشيرا إلى أن الوضع تحت السيطرة في القاعدة (SANA, Venezuela 2017, in the twelfth probe)', () => {
    // https://sanasyria.org/?p=602556
    const s = 'ونقلت اف ب عن ديوسدادو كابيلو زعيم الحزب الاشتراكي قوله في حسابه على تويتر إن “عناصر قاعدة باراماساي تصدوا لهجوم الإرهابيين في ساعات الصباح الباكر وتم اعتقال العديد منهم” مشيرا إلى أن الوضع تحت السيطرة في القاعدة.';
    expect(voiceOf(s, 'تحت السيطرة').voice).toBe('attributed');
  });

  it('what the ministry called for stays quoted before a trailing محذرة: ودعت وزارة الداخلية الجورجية المتظاهرين إلى "الوقف الفوري لانتهاك القانون وممارسة العنف"، محذرة … (Al-Araby Al-Jadeed, Georgia 2019, in the twelfth probe)', () => {
    // https://alaraby.co.uk/home/GoToPage/9f48bcd0-a029-4e10-b363-6e2b89f51683/fcbb8dcd-046b-414b-bec7-cd1bba6f6853
    const s = 'ودعت وزارة الداخلية الجورجية المتظاهرين إلى "الوقف الفوري لانتهاك القانون وممارسة العنف"، محذرة من اتخاذ الشرطة الإجراءات "المنصوص عليها في القانون".';
    expect(voiceOf(s, 'لانتهاك القانون').voice).toBe('quoted');
    expect(voiceOf(s, 'المتظاهرين').voice).toBe('outlet');
  });
});
