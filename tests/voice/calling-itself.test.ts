import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "a group calling itself the Movement for the People", "their leaders,
 * calling themselves the Defence and Security Forces": the name a group goes
 * by, given by the outlet, not a report; what follows stays the outlet's
 * (or the report of the verb that does speak). A person who "has called
 * himself" something is not a group's name and is left as it was. Grown on
 * the eleventh voice probe (tests/fixtures/voice-probe11/).
 */

describe('"calling itself / themselves" names, it does not report', () => {
  it('a group calling itself the Movement for the People, and was supported by … Shor (Breaking Latest News, Moldova 2023, in the eleventh probe)', () => {
    // https://www.breakinglatest.news/world/in-moldova-there-was-another-demonstration-against-the-government-organized-by-a-pro-russian-party/
    const s = 'The demonstration was organized by a group calling itself the Movement for the People, and was supported by the pro-Russian populist party Shor.';
    expect(voiceOf(s, 'the pro-Russian populist party Shor', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'The demonstration', 'en').voice).toBe('outlet');
  });

  it('their leaders, calling themselves the Defence and Security Forces (FDS), declared they had “…” (The Straits Times, Niger 2023, in the fourth probe)', () => {
    // https://www.straitstimes.com/world/niger-military-chief-backs-coup-leaders-but-president-defiant
    const s = 'Late in the evening, their leaders, calling themselves the Defence and Security Forces (FDS), declared they had “decided to put an end to the regime,” and all institutions were being suspended, the borders closed and a night-time curfew imposed.';
    const v = voiceOf(s, 'decided to put an end to the regime', 'en');
    expect(v.voice).toBe('quoted');
    expect(v.speaker).toBe('their leaders');
  });
});

describe('counter-example', () => {
  it('Guaidó, …, who has called himself the country’s interim president: not a group\'s name (NBC Palm Springs, Venezuela 2019, in the third probe)', () => {
    // https://nbcpalmsprings.com/2019/04/30/clashes-in-venezuela-as-guaido-calls-for-uprising-maduro-decries-coup-attempt/
    const s = '“Today, brave soldiers, brave patriots, brave men attached to the constitution have followed our call,” said Guaidó, the head of the National Assembly, who has called himself the country’s interim president.';
    expect(voiceOf(s, 'the country’s interim president', 'en').voice).toBe('attributed');
  });
});
