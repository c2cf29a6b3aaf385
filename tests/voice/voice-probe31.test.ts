import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadProbe, reportProbe, scoreProbe} from '../support/voice-probe.js';

/*
 * The thirty-first voice probe (tests/fixtures/voice-probe31/README.md),
 * English only: real passages on five unrest and crackdown events that
 * neither the development set nor any earlier probe holds (the Gonabadi
 * dervish clashes and Kazerun in 2018, Iran's 14 February 2011 rally, the
 * Makhachkala airport riot of 2023, Ahvaz 2005), half of them from Iranian
 * and Russian state media or pages relaying the state's statements, half
 * from the outlets answering them — each page's first stretch with
 * framing-like terms, not chosen by construction — annotated before the
 * tool ran on them and scored with the first probe's scorer.
 */

const DIR = join(import.meta.dirname, '..', 'fixtures', 'voice-probe31');

/**
 * Floors just below the measured figures: first pass 0.911 (194 of 213), 0.972 (207 of 213) after the rules grown
 * on it (README.md there).
 */
const FLOOR = {voice: 0.97, distanced: 0.99};

describe('thirty-first voice probe: English passages from Iranian and Russian state media and the outlets answering them', () => {
  it('en: voice and distanced of every annotated term', () => {
    const file = loadProbe(DIR, 'en');
    const {voice, distanced} = reportProbe('voice probe 31', file, scoreProbe(file));
    expect(voice).toBeGreaterThanOrEqual(FLOOR.voice);
    expect(distanced).toBeGreaterThanOrEqual(FLOOR.distanced);
  });
});
