import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A short quotation that opens in lower case right after the "to" of an
 * infinitive ('stood guard … to “stop further looting”', 'trained them …
 * to “coup the government”', 'The decision was made to “avoid tension”')
 * gives what someone set out to do in their own words: it is quoted, not
 * the outlet's scare quote, even where no verb of saying is found for it.
 * Other short quotations that nobody is quoted saying stay scare quotes.
 * Grown on the development set's English wrong voices in the eleventh
 * voice probe's round (tests/fixtures/voice-probe11/README.md).
 */

describe('a quotation after the "to" of an infinitive is someone\'s words', () => {
  it('stood guard yesterday afternoon to “stop further looting” (The Daily Telegraph via PressReader, Kyrgyzstan 2020, in the development set)', () => {
    // http://www.pressreader.com/uk/the-daily-telegraph/20201007/282136408871437
    const s = 'Outside the presidential administration building, a group of young men with metal bars stood guard yesterday afternoon to “stop further looting”. The motivation of the protesters varied.';
    const v = voiceOf(s, 'stop further looting', 'en');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
  });

  it('trained representatives … to “coup the government” (JAMnews, Georgia 2024, in the development set)', () => {
    // https://jam-news.net/the-reaction-of-the-georgian-authorities-to-the-protests
    const s = 'Georgian Dream leaders have been talking about a “Bacuriani meeting” for almost a year now, where, they say, a specially brought in American coach Peter Ackerman trained representatives of the opposition parties, non-governmental organizations and the media to “coup the government” and taught them how to “make a revolution”.';
    const v = voiceOf(s, 'coup the government', 'en');
    expect(v.voice).toBe('quoted');
    expect(v.distanced).toBe(false);
  });

  it('The decision was made to “avoid tension” in the country (NewsChain, Kyrgyzstan 2020, in the fourth probe)', () => {
    // https://www.newschain.uk/news/kyrgyzstan-cancels-general-election-results-after-unrest-37785
    const s = 'The decision was made to “avoid tension” in the country, head of the commission Nurzhan Shaildabekova told the Interfax news agency.';
    expect(voiceOf(s, 'avoid tension', 'en').voice).toBe('quoted');
  });
});

describe('counter-examples: scare quotes stay', () => {
  it('What is a “coup”?: after an article, the outlet\'s scare quote (Mike Campbell Foundation, Zimbabwe 2017, in the fourth probe)', () => {
    // http://www.mikecampbellfoundationresources.com/page/what-is-a-coup
    const v = voiceOf('What is a “coup”?', 'coup', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.distanced).toBe(true);
  });
});
