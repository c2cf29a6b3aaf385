import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Two English reporting words that open no report: a passive "confirmed" right before a word of harm ("were confirmed
 * dead", "have been confirmed killed") hedges a count of the outlet's own account with no one named, as "were reported
 * killed" does (tests/voice/reported-harmed.test.ts); and "reporting from" a place names where reporters work, not
 * what they said. A named source that confirms ("police confirmed on Sunday that …") and a reporter's own "said"
 * after "reporting from Tehran" still attribute. Grown on the development set's wrong voices of Iran 2009–10
 * (tests/fixtures/devset/iran-2009).
 */

describe('"were confirmed dead" opens no report', () => {
  it('Seven people were confirmed dead in the Sunday protests (an Iranian state report via Al-Darb, Iran 2009, in the development set)', () => {
    // http://al-darb.blogspot.com/2010/01/iran-takes-significant-steps-in.html
    const s = "Moslehi's remarks come in the wake of anti-government unrest during Ashura ceremonies marking the anniversary of the martyrdom of Imam Hussein (PBUH). Seven people were confirmed dead in the Sunday protests.";
    const v = voiceOf(s, 'Sunday protests', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.cue).toBeNull();
  });
});

describe('"journalists reporting from the streets" opens no report', () => {
  it("The government's day-old ban on journalists reporting from the streets (The Guardian, Iran 2009, in the development set)", () => {
    // https://www.theguardian.com/world/2009/jun/17/iran-protests-presidential-election-results
    const s = "The government's day-old ban on journalists reporting from the streets did not halt the broadcast of pictures of the protests, which showed many demonstrators wearing black clothes or ribbons, carrying pictures of the dead and injured, and making V for victory signs.";
    expect(voiceOf(s, 'protests', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'demonstrators', 'en').voice).toBe('outlet');
  });
});

describe('counter-examples: a named source that confirms, a reporter who says, still attribute', () => {
  it("Iran's police confirmed on Sunday that five people were killed (China Daily, Iran 2009)", () => {
    // https://global.chinadaily.com.cn/world/2009-12/28/content_9234589.htm
    const s = "TEHRAN: Iran's police confirmed on Sunday that five people were killed and more than 300 others arrested during clashes between anti-government protesters and security forces in Tehran.";
    expect(voiceOf(s, 'anti-government protesters', 'en').voice).toBe('attributed');
  });

  it('Al Jazeera’s Teymoor Nabili, reporting from Tehran, said … (Progress Pond, Iran 2009)', () => {
    // https://progresspond.com/2009/06/13/iranian-post-election-thread/
    const s = 'Al Jazeera’s Teymoor Nabili, reporting from Tehran, said major streets in the north of the city had come to a standstill.';
    expect(voiceOf(s, 'major streets', 'en').voice).toBe('attributed');
  });
});
