import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * The name of a chant, a slogan or a title in the dual or the dual
 * construct (هتافا، هتافي، هتافان، هتافين، شعاري، عنواني) voices the short
 * quotations right after it as the singular and the plural do (هتاف،
 * هتافات، شعار): "مردّدين هتافي "روسيا ستصبح حرة"، و"هذه مدينتنا"" gives the
 * two chants to the crowd, not to the outlet as scare quotes (the second
 * joined to the first by "، و"). Grown on the twenty-ninth voice probe
 * (tests/fixtures/voice-probe29/). A short quotation with no such word
 * before it, nobody quoted, stays a scare quote.
 */

describe('a chant named in the dual voices its quotations', () => {
  // https://independentarabia.com/node/52701 (Independent Arabia, Moscow 2019, in the twenty-ninth probe)
  const s = 'وسار ما يصل إلى ألفي محتجٍ عبر أحد شوارع موسكو الرئيسة، مردّدين هتافي "روسيا ستصبح حرة"، و"هذه مدينتنا". وحافظت التظاهرة على هدوئها، من دون أن يشارك فيها المعارض أليكسي نافالني الذي دعا إلى تنظيمها عند الساعة 14,00 (11,00 ت.غ.) في جادة رينغ بوسط العاصمة.';

  it('مردّدين هتافي "روسيا ستصبح حرة": the first chant is the crowd\'s', () => {
    const v = voiceOf(s, 'روسيا ستصبح حرة');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
  });

  it('…، و"هذه مدينتنا": the second chant, joined to the first, is the crowd\'s too', () => {
    const v = voiceOf(s, 'هذه مدينتنا');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
  });

  it('the sentence after the chants stays the outlet\'s', () => {
    expect(voiceOf(s, 'حافظت التظاهرة على هدوئها').voice).toBe('outlet');
  });

  it('counter-example: في اشتباكات مع "الدعم السريع" — no chant named, a scare quote (Legwareb, Sudan, in the sixth probe)', () => {
    // https://legwareb.info/?q=node%2F10720
    const v = voiceOf('السودان.. مقتل 46 مدنيا وإصابة 44 في اشتباكات مع "الدعم السريع"', 'الدعم السريع');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });
});
