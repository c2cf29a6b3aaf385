import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * An Arabic headline headed by a country files the item under a place when
 * an event or a count follows the colon ("تركيا: تصاعُد الاحتجاجات …",
 * "المغرب:5 قتلى …"): nobody speaks, and its words are the outlet's. A claim
 * in words of its own ("أمريكا: الحكومة الكوبية لا تسمع صوت الشعب") or an
 * arrest announced ("إيران: إلقاء القبض على … مثيري الشغب") is the country's
 * government speaking, as before. Grown on the leftovers of the fourth,
 * sixteenth, twentieth and twenty-fifth voice probes.
 */

describe('a country heading an event or a count is a rubric', () => {
  it('"تركيا: تصاعُد الاحتجاجات واعتقال العشرات عقب اعتقال رئيس بلدية إسطنبول" (Al-Ahed, Turkey 2025, in the sixteenth probe)', () => {
    // https://alahed.net/article.php?cid=116&id=80646
    const s = 'تركيا: تصاعُد الاحتجاجات واعتقال العشرات عقب اعتقال رئيس بلدية إسطنبول\nتصاعدت الاحتجاجات في تركيا بعد اعتقال السلطات لرئيس بلدية إسطنبول المناوئ للرئيس التركي رجب طيب أردوغان.';
    expect(voiceOf(s, 'تصاعُد الاحتجاجات', 'ar').voice).toBe('outlet');
    expect(voiceOf(s, 'واعتقال العشرات', 'ar').voice).toBe('outlet');
  });

  it('"الجزائر: مظاهرات عارمة بالعاصمة بسبب غلاء المعيشة" (Algeria Channel, Algeria 2011, in the twentieth probe)', () => {
    // https://algeriachannel.net/?p=4311
    const s = 'الجزائر: مظاهرات عارمة بالعاصمة بسبب غلاء المعيشة\nانطلقت من باب الوادي و امتدت لعدة أحياء';
    expect(voiceOf(s, 'مظاهرات عارمة', 'ar').voice).toBe('outlet');
  });

  it('"المغرب:5 قتلى في الاضطرابات التي شهدتها الحسيمة الاحد" (Shahba News, Morocco 2011, in the twentieth probe)', () => {
    // https://www.shahbanews.com/n/29320.html
    const s = 'المغرب:5 قتلى في الاضطرابات التي شهدتها الحسيمة الاحد';
    expect(voiceOf(s, 'الاضطرابات', 'ar').voice).toBe('outlet');
  });
});

describe('a country heading a claim of its own speaks', () => {
  it('"أمريكا: الحكومة الكوبية لا تسمع صوت الشعب" (Al Ain, Cuba 2021, in the twelfth probe)', () => {
    // https://al-ain.com/article/cuba-demo-usa
    const s = 'أمريكا: الحكومة الكوبية لا تسمع صوت الشعب\nقال وزير الخارجية الأمريكي أنتوني بلينكن، إن نظام كوبا لا يستمع إلى أصوات الشعب.';
    expect(voiceOf(s, 'لا تسمع صوت الشعب', 'ar')).toMatchObject({voice: 'attributed', speaker: 'أمريكا'});
  });

  it('"إيران: إلقاء القبض على 16 عنصراً من مثيري الشغب في طهران" (Al Mayadeen, Iran, winter 2025–26, in the first probe)', () => {
    // https://almayadeentv.com/news/politics/إيران--إلقاء-القبض-على-16-عنصرا-من-مثيري-الشغب-في-طهران
    const s = 'إيران: إلقاء القبض على 16 عنصراً من مثيري الشغب في طهران';
    expect(voiceOf(s, 'مثيري الشغب', 'ar').voice).toBe('attributed');
  });
});
