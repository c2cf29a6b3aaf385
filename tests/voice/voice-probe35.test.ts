import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadProbe, reportProbe, scoreProbe} from '../support/voice-probe.js';

/*
 * The thirty-fifth voice probe (tests/fixtures/voice-probe35/README.md),
 * English only: real passages on five events of Iran's own unrest that
 * neither the development set nor any earlier probe holds (the protests
 * after the Ukrainian airliner was shot down in January 2020, the food
 * price protests of May 2022, the truckers' strike of 2018, the Khuzestan
 * water protests of July 2021, the teachers' and pensioners' rallies of
 * 2021–22), told by Iranian state and state-aligned media and by the
 * outlets answering them — each page's first stretch with framing-like
 * terms, not chosen by construction — annotated before the tool ran on them
 * and scored with the first probe's scorer.
 */

const DIR = join(import.meta.dirname, '..', 'fixtures', 'voice-probe35');

/**
 * Floors just below the measured figures: first pass 0.972 (210 of 216), 0.995 (215 of 216) after the rules grown
 * on it (README.md there).
 */
const FLOOR = {voice: 0.99, distanced: 0.99};

describe('thirty-fifth voice probe: English passages on Iran’s own unrest told by Iranian state media and the outlets answering them', () => {
  it('en: voice and distanced of every annotated term', () => {
    const file = loadProbe(DIR, 'en');
    const {voice, distanced} = reportProbe('voice probe 35', file, scoreProbe(file));
    expect(voice).toBeGreaterThanOrEqual(FLOOR.voice);
    expect(distanced).toBeGreaterThanOrEqual(FLOOR.distanced);
  });
});
