import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * An English headline headed by a country files the item under a place ("Burundi: Not clear if coup succeeded"); so
 * does a country with its province in brackets, as Amnesty International heads its urgent actions: "Iran
 * (Khuzestan): Arbitrary arrest/torture" is Amnesty's own heading, not Iran speaking. A person before the colon
 * still speaks. Grown on tests/fixtures/voice-probe31.
 */

describe('"Country (Region):" is a rubric', () => {
  it('the arbitrary arrests are Amnesty\'s words (Boroumand Center, Amnesty urgent action)', () => {
    // https://www.iranrights.org/library/document/618/iran-khuzestan-arbitrary-arrest-torture
    const s = 'Iran (Khuzestan): Arbitrary arrest/torture\nThe seven men named above, and at least 130 others, all members of Iran’s Arab minority, were arbitrarily detained between 15-18 April, and are at risk of torture.';
    expect(voiceOf(s, 'Arbitrary arrest/torture', 'en').voice).toBe('outlet');
  });

  it('a person heading the claim still speaks (Lragir, in the fourth probe)', () => {
    // http://www.lragir.am/index/eng/0/politics/view/36012
    expect(voiceOf('Erdogan: Coup Failed', 'Coup Failed', 'en')).toMatchObject({voice: 'attributed', speaker: 'Erdogan'});
  });
});
