import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "respond" and "reply" with a manner adverb and nothing said after it
 * ("The police responded violently, injuring dozens of people") name an
 * action, as "respond with" does: no report, so the words before and after
 * stay the outlet's. With "that", a colon or a quotation after the adverb
 * ("replied simply: “Not yet…”") they still report. Grown on the fifth
 * voice probe (tests/fixtures/voice-probe5/).
 */

describe('responded + a manner adverb is an action', () => {
  it('"The police responded violently, injuring dozens of people" (Moz Times, in the fifth probe)', () => {
    const s = '– Demonstrations against the election results paralysed the capital, Maputo. The police responded violently, injuring dozens of people';
    expect(voiceOf(s, 'injuring dozens of people', 'en').voice).toBe('outlet');
    expect(voiceOf(s, 'Demonstrations against the election results', 'en').voice).toBe('outlet');
  });

  it('"he joined protests against the government, which responded violently." (a Burundian asylum case)', () => {
    const s = 'In 2015, he joined protests against the government, which responded violently. He fled Burundi on 12 December 2017, fearing for his life.';
    expect(voiceOf(s, 'protests against the government', 'en').voice).toBe('outlet');
  });

  it('"if protesters were violent, the government responded violently." (a study of protest repression)', () => {
    expect(voiceOf('Obviously, if protesters were violent, the government responded violently.', 'protesters were violent', 'en').voice).toBe('outlet');
  });
});

describe('what still reports', () => {
  it('"Paquette replied simply: “Not yet...”": a colon after the adverb opens what was said', () => {
    const v = voiceOf('When asked if there was any NeXTSTEP video editing software, Paquette replied simply: "Not yet..."', 'Not yet', 'en');
    expect(v.voice).toBe('quoted');
    expect(v.speaker).toBe('Paquette');
  });

  it('"who responded by firing paint-balls at them" stays an action (respond by)', () => {
    const s = 'The protesters later regrouped and started hurling eggs at the riot police, who responded by firing paint-balls at them.';
    expect(voiceOf(s, 'hurling eggs at the riot police', 'en').voice).toBe('outlet');
  });
});
