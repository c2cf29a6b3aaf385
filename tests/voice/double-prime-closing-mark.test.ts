import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Publishing software that turns straight quotation marks into curly ones reads a " right after a digit as an inch
 * sign and writes a double prime: AFP's Arabic copy on Daily Sabah names the Suwayda news site «"السويداء 24″»,
 * opened with a straight mark and closed with ″. Before, the quotation never closed and ran to the paragraph's end,
 * so the footage's protesters and the shooting after it were read as quoted. A ″ after a digit now closes the double
 * quotation still open when no other double mark follows in the paragraph; where one follows, or none is open, the ″
 * is the measure it looks like. Grown on tests/fixtures/devset/syria-suwayda-2023.
 */

describe('a double prime after a digit closes the quotation the page\'s software left open', () => {
  const DAILY_SABAH = 'في مقطع مصور نشرته منصة "السويداء 24″ الإعلامية، شوهد عشرات المتظاهرين وهم يحاولون مداهمة مكتب حزب البعث في مدينة السويداء. وفر البعض مع اشتداد إطلاق النار من';

  it('«منصة "السويداء 24″ الإعلامية، شوهد عشرات المتظاهرين» (Daily Sabah Arabic, AFP copy, 13 September 2023: https://dailysabah.com/arabic/arab-world/2023/09/13/)', () => {
    expect(voiceOf(DAILY_SABAH, 'المتظاهرين').voice).toBe('outlet');
    expect(voiceOf(DAILY_SABAH, 'إطلاق النار').voice).toBe('outlet');
  });

  it('«أنها أحصت “أكثر من 40 نقطة احتجاج … منذ عام 2011″.» keeps the count quoted (Akhbar Al Aan, 21 August 2023: https://akhbaralaan.net/news/arab-world/2023/08/21/)', () => {
    const s = 'وذكرت منصة “السويداء 24” الإخبارية أنها أحصت “أكثر من 40 نقطة احتجاج في محافظة السويداء الأحد، تجاوباً مع دعوات الإضراب العام، التي تجاوب معها أهالي المحافظة بشكل ملفت وغير مسبوق منذ عام 2011″.';
    expect(voiceOf(s, 'نقطة احتجاج').voice).toBe('quoted');
  });
});

describe('a double prime that is a measure quotes nothing', () => {
  // A Tilda blog post's English text in a public GitHub repository (the search tool's find_string, file id 60377590662):
  // the quotation closes at its own ”, after the 27″ inside it.
  it('"phone beats “beauty on a 27″ monitor.” Forms must reach email or CRM" keeps the quotation open to its ”', () => {
    const s = 'Check responsive: phone beats “beauty on a 27″ monitor.” Forms must reach email or CRM, not nowhere.';
    expect(voiceOf(s, 'monitor', 'en').voice).toBe('quoted');
    expect(voiceOf(s, 'Forms', 'en').voice).toBe('outlet');
  });

  // A home-lab write-up in a public GitHub repository (find_string, file id 1585454841): no quotation is open.
  it('"including powering [2 PoE APs][42] and a [27″ monitor][43]." is no quotation', () => {
    const s = 'I ran it down to around 50%, which gave me just over 30 mins of run time, including powering [2 PoE APs][42] and a [27″ monitor][43].';
    expect(voiceOf(s, 'monitor', 'en').voice).toBe('outlet');
  });
});
