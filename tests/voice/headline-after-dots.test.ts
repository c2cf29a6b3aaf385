import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * An Arabic headline of two parts joined by two dots: the second part is a
 * headline of its own, and may be a "Speaker: claim" one — "مقتل متظاهر في
 * أصفهان برصاص الشرطة الإيرانية.. والمحتجون: جئنا لمحاربة خامنئي" gives
 * "جئنا لمحاربة خامنئي" to the protesters, as "المحتجون: …" opening a line
 * would. The two dots end a sentence, so the second part opens no paragraph
 * and, holding no cue, was skipped before any headline rule looked at it
 * (the "Speaker.. claim" rule of two-dots-headline.ts was skipped the same
 * way when its claim held no cue). Grown on the thirtieth voice probe
 * (tests/fixtures/voice-probe30/). A second part with no colon, and the
 * part before the dots, stay the outlet's.
 */

// https://iranintl.com/ar/20211126241758 (Iran International Arabic, Isfahan, 26 November 2021; voice probe 30)
const IRANINTL = 'مقتل متظاهر في أصفهان برصاص الشرطة الإيرانية.. والمحتجون: جئنا لمحاربة خامنئي\nتواصلت احتجاجات المزارعين والأهالي في أصفهان، وسط إيران، وبحسب مقاطع الفيديو المنشورة، فقد هاجمت قوات الأمن، صباح اليوم الجمعة، المعتصمين ما أدى إلى مقتل أحد المحتجين.';

describe('the part after a headline\'s two dots may be a "Speaker: claim" headline', () => {
  it('والمحتجون: جئنا لمحاربة خامنئي (Iran International Arabic, in the thirtieth probe)', () => {
    expect(voiceOf(IRANINTL, 'جئنا لمحاربة خامنئي').voice).toBe('attributed');
  });
});

describe('counter-examples', () => {
  it('the part before the dots stays the outlet\'s (the same headline)', () => {
    expect(voiceOf(IRANINTL, 'برصاص الشرطة الإيرانية').voice).toBe('outlet');
  });

  it('a second part with no colon is the outlet\'s: سوريا.. النظام يواصل تصعيد القصف (Al Jazeera Net, Daraa 2021, in the twenty-second probe)', () => {
    // https://www.aljazeera.net/politics/2021/8/13/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7-%D8%A7%D9%84%D9%86%D8%B8%D8%A7%D9%85-%D9%8A%D9%88%D8%A7%D8%B5%D9%84-%D8%AA%D8%B5%D8%B9%D9%8A%D8%AF-%D8%A7%D9%84%D9%82%D8%B5%D9%81
    const s = 'سوريا.. النظام يواصل تصعيد القصف والحصار على درعا\nجددت قوات النظام السوري قصفها أحياء في مدينة درعا جنوبي سوريا، وسط حصار خانق تفرضه على المدينة وتفاقم الأوضاع الإنسانية فيها.';
    expect(voiceOf(s, 'تصعيد القصف والحصار').voice).toBe('outlet');
  });

  it('the paragraph after the headline is the outlet\'s (Iran International Arabic)', () => {
    expect(voiceOf(IRANINTL, 'احتجاجات المزارعين والأهالي').voice).toBe('outlet');
  });
});
