import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadProbe, reportProbe, scoreProbe} from '../support/voice-probe.js';

/*
 * The sixteenth voice probe (tests/fixtures/voice-probe16/README.md), Arabic
 * only: real passages from Gulf-, Egyptian-, pro-opposition and axis-line
 * outlets (and some independent ones) on protest, unrest and coup events
 * that neither the development set nor any earlier probe holds — each
 * page's first stretch with framing-like terms, not chosen by construction
 * — annotated before the tool ran on them and scored with the first probe's
 * scorer. Its first-pass figures (before any rule was grown on it) are in
 * the README.
 */

const DIR = join(import.meta.dirname, '..', 'fixtures', 'voice-probe16');

/** Floors just below the measured figures. */
const FLOORS = {voice: 0.94, distanced: 0.99};

describe('sixteenth voice probe: Arabic passages from line outlets on events no probe holds', () => {
  it('ar: voice and distanced of every annotated term', () => {
    const file = loadProbe(DIR, 'ar');
    const s = scoreProbe(file);
    const {voice, distanced} = reportProbe('voice probe 16', file, s);
    expect(s.mentions).toBeGreaterThan(250);
    expect(voice).toBeGreaterThanOrEqual(FLOORS.voice);
    expect(distanced).toBeGreaterThanOrEqual(FLOORS.distanced);
  });
});
