import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "suggested that" after a speaker reports a clause, as "remark that" does: the head of Dagestan's forecast relayed
 * by TASS ("Melikov suggested that this protest-turned-riot may be followed by more unrest"). Only the past, after a
 * name or a personal pronoun: "seem to suggest that …" and "suggests that …" are an inference, the writer's or the
 * evidence's, and "The local grapevine suggested that …" a rumour the outlet passes on. Grown on
 * tests/fixtures/voice-probe31.
 */

/** TASS, https://tass.com/society/1699589 (voice-probe31). */
const TASS = 'Melikov suggested that this protest-turned-riot may be followed by more unrest. "We should be ready, as the latest incident will not be the last," he added, warning that law enforcement officials would never seek a compromise or dialogue with rioters.';

/** Counter-example: RT via SOTT on Hong Kong 2019 (tests/fixtures/devset/hong-kong-2019-more/010-rt-sott-hk.txt). */
const RT = "If the iconography and tone of Hong Kong protests and the support from US diplomats weren't enough, Washington's words of concern sure seem to suggest that the months-long demonstrations amount to a 'color revolution.'";

/** Counter-example: Gulf News on Oman 2011 (tests/fixtures/devset/oman-2011/002-gulfnews-sohar.txt). */
const GULFNEWS = 'The local grapevine suggested that some of the government representatives, including senior ministers are expected to visit the protest site and hold talks with the protesters.';

describe('"suggested that" reports what the official said', () => {
  it('the riot and the unrest to come are the head of Dagestan\'s words (TASS)', () => {
    expect(voiceOf(TASS, 'this protest-turned-riot', 'en')).toMatchObject({voice: 'attributed', speaker: 'Melikov', cue: 'suggested that'});
    expect(voiceOf(TASS, 'more unrest', 'en').voice).toBe('attributed');
  });

  it('"seem to suggest that" is the writer\'s inference (RT)', () => {
    expect(voiceOf(RT, 'the months-long demonstrations', 'en').voice).toBe('outlet');
  });

  it('"The local grapevine suggested that" is a rumour: the protesters stay the outlet\'s word (Gulf News)', () => {
    expect(voiceOf(GULFNEWS, 'the protesters', 'en').voice).toBe('outlet');
  });
});
