import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadProbe, reportProbe, scoreProbe} from '../support/voice-probe.js';

/*
 * The fifteenth voice probe (tests/fixtures/voice-probe15/README.md),
 * English only: real passages from events that neither the development set
 * nor the eighth to thirteenth probes hold, three quarters of them from
 * state and state-aligned outlets or wire copy carried by another site,
 * sought on purpose (relayed agency reports, statements run over several
 * sentences) — each page's first stretch with framing-like terms, not
 * chosen by construction — annotated before the tool ran on them and
 * scored with the first probe's scorer.
 */

const DIR = join(import.meta.dirname, '..', 'fixtures', 'voice-probe15');

/** Floors just below the measured figures. */
const FLOOR = {voice: 0.99, distanced: 0.99};

describe('fifteenth voice probe: English passages from state media and carried wire copy', () => {
  it('en: voice and distanced of every annotated term', () => {
    const file = loadProbe(DIR, 'en');
    const {voice, distanced} = reportProbe('voice probe 15', file, scoreProbe(file));
    expect(voice).toBeGreaterThanOrEqual(FLOOR.voice);
    expect(distanced).toBeGreaterThanOrEqual(FLOOR.distanced);
  });
});
