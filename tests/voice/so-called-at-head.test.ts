import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "the so-called Jaish al-Islam terror group": a marker that names nobody
 * (so-called) opening a term's own words, after at most one determiner,
 * with words of the term after it, distances the term as a marker standing
 * just before it does; the voice stays the outlet's. Grown on the
 * twenty-fourth voice probe (tests/fixtures/voice-probe24/), where two such
 * terms were left undistanced. A term that only holds the marker further in
 * ("Hundreds of militants from the so-called …") is not set off by it.
 */

describe('so-called at the head of a term distances it', () => {
  it('"the so-called Jaish al-Islam terror group" (Press TV, eastern Ghouta 2018, in the twenty-fourth probe)', () => {
    // https://599046384.r.worldcdn.net/Detail/2018/04/02/557199/Takfiri-Jaish-al-Islam-militants-start-evacuating-Syria's-Douma
    const s = 'Hundreds of militants from the so-called Jaish al-Islam terror group have begun evacuation from their last holdout in the Eastern Ghouta enclave on the outskirts of the Syrian capital city of Damascus, a day after they reached a deal with the Syrian government troops under Russia’s mediation.';
    const v = voiceOf(s, 'the so-called Jaish al-Islam terror group', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });

  it('"the so-called Kurdish-led Syrian Democratic Forces" (Teller Report translating Al Jazeera, Deir ez-Zor 2023, in the twenty-fourth probe)', () => {
    // https://tellerreport.com/amp/2023-08-29-clashes-between-tribal-fighters-in-deir-ezzor-and-sdf-forces-after-the-arrest-of-military-leaders.SkQHRqsia3.html
    const s = 'Clashes erupted between tribal fighters in Deir Ezzor, eastern Syria, and the so-called Kurdish-led Syrian Democratic Forces (SDF) for the second day in a row, following the arrest of the SDF, the commander of the Deir Ezzor Council, and other leaders.';
    const v = voiceOf(s, 'the so-called Kurdish-led Syrian Democratic Forces', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });
});

describe('counter-examples: a marker further inside the term does not set it off', () => {
  it('"Hundreds of militants from the so-called Jaish al-Islam terror group" (Press TV, eastern Ghouta 2018)', () => {
    // https://599046384.r.worldcdn.net/Detail/2018/04/02/557199/Takfiri-Jaish-al-Islam-militants-start-evacuating-Syria's-Douma
    const s = 'Hundreds of militants from the so-called Jaish al-Islam terror group have begun evacuation from their last holdout in the Eastern Ghouta enclave on the outskirts of the Syrian capital city of Damascus, a day after they reached a deal with the Syrian government troops under Russia’s mediation.';
    expect(voiceOf(s, 'Hundreds of militants from the so-called Jaish al-Islam terror group', 'en').distanced).toBe(false);
    expect(voiceOf(s, 'Hundreds of militants', 'en').distanced).toBe(false);
  });
});
