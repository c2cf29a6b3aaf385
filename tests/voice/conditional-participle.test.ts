import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * An English participle of saying right after "if" (unless, once) states a
 * condition ("which if confirmed marks the bloodiest social unrest …"): no
 * one is reported, and the words after it stay the outlet's. The same verb
 * with a subject ("the army confirmed that …", "police officials confirmed
 * that …") still reports. Grown on the nineteenth voice probe
 * (tests/fixtures/voice-probe19/), where The National wrote "if confirmed"
 * of a death toll state media gave.
 */

describe('"if confirmed" is a condition, not a report', () => {
  it('"…, state media reported yesterday, which if confirmed marks the bloodiest social unrest in China since …" (The National, China 2009, in the nineteenth probe)', () => {
    // https://www.thenationalnews.com/world/asia/china-riots-156-dead-1.506619
    const s =
      "BEIJING // Ethnic violence in China's restive Xinjiang province left at least 156 people dead and more than 800 wounded, state media reported yesterday, which if confirmed marks the bloodiest social unrest in China since the Tiananmen Square protests of 1989.";
    expect(voiceOf(s, 'the bloodiest social unrest', 'en').voice).toBe('outlet');
  });
});

describe('"confirmed" with its subject still reports', () => {
  it('"the Congolese army confirmed that a coup attempt had taken place" (Mwebantu, DR Congo 2024, in the nineteenth probe)', () => {
    // https://mwebantu.news/drc-coup-attempt-foiled-in-kinshasa/
    const s = 'In a statement released hours after the incident, the Congolese army confirmed that a coup attempt had taken place.';
    expect(voiceOf(s, 'a coup attempt had taken place', 'en').voice).toBe('attributed');
  });

  it('"police officials confirmed that an operation was underway" (Devdiscourse, ANI, Pakistan 2021, in the nineteenth probe)', () => {
    // https://www.devdiscourse.com/article/international/1539247-violence-erupts-in-pakistan-3-killed-after-police-launches-operation-against-tlp
    const s = 'Meanwhile, police officials confirmed that an operation was underway at the Yateem Khana Chowk in Lahore but did not give any further details.';
    expect(voiceOf(s, 'an operation was underway', 'en').voice).toBe('attributed');
  });
});
