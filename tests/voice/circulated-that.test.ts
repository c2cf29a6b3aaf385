import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "تناقلت مواقع إخبارية عبر تطبيق “تلغرام”، أنّ الاحتجاجات تركزت في …": a verb
 * of passing round (تناقل، تداول) reports what follows its أنّ, the ones who
 * passed it round (a quoted name among them, a comma perhaps before أنّ)
 * being the speaker. With a thing only ("وتداولت حسابات إيرانية مقاطع وصورا
 * عن الإضراب") it tells what they did, in the outlet's words. Grown on the
 * thirty-sixth voice probe (tests/fixtures/voice-probe36/), whose first
 * pass gave the Telegram sites' report to the outlet.
 */

describe('تناقل / تداول with أنّ report a clause; with a thing they report nothing', () => {
  it('تناقلت مواقع إخبارية عبر تطبيق “تلغرام”، أنّ الاحتجاجات تركزت … (Al-Marsd via ksaplayers, Iran 2018, in the thirty-sixth probe)', () => {
    // https://ksaplayers.com/Ksahome/NewsDetial/?nid=11870659
    const s = 'احتجاجات وفي سياق متصل، تناقلت مواقع إخبارية عبر تطبيق “تلغرام”، أنّ الاحتجاجات تركزت في بلدة أمير كبير الصناعية بحي شابور الجديد بمحافظة أصفهان.';
    const v = voiceOf(s, 'الاحتجاجات تركزت');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('مواقع إخبارية');
  });

  it('counter-example: "وتداولت حسابات إيرانية مقاطع وصورا عن الإضراب" names what was passed round (Al-Bawaba News, Iran 2018, in the thirty-sixth probe)', () => {
    // https://www.masress.com/albawabh/3139896
    const s = 'وتداولت حسابات إيرانية مقاطع وصورا عن الإضراب في أتوستراد "بابايي" وسط العاصمة، حيث علق السائقون لافتات على شاحناتهم كتب عليها شعارات تدعو للتكاتف والاستمرار.';
    expect(voiceOf(s, 'مقاطع وصورا عن الإضراب').voice).toBe('outlet');
  });
});
