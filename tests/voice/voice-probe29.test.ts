import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadProbe, reportProbe, scoreProbe} from '../support/voice-probe.js';

/*
 * The twenty-ninth voice probe (tests/fixtures/voice-probe29/README.md),
 * Arabic only: real passages from five post-Soviet and Eastern European
 * protest events (Moscow's city-duma protests of summer 2019; Russia's
 * anti-corruption protests of 12 June 2017; Belarus's protests against the
 * "social parasites" tax, February-March 2017; Moldova's protests of
 * 2015-16; Russia's "He is not our tsar" protests of 5 May 2018), Russian
 * state lines relayed over several sentences (RT, Sputnik, TASS, Xinhua
 * copy) and the outlets answering them — each page's first stretch with
 * framing-like terms, not chosen by construction — annotated before the
 * tool ran on them and scored with the first probe's scorer.
 */

const DIR = join(import.meta.dirname, '..', 'fixtures', 'voice-probe29');

/**
 * Floors just below the measured figures: first pass 0.896 (180 of 201), 0.905 (182 of 201) once two terms' spans
 * were mended, 0.930 (187 of 201) after the three rules grown on it; no distanced term annotated (README.md there).
 */
const FLOOR = {voice: 0.925, distanced: 0.99};

describe('twenty-ninth voice probe: Arabic passages on Moscow 2019, Russia 2017 and 2018, Belarus 2017 and Moldova 2015-16, Russian state lines and those answering them', () => {
  it('ar: voice and distanced of every annotated term', () => {
    const file = loadProbe(DIR, 'ar');
    const {voice, distanced} = reportProbe('voice probe 29', file, scoreProbe(file));
    expect(voice).toBeGreaterThanOrEqual(FLOOR.voice);
    expect(distanced).toBeGreaterThanOrEqual(FLOOR.distanced);
  });
});
