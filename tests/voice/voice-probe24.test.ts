import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadProbe, reportProbe, scoreProbe} from '../support/voice-probe.js';

/*
 * The twenty-fourth voice probe (tests/fixtures/voice-probe24/README.md),
 * English only: real passages on five events in Syria after 2012 that
 * neither the development set nor any earlier probe holds (Daraa 2018,
 * Suwayda 2020, Deir ez-Zor 2023, eastern Ghouta 2018, the fall of Assad
 * 2024), from Syrian, Russian and Iranian state media in English, wires
 * carried by other sites and independent outlets — each page's first
 * stretch with framing-like terms, not chosen by construction — annotated
 * before the tool ran on them and scored with the first probe's scorer.
 */

const DIR = join(import.meta.dirname, '..', 'fixtures', 'voice-probe24');

/**
 * Floors just below the measured figures: first pass 0.941 (208 of 221), distanced 0.000 (0 of 3); 0.968 (214 of
 * 221), distanced 1.000 (3 of 3) after the rules grown on it (README.md there).
 */
const FLOOR = {voice: 0.96, distanced: 0.99};

describe('twenty-fourth voice probe: English passages on Syria after 2012 from state media, wires and independent outlets', () => {
  it('en: voice and distanced of every annotated term', () => {
    const file = loadProbe(DIR, 'en');
    const {voice, distanced} = reportProbe('voice probe 24', file, scoreProbe(file));
    expect(voice).toBeGreaterThanOrEqual(FLOOR.voice);
    expect(distanced).toBeGreaterThanOrEqual(FLOOR.distanced);
  });
});
