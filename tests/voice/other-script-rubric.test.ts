import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * An English headline whose words before the colon hold no Latin letter ("国际英语新闻:Massive, peaceful turnout of …",
 * a Chinese site's section name for its English world news) files the item under a rubric in the site's own script;
 * no one is speaking, and the headline is the outlet's. A "Speaker: claim" headline in Latin letters still gives the
 * claim to the speaker. Grown on tests/fixtures/voice-probe21 (HXEN, a Xinhua copy).
 */

describe('a rubric in another script before a headline\'s colon is no speaker', () => {
  it('"国际英语新闻:Massive, peaceful turnout of Iran\'s pro-Mousavi supporters in Tehran\'s rally" (HXEN)', () => {
    // http://hxen.net/englishnews/world/2009-06-16/79487.html (voice-probe21)
    const s = '国际英语新闻:Massive, peaceful turnout of Iran\'s pro-Mousavi supporters in Tehran\'s rally';
    expect(voiceOf(s, 'Massive, peaceful turnout', 'en').voice).toBe('outlet');
  });
});

describe('a speaker in Latin letters still speaks the claim', () => {
  it('"Kremlin: Russian Opposition Plans for Weekend Protest Illegal" (Voice of America)', () => {
    // https://www.voanews.com/a/kremlin-russian-opposition-plans-weekend-protest-illegal/3780337.html (voice-probe21)
    const s = 'Kremlin: Russian Opposition Plans for Weekend Protest Illegal';
    const v = voiceOf(s, 'Illegal', 'en');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('Kremlin');
  });
});
