import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A report set off by commas in mid-sentence ("…, witnesses said, as …")
 * governs the clause before it. A participle between commas ("…, announcing
 * 17 arrests, including …", "…, stating, There is …") is no such aside: a
 * participle never stands before its subject, so the words after it are its
 * object or what was stated, not a speaker, and the clause before it stays
 * the narrator's. Grown on the seventeenth voice probe
 * (tests/fixtures/voice-probe17/); it also mends a term of the fifth.
 */

describe('a participle between commas is not an aside', () => {
  it('"Authorities displayed handcuffed detainees to the media, announcing 17 arrests, including ex-army chief Juan Jose Zuniga." (Mehr News, Bolivia 2024, in the seventeenth probe)', () => {
    // https://en.mehrnews.com/amp/216981
    const s = 'Authorities displayed handcuffed detainees to the media, announcing 17 arrests, including ex-army chief Juan Jose Zuniga. Following the failed coup, riot police heightened security around government buildings.';
    expect(voiceOf(s, 'handcuffed detainees', 'en').voice).toBe('outlet');
  });

  it('"Rajoelina has criticized this power grab, stating, There is an attempt to seize power at this time..." (Flux Daily, Madagascar 2025, in the fifth probe)', () => {
    // https://fluxdaily.news/story/Potential_Power_Seizure_in_Madagascar__Crisis_Escalates_Amid_Protests
    const s = 'Rajoelina has criticized this power grab, stating, There is an attempt to seize power at this time... in complete violation of the Constitution and democratic principles and condemned the destabilization efforts.';
    expect(voiceOf(s, 'There is an attempt to seize power at this time', 'en').voice).toBe('attributed');
  });
});

describe('a speaker and verb between commas still are', () => {
  it('"…, medics said, after the military tightened its grip …" (Newsbreak, Sudan 2021, in the fourth probe)', () => {
    // https://www.newsbreak.com/news/2428299090890/pak-opposition-join-hands-to-counter-imran-khan-govt-in-parliament-over-inflation
    const s = 'Sudanese security forces killed at least five demonstrators Saturday in a crackdown on anti-coup protests, medics said, after the military tightened its grip by forming a new ruling council.';
    // The aside governs the clause before it (the medics' report, whose framing words the outlet vouches for);
    // the circumstance after its second comma is the narrator's.
    expect(voiceOf(s, 'tightened its grip', 'en').voice).toBe('outlet');
  });
});
