import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * Two ways a label is told as someone's: "calling them a precursor to …" (a
 * participle of labelling whose label holds its own "to", not "call someone
 * to do"), and an unvoiced المزعوم after the term's own definite adjectives.
 * Sentences of the development set's Venezuela 2019 folder.
 */

describe('English "calling X a …" labels, whatever "to" the label holds', () => {
  it('"calling them a precursor to military invasion" is Maduro\'s label (RT, Venezuela 2019)', () => {
    const s = 'Protesters have spontaneously clashed with government troops at the border, but Venezuelan President Nicolas Maduro refuses to allow the convoys to enter, calling them a precursor to military invasion.';
    expect(voiceOf(s, 'invasion', 'en').voice).toBe('attributed');
  });

  it('"call someone to do" is still an appeal, not a label', () => {
    const s = 'Opposition leaders called supporters to gather outside the barracks.';
    expect(voiceOf(s, 'supporters', 'en').cue).toBeNull();
  });
});

describe('an unvoiced المزعوم after the term\'s own adjectives distances it', () => {
  it('الغزو العسكري الروسي المزعوم (Sputnik Arabic, Venezuela 2019)', () => {
    const s = 'ونددت المتحدثة باسم الخارجية الروسية بما جاء في بيان منظمة الدول الأمريكية حول الغزو العسكري الروسي المزعوم لفنزويلا، مشيرة إلى أن البيان يعبر عن موقف مسيّس.';
    expect(voiceOf(s, 'الغزو').distanced).toBe(true);
  });

  it('not past a word that is no definite adjective: الغزو في المزعوم … stays plain', () => {
    const s = 'وتحدث التقرير عن الغزو في العام المزعوم أنه عام الحسم.';
    expect(voiceOf(s, 'الغزو').distanced).toBe(false);
  });
});
