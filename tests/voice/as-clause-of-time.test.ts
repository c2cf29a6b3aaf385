import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * After a verb that names a thing (declare, announce, condemn, urge …),
 * "as" followed by a subject and a verb of its own ("as protesters
 * overtake Parliament", "as the protests in Hong Kong continue") opens a
 * clause of time, the narrator's: it is neither the label of a verb of
 * labelling nor part of what was declared or condemned. A label has no
 * verb ("as Russophobic provocation", "as an attempted coup"). Grown on the
 * seventeenth voice probe (tests/fixtures/voice-probe17/); it also mends a
 * term of the development set's hong-kong-2019-more.
 */

describe('"as" and a clause after a verb that names a thing is the narrator\'s', () => {
  it('"Iraq declares state of emergency as protesters overtake Parliament" (UPI, Iraq 2016, in the seventeenth probe)', () => {
    // http://www.upi.com/Top_News/World-News/2016/04/30/Iraq-declares-state-of-emergency-as-protesters-overtake-parliament/1431462020213/
    const s = 'Iraq declares state of emergency as protesters overtake Parliament';
    expect(voiceOf(s, 'protesters overtake Parliament', 'en').voice).toBe('outlet');
  });

  it('"condemns US intervention in the internal affairs of China as the protests in Hong Kong continue" (Mehr News, Hong Kong 2019)', () => {
    // https://en.mehrnews.com/news/150962/Iran-FM-spokesman-condemns-US-congressional-resolution-on-Hong
    const s = 'This is the second time that the Iranian Foreign Ministry condemns US intervention in the internal affairs of China as the protests in Hong Kong continue.';
    expect(voiceOf(s, 'the protests', 'en').voice).toBe('outlet');
  });
});

describe('a label after "as" is still the speaker\'s', () => {
  it('"Kremlin spokesman slams Tbilisi protests as Russophobic provocation" (TASS, Georgia 2019, in the thirteenth probe)', () => {
    // https://tass.com/politics/1064985
    const s = 'Kremlin spokesman slams Tbilisi protests as Russophobic provocation';
    expect(voiceOf(s, 'Russophobic provocation', 'en').voice).toBe('attributed');
  });

  it('"both denounced the events as an attempted coup, a Kremlin spokesman said" (Thomson Reuters Foundation, Ukraine 2014)', () => {
    // http://news.trust.org/item/20140219151435-8qr78/?source=hpbreaking
    const s = 'Russian President Vladimir Putin and Yanukovich spoke by telephone during the night and both denounced the events as an attempted coup, a Kremlin spokesman said.';
    expect(voiceOf(s, 'an attempted coup', 'en').voice).toBe('attributed');
  });
});
