import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "مدير المرصد السوري.. النظام كان يعيش وهم السيطرة …": Arabic headlines set
 * the speaker before two dots as others do before a colon. The claim after
 * the dots is the speaker's when the words before them (at most five) open
 * with a title or an office; a place or a topic there is the outlet's
 * rubric. The two dots end a sentence, so the claim is the line's second
 * sentence, and before this it was read as the outlet's own.
 */

// https://www.syriahr.com/%d9%85%d8%af%d9%8a%d8%b1-%d8%a7%d9%84%d9%85%d8%b1%d8%b5%d8%af-%d8%a7%d9%84%d8%b3%d9%88%d8%b1%d9%8a-%d8%a7%d9%84%d9%86%d8%b8%d8%a7%d9%85-%d9%83%d8%a7%d9%86-%d9%8a%d8%b9%d9%8a%d8%b4-%d9%88%d9%87%d9%85/443781/
// (Syrian Observatory for Human Rights, Daraa, 29 July 2021; voice probe 22)
const OBSERVATORY =
  'مدير المرصد السوري.. النظام كان يعيش وهم السيطرة على محافظة درعا وما جرى ويجري اليوم ردا على حصار درعا البلد من قبل قوات النظام في محاولة لاقتحامها\nمقاتلون محليون تمكنوا من طرد النظام من 11 بلدة وقرية خلال ساعات';

// Counter-examples: a place, a topic or a kind of item before the dots.
// https://www.aljazeera.net/politics/2021/8/13/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%A7%D9%84%D9%86%D8%B8%D8%A7%D9%85-%D9%8A%D9%88%D8%A7%D8%B5%D9%84-%D8%AA%D8%B5%D8%B9%D9%8A%D8%AF-%D8%A7%D9%84%D9%82%D8%B5%D9%81
// (Al Jazeera Net, Daraa, 13 August 2021; voice probe 22)
const ALJAZEERA = 'سوريا.. النظام يواصل تصعيد القصف والحصار على درعا\nجددت قوات النظام السوري قصفها أحياء في مدينة درعا جنوبي سوريا، وسط حصار خانق تفرضه على المدينة وتفاقم الأوضاع الإنسانية فيها.';
// https://altareek-media.com/public/ar/post/17064/ (Al-Tareek, Deir ez-Zor, 8 September 2023; voice probe 22)
const TAREEK = 'مع استمرار الاشتباكات المتقطعة.. هدوء حذر يسود دير الزور';
// https://www.alalam.ir/news/5905778 (Al-Alam, Baghdad, 19 November 2021; voice probe 22)
const ALALAM = 'شاهد.. آلاف المحتجين يتظاهرون قرب المنطقة الخضراء وسط بغداد ضد نتائج الإنتخابات';
// https://www.alalam.ir/news/4521456/احتجاجات-لبنان--معلومات-عن-مصادر-تمويل-مشبوهة (Al-Alam, Lebanon 2019; development set, lebanon-2019)
const LEBANON = 'احتجاجات لبنان.. معلومات عن مصادر تمويل مشبوهة';

describe('a "Speaker.. claim" headline', () => {
  it('gives the claim to an office holder named before the dots', () => {
    for (const term of ['وهم السيطرة', 'حصار درعا البلد', 'في محاولة لاقتحامها']) {
      const v = voiceOf(OBSERVATORY, term);
      expect(v.voice).toBe('attributed');
      expect(v.speaker).toBe('مدير المرصد السوري');
    }
  });

  it('but only the headline line: the paragraph after it is the outlet\'s', () => {
    expect(voiceOf(OBSERVATORY, 'مقاتلون محليون').voice).toBe('outlet');
  });

  it('and a place, a topic or a kind of item before the dots names nobody', () => {
    expect(voiceOf(ALJAZEERA, 'تصعيد القصف والحصار').voice).toBe('outlet');
    expect(voiceOf(TAREEK, 'هدوء حذر').voice).toBe('outlet');
    expect(voiceOf(ALALAM, 'آلاف المحتجين').voice).toBe('outlet');
    expect(voiceOf(LEBANON, 'مصادر تمويل مشبوهة').voice).toBe('outlet');
  });
});
