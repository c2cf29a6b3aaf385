import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "Wrap: Anti-communist protests in Moldova turn violent": a news agency's kind of item before a headline's colon
 * (RIA Novosti's "Wrap:", Xinhua's "Roundup:", a "Recap:" or "Summary:") files the item, as "In pictures:" and
 * "Factbox:" do; no one speaks, so the headline is the outlet's. Grown on moldova-2009's wrong voices (RIA Novosti's
 * headline read as a speaker's words). A speaker before the colon still speaks.
 */

describe('a news agency\'s kind of item heading a headline is a rubric', () => {
  it('Wrap: Anti-communist protests in Moldova turn violent (RIA Novosti via Sputnik, Moldova 2009)', () => {
    // https://sputniknews.com/20090407/120969420.html
    const s = 'Wrap: Anti-communist protests in Moldova turn violent\n\nProtests against the ruling Communist Party\'s election victory turned violent in Moldova\'s capital on Tuesday with rioters taking control of the presidential residence and nearby parliament.';
    const v = voiceOf(s, 'Anti-communist protests', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.speaker).toBeNull();
  });
});

describe('counter-examples: a speaker before the colon still speaks', () => {
  it('Police: Police car burned, … three arrested on weapons charges (CNN via chinalucky8, London 2015, in the first probe)', () => {
    // https://chinalucky8.com/2015/11/06/europe/uk-anonymous-london-march/index.html
    const s = 'Police: Police car burned, six police horses injured and three arrested on weapons charges';
    expect(voiceOf(s, 'Police car burned', 'en').voice).toBe('attributed');
  });
});
