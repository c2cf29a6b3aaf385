import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "ونقلت قناة … أن …": a transmission verb that relays what a medium said
 * with أن, and no عن of a source, reports as "قالت القناة إن" does; the
 * medium is the speaker. Before, نقل without its عن was read as "carried"
 * and the whole report left to the outlet.
 */

// https://www.alalam.ir/news/3232316/ (Al-Alam, Iraqi Kurdistan, 19 December 2017; voice probe 20)
const ALALAM = 'ونقلت قناة "إن آر تي" الكردية أن "4 من الأسايش "قوات الأمن"، و6 متظاهرين، أصيبوا أثناء احتجاجات وقعت في محافظة السليمانية".';

// Counter-examples.
// https://elaph.com/Web/news/2011/1/623835.html (Elaph, Tunisia 2011; development set, tunisia-2010): نقلوا الى (carried to) reports nothing of its own.
const ELAPH = 'وقالت المصادر ان بين الجرحى ستة اصيبوا بجروح خطيرة وقد نقلوا الى مستشفى في القصرين، كبرى مدن المنطقة.';
// https://sauress.com/alsharq/16656 (Al-Sharq, Kuwait 2011; voice probe 18): a short quotation after the relayed
// clause's comma stays as it was read.
const ALSHARQ = 'فيما نقلت صحيفة “الوطن” الكويتية أنه سمح ل”المصورين” الإعلاميين، بالدخول لردهات المجلس، لتوثيق “التلفيات” التي وقعت، جراء “إقتحام” الأربعاء.';

describe('a transmission verb with أن and no عن', () => {
  it('reports what the medium said', () => {
    const v = voiceOf(ALALAM, 'احتجاجات');
    expect(v.voice).not.toBe('outlet');
    expect(v.speaker).toBe('قناة "إن آر تي"');
    expect(voiceOf(ALALAM, 'قناة').voice).toBe('outlet');
  });

  it('counter-examples: carried to a hospital; a relayed clause read as before', () => {
    expect(voiceOf(ELAPH, 'مستشفى').speaker).toBe('المصادر');
    expect(voiceOf(ALSHARQ, 'إقتحام').voice).toBe('outlet');
  });
});
