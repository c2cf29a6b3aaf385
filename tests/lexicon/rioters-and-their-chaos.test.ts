import {describe, expect, it} from 'vitest';
import {framingMatches} from './lexicon-matches.js';
import {runCases} from './paraphrase-cases.js';

/*
 * «مثيري الشغب والفوضى»: the makers of riots named with a second thing they
 * make, joined by و (الشغب والفوضى، الفوضى والتخريب), are one name for the
 * crowd, not the crowd and then a threat of chaos beside it. The second noun is
 * one of the unrest nouns the makers are named by (فوضى، شغب، اضطرابات،
 * قلاقل، تخريب، عنف; الفتنة is ar.actors.sedition-mongers'); any other word
 * after و (والشرطة) is a new conjunct. Grown on the fresh Iran 2017–18 folder (tests/fixtures/devset/
 * iran-2017), where the state agency's «مثيري الشغب والفوضى» was read as the
 * rioters plus a false «والفوضى».
 */

describe('the makers of riots and of a second unrest noun are one name', () => {
  runCases([
    // SANA, on the pro-government rallies in Iran, January 2018.
    ['https://sana.sy/?p=687638', 'ar', 'شهدت المدن والبلدات الإيرانية لليوم الثالث على التوالي مسيرات شعبية مليونية رفضا لأعمال التخريب من قبل مثيري الشغب والفوضى في البلاد وللتدخلات الخارجية في شؤونها الداخلية', 'ar.actors.rioter=مثيري الشغب والفوضى'],
  ]);

  it('leaves «والفوضى» out as a threat of its own after the makers', () => {
    const sentence = 'رفضا لأعمال التخريب من قبل مثيري الشغب والفوضى في البلاد';
    expect(framingMatches(sentence, 'ar').filter((m) => m.text.includes('الفوضى')).map((m) => m.id)).toEqual(['ar.actors.rioter']);
  });

  it('ends at any other conjunct: «مثيري الشغب والشرطة» (Arabic Wikipedia, "Riot")', () => {
    // http://ar.wikipedia.org/wiki/Riot
    const sentence = 'فأصبح المواطنون مع كاميرات الفيديو يحملون تأثير إضافي على السلطة وهو ما يجعل الكاميرات مهمة إضافية لكل من مثيري الشغب والشرطة.';
    expect(framingMatches(sentence, 'ar').filter((m) => m.id === 'ar.actors.rioter').map((m) => m.text)).toEqual(['مثيري الشغب']);
  });
});
