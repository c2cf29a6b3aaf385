import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadProbe, reportProbe, scoreProbe} from '../support/voice-probe.js';

/*
 * The eleventh voice probe (tests/fixtures/voice-probe11/README.md), English
 * only: fresh real passages from events and outlets that neither the
 * development set nor the earlier probes hold, sampled as the search
 * results came — each page's first stretch with framing-like terms, not
 * chosen by construction — annotated before the tool ran on them and
 * scored with the first probe's scorer. Its first-pass figures (before any
 * rule was grown on it) are in the README.
 */

const DIR = join(import.meta.dirname, '..', 'fixtures', 'voice-probe11');

/** Floors just below the measured figures. */
const FLOOR = {voice: 0.985, distanced: 0.99};

describe('eleventh voice probe: English passages sampled as they came', () => {
  it('en: voice and distanced of every annotated term', () => {
    const file = loadProbe(DIR, 'en');
    const {voice, distanced} = reportProbe('voice probe 11', file, scoreProbe(file));
    expect(voice).toBeGreaterThanOrEqual(FLOOR.voice);
    expect(distanced).toBeGreaterThanOrEqual(FLOOR.distanced);
  });
});
