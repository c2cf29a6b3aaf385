import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A passive participle of labelling set off by commas after a noun ("The
 * Tayouneh ambush, labeled by some 'a massacre,' left several people
 * martyred") is an aside: the label is the labellers', and the report ends
 * at the aside's closing comma — the sentence's own predicate after it is
 * the narrator's. Only with "by" or "as" right after the participle, and a
 * closing comma within a few words. Grown on the seventeenth voice probe
 * (tests/fixtures/voice-probe17/).
 */

describe('a passive label between commas ends at its comma', () => {
  it('"The Tayouneh ambush, labeled by some \'a massacre,\' left several people martyred and dozens wounded." (Al Mayadeen English, Lebanon 2021, in the seventeenth probe)', () => {
    // https://english.almayadeen.net/news/politics/lebanon-mourns-martyrs-of-tayouneh-ambush
    const s = "The Tayouneh ambush, labeled by some 'a massacre,' left several people martyred and dozens wounded. The victims were brutally killed by snipers who shot them from the rooftops in Tayouneh, Beirut.";
    expect(voiceOf(s, 'left several people martyred', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'a massacre', 'en').voice).not.toBe('outlet');
  });
});

describe('what the aside rule leaves', () => {
  it('"…, called by the opposition-led “Save Togo” campaign." names who called the protests, at the sentence end (defenceWeb, Togo 2017, in the seventh probe)', () => {
    // https://www.defenceweb.co.za/security/human-security/togo-police-fire-teargas-at-embassy-protesters/
    const s = 'Togo, a former French colony, has been rocked by a series of violent protests in the past three weeks, called by the opposition-led “Save Togo” campaign.';
    expect(voiceOf(s, 'rocked by a series of violent protests', 'en').voice).toBe('outlet');
  });
});
