import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * An English headline whose words before the colon end in a date ("SUMMARY
 * May 17, 2022:", "Update 3 March 2023:") files the item under a day — a
 * summary, an update, a live page's entry — as a rubric does; no one is
 * speaking, and the headline is the outlet's. A person or a body before the
 * colon still speaks. Grown on the eleventh voice probe
 * (tests/fixtures/voice-probe11/).
 */

describe('a dated prefix is no speaker', () => {
  it('SUMMARY May 17, 2022: Blockade of Khorugh is continuing (Roof Top Info, Tajikistan 2022, in the eleventh probe)', () => {
    // https://wechange.de/project/roof-top-info/note/embed/
    const s = 'SUMMARY May 17, 2022: Blockade of Khorugh is continuing\nIn the morning of May 17, 2022, crowds of people were still protesting in the neighborhoods and security forces were continuing to paralyze public life.';
    const v = voiceOf(s, 'Blockade of Khorugh is continuing', 'en');
    expect(v.voice).toBe('outlet');
    expect(v.speaker).toBeNull();
  });
});

describe('counter-examples: a speaker before the colon', () => {
  it('Police: Police car burned, … three arrested on weapons charges (CNN via chinalucky8, London 2015, in the first probe)', () => {
    // https://chinalucky8.com/2015/11/06/europe/uk-anonymous-london-march/index.html
    const s = 'Police: Police car burned, six police horses injured and three arrested on weapons charges';
    expect(voiceOf(s, 'arrested on weapons charges', 'en').voice).toBe('attributed');
  });
});
