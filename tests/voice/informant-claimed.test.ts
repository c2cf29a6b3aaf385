import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * An informant closing a sentence (…, witnesses said; …, the agency reported) vouches for the facts, so their words
 * stay the outlet's. Not when the outlet gives the report as a claim: "…, the agency claimed." (the interior
 * ministry's press service, named back as "the agency") is a report the outlet does not vouch for, and its words are
 * the agency's, as an official's would be. Grown on tests/fixtures/voice-probe31.
 */

/** Regional Trends, https://regtrends.com/en/2023/10/30/60-people-detained-after-anti-semitic-protests-in-makhachkala (voice-probe31). */
const REGTRENDS = 'All detainees “have been brought to territorial police departments for further proceedings.” As a result of the riots, nine police officers were injured, two of them were hospitalized, the agency claimed.';

/** Counter-example: Al Jazeera, https://www.aljazeera.com/news/2018/02/gonabadi-dervish-protest-leaves-5-dead-tehran-180220075337834.html (voice-probe31). */
const ALJAZEERA = 'Three police officers were killed and several wounded in the first incident on Monday evening, when a minibus ran them over as they tried to contain the Gonabadi Dervish protesters in the Pasdaran district of the capital, Iran’s Fars news agency reported on Tuesday.';

describe('an informant\'s claim is not vouched for', () => {
  it('"…, the agency claimed." gives the riots to the agency (Regional Trends)', () => {
    expect(voiceOf(REGTRENDS, 'As a result of the riots', 'en')).toMatchObject({voice: 'attributed', speaker: 'the agency', cue: 'claimed'});
  });

  it('"…, Iran’s Fars news agency reported" still vouches: the words stay the outlet\'s (Al Jazeera)', () => {
    expect(voiceOf(ALJAZEERA, 'contain the Gonabadi Dervish protesters', 'en').voice).toBe('outlet');
    expect(voiceOf(ALJAZEERA, 'the first incident', 'en').voice).toBe('outlet');
  });
});
