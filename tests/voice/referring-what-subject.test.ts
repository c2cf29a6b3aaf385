import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "…، وهو ما اعتبره البعض محاولة لكسب ولائهم": a relative pointing back at the clause before its comma (وهو ما،
 * ما، مما، الأمر الذي) stands where a subject closing the sentence would, but names nobody: the view is that of
 * the one named after the verb, and covers what follows it; the clause before is not their report. A speaker
 * before a closing verb ("…، قال المتحدث") still closes the sentence. Grown on tests/fixtures/voice-probe32
 * (Zaman Masdar on the Jaramana clashes of March 2025).
 */

// https://zamanmasdar.com/archives/80419 (voice-probe32)
const ZAMAN = 'وبالتوازي مع التصعيد، أفادت مصادر محلية بأن الجيش الإسرائيلي عرض على الدروز في جنوب سوريا فرص عمل داخل إسرائيل، وهو ما اعتبره البعض محاولة لكسب ولائهم.';

describe('وهو ما اعتبره X: the view covers what follows the verb, not the clause before', () => {
  it('the opening phrase stays the outlet\'s (Zaman Masdar)', () => {
    expect(voiceOf(ZAMAN, 'وبالتوازي مع التصعيد', 'ar').voice).toBe('outlet');
  });
  it('the local sources\' report is theirs, not "some"\'s', () => {
    const v = voiceOf(ZAMAN, 'فرص عمل', 'ar');
    expect(v.voice).toBe('attributed');
    expect(v.speaker).toBe('مصادر محلية');
  });
  it('what "some" considered it is theirs', () => {
    expect(voiceOf(ZAMAN, 'محاولة لكسب ولائهم', 'ar').voice).toBe('attributed');
  });
});

describe('counter-examples: a named speaker still closes the sentence', () => {
  it('"وقالت وسائل الاعلام ان مصدر الداخلية قال إن …": a named subject before its verb (Asawahil, Reuters copy)', () => {
    // https://asawahil.info/node/31942
    const s = 'وقالت وسائل الاعلام ان مصدر الداخلية قال إن الوزارة تتحرى هذه الوقائع.';
    expect(voiceOf(s, 'تتحرى هذه الوقائع', 'ar').voice).toBe('attributed');
  });
});
