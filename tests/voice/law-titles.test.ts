import {describe, expect, it} from 'vitest';
import {voiceOf, voiceOfSpan} from '../support/voice-of-lines.js';

/*
 * Quotation marks around a law's name are its title's, not the outlet's
 * scare quote: a short quotation right after قانون / مشروع / law / bill, or
 * right before "law" / "bill", is judged as if unmarked, whether it holds
 * the whole term or cuts into it. Marks around part of any other term still
 * distance it. Sentences of the development set's Georgia 2023–24 folder.
 */

const spanOf = (text: string, term: string): [number, number] => {
  const at = text.indexOf(term);
  return [at, at + term.length];
};

describe('a law named in quotation marks is not distanced', () => {
  it('مشروع قانون «شفافية التمويل الأجنبي» (Al-Akhbar)', () => {
    const s = 'وقد جاءت هذه الاتهامات اليوم من باب مشروع قانون «شفافية التمويل الأجنبي» للحكومة الجورجية الذي أثار احتجاجات في تبليسي، من قبل المعارضة الجورجية ومجموعات من المجتمع المدني، بعد خضوعه لتصديق أولي من قبل البرلمان.';
    const term = 'قانون «شفافية التمويل الأجنبي';
    expect(voiceOfSpan(s, ...spanOf(s, term)).distanced).toBe(false);
    expect(voiceOf(s, 'شفافية').distanced).toBe(false);
  });

  it("قانون 'شفافية التأثير الأجنبي' in single marks (Al-Alam)", () => {
    const s = "في المقابل يرى حزب الحلم الجورجي الحاكم صاحب الأغلبية في البرلمان، إن قانون 'شفافية التأثير الأجنبي'، يمضي على غرار تشريع أمريكي اقر في الثلاثينيات القرن الماضي.";
    expect(voiceOfSpan(s, ...spanOf(s, "قانون 'شفافية التأثير الأجنبي")).distanced).toBe(false);
  });

  it('a controversial "foreign agent" law: the name before "law" (RFE/RL)', () => {
    const s = 'TBILISI -- Protesters who rallied against the Georgian government\'s plan to approve a controversial "foreign agent" law say they were beaten by security forces who launched a violent crackdown with water cannons, volleys of tear gas, and, according to some eyewitnesses, rubber bullets.';
    expect(voiceOfSpan(s, ...spanOf(s, 'controversial "foreign agent" law'), 'en').distanced).toBe(false);
  });
});

describe('marks around part of another term still distance it', () => {
  it('قوات "حفظ السلام" (seed 002\'s headline)', () => {
    const s = 'روسيا تعلن اكتمال نشر قوات "حفظ السلام" في كازاخستان والسلطات تؤكد استقرار المناطق المضطربة';
    expect(voiceOfSpan(s, ...spanOf(s, 'قوات "حفظ السلام')).distanced).toBe(true);
  });

  it('a short quotation after a word that is not a law: تصنيفها كـ “عملاء أجانب” (Aleppo News)', () => {
    const s = 'وينص مشروع القانون المثير للجدل، الذي يسمى رسمياً “قانون شفافية التأثير الأجنبي”، على وضع قائمة للمنظمات غير الحكومية ووسائل الإعلام والجهات التي تتلقى تمويلا من دول أجنبية، وتصنيفها كـ “عملاء أجانب”.';
    expect(voiceOf(s, 'عملاء أجانب').distanced).toBe(true);
  });
});
