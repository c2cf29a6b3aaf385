import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * An English quotation that stands inside a reported clause (after its own
 * subject and verb) is part of the report, however long: the report goes on
 * past it. A quotation right after the verb, or after an addressee or an
 * aside, is what was said, and the narrator goes on after it.
 */

describe('English quotations inside the reported clause', () => {
  it('Hollande said the attacks were “an act of war" committed by … "terrorist army” (AFP copy via a blog, Paris 2015)', () => {
    const s = 'Hollande said the attacks were “an act of war" committed by the Islamic State group’s "terrorist army”.';
    const v = voiceOf(s, 'terrorist', 'en');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
  });

  it('told reporters "…": after an addressee the quotation is what was said, and the narrator goes on after it', () => {
    const s = 'Tokayev told reporters "the bandits must be destroyed without mercy" as protests spread across the country.';
    expect(voiceOf(s, 'bandits', 'en').voice).toBe('quoted');
    expect(voiceOf(s, 'protests', 'en').voice).toBe('outlet');
  });
});
