import {describe, expect, it} from 'vitest';
import {lemmatizeWords} from '../../src/text/english.js';
import {loadVoiceCues} from '../../src/voice/cues.js';

describe('voice cue lists read from lexicons/voice.*.yaml', () => {
  it('circumstance: a phrase of several words is one key, its words in match keys (في أعقاب، على خلفية)', () => {
    const ar = loadVoiceCues('ar', lemmatizeWords).circumstance;
    expect([...ar].sort()).toEqual(['اثر', 'خلال', 'عقب', 'علي خلفيه', 'في اعقاب', 'في ظل', 'وسط'].sort());
    expect(loadVoiceCues('en', lemmatizeWords).circumstance).toEqual(new Set(['amid', 'during', 'following']));
  });
});
