import {describe, expect, it} from 'vitest';
import {voiceOf} from '../support/voice-of-lines.js';

/*
 * "point to" reports what a speaker points to ("Chilean president points to foreign forces behind violent protests"),
 * but "points" after the first word of a compound or a count is the noun: "parked at several entry points to Taksim"
 * names places, and what follows is the outlet's account. Grown on turkey-2013's wrong voices (RT's water cannon
 * trucks "parked at several entry points to Taksim to prevent the demonstrators from regrouping" read as a report).
 */

describe('"entry points to": the noun, no report', () => {
  it('Water cannon trucks were then parked at several entry points to Taksim … (RT, Turkey 2013)', () => {
    // https://www.rt.com/news/taksim-water-cannon-erdogan-115/
    const s = 'Water cannon trucks were then parked at several entry points to Taksim to prevent the demonstrators from regrouping.';
    expect(voiceOf(s, 'demonstrators', 'en').voice).toBe('outlet');
  });
});

describe('counter-examples: "points to" still reports', () => {
  it('Chilean president points to foreign forces behind violent protests (the Argentine foreign ministry\'s press digest, after the FT, Chile 2019)', () => {
    // http://carga.prensainternacional.mrecic.gov.ar/chilean-president-points-foreign-forces-behind-violent-protests
    const s = 'Chilean president points to foreign forces behind violent protests';
    expect(voiceOf(s, 'violent protests', 'en').voice).toBe('attributed');
  });
});
