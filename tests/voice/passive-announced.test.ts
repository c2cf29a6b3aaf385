import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * A passive of a verb that names a thing (announce, declare, urge, condemn …)
 * with no one named after it and no clause ("that", a colon) names no
 * speaker: its subject is the thing announced and the rest of the sentence
 * is the outlet's account. With "by" the one named still speaks. Grown on
 * the thirteenth voice probe (tests/fixtures/voice-probe13/), where the
 * subject of "was announced" was taken for the speaker.
 */

describe('a passive names no speaker', () => {
  it('"A state of emergency was announced in the country in response to the attempted coup." (News.Az, Turkey 2016, in the thirteenth probe)', () => {
    // https://news.az/news/turkey-marks-first-anniversary-of-failed-july-15-coup-attempt
    const s = 'A state of emergency was announced in the country in response to the attempted coup.';
    expect(voiceOf(s, 'the attempted coup', 'en').voice).toBe('outlet');
  });
});

describe('a passive with its agent still reports', () => {
  it('"have been denounced by NATO as “totally unacceptable.”" (A Wide Vision, Kosovo 2023, in the eleventh probe)', () => {
    // https://aswidevision.com/2023/05/30/new-clashes-in-kosovo-as-nato-forces-arrive-in-northern-towns/
    const s = 'Attacks by protesters in Kosovo that injured at least 30 of its peacekeepers have been denounced by NATO as “totally unacceptable.” In the north, where there has been rioting over the installation of ethnic Albanian mayors, police and NATO troops engaged with Serb demonstrators.';
    const v = voiceOf(s, 'totally unacceptable', 'en');
    expect(v.voice).toBe('quoted');
    expect(voiceOf(s, 'rioting', 'en').voice).toBe('outlet');
  });
});
