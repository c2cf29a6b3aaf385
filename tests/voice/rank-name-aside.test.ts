import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "أعلن قائد الحرس الثوري الإيراني، اللواء محمد علي جعفري، اليوم الأربعاء،
 * انتهاء المظاهرات …": after a verb of announcing in VS order, the title's
 * holder named by rank between commas is the speaker's name, and its comma
 * does not end the announced thing, which comes after it (and after a time
 * aside). Before, the object ended at the name's comma and what was announced
 * was left to the outlet. Only a rank opens such an aside: a noun after the
 * title's comma is the announced thing, and its comma ends it as before.
 */

// http://howiyapress.com/ (Howiya Press, Morocco, 3 January 2018, agencies: the Guards' commander on the protests; voice probe 25)
const HOWIYA = 'أعلن قائد الحرس الثوري الإيراني، اللواء محمد علي جعفري، اليوم الأربعاء، انتهاء المظاهرات التي شهدتها البلاد مؤخرًا.';

// Counter-examples.
// Lakome (Tunisia, January 2021; tests/voice/travel-voice2.test.ts): no rank after the speaker's comma; the announced
// thing's own comma ends it.
const LAKOME = 'أعلنت الداخلية التونسية، توقيف 632 شخصا شاركوا في "أعمال شغب" شهدتها العاصمة ومناطق أخرى، خلال الأيام الأربعة الماضية.';
// https://maghress.com/almassae/127488 (Al-Massae, Morocco, 21 February 2011; voice probe 20): a name without a rank
// before عن, read by the name-aside rule as before.
const MASSAE = 'أعلن وزير الداخلية، الطيب الشرقاوي، عن سقوط 5 قتلى في أعمال الشغب التي تلت مظاهرات «20 فبراير»، أول أمس الأحد في عدة مدن مغربية.';

describe('a rank and name between commas after the speaker’s title', () => {
  it('the announced thing after the name (and a time aside) is the speaker’s', () => {
    const v = voiceOf(HOWIYA, 'انتهاء المظاهرات');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('قائد الحرس الثوري الإيراني');
  });

  it('counter-examples: no rank, the object ends at its own comma; a name before عن as before', () => {
    expect(voiceOf(LAKOME, 'أعمال شغب').voice).toBe('quoted');
    expect(voiceOf(LAKOME, 'الأيام').voice).toBe('outlet');
    expect(voiceOf(MASSAE, 'أعمال الشغب').voice).toBe('attributed');
  });
});
