import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "Putin, who … dismissed the protesters as callow, pampered youths and Western stooges, will be sworn in …": "dismiss"
 * labels what it names with "as", as "denounce" and "slam" do: the thing labelled is named in the outlet's words, the
 * label after "as" is the speaker's. Without "as", a colon or a clause it reports nothing: an official dismissed from
 * office, a case thrown out. Grown on russia-2011's wrong voices (AP's "Western stooges" read as the outlet's).
 */

describe('"dismissed X as Y": Y is the speaker\'s label', () => {
  it('dismissed the protesters as callow, pampered youths and Western stooges (AP via CBS News, Russia 2011)', () => {
    // https://www.cbsnews.com/news/more-than-400-arrested-in-anti-putin-protests/
    const s = 'Putin, who imposed a political system that stifled dissent and who dismissed the protesters as callow, pampered youths and Western stooges, will be sworn in for a six-year term Monday.';
    expect(voiceOf(s, 'Western stooges', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'protesters', 'en').voice).toBe('outlet');
  });

  it('dismissed the protesters as pampered youths and Western stooges (AP via the Boston Globe, Russia 2011)', () => {
    // http://www.bostonglobe.com/news/world/2012/05/06/opposition-leaders-among-detained-anti-putin-rally/PHZTBDA7zamFArJfrUs8NL/story.html
    const s = 'Putin, who imposed a political system that stifled dissent and who dismissed the protesters as pampered youths and Western stooges, will be sworn in for a six-year term Monday.';
    expect(voiceOf(s, 'pampered youths', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'protesters', 'en').voice).toBe('outlet');
  });
});

describe('counter-examples', () => {
  it('an official dismissed from office opens no report: … said Ben Ali dismissed Interior Minister … and replaced him (UPI, Tunisia 2011)', () => {
    // https://www.upi.com/Top_News/World-News/2011/01/12/Tunisian-official-ousted-as-riots-continue/59021294844590/
    const s = 'Prime Minister Mohamed Ghannouchi said Ben Ali dismissed Interior Minister Rafik Belhaj Kacem and replaced him with Ahmed Friaa.';
    expect(voiceOf(s, 'replaced him', 'en').cue).toBe('said');
  });
});
