import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A "claim: Source" headline whose source is a person's name ("…: Sheikh
 * Rashid", "…: Shehbaz Sharif", "…: Imran Khan"), as South Asian papers
 * and syndicated feeds write them, gives the claim in that person's voice,
 * as "…: Statement" or "…: police" does. A name is two or three
 * capitalised words with nothing else after the colon, no country, no kind
 * of item (Live Updates) and no function word; a claim after the colon
 * ("Bolivia attempted a coup: troops and armored vehicles withdraw …")
 * leaves the line as it was. Grown on the nineteenth voice probe
 * (tests/fixtures/voice-probe19/), where DND headlined the interior
 * minister's warning to the Tehreek-e-Labbaik's protesters.
 */

describe('a person named after a headline\'s closing colon speaks the claim', () => {
  it('"Troublemakers to be dealt with iron hand: Sheikh Rashid" (DND, Pakistan 2021, in the nineteenth probe)', () => {
    // https://archive.dnd.com.pk/troublemakers-to-be-dealt-with-iron-hand-sheikh-rashid/244381
    const s = 'Troublemakers to be dealt with iron hand: Sheikh Rashid\nISLAMABAD, Pakistan: The Federal Minister for Interior Sheikh Rashid Ahmed has said that the government will deal with an iron hand with those who take the law into their own hands.';
    const troublemakers = voiceOf(s, 'Troublemakers', 'en');
    expect(troublemakers.voice).toBe('attributed');
    expect(troublemakers.speaker).toBe('Sheikh Rashid');
  });

  it('"Imran Khan wants to ruin Pakistan through agitation: Shehbaz Sharif" (Business Standard, PTI feed, its related headlines)', () => {
    // https://www.business-standard.com/world-news/pakistan-pm-shehbaz-sharif-says-protesters-to-be-dealt-with-iron-fist-123051001353_1.html
    const s = 'Imran Khan wants to ruin Pakistan through agitation: Shehbaz Sharif';
    expect(voiceOf(s, 'ruin Pakistan through agitation', 'en').voice).toBe('attributed');
  });
});

describe('what after the colon is not a person', () => {
  it('"Bolivia attempted a coup: troops and armored vehicles withdraw from the presidential palace" (Westside People, AP, Bolivia 2024, in the seventeenth probe)', () => {
    // https://westsidepeoplemag.com/bolivia-attempted-a-coup-troops-and-armored-vehicles-withdraw-from-the-presidential-palace/
    const s = 'Bolivia attempted a coup: troops and armored vehicles withdraw from the presidential palace';
    expect(voiceOf(s, 'attempted a coup', 'en').voice).toBe('outlet');
  });

  it('"Ethiopia News Update: Army Chief Shot | Coup Attempt in Amhara Region Failed": a title after the colon is no name (Tadias, Ethiopia 2019, in the nineteenth probe)', () => {
    // http://www.tadias.com/06/23/2019/ethiopia-news-update-army-chief-shot-coup-attempt-in-amhara-region-failed/
    const s = 'Ethiopia News Update: Army Chief Shot | Coup Attempt in Amhara Region Failed';
    expect(voiceOf(s, 'Coup Attempt in Amhara Region Failed', 'en').voice).toBe('outlet');
  });
});
