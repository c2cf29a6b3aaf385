import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A short quotation after "written on it" (كتب عليها، كتبوا عليها) is the
 * words on the placard, the writers', not the outlet's scare quote, also
 * with a few words between (بالعربية والانكليزية) (src/voice/written-on-it.ts).
 * كتب without على and its pronoun voices nothing. Grown on the thirty-fourth
 * voice probe (tests/fixtures/voice-probe34/).
 */

describe('"…" written on a placard is the writers\' words', () => {
  it('وحمل الأطفال لافتات كتبوا عليها بالعربية والانكليزية "انتبه أمامك تمثال" (Kataeb.org, Daraa 2019)', () => {
    // https://www.kataeb.org/articles/%D9%85%D8%B8%D8%A7%D9%87%D8%B1%D8%A7%D8%AA-%D9%81%D9%8A-%D8%AF%D8%B1%D8%B9%D8%A7-%D8%B1%D9%81%D8%B6%D8%A7-%D9%84%D8%AA%D9%85%D8%AB%D8%A7%D9%84-%D8%AD%D8%A7%D9%81%D8%B8-%D8%A7%D9%84%D8%A3%D8%B3%D8%AF-2019-03-11-%D8%A5%D9%82%D9%84%D9%8A%D9%85%D9%8A%D8%A7%D8%AA-%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1
    const s = 'كما تجمع أطفال أمام المسجد العمري، الذي يعد رمزا من رموز الثورة بدرعا الجنوبية، في 2011. وحمل الأطفال لافتات كتبوا عليها بالعربية والانكليزية "انتبه أمامك تمثال" و"تموت الشعوب ولا تقهر".';
    expect(voiceOf(s, 'انتبه أمامك تمثال').voice).toBe('quoted');
    expect(voiceOf(s, 'تموت الشعوب ولا تقهر').voice).toBe('quoted');
  });

  it('لرفع لافتة مع دعوة للجيش البرازيلي كتب عليها "تدخل" (Voice of Indonesia, Brazil 2023, in the tenth probe)', () => {
    // https://voinews.id/arabic/index.php/component/k2/item/6264-2023-01-11-00-47-56
    const s = 'وفقا لــAFP يوم الإثنين، تدفق المتظاهرون الذين يرتدون الأعلام الخضراء والصفراء إلى مقر السلطة في برازيليا، واقتحموا مبنى الكونغرس وتسلقوا سطح المبنى الأيقوني لرفع لافتة مع دعوة للجيش البرازيلي كتب عليها "تدخل". وأظهرت لقطات على وسائل التواصل الاجتماعي مثيري الشغب يحطمون الأبواب والنوافذ لدخول مبنى الكونجرس ثم يتدفقون بأعداد كبيرة ويدمرون مكاتب النواب.';
    expect(voiceOf(s, 'تدخل').voice).toBe('quoted');
  });

  it('وآخر يختبئ خلف اللافتة كتب عليها "إرحل" بالهيروغليفي (Ahl Masr News, Egypt 2011 remembered in 2018)', () => {
    // https://ahlmasrnews.com/528884/25-يناير-شاهدة-عل-خفة-دم-المصريين-أفيشات-المتظاهرين-لإسقاط-النظام-ارحل-مراتي-وحشتني-وخر-هت
    const s = 'وآخر يختبئ خلف اللافتة كتب عليها "إرحل" بالهيروغليفي وعلق أسفلها: " كتبتها بالهيروغليفي يمكن تفهم يا فرعون".';
    expect(voiceOf(s, 'إرحل').voice).toBe('quoted');
  });
});

describe('counter-examples: no verb of writing and "on it" before the quotation', () => {
  it('ألفاظا "خارجة" نعتت "السيسي": no verb of writing, the outlet\'s scare quote stays (FJP via Masress, Egypt)', () => {
    // https://www.masress.com/fjp/200756
    const s = 'تضمن تغريدات ساخرة وبعضها تناول ألفاظا "خارجة" نعتت "السيسي"، وحملت في مضمونها ضرورة رحيله من أجل مصر.';
    expect(voiceOf(s, 'خارجة').voice).toBe('outlet');
  });
});
