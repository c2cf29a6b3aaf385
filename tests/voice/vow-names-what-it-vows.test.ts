import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "vow" and "pledge" name what is vowed, as "urge" names what is urged: the
 * object (an infinitive and what it governs) up to a circumstance ("after",
 * "amid", "which" …) or a comma is the speaker's; the circumstance is the
 * outlet's again. "vowed that …" still reports a clause. Grown on
 * belarus-2010, where Reuters' police breaking up "mass protests" had been
 * read as Lukashenko's words.
 */

describe('what is vowed, and what is not', () => {
  it('"vowed … to thwart any attempt at “revolution” after police broke up mass protests" (Reuters, Minsk 2010)', () => {
    // https://in.reuters.com/article/columns-us-belarus-election-idINTRE6BH1TY20101220?feedType=RSS&feedName=everything&virtualBrandChannel=11709
    const s = 'MINSK (Reuters) - Belarus President Alexander Lukashenko vowed on Monday to thwart any attempt at “revolution” after police broke up mass protests against his re-election and arrested his opponents.';
    expect(voiceOf(s, 'mass protests', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'revolution', 'en').voice).toBe('quoted');
  });

  it('"vowed … to crush the revolt and fight to the last": the vow is his (Reuters, Libya 2011)', () => {
    // http://www.reuters.com/article/2011/02/24/us-libya-protests-gaddafi-idUSTRE71N4NI20110224
    const s = 'Gaddafi, who just two days ago vowed in a televised address to crush the revolt and fight to the last, showed none of the fist-thumping rage of that speech.';
    expect(voiceOf(s, 'revolt', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'fist-thumping rage', 'en').voice).toBe('outlet');
  });

  it('"the Hong Kong chief vowed to chase down the criminals" (Global Times, Hong Kong 2019)', () => {
    // https://www.globaltimes.cn/content/1158714.shtml
    const s = 'Chinese society strongly condemned the radical acts of rioters on Sunday as they intended to storm the liaison office of the central government in Hong Kong and defaced the national emblem of China, and the Hong Kong chief vowed to chase down the criminals.';
    expect(voiceOf(s, 'criminals', 'en').voice).toBe('attributed');
  });
});

describe('counter-example: "vowed that" reports a clause', () => {
  it('"The spokesman vowed that the coalition would not allow any supplies to reach the rebels …" (The Daily Star, Yemen 2015)', () => {
    // https://www.dailystar.com.lb/News/Middle-East/2015/Mar-27/292330-decisive-storm-besieges-houthis.ashx
    const s = 'The spokesman vowed that the coalition would not allow any supplies to reach the rebels and that no party would be allowed to back the Houthi rebellion.';
    expect(voiceOf(s, 'Houthi rebellion', 'en').voice).toBe('attributed');
  });
});
