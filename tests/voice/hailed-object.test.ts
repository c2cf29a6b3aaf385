import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "Syrian State TV Hails 'victory' Of 'revolution', Fall Of Assad": "hail"
 * names what it praises as "condemn" names what it rebukes — its object, up
 * to a comma or a circumstance, is the hailer's, so words quoted in it are
 * the hailer's words, not a headline's way of writing the outlet's own.
 * Grown on the twenty-fourth voice probe (tests/fixtures/voice-probe24/).
 * A passive "hailed as" with no one named reports nothing, and neither
 * does a reporting word glued by a hyphen to the word before it ("a
 * ride-hailing driver"), the second half of a compound, not a verb.
 */

describe('what is hailed is the hailer\'s', () => {
  it('Syrian State TV Hails \'victory\' Of \'revolution\', Fall Of Assad (UrduPoint, APP, Damascus 2024, in the twenty-fourth probe)', () => {
    // https://www.urdupoint.com/en/world/syrian-state-tv-hails-victory-of-revolutio-1890174.html
    const s = "Syrian State TV Hails 'victory' Of 'revolution', Fall Of Assad\nDamascus, (APP - UrduPoint / Pakistan Point News - 8th Dec, 2024) Syrian state television broadcast a message proclaiming the \"victory\" of Syria's uprising on Sunday and the fall of Bashar al-Assad's \"criminal\" regime, after rebels seized the capital from government control.";
    expect(voiceOf(s, 'victory', 'en').voice).toBe('quoted');
    expect(voiceOf(s, 'revolution', 'en').voice).toBe('quoted');
  });
});

describe('counter-examples: a passive with no one named, and ride-hailing, report nothing', () => {
  it('"a short-lived calm that had been hailed as a turning point" (IndyStar, Ferguson 2014, in the third probe)', () => {
    // https://www.indystar.com/story/news/nation/2014/08/16/michael-brown-shooting-ferguson-missouri-police/14152447/
    const s = 'The intense night shattered a short-lived calm that had been hailed as a turning point after a week of protests following the fatal shooting of Michael Brown, a black unarmed 18-year-old killed by a police officer.';
    expect(voiceOf(s, 'a week of protests', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'The intense night', 'en').voice).toBe('outlet');
  });

  it('"after police vehicle kills ride-hailing driver" (VNNow, Indonesia 2025, in the fifth probe)', () => {
    // https://vnnow.net/en/world/protests-erupt-across-indonesia-after-police-vehicle-kills-ride-hailing-driver-128529.html
    const s = "The protests escalated on Tuesday after 21-year-old Affan Kurniawan, a ride-hailing driver, was killed by a police vehicle while making a delivery. Security forces were clashing with protesters near the parliament building.";
    expect(voiceOf(s, 'The protests escalated', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'was killed by a police vehicle', 'en').voice).toBe('outlet');
  });
});
