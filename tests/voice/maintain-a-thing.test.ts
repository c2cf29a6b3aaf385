import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "maintain" insists only with "that", a colon or a quotation after it, or
 * closing its sentence; with an object it keeps a thing up ("maintain a
 * heightened security presence", "maintain military and police
 * deployment"), and the sentence is the outlet's. Grown on the seventh
 * voice probe (tests/fixtures/voice-probe7/).
 */

const CRISIS24 = 'https://crisis24.garda.com/alerts/2021/07/eswatini-heightened-security-is-likely-to-remain-in-place-through-at-least-mid-august-in-response-to-pro-democracy-protests-update-7';

describe('maintaining a thing reports nothing', () => {
  it(`"Officials are likely to maintain military and police deployment … in response to civil unrest" (${CRISIS24})`, () => {
    const s = 'Officials are likely to maintain military and police deployment nationwide in eSwatini through mid-August in response to civil unrest.';
    expect(voiceOf(s, 'in response to civil unrest', 'en').voice).toBe('outlet');
  });

  it(`"Officials will almost certainly maintain a heightened security presence … in response to recent acts of civil unrest" (same page)`, () => {
    const s = 'Officials will almost certainly maintain a heightened security presence nationwide through at least mid-August in response to recent acts of civil unrest.';
    expect(voiceOf(s, 'recent acts of civil unrest', 'en').voice).toBe('outlet');
  });
});

describe('maintaining that … still reports', () => {
  it('"Iranian authorities, however, maintain that external influences and disruptive factions have hijacked these grievances" (https://mediawireexpress.co.tz/?p=27851)', () => {
    const s = 'Iranian authorities, however, maintain that external influences and disruptive factions have hijacked these grievances for destructive purposes.';
    expect(voiceOf(s, 'disruptive factions', 'en').voice).toBe('attributed');
  });

  it('"The ISPR maintained that the army showed extreme tolerance, patience, and restraint" (https://en.dailypakistan.com.pk/10-May-2023/protests-after-imran-s-arrest-army-terms-may-9-black-chapter-in-pakistan-s-history)', () => {
    const s = 'The ISPR maintained that the army showed extreme tolerance, patience, and restraint, and worked with utmost patience and endurance in the larger interest of the country, without even considering their own sake.';
    expect(voiceOf(s, 'extreme tolerance, patience, and restraint', 'en').voice).toBe('attributed');
  });

  it('"emphasizing the military’s role in maintaining order": the report around it goes on (https://hapyworld.store:443/ongoing-protests-in-bangladesh-demand-prime-ministers-resignation-amid-violence)', () => {
    const s = 'Bangladesh’s army chief, General Wakiruzzaman, stated that the army will support the people and assess the security situation, emphasizing the military’s role in maintaining order.';
    expect(voiceOf(s, 'maintaining order', 'en').voice).toBe('attributed');
  });
});
