import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "inform" reports as "tell" does, with the listener as its object: "…,
 * Arce informed the press." closes the report of the clause before it. Its
 * participle as an adjective ("‘informed’ compatriots") opens nothing, and
 * "informed sources" stays a source that vouches for facts. Grown on the
 * seventeenth voice probe (tests/fixtures/voice-probe17/).
 */

describe('"…, X informed the press." closes a report', () => {
  it('"The incident involved an attempt to breach the presidential palace, …, Arce informed the press." (Mehr News, Bolivia 2024, in the seventeenth probe)', () => {
    // https://en.mehrnews.com/amp/216981
    const s = 'The incident involved an attempt to breach the presidential palace, resulting in injuries to fourteen civilians who opposed the coup, some requiring hospitalization and surgery, Arce informed the press.';
    const breach = voiceOf(s, 'an attempt to breach the presidential palace', 'en');
    expect(breach.voice).toBe('attributed');
    expect(breach.speaker).toBe('Arce');
    expect(voiceOf(s, 'injuries to fourteen civilians', 'en').voice).toBe('attributed');
  });
});

describe('"informed" that reports nothing', () => {
  it('"as some of our vaunted, ‘informed’ compatriots are drumming up that …" stays inside its quotation (Meduza, Belarus 2020)', () => {
    // https://meduza.io/amp/en/news/2020/08/14/belarusian-president-lukashenko-assures-the-public-that-he-s-still-alive-and-hasn-t-fled-the-country
    const s = 'In opening remarks at a meeting on the construction industry on August 14, Belarusian President Alexander Lukashenko announced: “For starters, I’m still alive and I haven’t fled abroad as some of our vaunted, ‘informed’ compatriots are drumming up that the president has fled the country and is now abroad.”';
    expect(voiceOf(s, 'the president has fled the country', 'en').voice).toBe('quoted');
  });
});
