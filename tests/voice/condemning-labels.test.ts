import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Verbs of condemning name what they condemn, as "condemn" and "denounce"
 * already did: "criticize" takes its object the same way, and "condemn",
 * "criticize" and "slam" label with "as" — the thing labelled is named in
 * the outlet's words, the label is the speaker's. "slam" reports only such a
 * label (or a quotation, "that", a colon): "slammed street protests in …"
 * names what was rebuked in the outlet's words. A straight apostrophe glued
 * to its word ("Washington's") opens no label. Grown on the thirteenth
 * voice probe (tests/fixtures/voice-probe13/) and the development set's
 * English wrong voices.
 */

describe('a verb of condemning labels with "as"', () => {
  it('"Kremlin spokesman slams Tbilisi protests as Russophobic provocation" (TASS, Georgia 2019, in the thirteenth probe)', () => {
    // https://tass.com/politics/1064985
    const s = 'Kremlin spokesman slams Tbilisi protests as Russophobic provocation';
    expect(voiceOf(s, 'Russophobic provocation', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'Tbilisi protests', 'en').voice).toBe('outlet');
  });

  it('"The Trudeau government has condemned the peaceful protests in Canada as "illega" (Sputnik, Canada 2022, in the thirteenth probe)', () => {
    // https://sputniknews.com/20220218/canada-key-freedom-convoy-protest-organiser-arrested-in-ottawa---media-1093131898.html
    const s = 'The protest has since evolved into an anti-government demonstration, with various groups uniting in opposition to Prime Minister Justin Trudeau.The Trudeau government has condemned the peaceful protests in Canada as "illega';
    expect(voiceOf(s, 'the peaceful protests in Canada', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'illega', 'en').voice).toBe('quoted');
  });

  it('"Putin slams Ukraine protests as \'pogrom, not revolution\'" (Yahoo, AFP, Ukraine 2013)', () => {
    // https://sg.news.yahoo.com/putin-slams-ukraine-protests-pogrom-not-revolution-170504201.html
    const s = "Putin slams Ukraine protests as 'pogrom, not revolution'";
    expect(voiceOf(s, 'pogrom', 'en').voice).toBe('quoted');
    expect(voiceOf(s, 'Ukraine protests', 'en').voice).toBe('outlet');
  });
});

describe('"criticize" names what it criticizes', () => {
  it('"has criticized the European countries for not reacting appropriately to radical opposition activists’ actions" (Alayham, Ukraine 2014)', () => {
    // https://news.alayham.com/node/137096
    const s = 'MOSCOW: Russian Foreign Minister Sergei Lavrov has criticized the European countries for not reacting appropriately to radical opposition activists’ actions in various parts of Ukraine.';
    expect(voiceOf(s, 'radical opposition activists', 'en').voice).toBe('attributed');
  });

  it('"strongly slammed recent “attempts” by the US to stage a military coup" (Tasnim, Venezuela 2019): a quotation after "slam" is its label', () => {
    // https://www.tasnimnews.com/en/news/2019/05/03/2003114/iran-condemns-us-threat-of-military-action-in-venezuela/amp
    const s = 'TEHRAN (Tasnim) – Iranian Foreign Ministry Spokesman Seyed Abbas Mousavi strongly slammed recent “attempts” by the US to stage a military coup in Venezuela and American officials’ remarks on military action against the Latin American country.';
    expect(voiceOf(s, 'by the US to stage a military coup', 'en').voice).toBe('attributed');
  });
});

describe('"slam" without a label, and an apostrophe, report nothing', () => {
  it('"slammed street protests in Ukraine against the government\'s decision …" (Yahoo, AFP, Ukraine 2013)', () => {
    // https://sg.news.yahoo.com/putin-slams-ukraine-protests-pogrom-not-revolution-170504201.html
    const s = "Russian strongman Vladimir Putin on Monday slammed street protests in Ukraine against the government's decision not to sign a key agreement with the European Union and seek closer ties with the Kremlin.";
    expect(voiceOf(s, 'street protests', 'en').voice).toBe('outlet');
    expect(voiceOf(s, "the government's decision not to sign a key agreement with the European Union", 'en').voice).toBe('outlet');
  });

  it('"slammed other Arab countries that have been cooperating with Saudi Arabia in its aggression against Yemen" (Press TV, Yemen 2015)', () => {
    // http://www.presstv.ir/Detail/2015/03/29/403878/Yemenis-urge-end-to-Saudi-invasion
    const s = 'The demonstrators chanted anti-Saudi slogans and slammed other Arab countries that have been cooperating with Saudi Arabia in its aggression against Yemen.';
    expect(voiceOf(s, 'aggression', 'en').voice).toBe('outlet');
  });

  it('"to slam Washington\'s intervention … in the wake of mass protests" (Press TV, Lebanon 2019): the apostrophe opens no label', () => {
    // https://www.presstv.com/Detail/2019/11/24/612027/Lebanese-protesters-rally-against-US-intervention-in-their-domestic-affairs
    const s = "Hundreds of people have staged a demonstration near the US embassy in Lebanon to slam Washington's intervention in the country's domestic affairs in the wake of mass protests demanding departure of the ruling elite.";
    expect(voiceOf(s, 'mass protests', 'en').voice).toBe('outlet');
  });
});
