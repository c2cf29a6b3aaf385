import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * An impersonal passive report set off by commas inside a sentence ("…, it is alleged, …") gives the sentence as a
 * report of nobody named, as "It is alleged that …" does: "Such land expropriation, it is alleged, is part of a
 * government policy which aims to dispossess Arabs of their traditional lands …" (Amnesty International). It covers
 * its own sentence only: the sentences before it in the paragraph stay the outlet's. Grown on
 * tests/fixtures/voice-probe31.
 */

/** Amnesty International Australia, http://www.amnesty.org.au/news/comments/407/ (voice-probe31). */
const AMNESTY = "Much of Iran's Arab minority lives in Khuzestan province (known as Ahwaz by the Arab community). This adjoins Iraq and is the source of much of Iran's oil wealth. Yet, the Arab community has long claimed that it has been discriminated against by successive governments, receiving less than their fair share of state resources and subject to widespread land expropriation by the Iranian authorities. Such land expropriation, it is alleged, is part of a government policy which aims to dispossess Arabs of their traditional lands and forcibly relocate them to other areas in order to facilitate the movement of non-Arab Iranians into Khuzestan.";

describe('", it is alleged," makes its sentence a report', () => {
  it('the policy to dispossess Arabs is alleged, not the outlet\'s (Amnesty)', () => {
    expect(voiceOf(AMNESTY, 'dispossess Arabs of their traditional lands', 'en')).toMatchObject({voice: 'attributed', cue: 'alleged'});
    expect(voiceOf(AMNESTY, 'a government policy', 'en').voice).toBe('attributed');
  });

  it('the sentences before it stay the outlet\'s', () => {
    expect(voiceOf(AMNESTY, "Iran's Arab minority", 'en').voice).toBe('outlet');
    expect(voiceOf(AMNESTY, 'the source of much', 'en').voice).toBe('outlet');
  });
});
