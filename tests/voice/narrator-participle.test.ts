import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A participle with an object of its own after the comma that closes what a verb of naming, labelling or pledging
 * names ("denounced … as instigators of …, taking a hard stance …", "pledged to conduct the rally near the Kremlin,
 * setting up a possible showdown with police") is the narrator's comment on the act: the label or the pledge ends at
 * the comma. A participle of saying ("…, urging the public to …", "…, adding that …", "…, declaring …") reports on
 * its own, and stays the speaker's. Grown on tests/fixtures/voice-probe21 (AP on the Pasadena Star-News, RFE/RL).
 */

describe('a participle after what was named or pledged is the narrator\'s', () => {
  it('"denounced the Dalai Lama’s supporters as instigators …, taking a hard stance Tuesday as a deadline for protesters …" (AP)', () => {
    // https://www.pasadenastarnews.com/2008/03/18/china-raps-dalai-lama-backers/ (voice-probe21)
    const s = 'BEIJING – China’s premier denounced the Dalai Lama’s supporters as instigators of violent anti-Chinese riots in Tibet’s capital, taking a hard stance Tuesday as a deadline for protesters to turn themselves in passed without apparent surrenders.';
    expect(voiceOf(s, 'protesters', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'instigators', 'en').voice).toBe('attributed');
  });

  it('"pledged to conduct the rally near the Kremlin, setting up a possible showdown with police" (RFE/RL)', () => {
    // https://www.rferl.org/a/moscow-police-warn-navalny-rally/28387301.html (voice-probe21)
    const s = 'But Navalny rejected the offer and pledged to conduct the rally near the Kremlin, setting up a possible showdown with police.';
    expect(voiceOf(s, 'a possible showdown with police', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'the rally near the Kremlin', 'en').voice).toBe('attributed');
  });
});

describe('a participle of saying goes on with the speaker', () => {
  it('"denounced the protesters as criminals rather than students, urging the public to deal with them firmly" (Daily Qudrat)', () => {
    // https://en.dailyqudrat.pk/over-100-dead-and-dozens-injured-in-violent-student-protests-curfew-imposed
    const s = 'Prime Minister Hasina has denounced the protesters as criminals rather than students, urging the public to deal with them firmly.';
    expect(voiceOf(s, 'deal with them firmly', 'en').voice).toBe('attributed');
  });

  it('"condemned the shooting in Lebanon …, adding that Beirut will leave behind “Israeli-backed sedition”" (Pars Today, in the fourth probe)', () => {
    // https://parstoday.com/en/news/iran-i155198-iran_condemns_killing_of_protesters_in_lebanon
    const s = 'Foreign Ministry Spokesman Saeed Khatibzadeh has on Friday condemned the shooting in Lebanon which led to death of multiple peaceful demonstrators, adding that Beirut will leave behind “Israeli-backed sedition”.';
    expect(voiceOf(s, 'Israeli-backed sedition', 'en').voice).toBe('quoted');
  });

  it('"announced a coup on national TV, declaring the dissolution of the constitution …" (Mint, in the seventeenth probe)', () => {
    // https://www.livemint.com/news/eu-cut-off-financial-support-west-africa-leaders-to-meet-over-niger-coup-junta-warns-against-intervention-top-updates/amp-11690680043562.html
    const s = 'On 27 July, Niger soldiers publicly announced a coup on national TV, declaring the dissolution of the constitution, suspension of institutions, and closure of borders.';
    expect(voiceOf(s, 'the dissolution of the constitution', 'en').voice).toBe('attributed');
  });
});
