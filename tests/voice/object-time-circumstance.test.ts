import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * What a verb of announcing, declaring or urging names ends at a
 * circumstance of time as it does at "after" or "amid": "during …",
 * "before …", "when …" set the thing in the outlet's account. A verb that
 * reports a clause (said, told) is not cut there. Grown on the seventh
 * voice probe (tests/fixtures/voice-probe7/) and the development set's
 * wrong voices.
 */

describe('during / before / when end an announced or declared thing', () => {
  it('"declared himself the country\'s “acting president” on Wednesday during a mass opposition rally" (https://www.thenationalnews.com/world/the-americas/juan-guaido-declares-himself-president-amid-venezuela-protests-1.817236)', () => {
    const s = 'Venezuela\'s National Assembly head Juan Guaido declared himself the country\'s "acting president" on Wednesday during a mass opposition rally against leader Nicolas Maduro.';
    expect(voiceOf(s, 'a mass opposition rally', 'en').voice).toBe('outlet');
  });

  it('"declared himself interim president in a defiant speech on Wednesday before masses of anti-government demonstrators" (same page)', () => {
    const s = 'Venezuelan opposition leader Juan Guaido declared himself interim president in a defiant speech on Wednesday before masses of anti-government demonstrators who took to the streets to demand President Nicolas Maduro’s resignation.';
    expect(voiceOf(s, 'anti-government demonstrators', 'en').voice).toBe('outlet');
  });

  it('"announced a curfew on Tuesday (June 29) when the army was sent out to quell protests" (https://axadletimes.com/the-kingdom-of-eswatini-introduces-a-curfew.html)', () => {
    const s = 'The kingdom of Eswatini, until recently known as Swaziland, announced a curfew on Tuesday (June 29) when the army was sent out to quell protests against democracy.';
    expect(voiceOf(s, 'quell protests against democracy', 'en').voice).toBe('outlet');
  });
});

describe('a clause that was said goes on past them', () => {
  it('"He later said an army colonel had received a bullet wound to the neck during the clashes in Caracas" (http://actv7news.com/2019/05/02/venezuelas-guaido-in-video-calls-for-military-uprising.html)', () => {
    const s = 'He later said an army colonel had received a bullet wound to the neck during the clashes in Caracas.';
    expect(voiceOf(s, 'during the clashes in Caracas', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'a bullet wound', 'en').voice).toBe('attributed');
  });
});
