import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "claimed by" is a passive with its agent: a thing claimed by someone is theirs (responsibility taken), and neither
 * the thing nor the claimer is reported speech ("The gruesome attack was claimed by the militant Islamic State (IS)
 * group"). "Government forces claimed to have killed Burhan" still reports (src/voice/reports-speech.ts). Grown on
 * tests/fixtures/voice-probe33.
 */

/** Daily Times (Reuters copy), https://dailytimes.com.pk/710334/hazaras-refuse-to-bury-slain-miners-or-end-quetta-sit-in/ (voice-probe33). */
const DAILY_TIMES = 'Armed attackers slit the throats of 11 miners in a residential compound near a mine site in Balochistan’s Mach coal field area on Sunday, filming the entire incident and later posting it online. The gruesome attack was claimed by the militant Islamic State (IS) group.';

/** Catch News, http://www.catchnews.com/india-news/kashmir-on-the-boil-10-killed-in-protests-lakhs-attend-burhan-s-funeral-1468085323.html (voice-probe33). */
const CATCH = "Government forces claimed to have killed Burhan, the poster boy of Kashmir's new age militancy, along with two associates in Kokernag in Anantnag district on the evening of 8 July.";

describe('"claimed by" names the claimer, not a speaker', () => {
  it('the attack and its claimer are the outlet\'s words (Daily Times)', () => {
    expect(voiceOf(DAILY_TIMES, 'the militant Islamic State', 'en').voice).toBe('outlet');
    expect(voiceOf(DAILY_TIMES, 'The gruesome attack', 'en').voice).toBe('outlet');
  });

  it('"claimed to have killed" still reports (Catch News)', () => {
    expect(voiceOf(CATCH, 'to have killed Burhan', 'en').voice).toBe('attributed');
  });
});
