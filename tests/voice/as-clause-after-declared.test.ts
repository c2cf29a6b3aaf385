import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * After "declare", "as" opens the label ("declared students … as
 * terrorists"), but "as" with a subject pronoun opens a clause of time
 * ("has declared another curfew as it struggles to contain violence"):
 * the declared thing ends there, and the clause is the outlet's. Grown on
 * the development set's wrong voices (chile-2019-new).
 */

describe('"as it …" ends what was declared', () => {
  it('"The Chilean army has declared another curfew as it struggles to contain violence …" (https://www.rt.com/news/471382-chile-curfew-violence-death/)', () => {
    const s = 'The Chilean army has declared another curfew as it struggles to contain violence that was initially triggered by transport fare hikes in Santiago, but spilled over beyond the capital, fueled by outrage over social inequality.';
    expect(voiceOf(s, 'contain violence', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'transport fare hikes', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'social inequality', 'en').voice).toBe('outlet');
  });
});

describe('"as" and a noun is still the label', () => {
  it('"has declared students leading a civil disobedience movement as terrorists" (https://photonews.com.pk/bangladeshi-pm-sheikh-hasina-calls-student-protesters-terrorists)', () => {
    const s = 'Bangladeshi Prime Minister Sheikh Hasina has declared students leading a civil disobedience movement as terrorists, calling on citizens to stand against these “terrorists.”';
    expect(voiceOf(s, 'as terrorists', 'en').voice).toBe('attributed');
  });
});
