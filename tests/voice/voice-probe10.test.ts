import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadProbe, reportProbe, scoreProbe} from '../support/voice-probe.js';

/*
 * The tenth voice probe (tests/fixtures/voice-probe10/README.md), Arabic
 * only: fresh real passages from events and outlets that neither the
 * development set nor the earlier probes hold, sampled as the search
 * results came — each page's first stretch with framing-like terms, not
 * chosen by construction — annotated before the tool ran on them and
 * scored with the first probe's scorer. Its first-pass figures (before any
 * rule was grown on it) are in the README.
 */

const DIR = join(import.meta.dirname, '..', 'fixtures', 'voice-probe10');

/** Floors just below the measured figures. */
const FLOORS = {voice: 0.97, distanced: 0.99};

describe('tenth voice probe: Arabic passages sampled as they came', () => {
  it('ar: voice and distanced of every annotated term', () => {
    const file = loadProbe(DIR, 'ar');
    const s = scoreProbe(file);
    const {voice, distanced} = reportProbe('voice probe 10', file, s);
    expect(s.mentions).toBeGreaterThan(200);
    expect(voice).toBeGreaterThanOrEqual(FLOORS.voice);
    expect(distanced).toBeGreaterThanOrEqual(FLOORS.distanced);
  });
});
