import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "proclaim" is a verb of declaring, as "declare" and "announce" are
 * (lexicons/voice.en.yaml): with "that" it reports a clause ("He proclaimed
 * that, as of today, the DRC no longer exists"); with an object it names
 * only that thing, up to a comma or a circumstance ("proclaimed himself
 * the country's “interim president,” an action directly coordinated with
 * … Washington, Tuesday's coup attempt took place …": the apposition and
 * the main clause stay the outlet's). "in defiance of" ends what is
 * declared, proclaimed or announced, as "amid" and "after" do: "proclaimed
 * … Juan Guaidó as interim president in defiance of a vote they said was
 * rigged" labels Guaidó, and the defiance is the outlet's account (the
 * fifth probe's, which "proclaim" alone made wrong). Grown on the nineteenth voice probe
 * (tests/fixtures/voice-probe19/), where Mwebantu paraphrased Christian
 * Malanga's live video.
 */

describe('"proclaimed that" reports', () => {
  it('"He proclaimed that, as of today, the DRC no longer exists and that it becomes Zaire again." (Mwebantu, DR Congo 2024, in the nineteenth probe)', () => {
    // https://mwebantu.news/drc-coup-attempt-foiled-in-kinshasa/
    const s = 'He proclaimed that, as of today, the DRC no longer exists and that it becomes Zaire again. Fortunately, this attempt was quickly foiled.';
    expect(voiceOf(s, 'the DRC no longer exists', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'this attempt was quickly foiled', 'en').voice).toBe('outlet');
  });
});

describe('"proclaimed" with an object names that thing only', () => {
  it('"…, on January 23, proclaimed himself the country’s “interim president,” an action directly coordinated with … Washington, Tuesday’s coup attempt took place …" (WSWS, Venezuela 2019)', () => {
    // https://www.wsws.org/en/articles/2019/05/01/vene-m01.html
    const s =
      'Coming more than three months after Guaidó, on January 23, proclaimed himself the country’s “interim president,” an action directly coordinated with and immediately supported by Washington, Tuesday’s coup attempt took place amid flagging popular support for the right-wing opposition that has served as the political base for the US regime-change operation.';
    expect(voiceOf(s, 'an action directly coordinated', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'Tuesday’s coup attempt', 'en').voice).toBe('outlet');
  });
});

describe('"in defiance of" ends what is proclaimed', () => {
  it('"…; they did so again in 2019 when the Venezuelan opposition proclaimed National Assembly representative Juan Guaidó as interim president in defiance of a vote they said was rigged." (Plawiuk, CBC copy, Venezuela 2024, in the fifth probe)', () => {
    // http://plawiuk.blogspot.com/2024/08/massive-protests-erupt-again-over.html
    const s =
      'Post-election protests are far from uncommon in Venezuela. In 2018, people took to the streets to contest President Nicolás Maduro’s reelection; they did so again in 2019 when the Venezuelan opposition proclaimed National Assembly representative Juan Guaidó as interim president in defiance of a vote they said was rigged.';
    expect(voiceOf(s, 'in defiance of a vote', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'was rigged', 'en').voice).toBe('attributed');
  });
});
