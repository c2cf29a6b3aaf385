import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * An event of force before an English headline's colon ("Awamia Siege:", "Excesses in Indian Kashmir:") files the
 * item under a topic, as "Kashmir violence:" does; nobody speaks (src/voice/headline.ts). A body before the colon
 * ("Saudi Interior Ministry: Martyrdom of …") still speaks. Grown on tests/fixtures/voice-probe33.
 */

/** Al-Ahed News, http://english.alahednews.com.lb/essaydetails.php?eid=39460&cid=525 (voice-probe33). */
const ALAHED = 'Awamia Siege: Saudi Forces Firing Rockets at Residential Buildings\nVideos circulating on social media showed Saudi soldiers atop rooftops in Awamia firing a full array of weapons.';
/** The Express Tribune (Reuters), https://tribune.com.pk/story/1138608/excesses-indian-kashmir-11-killed-clashes-erupt-iconic-militants-death (voice-probe33). */
const TRIBUNE = 'Excesses in Indian Kashmir: 11 killed as clashes erupt after iconic militant’s death\nProtests erupted after security services shot dead Burhan Wani, 22, known for his calls to arms on social media';
/** Asharq Al-Awsat English, https://eng-archive.aawsat.com/tag/awamiyah (voice-probe33). */
const AAWSAT = 'Saudi Interior Ministry: Martyrdom of Security Man in Explosive Projectile\nRiyadh- The Saudi Interior Ministry announced that a security officer was killed in a terrorist attack.';

describe('a siege or excesses before a headline colon is a rubric', () => {
  it('"Awamia Siege:" (Al-Ahed)', () => {
    expect(voiceOf(ALAHED, 'Firing Rockets at Residential Buildings', 'en').voice).toBe('outlet');
  });
  it('"Excesses in Indian Kashmir:" (The Express Tribune)', () => {
    expect(voiceOf(TRIBUNE, 'clashes erupt', 'en').voice).toBe('outlet');
    expect(voiceOf(TRIBUNE, 'iconic militant', 'en').voice).toBe('outlet');
  });
  it('a ministry before the colon still speaks (Asharq Al-Awsat)', () => {
    expect(voiceOf(AAWSAT, 'Martyrdom of Security Man', 'en').voice).toBe('attributed');
  });
});
