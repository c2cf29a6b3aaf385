import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Verbs of expressing a feeling name what it is felt over, as "condemn" names what it condemns: the object, up to a
 * comma or a circumstance, is the speaker's words. "Larijani offered his condolences over the martyrdom of security
 * forces in an attack by members of the Gonabadi Dervishes, …" and "He further expressed his gratitude to the
 * “selfless” commanders … during the riot …" (Tasnim) give the martyrdom, the attack and the "selfless" commanders to
 * the speaker; what follows the comma or "during" is the outlet's. Only a feeling of that kind (condolences,
 * gratitude, sympathy, concern, outrage …): "expressed support for …", "expressed their dissatisfaction and took to the
 * streets" tell what people did, and "to express" after a crowd's action gives its purpose, in the outlet's words.
 * Grown on tests/fixtures/voice-probe31.
 */

/** The Iran Project (Tasnim copy), https://theiranproject.com/blog/2018/02/22/iranian-speaker-lauds-police-forces-prudence-dealing-riot-capital/ (voice-probe31). */
const CONDOLENCES = 'Speaking at an open session of the parliament on Thursday, Larijani offered his condolences over the martyrdom of security forces in an attack by members of the Gonabadi Dervishes, a Sufi community in Iran, during the riot.';
const GRATITUDE = 'He further expressed his gratitude to the “selfless” commanders and personnel of the Law Enforcement for their solidity and wisdom during the riot in the Pasdaran Street in northern Tehran.';

/** Counter-example: Samaj Weekly, https://samajweekly.com/three-slain-98-detained-amidst-protests-in-colombia (voice-probe2). */
const SAMAJ = 'Bogota, At least three people were slain and 98 detained in a day of massive protests called by social movements in several cities around Colombia to express their rejection of the social and economic policies of President Ivan Duque.';

/** Counter-example: Press TV on Ukraine 2014 (tests/fixtures/devset/ukraine-2014-new/006-presstv-maidan.txt). */
const PRESSTV = 'As the crisis was brewing in Ukraine, US and European officials repeatedly expressed support for the anti-government Ukrainian protesters.';

/** Counter-example: Dim Sum Daily, https://www.dimsumdaily.hk/hundreds-of-shanghai-citizens-protest-on-streets-against-covid-19-lockdown-during-deadly-fire-in-xinjiang/ (voice-probe23). */
const DIMSUM = 'Although the government later clarified that the rumours were not true, the local citizens still expressed their dissatisfaction and took to the streets to protest.';

describe('what condolences or gratitude are expressed over is the speaker\'s', () => {
  it('the martyrdom and the attack are the speaker of parliament\'s words (Tasnim)', () => {
    expect(voiceOf(CONDOLENCES, 'the martyrdom of security forces', 'en')).toMatchObject({voice: 'attributed', speaker: 'Larijani'});
    expect(voiceOf(CONDOLENCES, 'an attack by members', 'en').voice).toBe('attributed');
  });

  it('"selfless" is his word, not a scare quote; "during the riot" is the outlet\'s (Tasnim)', () => {
    expect(voiceOf(GRATITUDE, 'selfless', 'en')).toMatchObject({voice: 'quoted', distanced: false});
    expect(voiceOf(GRATITUDE, 'during the riot', 'en').voice).toBe('outlet');
  });

  it('"to express" after a crowd\'s action is its purpose, in the outlet\'s words (Samaj Weekly)', () => {
    expect(voiceOf(SAMAJ, 'the social and economic policies', 'en').voice).toBe('outlet');
    expect(voiceOf(SAMAJ, 'massive protests', 'en').voice).toBe('outlet');
  });

  it('"expressed support for", "expressed their dissatisfaction and took to the streets": the outlet\'s words (Press TV, Dim Sum Daily)', () => {
    expect(voiceOf(PRESSTV, 'the anti-government Ukrainian protesters', 'en').voice).toBe('outlet');
    expect(voiceOf(DIMSUM, 'took to the streets to protest', 'en').voice).toBe('outlet');
  });
});
