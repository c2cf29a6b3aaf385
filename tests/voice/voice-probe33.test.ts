import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadProbe, reportProbe, scoreProbe} from '../support/voice-probe.js';

/*
 * The thirty-third voice probe (tests/fixtures/voice-probe33/README.md),
 * English only: real passages from five events that neither the
 * development set nor any earlier probe holds (Nardaran 2015, Awamiyah
 * 2017, Kashmir 2016, Zaria 2015, the Hazara sit-in of 2021), told by
 * Iranian and allied state media and by the outlets answering them — each
 * page's first stretch with framing-like terms, not chosen by construction —
 * annotated before the tool ran on them and scored with the first probe's
 * scorer.
 */

const DIR = join(import.meta.dirname, '..', 'fixtures', 'voice-probe33');

/**
 * Floors just below the measured figures: first pass 0.950 (209 of 220), 0.986 (217 of 220) after the rules grown
 * on it (README.md there).
 */
const FLOOR = {voice: 0.98, distanced: 0.99};

describe('thirty-third voice probe: English passages on Shia protests and crackdowns abroad told by Iranian and allied state media and the outlets answering them', () => {
  it('en: voice and distanced of every annotated term', () => {
    const file = loadProbe(DIR, 'en');
    const {voice, distanced} = reportProbe('voice probe 33', file, scoreProbe(file));
    expect(voice).toBeGreaterThanOrEqual(FLOOR.voice);
    expect(distanced).toBeGreaterThanOrEqual(FLOOR.distanced);
  });
});
