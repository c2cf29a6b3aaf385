import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A short quotation right after a word of chanting or repeating (هتف،
 * ردد), of urging (حث، حض) or demanding (طالبوا), or after the name of a
 * slogan, a chant or a title (شعار، هتافات، عنوان، هاشتاغ) — up to three
 * words before its opening mark, with no comma between — is the words
 * someone says, quoted, not the outlet's scare quote, though no reporting
 * verb the cues know governs it. A short quotation without such a word
 * before it, nobody quoted, stays a scare quote. Grown on the sixth voice
 * probe (tests/fixtures/voice-probe6/) and the earlier probes' and the
 * Lebanese folders' chants.
 */

describe('a short quotation after a word of chanting, urging or a slogan is someone\'s words', () => {
  it('وهم يهتفون «جانين أنييز استقيلي!» (Al-Bayan, Bolivia 2019, in the sixth probe)', () => {
    // https://www.albayan.ae/one-world/overseas/2019-11-20-1.3706334
    const s = 'وتظاهر الآلاف من أنصار موراليس بهدوء في لاباز وهم يهتفون «جانين أنييز استقيلي!»، مطالبين بذلك برحيل الرئيسة بالنيابة التي تولت السلطة الأسبوع الماضي بعد 48 ساعة على استقالة موراليس.';
    const v = voiceOf(s, 'جانين أنييز استقيلي');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
  });

  it('وردد المحتجون "ثورة" (Ahl Masr News, Lebanon 2020, in the first probe)', () => {
    // https://ahlmasrnews.com/news/International-news/1038297/اطلاق-نار-عل-المتظاهرين-في-لبنان
    const s = 'وردد المحتجون "ثورة" و"الشعب يريد إسقاط النظام"، وطالبوا بـ "تعليق مشانق" المسؤولين عن الانفجار في الساحات قبل دفن الضحايا.';
    expect(voiceOf(s, 'ثورة').voice).toBe('quoted');
  });

  it('يرددون فيها “أنا ممول الثورة” (MENA Monitor, Lebanon 2019)', () => {
    // https://mena-monitor.org/ (the devset folder lebanon-2019-new, 003-mena-monitor-beirut)
    const s = 'ناشطون لبنانيون، أطلقوا هاشتاغ على مواقع التواصل الاجتماعي تحت اسم “أنا ممول الثورة”، فضلاً عن نشر فيديوهات للعشرات منهم يرددون فيها “أنا ممول الثورة”، موجهين كلامهم لحسن نصر الله';
    expect(voiceOf(s, 'الثورة', 'ar', 1).voice).toBe('quoted');
  });

  it('حملت عنوان “أنا ممول الثورة” (Akhbar Arabia, Lebanon 2019)', () => {
    // https://akhbararabia.net/2019/10/26/ (the devset folder lebanon-2019, 005-akhbararabia)
    const s = 'وشكك نصرالله بعفوية التظاهرات التي يشهدها لبنان، مدعياً وجود جهات خارجية تمولها، لكن محتجين في لبنان ردوا عليها عبر فيديوهات ساخرة حملت عنوان “أنا ممول الثورة”.';
    expect(voiceOf(s, 'الثورة').voice).toBe('quoted');
  });

  it('تحضّ فيها على "عدم قبول" الانقلاب (Al-Anbat News, Myanmar 2021, in the sixth probe)', () => {
    // https://alanbatnews.net/amp/article/317843
    const s = 'وتركت سان سو تشي رسالة إلى الشعب نشرها رئيس حزبها على مواقع التواصل الاجتماعي، تحضّ فيها على "عدم قبول" الانقلاب، وأن الجيش يحاول "إغراق البلاد من جديد في ديكتاتورية عسكرية متجاهلاً وباء كوفيد-19 مطالبةً الشعب "بالرد بصوت واحد".';
    expect(voiceOf(s, 'عدم قبول').voice).toBe('quoted');
  });

  it('بيانا طالبوا فيه بتشكيل "مجلس إصلاح وطني" (Ramallah News, Gabon 2023, in the fourth probe)', () => {
    // https://ramallah.news/post/119912/الجيش-الغابوني-ينقلب-على-الرئيس-ويسيطر-على-البلاد
    const s = 'وتلى الضباط بيانا طالبوا فيه بتشكيل "مجلس إصلاح وطني"، في خطوة اعتبرها مراقبون مؤشرا على انقلاب عسكري، حسب موقع "أوول أفريكا" الإخباري.';
    expect(voiceOf(s, 'مجلس إصلاح وطني').voice).toBe('quoted');
  });
});

describe('a short quotation with no such word before it stays a scare quote', () => {
  it('في اشتباكات مع "الدعم السريع" (Legwareb, Sudan, in the sixth probe)', () => {
    // https://legwareb.info/?q=node%2F10720
    const v = voiceOf('السودان.. مقتل 46 مدنيا وإصابة 44 في اشتباكات مع "الدعم السريع"', 'الدعم السريع');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });

  it('a slogan named earlier in the sentence does not reach: ما بات يعرف … ب ” الجوكر الامريكي ” (Nahrain Net, Iraq 2019)', () => {
    // https://nahrainnet.net/?p=56997 (the devset folder iraq-2019-new, 002-nahrainnet-baghdad)
    const s = 'ايمانا منها بشعارات مطلبية اطلقتها التظاهرات تتعلق بايجاد حلول لملفات البطالة والفساد المالي والاداري وانهاء المحاصصة ولكن تم حرف التظاهرات عن اتجاهها من خلال ما بات يعرف في العراق ب ” الجوكر الامريكي ” الذي استهدف مهاجمة مقرات فصائل الحشد';
    // Its words stay the outlet's (that the unvoiced ما بات يعرف also distances them is another rule's matter).
    expect(voiceOf(s, 'الجوكر الامريكي').voice).toBe('outlet');
  });
});
