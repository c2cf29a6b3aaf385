import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "Syria war: Druze city of Suweida rocked by rare anti-Assad protests": a
 * war filed under its country before a headline's colon is a rubric, as
 * "Peru protests:" and "Sudan coup:" are; no one speaks, so the headline is
 * the outlet's. Grown on the twenty-fourth voice probe
 * (tests/fixtures/voice-probe24/), where the BBC's rubric was read as a
 * speaker. A speaker before the colon still speaks.
 */

describe('a war named before a headline\'s colon is a rubric', () => {
  it('Syria war: Druze city of Suweida rocked by rare anti-Assad protests (BBC copy on the Syrian Observatory\'s site, Suwayda 2020, in the twenty-fourth probe)', () => {
    // https://www.syriahr.com/en/169467/
    const s = 'Syria war: Druze city of Suweida rocked by rare anti-Assad protests\nDays of rare anti-government protests have taken devote the mainly Druze city of Suweida in Syria, triggered by deteriorating economic climates.';
    const v = voiceOf(s, 'rocked by rare anti-Assad protests', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.speaker).toBeNull();
  });

  it('Syria war: Aftermath of air strikes on Eastern Ghouta (BBC, eastern Ghouta 2018)', () => {
    // http://www.bbc.co.uk/news/av/world-middle-east-43121823/syria-war-aftermath-of-air-strikes-on-eastern-ghouta
    const s = 'Syria war: Aftermath of air strikes on Eastern Ghouta\nDozens of civilians were killed in government air strikes in the rebel-held enclave of Eastern Ghouta on Monday, international monitors say.';
    expect(voiceOf(s, 'air strikes on Eastern Ghouta', 'en').voice).toBe('outlet');
  });
});

describe('counter-examples: a speaker before the colon still speaks', () => {
  it('Police: Police car burned, … three arrested on weapons charges (CNN via chinalucky8, London 2015, in the first probe)', () => {
    // https://chinalucky8.com/2015/11/06/europe/uk-anonymous-london-march/index.html
    const s = 'Police: Police car burned, six police horses injured and three arrested on weapons charges';
    expect(voiceOf(s, 'Police car burned', 'en').voice).toBe('attributed');
  });
});
