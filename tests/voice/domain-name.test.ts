import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A reporting word glued by a dot to a domain's ending ("REPORT.AZ/", "Report.az") is an outlet's or a site's name in
 * its dateline, not a verb reporting the sentence: "Baku. 27 March. REPORT.AZ/ A rally was held …" is the agency's
 * own account. A reporting word followed by a dot and a capitalised word (a sentence run on with no space) still
 * reports. Grown on tests/fixtures/voice-probe28.
 */

/** Report.az, https://report.az/en/region/rally-held-in-kemerovo-demanding-governor-s-resignation/ (voice-probe28). */
const REPORT_AZ = 'Baku. 27 March. REPORT.AZ/ A rally was held in the Russian city of Kemerovo demanding the resignation of governor Aman Tuleyev.';

/** Counter-example: TASS, https://tass.com/russia/1075883 (voice-probe28): "told TASS" closes the report. */
const TASS = 'MOSCOW, August 31. /TASS/. About 750 people are participating in an unsanctioned rally in downtown Moscow, the capital’s police told TASS on Saturday.';

describe('a reporting word glued to a domain\'s ending is a name', () => {
  it('the agency\'s dateline reports nothing (Report.az)', () => {
    expect(voiceOf(REPORT_AZ, 'A rally was held', 'en').voice).toBe('outlet');
    expect(voiceOf(REPORT_AZ, 'demanding the resignation', 'en').voice).toBe('outlet');
  });

  it('a report closed by its verb still reports (TASS)', () => {
    expect(voiceOf(TASS, 'an unsanctioned rally', 'en').voice).toBe('attributed');
  });
});
