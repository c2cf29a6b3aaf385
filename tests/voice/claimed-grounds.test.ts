import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * بدعوى (on the claim that, alleging) before the grounds an actor gives for
 * what it did: "اعتقلت الشرطة الإيرانية، 67 متظاهرا …، بدعوى قيامهم بإلقاء
 * الحجارة على الشرطة" — the stone-throwing is the police's charge, which the
 * outlet relays at a distance, not its own account. The grounds after
 * بدعوى are someone else's words, distanced, as after ما وصفه; the clause
 * before it stays the outlet's. Pretext nouns (بحجة، تحت ذريعة) are left
 * alone: there the outlet names a reason it may plainly state (the
 * development set's gold and the thirtieth probe keep "بحجة الدواعي
 * الأمنية", "بحجة تعديل لوائح …" the outlet's). Grown on the thirtieth
 * voice probe (tests/fixtures/voice-probe30/), whose first pass read the
 * police's charge as the outlet's words.
 */

// https://www.urdupoint.com/arabic/story/1412161.html (UrduPoint Arabic, Sputnik copy, Isfahan, 27 November 2021; voice probe 30)
const SPUTNIK =
  '( أردو بوینت نتورك ۔ / سبوتنيك - 27 نوفمبر 2021ء) اعتقلت الشرطة الإيرانية، 67 متظاهرا في محافظة أصفهان، بدعوى قيامهم بإلقاء الحجارة على الشرطة، ومحاولتهم إحراق خيم المتظاهرين السلميين وضربهم بالسكاكين، وذلك على ضوء احتجاجهم اليوم بما يعرف "احتجاجات المياه" التي شنها مزارعون إيرانيون بعد جفاف نهر (زيانده رود).';

describe('بدعوى gives the grounds after it to someone else, distanced', () => {
  it('the police\'s charge after بدعوى (UrduPoint Arabic, Sputnik copy, in the thirtieth probe)', () => {
    const v = voiceOf(SPUTNIK, 'بإلقاء الحجارة على الشرطة');
    expect(v.voice).toBe('attributed');
    expect(v.distanced).toBe(true);
  });
});

describe('counter-examples', () => {
  it('the clause before بدعوى stays the outlet\'s (the same sentence)', () => {
    expect(voiceOf(SPUTNIK, 'اعتقلت الشرطة الإيرانية').voice).toBe('outlet');
  });

  it('a pretext noun names a reason: بحجة الدواعي الأمنية (Okaz, Iraq, 25 February 2011, in the thirtieth probe)', () => {
    // https://okaz.com.sa/ampArticle/639646
    const s = 'وتوافد آلاف المتظاهرين على ساحة التحرير وسط المدينة بغداد مشيا على الأقدام بعدما فرضت قوات الأمن العراقية حظرا على سير المركبات بأنواعها ابتداء من منتصف ليل أمس بحجة الدواعي الأمنية.';
    expect(voiceOf(s, 'الدواعي الأمنية').voice).toBe('outlet');
    expect(voiceOf(s, 'الدواعي الأمنية').distanced).toBe(false);
  });

  it('بحجة before a thing the outlet names (Al-Baath, Hong Kong 2019; development set, hong-kong-2019-more)', () => {
    // https://newspaper.albaathmedia.sy/2019/10/17/%d8%a7%d9%84%d8%ba%d8%b1%d8%a8-%d9%8a%d8%aa%d8%af%d8%ae%d9%84-%d9%81%d9%8a-%d8%b4%d8%a4%d9%88%d9%86-%d8%a7%d9%84%d8%b5%d9%8a%d9%86-%d9%88%d9%8a%d8%ad%d8%b6%d9%91-%d8%b9%d9%84%d9%89-%d8%a7%d9%84%d8%b9
    const s = 'تشهد منطقة هونغ كونغ منذ فترة أعمال عنف يقوم بها متظاهرون بحجة تعديل لوائح الجناة الهاربين والمساعدة القانونية المتبادلة في المسائل الجنائية، الأمر الذي أدانته الصين، واعتبرته مؤشراً على “إرهاب منظّم”، رافضة في الوقت عينه أي محاولات للتدخل بشؤون هذه المنطقة باعتباره شأناً داخلياً محضاً.';
    expect(voiceOf(s, 'تعديل لوائح الجناة الهاربين').voice).toBe('outlet');
  });
});
