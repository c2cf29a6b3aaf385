import {describe, expect, it} from 'vitest';
import {analyzeCorpus} from '../../src/analyze.js';

const mention = (body: string, text: string) => {
  const analysis = analyzeCorpus([{id: 'a', file: 'a.txt', title: null, outlet: 'o', url: null, date: null, language: 'en', body}]);
  const found = analysis.mentions.find((m) => m.concept === 'cause' && m.text.includes(text));
  if (!found) throw new Error(`no cause mention with ${text}: ${analysis.mentions.map((m) => m.text).join(' | ')}`);
  return found;
};

/*
 * "Opposition party leaders denounced the balloting as fraudulent": the vote named and then labelled rigged, stolen or
 * fraudulent (en.cause.rigged-vote's "{ELECTION} …3 [(rigged | stolen | fraudulent)]") is found as the label alone, so
 * the label is voiced where it stands, after "denounced … as" or "dismissed … as" (the speaker's), while the vote named
 * before it stays in the outlet's words. As one span from the vote, the mention was judged by the object of the verb
 * and read as the outlet's. Grown on moldova-2009's wrong voices (the Los Angeles Times, The Guardian); it also voices
 * RT's "denouncing the parliamentary election as stolen" in kyrgyzstan-2020.
 */

describe('the label after "denounced / dismissed X as" is the speaker\'s', () => {
  it('Opposition party leaders denounced the balloting as fraudulent (Los Angeles Times, Moldova 2009)', () => {
    // https://www.latimes.com/archives/la-xpm-2009-apr-08-fg-moldova-riot8-story.html
    const s = 'Opposition party leaders denounced the balloting as fraudulent, saying there was evidence of multiple voting.';
    const m = mention(s, 'fraudulent');
    expect(m.text).toBe('fraudulent');
    expect(m.voice).toBe('attributed');
  });

  it('The opposition has dismissed Sunday\'s poll as fraudulent (The Guardian, Moldova 2009)', () => {
    // https://www.theguardian.com/world/2009/apr/09/moldova-parliament-communist-demonstrators
    const s = 'A crowd gathered again near the parliament building last night, demanding the release of protesters arrested on Tuesday and shouting: "Freedom". The opposition has dismissed Sunday\'s poll as fraudulent.';
    const m = mention(s, 'fraudulent');
    expect(m.text).toBe('fraudulent');
    expect(m.voice).toBe('attributed');
  });

  it('… angry opposition activists denouncing the parliamentary election as stolen … (RT, Kyrgyzstan 2020)', () => {
    // https://www.rt.com/russia/502642-kyrgyzstan-white-house-stormed/
    const s = 'The palace was stormed after day-long demonstrations in Bishkek and other Kyrgyzstani cities, with angry opposition activists denouncing the parliamentary election as stolen, and accusing the government of intimidation and buying votes.';
    const m = mention(s, 'stolen');
    expect(m.text).toBe('stolen');
    expect(m.voice).toBe('attributed');
  });
});

describe('counter-examples: a clause reported with "said" keeps its voice', () => {
  it('The opposition said the vote was rigged and the real level of support was far lower (Reuters, Belarus 2010)', () => {
    // https://in.reuters.com/article/columns-us-belarus-election-idINTRE6BH1TY20101220
    const s = 'The opposition said the vote was rigged and the real level of support was far lower.';
    expect(mention(s, 'rigged').voice).toBe('attributed');
  });
});
