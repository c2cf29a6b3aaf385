import {describe, expect, it} from 'vitest';
import {punctBefore} from '../../src/voice/clauses.js';
import {mayHoldRegionWithoutCue} from '../../src/voice/headline.js';
import {gapBefore, PUNCT, type SentenceView} from '../../src/voice/sentence-view.js';
import {tokenize} from '../../src/text/tokenize.js';

/** A view of one sentence, the whole body (only what punctBefore and gapBefore read). */
function viewOf(body: string): SentenceView {
  const tokens = tokenize(body);
  return {body, language: 'ar', sentence: {start: 0, end: body.length}, opensParagraph: true, tokens, first: 0, end: tokens.length, cues: [], quotes: [], notSpeaker: new Set(), lastSpeaker: null};
}

describe('punctBefore (PUNCT on the gap, without cutting it out)', () => {
  it('agrees with PUNCT.test(gapBefore) for every BMP character standing between two words', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const body = `قال ${String.fromCharCode(c)} المتحدث`;
      const view = viewOf(body);
      // A letter or digit is a word of its own: then the gap before the last word is a space.
      const t = view.tokens.length - 1;
      expect(punctBefore(view, t), `U+${c.toString(16)}`).toBe(PUNCT.test(gapBefore(view, t)));
    }
  });

  it('sees a mark anywhere in a long gap, and none in spaces and newlines', () => {
    expect(punctBefore(viewOf('وقال    \n  «المتحدث'), 1)).toBe(true);
    expect(punctBefore(viewOf('وقال    \n   المتحدث'), 1)).toBe(false);
    expect(punctBefore(viewOf('قال المتحدث، إن'), 2)).toBe(true);
  });
});

describe('mayHoldRegionWithoutCue', () => {
  const at = (body: string, lastSpeaker: string | null, language: 'ar' | 'en' = 'ar', opens = true): boolean => {
    const view = viewOf(body);
    return mayHoldRegionWithoutCue(body, language, view.sentence, opens, view.tokens, 0, view.tokens.length, lastSpeaker);
  };
  it('keeps a paragraph that opens with a "Speaker:" prefix', () => {
    expect(at('توكاييف: أعمال الشغب لن تمر', null)).toBe(true);
    expect(at('Tokayev: the riots will not pass', null, 'en')).toBe(true);
  });
  it('keeps an opening accusative participle after a speaker', () => {
    expect(at('منبهاً إلى أنّ كل ما يُنشر عار من الصحة', 'وزير الداخلية')).toBe(true);
  });
  it('skips a line with neither', () => {
    expect(at('المتظاهرين', 'وزير الداخلية')).toBe(false);
    expect(at('خرج المتظاهرون إلى الشوارع في العاصمة', 'وزير الداخلية')).toBe(false);
    // The participle needs a speaker before it, and a colon far into the sentence opens no headline.
    expect(at('منبهاً إلى أنّ كل ما يُنشر عار من الصحة', null)).toBe(false);
    expect(at('خرج المتظاهرون إلى الشوارع في العاصمة اليوم وقالوا: لا', null)).toBe(false);
    // Only the paragraph's first sentence may be a headline.
    expect(at('توكاييف: أعمال الشغب لن تمر', null, 'ar', false)).toBe(false);
  });
});
