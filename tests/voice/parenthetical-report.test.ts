import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A report whose verb stands inside parentheses is an aside: what it
 * reports ends at the closing parenthesis, and the sentence goes on in the
 * narrator's voice after it. "يواصل المئآت من العرب الاحوازيين … تظاهراتهم
 * (وهو اقليم يرى سكانه انه محتل من قبل إيران …) وذلك احتجاجا على محاولات
 * الدولة الإيرانية لطمس الهوية العربية للإقليم" — the residents' view is
 * the occupation; the attempts to erase the region's Arab identity are the
 * outlet's account again. Grown on the thirtieth voice probe
 * (tests/fixtures/voice-probe30/), whose first pass ran the residents' view
 * on to the sentence's end. A report whose verb stands before a
 * parenthesis still runs past it.
 */

// https://innfrad.com/News/15/1054425/فيديو-عربى-وافتخر-واللى-لا-يعجبه-ينتحر-شعار-الأحوازيين-ضد (Youm7's Infrad, Ahvaz, March 2018; voice probe 30)
const INFRAD =
  'يواصل المئآت من العرب الاحوازيين فى محافظة حوزستان جنوب غرب إيران تظاهراتهم (وهو اقليم يرى سكانه انه محتل من قبل إيران بعد ان ضمته عام ١٩٢٥ ويعانون من عنصرية) وذلك احتجاجا على محاولات الدولة الإيرانية لطمس الهوية العربية للإقليم، بعد أن بث التلفزيون الرسمى قبل أيامبرنامج اعتبروه مهينا للعرب.';

describe('a report inside parentheses ends at the closing parenthesis', () => {
  it('the residents\' view inside the aside is theirs, the rest of the sentence the outlet\'s (Infrad, in the thirtieth probe)', () => {
    expect(voiceOf(INFRAD, 'محتل من قبل إيران').voice).toBe('attributed');
    expect(voiceOf(INFRAD, 'محاولات الدولة الإيرانية لطمس الهوية العربية للإقليم').voice).toBe('outlet');
  });
});

describe('counter-examples', () => {
  it('a report whose verb stands before the parenthesis runs past it (Infrad, Kazerun, in the thirtieth probe)', () => {
    // https://innfrad.com/News/25/1110419/قتيل-و6-جرحى-فى-أعمال-عنف-جنوب-إيران (Youm7's Infrad, AFP copy, Kazerun, May 2018)
    const s = 'وقالت الوكالة "بعد دعوة مشبوهة أطلقت على شبكة تلجرام (التى باتت محجوبة فى البلاد) تظاهرت مجموعة صغيرة وهى تردد شعارات منشقة وأضرمت النار فى مركز للشرطة"،وتم تداول تسجيلات فيديو للتجمعات مساء الاربعاء على شبكات التواصل الاجتماعى.';
    expect(voiceOf(s, 'شعارات منشقة').voice).toBe('quoted');
  });
});
