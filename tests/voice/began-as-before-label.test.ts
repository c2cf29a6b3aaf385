import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * After a verb of labelling (describe, call), the words up to the label's "as" (or its quotation mark) are the thing
 * labelled, named in the outlet's words. The "as" of a verb of beginning before it ("what began as peaceful protests",
 * "what started out as") tells what the thing was at first, in the outlet's words too: it opens no label, and the
 * words after it are neither the speaker's nor set off. Grown on Belarus 2020 told by a sixth set of outlets
 * (tests/fixtures/devset/belarus-2020-sixth, The Seattle Times).
 */

describe('"described what began as X as “Y”": X is the outlet\'s, Y the speaker\'s', () => {
  it('"Authorities described what began as peaceful protests as “riots”" (The Seattle Times, Belarus 2020, in the development set)', () => {
    // https://www.seattletimes.com/nation-world/belarus-leader-vows-to-crush-protests-after-claiming-landslide-election-win/
    const s = 'Authorities described what began as peaceful protests as “riots” and vowed to crush demonstrators who have taken to the streets for the last two nights in Minsk, the capital, and in towns across the country.';
    const protests = voiceOf(s, 'peaceful protests', 'en');
    expect(protests.voice).toBe('outlet');
    expect(protests.distanced).toBe(false);
    const riots = voiceOf(s, 'riots', 'en');
    expect(riots.voice).not.toBe('outlet');
    expect(riots.distanced).toBe(true);
  });
});

describe('counter-examples: the label\'s own "as" still opens the label', () => {
  it('"Kremlin spokesman slams Tbilisi protests as Russophobic provocation" (TASS, Georgia 2019, in the thirteenth probe)', () => {
    // https://tass.com/politics/1064985
    const s = 'Kremlin spokesman slams Tbilisi protests as Russophobic provocation';
    expect(voiceOf(s, 'Russophobic provocation', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'Tbilisi protests', 'en').voice).toBe('outlet');
  });

  it('"citing two cases of what he described as brutality" (China.org.cn, China 2008, in the twenty-first probe)', () => {
    // http://www.china.org.cn/china/local/2008-03/17/content_12834713.htm
    const s = 'Thirteen innocent civilians were burned or stabbed to death, he said, citing two cases of what he described as brutality.';
    expect(voiceOf(s, 'brutality', 'en').distanced).toBe(true);
  });
});
