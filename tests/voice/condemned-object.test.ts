import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "condemn" and "denounce" name what is condemned, as "declare" and "urge"
 * do: their object only, up to a comma, a relative or a circumstance; what
 * the sentence goes on to say after it is the outlet's. "denounced … as …"
 * still labels, and a participle of belief right after the comma
 * ("…, believing that …") goes on with the same speaker. Grown on the ninth
 * voice probe (tests/fixtures/voice-probe9/), where two condemned objects
 * ran on past a relative clause.
 */

describe('what is condemned ends at a relative or a comma', () => {
  it('"condemned protests by thousands of people who gathered in Lilongwe last week to denounce his re-election" (News On Media, Malawi 2019, in the ninth probe)', () => {
    // https://newsonmedia.com/?p=100542
    const s = 'Malawi’s President Peter Mutharika on Saturday condemned protests by thousands of people who gathered in Lilongwe last week to denounce his re-election in …';
    expect(voiceOf(s, 'gathered in Lilongwe', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'denounce his re-election', 'en').voice).toBe('outlet');
  });

  it('"the taxi drivers’ strike to condemn the July 1 price rise, which had already led to several protests" (The Citizen, AFP, Angola 2025, in the ninth probe)', () => {
    // https://www.citizen.co.za/news/news-world/news-africa/unrest-in-angolan-capital-after-4-killed-in-fuel-hike-protests/
    const s = 'Transport in Luanda remained suspended and shops closed after massive looting on Monday, the first day of the taxi drivers’ strike to condemn the July 1 price rise, which had already led to several protests.';
    expect(voiceOf(s, 'several protests', 'en').voice).toBe('outlet');
  });
});

describe('a label, and a belief that goes on, are still the speaker\'s', () => {
  it('"both denounced the events as an attempted coup, a Kremlin spokesman said" (Thomson Reuters Foundation, Ukraine 2014)', () => {
    // http://news.trust.org/item/20140219151435-8qr78/?source=hpbreaking
    const s = 'Russian President Vladimir Putin and Yanukovich spoke by telephone during the night and both denounced the events as an attempted coup, a Kremlin spokesman said.';
    expect(voiceOf(s, 'an attempted coup', 'en').voice).toBe('attributed');
  });

  it('"came forward to condemn the measures, believing that they would widen the country\'s economic gap" (Mywiloo, Ecuador 2019, in the third probe)', () => {
    // http://mywiloo.com/2019/10/ecuador-protests-president-moves-government-out-of-quito/
    const s = "Indigenous groups came forward to condemn the measures, believing that they would widen the country's economic gap.";
    expect(voiceOf(s, "widen the country's economic gap", 'en').voice).toBe('attributed');
  });
});
