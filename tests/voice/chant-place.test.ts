import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "وهتف المتظاهرون في دزفول "الموت لرئيسي" و "الموت للغلاء"": a place (في and
 * one or two words) named between the chanting and the chant does not use
 * up the three words a word of chanting may stand before its quotation; the
 * chant is still the crowd's words. Without a word of chanting before the
 * place, a quoted name after it stays the outlet's. Grown on the
 * thirty-sixth voice probe (tests/fixtures/voice-probe36/), whose first pass
 * left both chants to the outlet as scare quotes.
 */

describe('a chant after a place named between it and the word of chanting is the crowd\'s words', () => {
  it('وهتف المتظاهرون في دزفول "الموت لرئيسي" و "الموت للغلاء" (Iran International Arabic, Iran May 2022, in the thirty-sixth probe)', () => {
    // https://www.iranintl.com/ar/202205125154
    const s = 'وهتف المتظاهرون في دزفول "الموت لرئيسي" و "الموت للغلاء" خلال التجمع الاحتجاجي مساء الأربعاء.';
    for (const chant of ['الموت لرئيسي', 'الموت للغلاء']) {
      const v = voiceOf(s, chant);
      expect(v.voice).toBe('quoted');
      expect(v.distanced).toBe(false);
    }
  });

  it('counter-example: a quoted place after "المتظاهرين في محيط محطة" with no word of chanting (Al-Mayadeen, Sudan 2022, in the fourteenth probe)', () => {
    // https://almayadeen.net/news/politics/الأمن-السوداني-يستخدم-الغاز-المسيل-للدموع-ضد-متظاهري-مليونية
    const s = 'الشرطة السودانية تطلق قنابل الغاز المسيّل للدموع لتفريق المتظاهرين في محيط محطة "شروني" في العاصمة الخرطوم.';
    expect(voiceOf(s, 'شروني').voice).toBe('outlet');
  });

  it('counter-example: "وتجمع عدد كبير من المتظاهرين في منطقة "باب السراي"" (Al-Jarida, Iraqi Kurdistan 2020, in the twentieth probe)', () => {
    // https://aljarida.com/articles/1513707207612737800/amp
    const s = 'وتجمع عدد كبير من المتظاهرين في منطقة "باب السراي" بمركز مدينة السليمانية، وسط انتشار مكثف للقوات الأمنية التي حاولت تفريقهم وأطلقت النار في الهواء وقنابل الغاز المسيل للدموع.';
    expect(voiceOf(s, 'باب السراي').voice).toBe('outlet');
  });
});
