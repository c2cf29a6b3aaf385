import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadProbe, reportProbe, scoreProbe} from '../support/voice-probe.js';

/*
 * The seventeenth voice probe (tests/fixtures/voice-probe17/README.md),
 * English only: real passages from events that neither the development set
 * nor the eighth to fifteenth probes hold, three quarters of them from
 * governments' state media, state-aligned outlets and wire copy carried by
 * regional sites, sought on purpose (agency relaying agency, statements run
 * over several sentences, "Speaker: claim" headlines) — each page's first
 * stretch with framing-like terms, not chosen by construction — annotated
 * before the tool ran on them and scored with the first probe's scorer.
 */

const DIR = join(import.meta.dirname, '..', 'fixtures', 'voice-probe17');

/** Floors just below the measured figures. */
const FLOOR = {voice: 0.98, distanced: 0.99};

describe('seventeenth voice probe: English passages from state media and carried wire copy', () => {
  it('en: voice and distanced of every annotated term', () => {
    const file = loadProbe(DIR, 'en');
    const {voice, distanced} = reportProbe('voice probe 17', file, scoreProbe(file));
    expect(voice).toBeGreaterThanOrEqual(FLOOR.voice);
    expect(distanced).toBeGreaterThanOrEqual(FLOOR.distanced);
  });
});
