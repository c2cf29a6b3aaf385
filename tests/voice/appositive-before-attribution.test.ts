import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A trailing attribution ("…, according to the press release") governs the
 * clause before it; an English name of up to four capitalised words set
 * off by commas right before it ("…, Migbaru Kebede, according to …")
 * names someone in that clause, so the attribution reaches past it to the
 * clause. A clause of its own before the attribution ("…, though the
 * extent of his injuries was unclear, according to …") is still all it
 * governs. Grown on the nineteenth voice probe
 * (tests/fixtures/voice-probe19/), where the Ethiopian News Agency relayed
 * a regional press release.
 */

describe('an attribution after a name set off by commas', () => {
  it('"The group has also wounded the attorney general of the regional government, Migbaru Kebede, according to the press release sent to ENA." (ENA, Ethiopia 2019, in the nineteenth probe)', () => {
    // https://www.ena.et/en/?p=8398
    const s = 'The group has also wounded the attorney general of the regional government, Migbaru Kebede, according to the press release sent to ENA.';
    const wounded = voiceOf(s, 'The group has also wounded', 'en');
    expect(wounded.voice).toBe('attributed');
    expect(wounded.speaker).toBe('the press release sent to ENA');
  });
});

describe('an attribution after a clause of its own', () => {
  it('"…, though the extent of his injuries was unclear, according to the Venezuela defense minister." (National Post, Venezuela 2019)', () => {
    // https://nationalpost.com/news/world/armed-soldiers-and-venezuelans-are-taking-to-the-streets-after-juan-guaido-called-for-an-uprising
    const s = 'And a colonel loyal to Maduro had been shot in the neck, though the extent of his injuries was unclear, according to the Venezuela defense minister.';
    expect(voiceOf(s, 'had been shot in the neck', 'en').voice).toBe('outlet');
  });
});
