import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "… after protestors stormed public buildings in the capital Chisinau, demonstrating against what they said were
 * rigged results": "what they said were" (was, is, are; he, she, it; claimed) sets off the words after it as someone
 * else's, as "what they called" does, and is no verb of saying for the words before it: the protestors and what they
 * stormed are the outlet's. Grown on moldova-2009's wrong voices and distancing (BBC, the Los Angeles Times); it also
 * distances Press TV's "what it said were "barbaric thugs"" in hong-kong-2019. A plain "they said the vote was rigged"
 * still reports a clause.
 */

describe('"what they said were X": X is set off as theirs, the words before it stay the outlet\'s', () => {
  it('… protestors stormed public buildings …, demonstrating against what they said were rigged results (BBC, Moldova 2009)', () => {
    // http://news.bbc.co.uk/2/hi/europe/8007428.stm
    const s = 'The Communist authorities made hundreds of arrests after protestors stormed public buildings in the capital Chisinau, demonstrating against what they said were rigged results.';
    expect(voiceOf(s, 'protestors', 'en').voice).toBe('outlet');
    const rigged = voiceOf(s, 'rigged results', 'en');
    expect(rigged.voice).toBe('attributed');
    expect(rigged.distanced).toBe(true);
  });

  it('… thousands of stone-hurling youths demonstrating against what they said were rigged national elections … (Los Angeles Times, Moldova 2009)', () => {
    // https://www.latimes.com/archives/la-xpm-2009-apr-08-fg-moldova-riot8-story.html
    const s = 'The poverty-racked European nation of Moldova slid into chaos Tuesday as thousands of stone-hurling youths demonstrating against what they said were rigged national elections overran key government buildings.';
    expect(voiceOf(s, 'rigged national elections', 'en').distanced).toBe(true);
    expect(voiceOf(s, 'chaos', 'en').voice).toBe('outlet');
  });
});

describe('counter-examples: a verb of saying with its clause still reports it', () => {
  it('… opposition party leaders denounced the balloting as fraudulent, saying there was evidence of multiple voting (Los Angeles Times, Moldova 2009)', () => {
    // https://www.latimes.com/archives/la-xpm-2009-apr-08-fg-moldova-riot8-story.html
    const s = 'Opposition party leaders denounced the balloting as fraudulent, saying there was evidence of multiple voting.';
    expect(voiceOf(s, 'multiple voting', 'en').voice).toBe('attributed');
    expect(voiceOf(s, 'multiple voting', 'en').distanced).toBe(false);
  });
});
