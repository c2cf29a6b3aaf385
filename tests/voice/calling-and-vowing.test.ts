import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Arabic verbs of calling for (دعا إلى، طالب بـ) and of vowing (تعهد بـ، توعد بـ)
 * report what was called for or vowed, which opens with إلى or with بـ on a
 * verbal noun; the speaker and whoever was called on or threatened, named
 * before it, are the outlet's wording. Real sentences, named at each.
 */

describe('verbs of vowing report what was vowed', () => {
  it('تعهد الرئيس … بسحق متشددين: the vow is the president\'s (Reuters Arabic via Okaz, Egypt 2012)', () => {
    const s = 'تعهد الرئيس المصري أمس بسحق متشددين يهاجمون مواقع للجيش والشرطة في شبه جزيرة سيناء.';
    expect(voiceOf(s, 'متشددين').voice).toBe('attributed');
    expect(voiceOf(s, 'متشددين').cue).toBe('تعهد');
  });

  it('توعد سيف الإسلام … المتظاهرين … بالقتال: the threatened are named by the outlet (An-Nasr, Libya 2011)', () => {
    const s = 'توعد سيف الإسلام القذافي نجل الزعيم الليبي معمر القذافي مساء أول أمس المتظاهرين في ليبيا بالقتال إلى آخر رجل وآخر طلقة مشيرا أن الليبيين أمام خيارين لا ثالث لهما.';
    expect(voiceOf(s, 'المتظاهرين').voice).toBe('outlet');
  });
});

describe('verbs of calling for: the speaker named before إلى / بـ is the outlet\'s word', () => {
  it('وطالب المشاركون بالتراجع عن … رفع الأسعار: what was demanded is theirs (Jo24, Jordan 2018)', () => {
    const s = 'وطالب المشاركون بالتراجع الفوري عن جميع قرارات رفع الأسعار التي اتخذتها حكومة الملقي.';
    expect(voiceOf(s, 'رفع الأسعار').voice).toBe('attributed');
  });

  it('ودعا ناشطون على مواقع التواصل الاجتماعي، إلى …: past the comma that closes the speaker (Erem News, Lebanon 2019, in the development set)', () => {
    const s = 'ودعا ناشطون على مواقع التواصل الاجتماعي، إلى استمرار التحركات حتى إسقاط الحكومة، التي تفرض عليهم الضرائب في ظل معاناتهم.';
    expect(voiceOf(s, 'ناشطون').voice).toBe('outlet');
  });

  it('طالب المحتجون … رئيس الوزراء، سعد الحريري، بالرحيل: over the commas of a name (Non Online, agencies, Lebanon 2019)', () => {
    const s = 'طالب المحتجون في لبنان رئيس الوزراء، سعد الحريري، بالرحيل، رغم إعلان الحكومة موافقتها على بنود الورقة الإصلاحية التي قدمها الحريري للمجلس الوزاري اليوم الاثنين.';
    expect(voiceOf(s, 'المحتجون').voice).toBe('outlet');
  });

  it('طالب عشرات آلاف المتظاهرين، … برحيل حكومة …: بـ on a plain verbal noun (رحيل) opens the demand too (Al-Hayat via Sauress, AFP, Tunisia 2011)', () => {
    // https://sauress.com/alhayat/238307
    const s = 'تونس - أ ف ب - طالب عشرات آلاف المتظاهرين، بينهم كثير من الطلبة، أمس أمام مقر الحكومة في العاصمة التونسية، برحيل حكومة محمد الغنوشي الانتقالية.';
    expect(voiceOf(s, 'المتظاهرين').voice).toBe('outlet');
  });

  it('not every بـ word opens what was called for: a name stays the speaker (بشار)', () => {
    const s = 'وطالب بشار الجعفري بوقف التدخل في شؤون سوريا.';
    expect(voiceOf(s, 'التدخل في شؤون سوريا').voice).toBe('attributed');
  });
});

describe('a quoted object of an Arabic verb of accusing: the charge after it is the speaker\'s too', () => {
  it('اتهم … البشير «مندسين» بقتل المتظاهرين لإثارة الفوضى (Okaz, Sudan 2019, in the development set)', () => {
    const s = 'اتهم الرئيس السوداني عمر البشير «مندسين» بقتل المتظاهرين لإثارة الفوضى في البلاد.';
    expect(voiceOf(s, 'مندسين').voice).toBe('quoted');
    expect(voiceOf(s, 'لإثارة الفوضى').voice).toBe('attributed');
    expect(voiceOf(s, 'لإثارة الفوضى').speaker).toBe('الرئيس السوداني عمر البشير');
  });
});
