import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "… في صدامات بين الأمن القرغيزي ومحتجين في العاصمة بيشكيك، اتهموا السلطات
 * بتزوير الانتخابات": a verb after a comma near the end of an Arabic
 * sentence was read as a report closing it ("…، قال المتحدث"), so the
 * clause before it — the outlet's account of the clashes — became the
 * speakers'. An Arabic verb with the plural ending (اتهموا، قالوا، أكدوا)
 * agrees with a subject already named: the words after it are its object,
 * never a speaker closing the sentence. Grown on the development set's
 * grown-on Kyrgyz folder.
 */

describe('a plural verb after a comma does not close the sentence', () => {
  it('… صدامات بين الأمن القرغيزي ومحتجين …، اتهموا السلطات بتزوير الانتخابات (Al-Mashhad Al-Yemeni Al-Awwal, Kyrgyzstan 2020, grown-on devset)', () => {
    // http://www.alyemenione.com/159265/ (kyrgyzstan-2020-new/005-alyemenione-bishkek)
    const s = 'هذا وقتل شخص وأصيب مئات في صدامات بين الأمن القرغيزي ومحتجين في العاصمة بيشكيك، اتهموا السلطات بتزوير الانتخابات.';
    expect(voiceOf(s, 'ومحتجين').voice).toBe('outlet');
    expect(voiceOf(s, 'صدامات').voice).toBe('outlet');
    expect(voiceOf(s, 'بتزوير الانتخابات').voice).toBe('attributed');
  });
});

describe('counter-examples', () => {
  it('a singular verb closing the sentence still governs the clause before it: "…، حسب ما قال مسؤول في الشرطة" (Al-Watan, Egypt 2016)', () => {
    // https://alwatan.kuwait.tt/articledetails.aspx?id=476091
    const s = 'أطلقت الشرطة المصرية الغاز المسيل للدموع في القاهرة اليوم لتفريق عشرات المتظاهرين المحتجين على اتفاق مثير للجدل يمنح السعودية السيادة على جزيرتين في مضيق تيران، حسب ما قال مسؤول في الشرطة.';
    expect(voiceOf(s, 'لتفريق عشرات المتظاهرين').voice).toBe('attributed');
  });
});
